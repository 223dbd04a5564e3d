/** For entry points: read .env and the environment, or print what is wrong and exit 1. */
import { loadDotEnv, parseSettings, SettingsError, type Settings } from './settings.ts';

export function loadSettingsOrExit(needs: { discord?: boolean } = {}): Settings {
  loadDotEnv();
  try {
    return parseSettings(process.env, needs);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(`${error.message}\nSee .env.example for every setting.`);
    process.exit(1);
  }
}
