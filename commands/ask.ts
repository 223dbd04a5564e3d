/** /ask question:<text> — the answer as an embed, with its sources. */
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { slowDownNotice, type BotServices } from '../src/discord/services.ts';
import { answerEmbed } from '../src/discord/render.ts';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask about the Jan–Feb 2022 Russia–NATO diplomacy over Ukraine')
  .addStringOption((option) =>
    option
      .setName('question')
      .setDescription('e.g. who called Putin on 3 February? — English or French')
      .setRequired(true)
      .setMaxLength(400),
  );

export async function execute(
  interaction: ChatInputCommandInteraction,
  services: BotServices,
): Promise<void> {
  const question = interaction.options.getString('question', true);
  const outcome = await services.ask(question, {
    userId: interaction.user.id,
    channelId: interaction.channelId,
  });
  if (outcome.kind === 'slow-down') {
    await interaction.reply({ content: slowDownNotice(outcome.retryAfterMs), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.reply({
    embeds: [answerEmbed(outcome.answer, question)],
    allowedMentions: { parse: [] },
  });
}
