/**
 * The token table every step of the question pipeline reads: what wink-nlp says of each token, and what
 * an earlier step has claimed it as. Also the function words the steps read alike.
 */
import type { Document } from 'wink-nlp';
import type { Wink } from './wink.ts';

/** One row per token: what wink-nlp says about it, and what the pipeline has claimed it as. */
export interface Tokens {
  normal: string[];
  lemma: string[];
  id: number[];
  stop: boolean[];
  pos: string[];
  /** What a token was claimed as, so later steps leave it alone. */
  taken: (false | 'actor' | 'date' | 'event' | 'kind' | 'anchor' | 'aside' | 'figure')[];
}

export function tokenTable(doc: Document, wink: Wink): Tokens {
  const its = wink.nlp.its;
  const all = doc.tokens();
  const normal = all.out(its.normal);
  const pos = all.out(its.pos) as string[];
  const lemma: string[] = [];
  const stop: boolean[] = [];
  for (let i = 0; i < normal.length; i++) {
    const facts = wink.wordFacts(normal[i]!, pos[i]!, () => all.itemAt(i));
    lemma.push(facts.lemma);
    stop.push(facts.stop);
  }
  return {
    normal,
    lemma,
    id: all.out(its.uniqueId) as number[],
    stop,
    pos,
    taken: normal.map(() => false as const),
  };
}

export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

export const DO_FORMS = new Set(['did', 'does', 'do']);

/**
 * "What did Russia do…?": what someone did, asked with "do" as the question's verb (« qu'a fait l'OTAN… ? » is
 * glossed "what done nato").
 */
export const asksWhatDid = (words: readonly string[]) =>
  words[0] === 'what' &&
  ((DO_FORMS.has(words[1] ?? '') && words.indexOf('do', 3) > 0) || words[1] === 'done');

export const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be']);

export const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'might', 'must']);

/** The verbs a subject follows in a question, and a negation in a statement: "did [he]", "would not". */
export const AUXILIARY_VERBS = new Set([...DO_FORMS, ...BE_FORMS, ...MODALS, 'has', 'had', 'have']);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/** Endings of English adjectives of nationality: American, British, French, Russian, Western. */
export const NATIONALITY_ADJECTIVE = /(an|ish|ch|ese|ern)$/;
/** And of French ones, folded: ukrainien, américaine, français, russe, britannique. */
export const FRENCH_NATIONALITY_ADJECTIVE = /(ien|ienne|ain|aine|ais|aise|sse|ique)$/;

export const WH_WORDS = new Set(['why', 'when', 'where', 'who', 'whom', 'what', 'how', 'which']);
