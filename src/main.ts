/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set (in the environment or .env), the terminal
 * chat when it is not — so anyone can try the bot with nothing configured.
 */
import { runChat } from './cli/chat.ts';
import { runBot } from './discord/run.ts';
import { loadSettingsOrExit } from './settings-cli.ts';

const settings = loadSettingsOrExit();
if (settings.token) await runBot(settings);
else await runChat();
