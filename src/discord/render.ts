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

export function citationFieldName(citation: Citation): string {
  return truncate(`${citation.outlet ?? citation.source} · ${citation.published}`, LIMITS.fieldName);
}

export function answerEmbed(answer: Answer): EmbedBuilder {
  const embed = new EmbedBuilder()
    .setColor(answer.answered ? COLOURS.answer : COLOURS.refusal)
    .setDescription(truncate(answer.answer, LIMITS.embedDescription));
  if (answer.citations.length > 0) {
    // Share what is left of the 6,000 characters between the quotes.
    const used = answer.answer.length + 200;
    const perQuote = Math.min(
      LIMITS.fieldValue,
      Math.floor((LIMITS.embedTotal - used) / answer.citations.length) - 60,
    );
    embed.addFields(
      answer.citations.map((citation) => ({
        name: citationFieldName(citation),
        value: truncate(`« ${citation.quote} »`, Math.max(100, perQuote)),
      })),
    );
    embed.setFooter({ text: truncate(`facts: ${answer.factIds.join(', ')}`, LIMITS.footer) });
  } else if (!answer.answered) {
    embed.setFooter({ text: 'Ask /about to see what I cover.' });
  }
  return embed;
}

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
