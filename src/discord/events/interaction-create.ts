/**
 * Routes interactions: slash commands to their module's `execute`, autocomplete to `autocomplete`.
 * A handler that throws is logged and answered with a short apology; it never takes the bot down.
 */
import { Events, MessageFlags, type Interaction, type RepliableInteraction } from 'discord.js';
import { defineEvent } from './event.ts';

/** Page buttons are handled by their message's collector; a click no collector took is from before a restart or after expiry. */
const ORPHAN_CLICK_GRACE_MS = 1_500;

export const interactionCreate = defineEvent({
  name: Events.InteractionCreate,
  async execute({ services, commands }, interaction: Interaction) {
    const { logger } = services;
    if (interaction.isChatInputCommand()) {
      const command = commands.get(interaction.commandName);
      if (!command) return void logger.warn({ command: interaction.commandName }, 'unknown command');
      try {
        await command.execute(interaction, services);
      } catch (error) {
        logger.error({ err: error, command: interaction.commandName }, 'command failed');
        await apologise(interaction);
      }
    } else if (interaction.isAutocomplete()) {
      try {
        await commands.get(interaction.commandName)?.autocomplete?.(interaction, services);
      } catch (error) {
        logger.error({ err: error, command: interaction.commandName }, 'autocomplete failed');
        if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
      }
    } else if (interaction.isButton() && interaction.customId.startsWith('timeline:')) {
      setTimeout(() => {
        if (interaction.replied || interaction.deferred) return;
        interaction
          .reply({
            content: 'These pages have expired — run /timeline again.',
            flags: MessageFlags.Ephemeral,
          })
          .catch(() => undefined);
      }, ORPHAN_CLICK_GRACE_MS);
    }
  },
});

async function apologise(interaction: RepliableInteraction): Promise<void> {
  const apology = {
    content: 'Sorry — something went wrong answering that. It has been logged.',
    flags: MessageFlags.Ephemeral,
  } as const;
  try {
    if (interaction.replied || interaction.deferred) await interaction.followUp(apology);
    else await interaction.reply(apology);
  } catch {
    // The interaction may have expired; the error is already logged.
  }
}
