/**
 * Starts the bot: the engine, the state stores, the discord.js client and its event handlers. Returns
 * a handle to stop it gracefully: no new messages are taken, replies in flight are finished, the store
 * is closed. Used by `npm start`, each shard of `npm run start:sharded`, and the end-to-end tests.
 */
import { Events } from 'discord.js';
import { commands as allCommands } from '../../commands/index.ts';
import { createEngine, type Engine } from '../engine.ts';
import { createLogger, type Logger } from '../logger.ts';
import type { Settings } from '../settings.ts';
import { Conversations } from '../state/conversations.ts';
import { RateLimiter } from '../state/rate-limit.ts';
import { StoreHealth } from '../state/store-health.ts';
import { createStore } from '../state/store.ts';
import { UnansweredLog } from '../state/unanswered.ts';
import { withTimeout } from '../state/with-timeout.ts';
import { createDiscordClient } from './client.ts';
import type { Command } from './command.ts';
import type { BotEvent, EventContext } from './events/event.ts';
import { interactionCreate } from './events/interaction-create.ts';
import { messageCreate } from './events/message-create.ts';
import { ready } from './events/ready.ts';
import { createBotServices } from './services.ts';

const EVENTS = [ready, interactionCreate, messageCreate] as BotEvent[];
/** How long shutting down waits for replies in flight. */
const DRAIN_MS = 10_000;

export interface Bot {
  context: EventContext;
  stop(): Promise<void>;
}

export interface BotOptions {
  engine?: Engine;
  logger?: Logger;
  commands?: readonly Command[];
  pagingIdleMs?: number;
}

export async function startBot(settings: Settings, options: BotOptions = {}): Promise<Bot> {
  const logger = options.logger ?? createLogger(settings.logLevel, settings.token);
  const engine = options.engine ?? createEngine();
  const stores = ['conversations', 'unanswered', 'ratelimit'].map((namespace) =>
    createStore(settings.storeUrl, namespace),
  );
  const [conversationStore, unansweredStore, rateStore] = stores as [
    (typeof stores)[0],
    (typeof stores)[0],
    (typeof stores)[0],
  ];
  const health = new StoreHealth(logger);
  const services = createBotServices({
    engine,
    logger,
    conversations: new Conversations(conversationStore, settings.conversationTtlMs, health),
    unanswered: new UnansweredLog(unansweredStore, health),
    rateLimiter: new RateLimiter(
      rateStore,
      settings.rateLimit.questions,
      settings.rateLimit.windowMs,
      health,
    ),
    ...(options.pagingIdleMs ? { pagingIdleMs: options.pagingIdleMs } : {}),
  });

  const client = createDiscordClient(settings);
  const commands = new Map((options.commands ?? allCommands).map((command) => [command.data.name, command]));
  const context: EventContext = { client, settings, services, commands };
  const inFlight = new Set<Promise<unknown>>();
  let closing = false;
  for (const event of EVENTS) {
    const listener = (...args: unknown[]): void => {
      if (closing) return;
      const run = Promise.resolve()
        .then(() => (event.execute as (c: EventContext, ...a: unknown[]) => unknown)(context, ...args))
        // Handlers answer their own errors; anything that still escapes is logged, never fatal.
        .catch((error: unknown) => logger.error({ err: error, event: event.name }, 'event handler failed'));
      inFlight.add(run);
      void run.finally(() => inFlight.delete(run));
    };
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
      closing = true;
      logger.info({ inFlight: inFlight.size }, 'stopping: finishing replies in flight');
      await withTimeout(Promise.allSettled([...inFlight]), DRAIN_MS).catch(() =>
        logger.warn('gave up waiting for replies in flight'),
      );
      await client.destroy();
      await Promise.allSettled(stores.map((store) => withTimeout(store.disconnect(), 1_000)));
      logger.info('stopped');
    },
  };
}
