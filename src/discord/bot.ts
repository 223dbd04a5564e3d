/**
 * Starts the bot: the engine, the state stores, the discord.js client and its event handlers. Returns
 * a handle to stop it. Used by `npm start` and, against a fake Discord, by the end-to-end tests.
 */
import { Events } from 'discord.js';
import { commands as allCommands } from '../../commands/index.ts';
import { createEngine, type Engine } from '../engine.ts';
import { createLogger, type Logger } from '../logger.ts';
import type { Settings } from '../settings.ts';
import { Conversations } from '../state/conversations.ts';
import { createStore } from '../state/store.ts';
import { UnansweredLog } from '../state/unanswered.ts';
import { createDiscordClient } from './client.ts';
import type { Command } from './command.ts';
import type { BotEvent, EventContext } from './events/event.ts';
import { interactionCreate } from './events/interaction-create.ts';
import { messageCreate } from './events/message-create.ts';
import { ready } from './events/ready.ts';
import { createBotServices } from './services.ts';

const EVENTS = [ready, interactionCreate, messageCreate] as BotEvent[];

export interface Bot {
  context: EventContext;
  stop(): Promise<void>;
}

export async function startBot(
  settings: Settings,
  options: { engine?: Engine; logger?: Logger; commands?: readonly Command[]; pagingIdleMs?: number } = {},
): Promise<Bot> {
  const logger = options.logger ?? createLogger(settings.logLevel, settings.token);
  const engine = options.engine ?? createEngine();
  const conversationStore = createStore(settings.storeUrl, 'conversations');
  const unansweredStore = createStore(settings.storeUrl, 'unanswered');
  const storeFault = (error: unknown) =>
    logger.warn({ err: error }, 'store unavailable; answering without it');
  const services = createBotServices(
    engine,
    new Conversations(conversationStore, settings.conversationTtlMs, storeFault),
    new UnansweredLog(unansweredStore, storeFault),
    logger,
    options.pagingIdleMs,
  );

  const client = createDiscordClient(settings);
  const commands = new Map((options.commands ?? allCommands).map((command) => [command.data.name, command]));
  const context: EventContext = { client, settings, services, commands };
  for (const event of EVENTS) {
    const listener = (...args: unknown[]) =>
      (event.execute as (c: EventContext, ...a: unknown[]) => unknown)(context, ...args);
    if (event.once) client.once(event.name, listener);
    else client.on(event.name, listener);
  }
  // discord.js turns a throwing async listener into an `error` event; an unheard one would end the process.
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ code: event.code, shard }, 'gateway disconnected'),
  );
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));

  await client.login(settings.token);
  return {
    context,
    async stop() {
      await client.destroy();
      await Promise.allSettled([conversationStore.disconnect(), unansweredStore.disconnect()]);
    },
  };
}
