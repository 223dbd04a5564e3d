/**
 * The one wink-nlp instance: English model, POS for lemmas, custom entities for actors. No NER: dates are
 * found by the parser (nlp/dates.ts), and wink's NER would cost as much as the rest of its pipeline.
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Wink {
  nlp: WinkMethods;
  /** Token ids at or above this are words the English model has never seen. */
  lexiconSize: number;
  /** The model's Porter stemmer (what `its.stem` applies), memoised: only some words of a question need it. */
  stem(word: string): string;
}

/** Enough for every word people use; past it the memo starts again rather than grow without bound. */
const STEM_MEMO_LIMIT = 50_000;

export function createWink(): Wink {
  const nlp = winkNLP(model, ['pos', 'cer']);
  // The model numbers its lexicon from 0; the first word it has not seen gets the next number.
  const probe = nlp.readDoc('qxqzvjw').tokens().out(nlp.its.uniqueId) as number[];
  const memo = new Map<string, string>();
  const porter = (model as unknown as { addons: { stem(word: string): string } }).addons.stem;
  return {
    nlp,
    lexiconSize: probe[0] ?? Number.MAX_SAFE_INTEGER,
    stem(word) {
      let stem = memo.get(word);
      if (stem === undefined) {
        if (memo.size >= STEM_MEMO_LIMIT) memo.clear();
        stem = porter(word);
        memo.set(word, stem);
      }
      return stem;
    },
  };
}
