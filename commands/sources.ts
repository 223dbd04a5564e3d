/** /sources — the five articles: outlet, date, title, and how many facts each supports. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotServices } from '../src/discord/services.ts';
import { sourcesEmbed } from '../src/discord/render.ts';

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('The five articles my answers come from');

export async function execute(
  interaction: ChatInputCommandInteraction,
  services: BotServices,
): Promise<void> {
  await interaction.reply({
    embeds: [sourcesEmbed(services.engine.knowledge)],
    allowedMentions: { parse: [] },
  });
}
