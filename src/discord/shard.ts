/** One shard of `npm run start:sharded`: discord.js reads which shard it is from the manager's environment. */
import { loadSettingsOrExit } from '../settings-cli.ts';
import { runBot } from './run.ts';

await runBot(loadSettingsOrExit());
