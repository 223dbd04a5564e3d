/** An event handler file: which client event, once or always, and what to do — as in the discord.js guide. */
import type { Client, ClientEvents } from 'discord.js';
import type { Settings } from '../../settings.ts';
import type { Command } from '../command.ts';
import type { BotServices } from '../services.ts';

export interface EventContext {
  client: Client;
  settings: Settings;
  services: BotServices;
  commands: ReadonlyMap<string, Command>;
}

export interface BotEvent<K extends keyof ClientEvents = keyof ClientEvents> {
  name: K;
  once?: boolean;
  execute(context: EventContext, ...args: ClientEvents[K]): Promise<void> | void;
}

/** Keeps each handler's own event type while listing them together. */
export function defineEvent<K extends keyof ClientEvents>(event: BotEvent<K>): BotEvent<K> {
  return event;
}
