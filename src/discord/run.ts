/**
 * Runs the bot as a process: start it, stop it gracefully on SIGINT or SIGTERM (exit 0), and log any
 * crash as structured JSON with the token scrubbed out before exiting 1.
 */
import { createLogger } from '../logger.ts';
import type { Settings } from '../settings.ts';
import { startBot } from './bot.ts';

export async function runBot(settings: Settings): Promise<void> {
  const logger = createLogger(settings.logLevel, settings.token);
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    process.exit(1);
  });
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

  const bot = await startBot(settings, { logger });
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      void bot.stop().then(() => process.exit(0));
    });
  }
}
