/**
 * "What does the Politico article say about the talks?", "according to AFP, how many troops…?": a question kept
 * to the articles credited to an outlet. The outlet is then no actor of the story, and its saying is the
 * articles' reporting, no event of it.
 */
import type { KnowledgeBase } from '../knowledge/model.ts';
import type { EventMention } from './events.ts';
import type { ActorMention } from './query.ts';
import type { Tokens } from './tokens.ts';

export interface ArticlesAsked {
  outlet: ActorMention;
  sources: string[];
}

export interface CreditedArticles {
  /** The articles credited to each media entity. */
  byOutlet: ReadonlyMap<string, string[]>;
  /** Outlets that also act in the story: "what did POLITICO report?" asks for its own analysis. */
  acting: ReadonlySet<string>;
}

/** Worked out once, from the sources and the facts. */
export function creditedArticles(knowledge: KnowledgeBase): CreditedArticles {
  const byOutlet = new Map<string, string[]>();
  for (const source of knowledge.sources.values())
    for (const id of source.credited) byOutlet.set(id, [...(byOutlet.get(id) ?? []), source.id]);
  const acting = new Set(
    knowledge.facts.flatMap((fact) => [...fact.by, ...fact.accordingTo]).filter((id) => byOutlet.has(id)),
  );
  return { byOutlet, acting };
}

export function articlesAsked(
  actors: readonly ActorMention[],
  text: string,
  tokens: Tokens,
  main: EventMention | undefined,
  topicsAsked: boolean,
  { byOutlet, acting }: CreditedArticles,
): ArticlesAsked | null {
  const saying = main?.event === 'say';
  for (const outlet of actors) {
    const sources = byOutlet.get(outlet.id);
    if (!sources) continue;
    // (a noun: "the Politico article", "the AFP piece")
    const namesArticle = tokens.normal.some((word, i) => ARTICLE_WORDS.has(word) && tokens.pos[i] === 'NOUN');
    const asWitness = text.includes(`according to ${outlet.text}`);
    // "what does the AFP say about the troops?"; not "what did POLITICO report?", its own analysis
    const reports = saying && outlet.role === 'agent' && (topicsAsked || !acting.has(outlet.id));
    if (namesArticle || asWitness || reports) return { outlet, sources };
  }
  return null;
}
const ARTICLE_WORDS = new Set(['article', 'articles', 'piece', 'story', 'coverage', 'dispatch']);
