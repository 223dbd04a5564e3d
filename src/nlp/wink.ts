/** The one wink-nlp instance: English model, POS for lemmas, NER for dates, custom entities for actors. */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Wink {
  nlp: WinkMethods;
  /** Token ids at or above this are words the English model has never seen. */
  lexiconSize: number;
}

export function createWink(): Wink {
  const nlp = winkNLP(model, ['pos', 'ner', 'cer']);
  // The model numbers its lexicon from 0; the first word it has not seen gets the next number.
  const probe = nlp.readDoc('qxqzvjw').tokens().out(nlp.its.uniqueId) as number[];
  return { nlp, lexiconSize: probe[0] ?? Number.MAX_SAFE_INTEGER };
}
