/** /about — what the bot knows, the period it covers, how to ask, where its facts come from. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotServices } from '../src/discord/services.ts';
import { aboutEmbed } from '../src/discord/render.ts';

export const data = new SlashCommandBuilder()
  .setName('about')
  .setDescription('What I know and how to ask me');

export async function execute(
  interaction: ChatInputCommandInteraction,
  services: BotServices,
): Promise<void> {
  await interaction.reply({
    embeds: [aboutEmbed(services.engine.knowledge)],
    allowedMentions: { parse: [] },
  });
}
