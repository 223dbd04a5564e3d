/**
 * /timeline [actor] [from] [to] [topic] — the events in date order, one line each with its date and
 * source. Long timelines page with Previous/Next buttons that only the person who asked can use; when
 * the buttons expire they are disabled.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ComponentType,
  MessageFlags,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { actorChoices } from '../src/discord/actor-choices.ts';
import { timelineEmbed } from '../src/discord/render.ts';
import type { BotServices } from '../src/discord/services.ts';

export const PAGE_SIZE = 6;

export const data = new SlashCommandBuilder()
  .setName('timeline')
  .setDescription('The events in date order')
  .addStringOption((option) =>
    option.setName('actor').setDescription('Only events involving…').setAutocomplete(true),
  )
  .addStringOption((option) =>
    option.setName('from').setDescription('From this date, e.g. 31 January').setMaxLength(40),
  )
  .addStringOption((option) =>
    option.setName('to').setDescription('Up to this date, e.g. 3 February').setMaxLength(40),
  )
  .addStringOption((option) =>
    option.setName('topic').setDescription('e.g. calls, proposals, sanctions').setMaxLength(100),
  );

export async function autocomplete(
  interaction: AutocompleteInteraction,
  services: BotServices,
): Promise<void> {
  await interaction.respond(actorChoices(services.engine.knowledge, interaction.options.getFocused()));
}

export async function execute(
  interaction: ChatInputCommandInteraction,
  services: BotServices,
): Promise<void> {
  const filter = {
    actor: interaction.options.getString('actor') ?? undefined,
    from: interaction.options.getString('from') ?? undefined,
    to: interaction.options.getString('to') ?? undefined,
    topic: interaction.options.getString('topic') ?? undefined,
  };
  const { facts, problems } = services.engine.timeline(filter);
  if (problems.length > 0 || facts.length === 0) {
    const text =
      problems.length > 0 ? problems.join('\n') : 'My sources report no dated events matching that.';
    await interaction.reply({ content: text, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }

  const knowledge = services.engine.knowledge;
  const title = timelineTitle(filter, knowledge.entities.get(filter.actor ?? '')?.name.en);
  const pages = Math.ceil(facts.length / PAGE_SIZE);
  let page = 0;
  const view = (disabled = false) => ({
    embeds: [timelineEmbed(facts, page, PAGE_SIZE, knowledge, title)],
    components: pages > 1 ? [pageButtons(page, pages, disabled)] : [],
    allowedMentions: { parse: [] },
  });

  const response = await interaction.reply(view());
  if (pages === 1) return;
  const collector = response.createMessageComponentCollector({
    componentType: ComponentType.Button,
    idle: services.pagingIdleMs,
  });
  const turnPage = async (click: ButtonInteraction) => {
    if (click.user.id !== interaction.user.id) {
      await click.reply({
        content: 'Only the person who asked can turn these pages — run /timeline yourself.',
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    page = click.customId === 'timeline:next' ? Math.min(pages - 1, page + 1) : Math.max(0, page - 1);
    await click.update(view());
  };
  collector.on('collect', (click) => {
    turnPage(click).catch((error: unknown) =>
      services.logger.error({ err: error }, 'could not turn a timeline page'),
    );
  });
  collector.on('end', () => {
    interaction
      .editReply(view(true))
      .catch((error: unknown) => services.logger.warn({ err: error }, 'could not disable timeline buttons'));
  });
}

function pageButtons(page: number, pages: number, disabled: boolean): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId('timeline:previous')
      .setLabel('Previous')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(disabled || page === 0),
    new ButtonBuilder()
      .setCustomId('timeline:next')
      .setLabel('Next')
      .setStyle(ButtonStyle.Primary)
      .setDisabled(disabled || page === pages - 1),
  );
}

function timelineTitle(
  filter: { from?: string; to?: string; topic?: string },
  actor: string | undefined,
): string {
  const parts = [
    actor && `involving ${actor}`,
    filter.topic && `about ${filter.topic}`,
    filter.from && `from ${filter.from}`,
    filter.to && `to ${filter.to}`,
  ];
  return ['Timeline', ...parts.filter(Boolean)].join(' ');
}
