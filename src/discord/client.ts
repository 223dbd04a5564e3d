/**
 * The discord.js client. Mentions and DMs carry message content without the privileged Message
 * Content intent, so it is asked for only when ANSWER_CHANNEL_IDS makes the bot read every message.
 * Nothing the bot sends can ping anyone: no mention types are parsed, on the client and every reply.
 */
import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { Settings } from '../settings.ts';

export function createDiscordClient(settings: Settings): Client {
  const intents = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
  ];
  if (settings.answerChannelIds.length > 0) intents.push(GatewayIntentBits.MessageContent);
  return new Client({
    intents,
    partials: [Partials.Channel], // DM channels arrive uncached
    allowedMentions: { parse: [], repliedUser: false },
    ...(settings.apiBase ? { rest: { api: settings.apiBase } } : {}),
  });
}
