/**
 * Words the asker put in quotation marks: "who said 'peace in our time'?", « qui a parlé de « glacis » ? ».
 * A fact answers only if it holds every one of their content words — else no one in the articles said it,
 * however near its topic ("a peaceful resolution" is not "peace in our time").
 */
import { normaliseText } from './normalise.ts';
import type { Tokens } from './tokens.ts';
import { carriesMeaning } from './wink.ts';

export interface Quoted {
  /** The words as typed, to say back: “peace in our time”. */
  phrase: string;
  /** The stems of their content words, as the facts' stems are made. */
  stems: string[];
}

/**
 * A single quote opens after a space or bracket and closes before one or a punctuation mark, so that
 * "Russia's" and "the allies' demands" open nothing; double quotes, curly quotes and guillemets pair up.
 */
const QUOTATION = /(?:^|[\s(:])['‘]([^'‘’]+?)['’](?=[\s?.,!;:)]|$)|["“«]\s*([^"“”«»]+?)\s*["”»]/gu;

/** The first quoted phrase of a question whose words are found in its token table, with their stems. */
export function quotedWords(question: string, tokens: Tokens, stem: (word: string) => string): Quoted | null {
  if (!/['‘"“«]/u.test(question)) return null; // most questions quote nothing
  for (const match of question.matchAll(QUOTATION)) {
    const phrase = (match[1] ?? match[2] ?? '').trim();
    const words = normaliseText(phrase).text.split(' ').filter(Boolean);
    const at = indexOfRun(tokens.normal, words);
    if (at < 0) continue;
    const stems: string[] = [];
    for (let i = at; i < at + words.length; i++) {
      const word = tokens.normal[i]!;
      if (!/^\p{L}{3,}$/u.test(word) || !carriesMeaning(tokens.stop[i]!, tokens.pos[i]!, tokens.lemma[i]!))
        continue;
      stems.push(stem(word));
    }
    if (stems.length > 0) return { phrase, stems };
  }
  return null;
}

function indexOfRun(haystack: readonly string[], run: readonly string[]): number {
  if (run.length === 0) return -1;
  for (let start = 0; start + run.length <= haystack.length; start++) {
    let i = 0;
    while (i < run.length && haystack[start + i] === run[i]) i++;
    if (i === run.length) return start;
  }
  return -1;
}
