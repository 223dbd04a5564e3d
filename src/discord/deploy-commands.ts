/** Registers the slash commands — the same definitions the handlers use — in the test guild, or globally. */
import { REST, Routes } from 'discord.js';
import type { Command } from './command.ts';
import type { Settings } from '../settings.ts';

export async function deployCommands(
  settings: Settings,
  commands: readonly Command[],
): Promise<{ count: number; scope: string }> {
  const { token, clientId, guildId } = settings;
  if (!token || !clientId) throw new Error('deploying commands needs DISCORD_TOKEN and DISCORD_CLIENT_ID');
  const rest = new REST(settings.apiBase ? { api: settings.apiBase } : {}).setToken(token);
  const body = commands.map((command) => command.data.toJSON());
  const route = guildId
    ? Routes.applicationGuildCommands(clientId, guildId)
    : Routes.applicationCommands(clientId);
  await rest.put(route, { body });
  return {
    count: body.length,
    scope: guildId ? `guild ${guildId}` : 'global (may take up to an hour to appear)',
  };
}
