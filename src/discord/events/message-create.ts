/**
 * Answers a message that mentions the bot, a direct message, or — with ANSWER_CHANNEL_IDS and the
 * Message Content intent — any message in the chosen channels, by replying to it.
 */
import { Events, type Message } from 'discord.js';
import { answerEmbed } from '../render.ts';
import { slowDownNotice } from '../services.ts';
import { defineEvent } from './event.ts';

export const messageCreate = defineEvent({
  name: Events.MessageCreate,
  async execute({ client, settings, services }, message: Message) {
    if (message.author.bot || !client.user) return;
    const direct = !message.inGuild();
    const mentioned = message.mentions.users.has(client.user.id);
    const chosen = settings.answerChannelIds.includes(message.channelId);
    if (!direct && !mentioned && !chosen) return;

    const question = message.content.replace(new RegExp(`<@!?${client.user.id}>`, 'g'), ' ').trim();
    const noPing = { parse: [], repliedUser: false };
    try {
      const outcome = await services.ask(question, {
        userId: message.author.id,
        channelId: message.channelId,
      });
      if (outcome.kind === 'slow-down') {
        if (outcome.tell)
          await message.reply({ content: slowDownNotice(outcome.retryAfterMs), allowedMentions: noPing });
        return;
      }
      await message.reply({ embeds: [answerEmbed(outcome.answer)], allowedMentions: noPing });
    } catch (error) {
      services.logger.error({ err: error, channel: message.channelId }, 'could not answer a message');
      await message
        .reply({
          content: 'Sorry — something went wrong answering that. It has been logged.',
          allowedMentions: noPing,
        })
        .catch(() => undefined);
    }
  },
});
