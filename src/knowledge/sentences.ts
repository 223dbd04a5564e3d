/**
 * Splits an article into sentences, for coverage: which sentences does no fact cite? Paragraphs are
 * lines; inside one, a sentence ends at . ! ? or … followed by a capital or an opening quote —
 * except after a lone capital ("M. Stoltenberg").
 */
import type { Sentence } from './model.ts';

const BOUNDARY = /([.!?…»]+)(\s+)(?=[«"(A-ZÀ-ÖØ-Þ])/g;

export function splitSentences(text: string, from = 0): Omit<Sentence, 'nonClaim'>[] {
  const sentences: Omit<Sentence, 'nonClaim'>[] = [];
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) sentences.push({ text: body, start: start + lead, end: start + lead + body.length });
  };
  let lineStart = from;
  for (const line of text.slice(from).split('\n')) {
    let sentenceStart = lineStart;
    for (const match of line.matchAll(BOUNDARY)) {
      const cut = lineStart + match.index + match[1]!.length;
      const before = text.slice(Math.max(sentenceStart, cut - 3), cut);
      if (/(^|\s)[A-Z]\.$/.test(before)) continue; // "M." is an abbreviation, not an end
      push(sentenceStart, cut);
      sentenceStart = cut;
    }
    push(sentenceStart, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return sentences;
}
