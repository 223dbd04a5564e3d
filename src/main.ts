/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set (in the environment or .env), the terminal
 * chat when it is not — so anyone can try the bot with nothing configured.
 */
import { runChat } from './cli/chat.ts';
import { startBot } from './discord/bot.ts';
import { createLogger } from './logger.ts';
import { loadDotEnv, parseSettings, SettingsError } from './settings.ts';

loadDotEnv();
let settings;
try {
  settings = parseSettings(process.env);
} catch (error) {
  if (!(error instanceof SettingsError)) throw error;
  console.error(`${error.message}\nSee .env.example for every setting.`);
  process.exit(1);
}

if (!settings.token) {
  await runChat();
} else {
  const logger = createLogger(settings.logLevel, settings.token);
  const bot = await startBot(settings, { logger });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      void bot.stop().then(() => process.exit(0));
    });
  }
}
