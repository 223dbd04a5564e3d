/**
 * The one wink-nlp instance: English model, POS for lemmas, custom entities for actors. No NER: dates are
 * found by the parser (nlp/dates.ts), and wink's NER would cost as much as the rest of its pipeline.
 */
import winkNLP, { type ItemToken, type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Wink {
  nlp: WinkMethods;
  /** Token ids at or above this are words the English model has never seen. */
  lexiconSize: number;
  /** The model's Porter stemmer (what `its.stem` applies), memoised: only some words of a question need it. */
  stem(word: string): string;
  /**
   * A token's lemma and stop-word flag, which depend only on the word and its part of speech: memoised, as
   * reading them out of wink for every token cost as much as the rest of the token table.
   */
  wordFacts(normal: string, pos: string, token: () => ItemToken): WordFacts;
}

export interface WordFacts {
  lemma: string;
  stop: boolean;
}

const AUXILIARIES = new Set([
  'be',
  'have',
  'do',
  'can',
  'could',
  'will',
  'would',
  'shall',
  'should',
  'may',
  'might',
  'must',
]);

/**
 * Whether a word says something: not on wink's stop list, or a verb on it that is no auxiliary ("become",
 * "keep"). Questions and facts are read alike, so that they meet on the same words.
 */
export function carriesMeaning(stop: boolean, pos: string, lemma: string): boolean {
  return !stop || (pos === 'VERB' && !AUXILIARIES.has(lemma)) || pos === 'NOUN';
}

/** Enough for every word people use; past it the memo starts again rather than grow without bound. */
const STEM_MEMO_LIMIT = 50_000;

/**
 * A noun in "-sion" after a vowel or "n" is its verb's ("expansion" → expand, "invasion" → invade, "decision" →
 * decide): Porter keeps them apart, and a question says "NATO expanding" where a fact says "NATO's expansion".
 * ("discussion", "version": another ending; "tension" → "tend" joins nothing the facts or questions say.)
 */
const SION_NOUN = /^(\p{L}+[aeioun])sions?$/u;

export function createWink(): Wink {
  const nlp = winkNLP(model, ['pos', 'cer']);
  // The model numbers its lexicon from 0; the first word it has not seen gets the next number.
  const probe = nlp.readDoc('qxqzvjw').tokens().out(nlp.its.uniqueId) as number[];
  const memo = new Map<string, string>();
  const factsByPos = new Map<string, Map<string, WordFacts>>();
  let factsCount = 0;
  const porter = (model as unknown as { addons: { stem(word: string): string } }).addons.stem;
  return {
    nlp,
    lexiconSize: probe[0] ?? Number.MAX_SAFE_INTEGER,
    stem(word) {
      let stem = memo.get(word);
      if (stem === undefined) {
        if (memo.size >= STEM_MEMO_LIMIT) memo.clear();
        const verb = SION_NOUN.exec(word);
        stem = verb ? porter(`${verb[1]}d`) : porter(word);
        memo.set(word, stem);
      }
      return stem;
    },
    wordFacts(normal, pos, token) {
      let byWord = factsByPos.get(pos);
      if (byWord === undefined) factsByPos.set(pos, (byWord = new Map<string, WordFacts>()));
      let facts = byWord.get(normal);
      if (facts === undefined) {
        if (factsCount >= STEM_MEMO_LIMIT) {
          factsByPos.clear();
          factsCount = 0;
          factsByPos.set(pos, (byWord = new Map<string, WordFacts>()));
        }
        const item = token();
        facts = {
          lemma: item.out(nlp.its.lemma as ItsFunction<string>),
          stop: item.out(nlp.its.stopWordFlag) as boolean,
        };
        byWord.set(normal, facts);
        factsCount++;
      }
      return facts;
    },
  };
}
