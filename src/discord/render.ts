/**
 * How answers look on Discord: an embed with the answer, each citation as a field (source and date,
 * the French quote), the fact ids in the footer — trimmed to Discord's limits. This module only
 * renders; it knows nothing of how answers are found.
 */
import { EmbedBuilder } from 'discord.js';
import type { Answer, Citation } from '../answer/answer.ts';
import { EXAMPLES, SCOPE, headline } from '../answer/compose.ts';
import type { Fact, KnowledgeBase } from '../knowledge/model.ts';
import { LIMITS, truncate } from './limits.ts';

export const COLOURS = { answer: 0x2b6cb0, refusal: 0x718096, info: 0x2f855a } as const;

/** "POLITICO · January 2022"; an article that names no outlet goes by its title. */
export function citationFieldName(citation: Citation): string {
  return truncate(
    `${citation.outlet ?? truncate(citation.title, 70)} · ${citation.published}`,
    CITATION_NAME_BUDGET,
  );
}

/** Outlet and date fit in far less than Discord's 256. */
const CITATION_NAME_BUDGET = 120;

/**
 * The answer as an embed, fitted to Discord's limits: the footer and the citations' names first (short),
 * then the answer, then what is left of the 6,000 characters shared between the quotes.
 */
export function answerEmbed(answer: Answer, title?: string): EmbedBuilder {
  const aboutMe = answer.refusal === 'about-me'; // its sources, how to ask: no refusal of the story
  const embed = new EmbedBuilder().setColor(
    answer.answered ? COLOURS.answer : aboutMe ? COLOURS.info : COLOURS.refusal,
  );
  const heading = title ? truncate(title, LIMITS.embedTitle) : '';
  if (heading) embed.setTitle(heading);
  const footer =
    answer.citations.length > 0
      ? truncate(`facts: ${answer.factIds.join(', ')}`, FOOTER_BUDGET)
      : answer.answered || aboutMe
        ? ''
        : 'Ask /about to see what I cover.';
  const names = answer.citations.map(citationFieldName);
  const quoteFloor = answer.citations.length * MIN_QUOTE;
  const fixed = heading.length + footer.length + names.reduce((sum, name) => sum + name.length, 0);
  const description = truncate(
    answer.answer,
    Math.min(LIMITS.embedDescription, LIMITS.embedTotal - fixed - quoteFloor),
  );
  embed.setDescription(description);
  if (answer.citations.length > 0) {
    const perQuote = Math.min(
      LIMITS.fieldValue,
      Math.floor((LIMITS.embedTotal - fixed - description.length) / answer.citations.length),
    );
    embed.addFields(
      answer.citations.map((citation, i) => ({
        name: names[i]!,
        value: truncate(`« ${citation.quote} »`, perQuote),
      })),
    );
  }
  if (footer) embed.setFooter({ text: footer });
  return embed;
}

/** Room kept for each quote however long the answer, and for the footer's fact ids. */
const MIN_QUOTE = 200;
const FOOTER_BUDGET = 300;

export function timelineEmbed(
  facts: Fact[],
  page: number,
  pageSize: number,
  knowledge: KnowledgeBase,
  title: string,
): EmbedBuilder {
  const pages = Math.max(1, Math.ceil(facts.length / pageSize));
  const lines = facts.slice(page * pageSize, (page + 1) * pageSize).map((fact) => {
    const source = fact.evidence[0]!.sourceId;
    const outlet = knowledge.sources.get(source)?.outlet;
    return `**${fact.date?.label ?? 'undated'}** — ${headline(fact, 300)} *(${outlet ?? source})*`;
  });
  return new EmbedBuilder()
    .setColor(COLOURS.info)
    .setTitle(truncate(title, LIMITS.embedTitle))
    .setDescription(truncate(lines.join('\n'), LIMITS.embedDescription))
    .setFooter({ text: `Page ${page + 1} of ${pages} · ${facts.length} events` });
}

export function sourcesEmbed(knowledge: KnowledgeBase): EmbedBuilder {
  return new EmbedBuilder()
    .setColor(COLOURS.info)
    .setTitle('My five sources')
    .addFields(
      [...knowledge.sources.values()].map((source) => {
        const facts = knowledge.facts.filter((fact) =>
          fact.evidence.some((e) => e.sourceId === source.id),
        ).length;
        const title =
          source.titleOrigin === 'curator' ? `${source.title} (title given by the curator)` : source.title;
        return {
          name: truncate(
            `${source.outlet ?? 'Outlet not named'} · ${source.published.label}`,
            LIMITS.fieldName,
          ),
          value: truncate(
            `${title}\n\`${source.id}\` · in ${source.language === 'fr' ? 'French' : 'English'} · supports ${facts} facts`,
            LIMITS.fieldValue,
          ),
        };
      }),
    );
}

export function aboutEmbed(knowledge: KnowledgeBase): EmbedBuilder {
  return new EmbedBuilder()
    .setColor(COLOURS.info)
    .setTitle('Dépêche')
    .setDescription(
      truncate(
        [
          SCOPE,
          '',
          `I answer from ${knowledge.facts.length} facts taken by hand from five French news articles, and quote the sentence behind every answer. When the articles don't say, I say so.`,
          '',
          `**How to ask:** mention me with a question, send me a direct message, or use /ask. Follow-up questions work ("and on 2 February?"). English or French. ${EXAMPLES}`,
          '**Commands:** /ask, /timeline (filter by actor, dates, topic), /sources, /about.',
        ].join('\n'),
        LIMITS.embedDescription,
      ),
    );
}
