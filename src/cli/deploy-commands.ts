/** `npm run deploy-commands`: register the slash commands in DISCORD_GUILD_ID, or globally when it is unset. */
import { commands } from '../../commands/index.ts';
import { deployCommands } from '../discord/deploy-commands.ts';
import { loadDotEnv, parseSettings, SettingsError } from '../settings.ts';
import { scrub } from '../logger.ts';

loadDotEnv();
try {
  const settings = parseSettings(process.env, { discord: true });
  try {
    const { count, scope } = await deployCommands(settings, commands);
    console.log(
      `Registered ${count} commands (${commands.map((c) => `/${c.data.name}`).join(', ')}) — ${scope}.`,
    );
  } catch (error) {
    console.error(
      `Could not register the commands: ${scrub((error as Error).message, settings.token ?? '')}`,
    );
    process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof SettingsError)) throw error;
  console.error(`${error.message}\nSee .env.example for every setting.`);
  process.exitCode = 1;
}
