/**
 * Every setting, read once from the environment (and `.env` when present) and checked at start-up.
 * A missing or malformed one stops start-up with a message that names it and says where to get it.
 * The token is never part of any message.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/, 'is not a Discord id (17 to 20 digits)');
const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const WHERE = {
  DISCORD_TOKEN: 'Developer Portal → your application → Bot → Reset Token',
  DISCORD_CLIENT_ID: 'Developer Portal → your application → General Information → Application ID',
  DISCORD_GUILD_ID:
    'Discord → User Settings → Advanced → Developer Mode, then right-click your server → Copy Server ID',
  DISCORD_API_BASE:
    'leave it unset for Discord itself; set it to a REST proxy or a test server, e.g. http://127.0.0.1:3000/api',
  ANSWER_CHANNEL_IDS:
    'right-click each channel → Copy Channel ID, comma-separated; needs the Message Content intent',
  STORE_URL: 'sqlite://data/depeche.sqlite (the default) or redis://host:6379',
  LOG_LEVEL: LEVELS.join(', '),
  CONVERSATION_TTL_MINUTES: 'a whole number of minutes, e.g. 15',
  RATE_LIMIT_QUESTIONS: 'how many questions one person may ask per window, e.g. 5',
  RATE_LIMIT_WINDOW_SECONDS: 'the window in seconds, e.g. 10',
  SHARD_COUNT: 'leave unset to let Discord recommend it, or a whole number of shards',
} as const;

const schema = z.object({
  DISCORD_TOKEN: z
    .string()
    .regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, 'does not look like a bot token')
    .optional(),
  DISCORD_CLIENT_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_BASE: z.url({ protocol: /^https?$/, error: 'is not an http(s) URL' }).optional(),
  ANSWER_CHANNEL_IDS: z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(z.array(snowflake))
    .default([]),
  STORE_URL: z
    .string()
    .regex(/^(sqlite|redis|rediss|memory):/, 'must start with sqlite:, redis: or memory:')
    .default('sqlite://data/depeche.sqlite'),
  LOG_LEVEL: z.enum(LEVELS).default('info'),
  CONVERSATION_TTL_MINUTES: z.coerce.number().int().positive().default(15),
  RATE_LIMIT_QUESTIONS: z.coerce.number().int().positive().default(5),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(10),
  SHARD_COUNT: z.coerce.number().int().positive().optional(),
});

export interface Settings {
  token?: string;
  clientId?: string;
  guildId?: string;
  apiBase?: string;
  /** Channels where every message is answered (needs the privileged Message Content intent). */
  answerChannelIds: string[];
  storeUrl: string;
  logLevel: (typeof LEVELS)[number];
  conversationTtlMs: number;
  rateLimit: { questions: number; windowMs: number };
  /** Shards for `npm run start:sharded`; unset: as many as Discord recommends. */
  shardCount?: number;
}

export class SettingsError extends Error {
  constructor(problems: string[]) {
    super(`Settings problem${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

/** Reads `.env` into the environment when the file exists; variables already set win. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

export function parseSettings(env: NodeJS.ProcessEnv, needs: { discord?: boolean } = {}): Settings {
  // Empty strings in .env mean "not set".
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = schema.safeParse(present);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0]) as keyof typeof WHERE;
      problems.push(`${name} ${issue.message} — ${WHERE[name] ?? ''}`.trim());
    }
    throw new SettingsError(problems);
  }
  const values = parsed.data;
  if (needs.discord) {
    if (!values.DISCORD_TOKEN) problems.push(`DISCORD_TOKEN is missing — ${WHERE.DISCORD_TOKEN}`);
    if (!values.DISCORD_CLIENT_ID) problems.push(`DISCORD_CLIENT_ID is missing — ${WHERE.DISCORD_CLIENT_ID}`);
  }
  if (problems.length > 0) throw new SettingsError(problems);
  return {
    ...(values.DISCORD_TOKEN ? { token: values.DISCORD_TOKEN } : {}),
    ...(values.DISCORD_CLIENT_ID ? { clientId: values.DISCORD_CLIENT_ID } : {}),
    ...(values.DISCORD_GUILD_ID ? { guildId: values.DISCORD_GUILD_ID } : {}),
    ...(values.DISCORD_API_BASE ? { apiBase: values.DISCORD_API_BASE.replace(/\/$/, '') } : {}),
    answerChannelIds: values.ANSWER_CHANNEL_IDS,
    storeUrl: values.STORE_URL,
    logLevel: values.LOG_LEVEL,
    conversationTtlMs: values.CONVERSATION_TTL_MINUTES * 60_000,
    rateLimit: { questions: values.RATE_LIMIT_QUESTIONS, windowMs: values.RATE_LIMIT_WINDOW_SECONDS * 1000 },
    ...(values.SHARD_COUNT ? { shardCount: values.SHARD_COUNT } : {}),
  };
}
