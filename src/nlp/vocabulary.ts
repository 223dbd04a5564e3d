/**
 * The words the bot knows beyond the English model: every alias, statement, keyword and article word,
 * normalised the way questions are. A question word outside both is a name the articles never
 * mention (or a typo, which the corrector built here gets first go at).
 */
import type { KnowledgeBase } from '../knowledge/model.ts';
import {
  EVENT_CONCEPTS,
  FILLER_WORDS,
  FRENCH_PHRASES,
  FRENCH_WORDS,
  FRENCH_STEMS,
  KIND_WORDS,
} from './lexicon.ts';
import { normaliseText } from './normalise.ts';
import { misspells, SpellingCorrector } from './spelling.ts';

export interface Vocabulary {
  known: ReadonlySet<string>;
  corrector: SpellingCorrector;
  /** Whether a stem is that of a word the facts, names or glossary use. */
  hasStem(stem: string): boolean;
  /** Whether the facts write a verb (by its stem) with a particle right after it: "ruled out", not "turn down". */
  factsWrite(verbStem: string, particle: string): boolean;
  /** Known only from the articles' own French text: "monde", capitalised, is a name ("Le Monde"). */
  onlyInArticles(word: string): boolean;
  /** A one-word name of an entity: "putin", "poutine", "stoltenberg". */
  isName(word: string): boolean;
  /**
   * The word a name of several words has after `previous`, when `word` misspells it: "ned prise" is Ned
   * Price, though "prise" is an English word the corrector leaves alone.
   */
  nameGoesOn(previous: string, word: string): string | null;
  /** A French word the glossary knows, in English ("troupes" → "troops"); any other word as it is. */
  inEnglish(word: string): string;
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word);

const words = (text: string) => normaliseText(text).text.split(' ').filter(Boolean);

export function buildVocabulary(knowledge: KnowledgeBase, stem: (word: string) => string): Vocabulary {
  // Words worth correcting towards: what names actors and events, and the facts' own words.
  const domain = new Set<string>();
  const groups = new Map<string, string>();
  /** In names of several words, the words that follow each: "ned" → "price". */
  const followers = new Map<string, string[]>();
  for (const entity of knowledge.entities.values()) {
    for (const alias of [...entity.aliases, entity.name.en, entity.name.fr]) {
      const aliasWords = words(alias);
      for (const w of aliasWords) domain.add(w);
      if (aliasWords.length === 1) groups.set(aliasWords[0]!, entity.id); // one-word names: "putin", "poutine"
      // Only between words written as names ("Ned Price"), not after "the" of "the prime minister"
      const written = alias.split(/\s+/);
      if (written.length !== aliasWords.length) continue;
      aliasWords.slice(1).forEach((next, i) => {
        const before = aliasWords[i]!;
        if (capitalised(written[i]!) && capitalised(written[i + 1]!) && next.length >= 4)
          followers.set(before, [...(followers.get(before) ?? []), next]);
      });
    }
  }
  const factPairs = new Set<string>();
  for (const fact of knowledge.facts) {
    const factWords = words([fact.statement, ...fact.keywords].join(' '));
    factWords.forEach((w, i) => {
      domain.add(w);
      if (i > 0) factPairs.add(`${stem(factWords[i - 1]!)} ${w}`);
    });
  }
  for (const concept of EVENT_CONCEPTS) for (const w of concept.words) domain.add(w);
  for (const w of KIND_WORDS.keys()) domain.add(w);
  for (const english of [...FRENCH_WORDS.values(), ...Object.values(FRENCH_PHRASES)]) {
    for (const w of english.split(' ')) if (w) domain.add(w);
  }
  for (const [, english] of FRENCH_STEMS) domain.add(english);
  for (const w of ['january', 'february', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday'])
    domain.add(w);

  // Known but not corrected towards: the articles' own French, raw and glossed.
  const known = new Set(domain);
  for (const source of knowledge.sources.values()) {
    for (const w of words(source.text)) known.add(w);
    for (const w of source.text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .split(/[^\p{L}]+/u))
      known.add(w);
  }
  for (const w of FILLER_WORDS) known.add(w);
  for (const w of FRENCH_WORDS.keys()) known.add(w);

  // "calld": "call" or "called"; "troups": "troops" or the French "troupes"
  const domainStems = new Set([...domain].map(stem));
  const english = (word: string) => FRENCH_WORDS.get(word) ?? word;
  const formsOfOneWord = (a: string, b: string) => stem(english(a)) === stem(english(b));
  return {
    known,
    corrector: new SpellingCorrector(domain, groups, formsOfOneWord),
    hasStem: (word) => domainStems.has(word),
    factsWrite: (verbStem, particle) => factPairs.has(`${verbStem} ${particle}`),
    isName: (word) => groups.has(word),
    onlyInArticles: (word) =>
      known.has(word) && !domain.has(word) && !FILLER_WORDS.has(word) && !FRENCH_WORDS.has(word),
    inEnglish: english,
    nameGoesOn: (previous, word) =>
      (followers.get(previous) ?? []).find((next) => misspells(word, next)) ?? null,
  };
}
