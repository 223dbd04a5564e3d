/**
 * Folding makes text comparable across languages and keyboards: lower case, no accents, one kind of
 * apostrophe and quote, ligatures spelled out, hyphens as spaces, runs of white space collapsed.
 * The knowledge aliases and the user's question go through the same function, so they meet halfway.
 */
const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`´]/g;
const HYPHENS = /[-\u2010-\u2015\u2212]/g;
const SPACES = /\s+/g;

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function fold(text: string): string {
  // Most questions are plain ASCII: no accents, ligatures or typographic quotes to undo.
  if (PLAIN_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[-`]/g, (c) => (c === '-' ? ' ' : "'"))
      .replace(SPACES, ' ')
      .trim();
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, ' ')
    .replace(SPACES, ' ')
    .trim();
}

/** Collapses every run of white space (including no-break spaces) to one space, for quote matching. */
export function squashSpaces(text: string): string {
  return text.replace(SPACES, ' ').trim();
}
