/**
 * Corrects a misspelt word to the nearest word the bot knows ("Stoltenburg" → "stoltenberg",
 * "caled" → "called"), by the symmetric-delete method: every known word is indexed under itself and
 * the strings it gives with one or two letters deleted, so a lookup costs a few map reads instead of
 * a scan of the vocabulary; candidates are ranked by Damerau–Levenshtein distance (a swap is one edit).
 * Short words get one edit, long ones two; ties between different words make no correction. A doubled
 * letter typed once ("Borel" for "Borrell") counts as no edit at all.
 */
import damerauLevenshtein from 'damerau-levenshtein';

const distance = (a: string, b: string): number => damerauLevenshtein(a, b).steps;

const MIN_LENGTH = 3;

function allowedEdits(length: number): number {
  return length < MIN_LENGTH ? 0 : length < 8 ? 1 : 2;
}

/** Words are grouped so that a tie between two spellings of one name ("putin", "poutine") is no tie. */
export type WordGroups = ReadonlyMap<string, string>;

function deletions(word: string, depth: number, into: Set<string>): Set<string> {
  if (depth === 0) return into;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!into.has(shorter)) {
      into.add(shorter);
      deletions(shorter, depth - 1, into);
    }
  }
  return into;
}

/** A misspelling of `intended` within the edits its length allows ("prise" for "price"). */
export function misspells(word: string, intended: string): boolean {
  return word !== intended && distance(word, intended) <= Math.max(1, allowedEdits(intended.length));
}

/** "borrell" → "borel": doubled letters as one. */
const squeeze = (word: string) => word.replace(/(\p{L})\1+/gu, '$1');

/** Enough for the words people get wrong; past it the memo starts again rather than grow without bound. */
const MEMO_LIMIT = 10_000;

export class SpellingCorrector {
  private readonly index = new Map<string, string[]>();
  private readonly bySqueezed = new Map<string, string[]>();
  private readonly words: ReadonlySet<string>;
  /** Corrections already worked out: the same unknown words come back (names, French, chat spellings). */
  private readonly memo = new Map<string, string | null>();

  constructor(
    words: Iterable<string>,
    private readonly groups: WordGroups = new Map(),
    /** Forms of one word ("call", "called", "calls") are no rivals: by default, only the same spelling. */
    private readonly formsOfOneWord: (a: string, b: string) => boolean = (a, b) => a === b,
  ) {
    this.words = new Set([...words].filter((word) => word.length >= MIN_LENGTH && /^\p{L}+$/u.test(word)));
    for (const word of this.words) {
      const squeezed = squeeze(word);
      this.bySqueezed.set(squeezed, [...(this.bySqueezed.get(squeezed) ?? []), word]);
      for (const key of deletions(word, allowedEdits(word.length), new Set([word]))) {
        const bucket = this.index.get(key);
        if (bucket) bucket.push(word);
        else this.index.set(key, [word]);
      }
    }
  }

  /**
   * The known word closest to `word`, or null when none is close enough or two unrelated words are
   * equally close. Between a name and a plain word equally close ("putn": "putin" or "put"), the name
   * wins: names are what people misspell most, and what the question turns on.
   */
  correct(word: string): string | null {
    let corrected = this.memo.get(word);
    if (corrected === undefined) {
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      corrected = this.nearest(word);
      this.memo.set(word, corrected);
    }
    return corrected;
  }

  private nearest(word: string): string | null {
    const edits = allowedEdits(word.length);
    if (edits === 0 || this.words.has(word) || !/^\p{L}+$/u.test(word)) return null;
    // A doubled letter typed once is closer than any edit
    let closest: string[] = this.bySqueezed.get(squeeze(word)) ?? [];
    let bestDistance = closest.length > 0 ? 0 : edits + 1;
    for (const key of closest.length > 0 ? [] : deletions(word, edits, new Set([word]))) {
      for (const candidate of this.index.get(key) ?? []) {
        const d = distance(word, candidate);
        if (d < bestDistance) {
          closest = [candidate];
          bestDistance = d;
        } else if (d === bestDistance && !closest.includes(candidate)) {
          closest.push(candidate);
        }
      }
    }
    if (closest.length === 0) return null;
    const named = closest.filter((candidate) => this.groups.has(candidate));
    const pool = named.length > 0 ? named : closest;
    const first = pool[0]!;
    return pool.every(
      (candidate) => this.sameGroup(candidate, first) || this.formsOfOneWord(candidate, first),
    )
      ? first
      : null;
  }

  private sameGroup(a: string, b: string): boolean {
    const group = this.groups.get(a);
    return group !== undefined && group === this.groups.get(b);
  }
}
