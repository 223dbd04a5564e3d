/**
 * The words left once actors, dates and events are claimed: topic stems to match facts on, names nobody
 * knows, what a "how many" counts, and an order word ("the last call").
 */
import {
  COUNT_WORDS,
  countOf,
  FILLER_WORDS,
  HAPPEN_WORDS,
  KIND_WORDS,
  ORDINALS,
  PHRASAL_TOPICS,
  TOPIC_SYNONYMS,
  YES_NO_OPENERS,
} from './lexicon.ts';
import { fold } from '../text/fold.ts';
import {
  eventOfWord,
  isManner,
  isMeans,
  namesAThing,
  negated,
  negatedVerb,
  refusesToSpeak,
  seeksTo,
} from './events.ts';
import type { Bound } from './query.ts';
import type { Tokens } from './tokens.ts';
import type { Vocabulary } from './vocabulary.ts';
import { carriesMeaning } from './wink.ts';

/** "the last call", "the first meeting", "the second call" — but not "how long did it last". */
export function orderWord(tokens: Tokens): number | null {
  for (let i = 0; i < tokens.normal.length; i++) {
    if (tokens.pos[i] === 'VERB' || tokens.taken[i]) continue;
    const order = ORDINALS.get(tokens.normal[i]!);
    if (order !== undefined) return order;
  }
  return null;
}

/**
 * "Did Russia send three draft treaties?", "…2 letters?": a small count the question states (larger figures,
 * "100,000", are topics the facts' words must have). Not a date's day, nor an order ("the first call").
 */
export function statedFigure(tokens: Tokens): number | null {
  for (let i = 0; i < tokens.normal.length; i++) {
    if (tokens.taken[i]) continue;
    const word = tokens.normal[i]!;
    const value = /^\d$/.test(word) ? Number(word) : COUNT_WORDS.get(word);
    if (value !== undefined && value > 1) return value;
  }
  return null;
}

/**
 * "More than 50,000 troops", "over two years", "at least three hours", « plus de 100 000 soldats » (glossed
 * "more 100000"): a figure the fact's must pass or stay under. Its number is claimed: no topic, no count stated.
 */
export function statedBound(tokens: Tokens): Bound | null {
  const words = tokens.normal;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const value = countOf(word);
    if (value === undefined || tokens.taken[i]) continue;
    const [before, twoBefore] = [words[i - 1]!, words[i - 2] ?? ''];
    const comparative = before === 'than' ? twoBefore : before;
    const atLeastOrMost = twoBefore === 'at' && (before === 'least' || before === 'most');
    if (!atLeastOrMost && !ABOVE.has(comparative) && !BELOW.has(comparative)) continue;
    const above = atLeastOrMost ? before === 'least' : ABOVE.has(comparative);
    const next = tokens.pos[i + 1];
    const unit = next === 'NOUN' || next === 'PROPN' ? words[i + 1]! : null;
    // (its words too: "fewer than" is no topic)
    tokens.taken.fill('figure', before === 'than' || atLeastOrMost ? i - 2 : i - 1, i + 1);
    return { value, above, inclusive: atLeastOrMost, unit };
  }
  return null;
}
const ABOVE = new Set([
  'more',
  'over',
  'above',
  'exceeding',
  'exceed',
  'exceeded',
  'longer',
  'greater',
  'larger',
  'bigger',
]);
const BELOW = new Set(['less', 'fewer', 'under', 'below', 'shorter', 'smaller']);

/** "how many soldiers": what is counted, so that a count of hours does not answer it. */
export function countedNoun(tokens: Tokens, stem: (word: string) => string): string | null {
  const at = tokens.normal.findIndex(
    (word, i) => (word === 'many' || word === 'much' || word === 'old') && tokens.normal[i - 1] === 'how',
  );
  if (at < 0) return null;
  if (tokens.normal[at] === 'old') return 'age'; // "how old is Putin": an age the articles never give
  // The head of the noun phrase: "how many NATO members" counts members, not NATO; a noun that is not a
  // name wins over one that is ("combien de pays de l'UE": countries, not the EU).
  let head: string | null = null;
  let plainHead: string | null = null;
  let byEvent = false;
  for (let i = at + 1; i < tokens.normal.length; i++) {
    const pos = tokens.pos[i];
    if (pos === 'NOUN' || pos === 'PROPN') {
      const taken = tokens.taken[i];
      if (!taken) [plainHead, byEvent] = [tokens.normal[i]!, false];
      // (event nouns first count too, "how many phone calls": « combien d'appels Poutine a-t-il eus » is
      // glossed "how many calls poutine…")
      else if (taken === 'event' && (head === null || (byEvent && tokens.normal[i - 1] === plainHead)))
        [plainHead, byEvent] = [tokens.normal[i]!, true];
      head = tokens.normal[i]!;
    } else if ((pos !== 'ADJ' || head !== null) && pos !== 'NUM' && !tokens.taken[i]) break;
    // (an adjective after the noun starts something else: "how many days separate the two calls")
  }
  const counted = plainHead ?? head;
  return counted === null ? null : stem(counted);
}

/** A negation among the few words before a verb, up to another verb: "did not commit to withdrawing". */
function negatedBefore(tokens: Tokens, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    if (tokens.normal[i] === 'not' || tokens.normal[i] === 'never') return true;
    if (tokens.pos[i] === 'VERB') return false;
  }
  return false;
}

/** Endings of French verb forms, adjectives and nouns (accents folded), which names seldom have. */
export const FRENCH_ENDING =
  /(ee|ees|es|er|ez|ait|aient|ant|ement|ements|tion|tions|ique|iques|eux|euse|euses|ite|era|erai|eront|erons|erez|erait)$/;

/** Words written with a capital inside a sentence ("did Biden call"), folded: likely names. */
export function capitalisedWords(question: string): Set<string> {
  const names = new Set<string>();
  if (!/.\p{Lu}/u.test(question)) return names;
  for (const sentence of question.split(/[.?!\n]+/)) {
    const words = sentence.trim().split(/[^\p{L}'’-]+/u);
    for (const word of words.slice(1)) if (/^\p{Lu}\p{Ll}/u.test(word)) names.add(fold(word));
  }
  return names;
}

/**
 * A verb the English model has not seen, but a form of a word the facts use: "blogged" ("blog"). Only
 * verbs, whose endings are regular: a misspelt name ("Poutin") is left to the spelling corrector.
 */
export function isFormOfKnown(
  tokens: Tokens,
  i: number,
  vocabulary: Vocabulary,
  stem: (word: string) => string,
): boolean {
  if (tokens.pos[i] !== 'VERB') return false;
  const word = tokens.normal[i]!;
  const wordStem = stem(word);
  return wordStem !== word && vocabulary.hasStem(wordStem);
}

const PHRASAL_TOPICS_BY_VERB = new Map(
  PHRASAL_TOPICS.map(([verb]) => [verb, PHRASAL_TOPICS.filter((entry) => entry[0] === verb)]),
);

/** "keep Ukraine out of NATO": the topic the verb and its particle (up to three words on) name together. */
function phrasalTopic(tokens: Tokens, i: number): string | undefined {
  const entries = PHRASAL_TOPICS_BY_VERB.get(tokens.lemma[i]!);
  if (!entries || tokens.pos[i] !== 'VERB') return undefined;
  const ahead = tokens.normal.slice(i + 1, i + 4);
  const entry = entries.find(([, particle]) => ahead.includes(particle));
  if (!entry) return undefined;
  // (out of the alliance, or of nothing said: "keep missiles out of Ukraine" is no joining)
  let out = i + 2 + ahead.indexOf(entry[1]);
  while (tokens.normal[out] === 'of' || tokens.normal[out] === 'the') out++;
  const outOf = tokens.normal[out] ?? '?';
  return outOf === '?' || ALLIANCE_WORDS.has(outOf) ? entry[2] : undefined;
}
const ALLIANCE_WORDS = new Set(['nato', 'alliance', 'otan']);

/** "flatly deny", "say publicly": an adverb of the verb beside it. */
function saysHow(tokens: Tokens, i: number): boolean {
  return (
    tokens.pos[i] === 'ADV' &&
    tokens.normal[i]!.endsWith('ly') &&
    (tokens.pos[i - 1] === 'VERB' || tokens.pos[i + 1] === 'VERB')
  );
}

const SIZE_WORDS = new Set(['big', 'huge', 'major']);
const ASPECT_LEMMAS = new Set(['begin', 'start']);

/** The remaining content words: stems to match facts on, and words nobody knows (likely names). */
const TIME_QUALIFIERS = new Set(['right', 'just', 'shortly', 'directly', 'straight']);
const TIME_RELATIONS = new Set(['after', 'before', 'away']);

export function topicWords(
  tokens: Tokens,
  lexiconSize: number,
  vocabulary: Vocabulary,
  capitalised: ReadonlySet<string>,
  mayBeName: (word: string) => boolean,
  stem: (word: string) => string,
): {
  topics: string[];
  nouns: string[];
  incidental: string[];
  manner: string[];
  unknown: string[];
  spelled: Record<string, string>;
} {
  const topics: string[] = [];
  const spelled: Record<string, string> = {};
  const nouns: string[] = [];
  // wink's stop list holds nouns ("call", "name", "part"): they match facts, but no fact having one says
  // nothing about whether the question is in scope
  const incidental: string[] = [];
  const manner: string[] = [];
  const unknown: string[] = [];
  // Neighbouring unknown words are one name: "White House", "Xi Jinping".
  let lastUnknownAt = -2;
  const addUnknown = (word: string, at: number) => {
    if (at === lastUnknownAt + 1 && unknown.length > 0) unknown[unknown.length - 1] += ` ${word}`;
    else unknown.push(word);
    lastUnknownAt = at;
  };
  let compoundEnd = -1;
  tokens.normal.forEach((word, i) => {
    if (tokens.taken[i] || i === compoundEnd) return;
    const event = eventOfWord(word, tokens.lemma[i]!);
    // "phone number": the thing, one topic the facts never have (not "phone", which they do)
    if (event !== undefined && namesAThing(tokens, i)) {
      compoundEnd = i + 1;
      const compound = `${word} ${tokens.normal[compoundEnd]!}`;
      topics.push(compound);
      nouns.push(compound);
      spelled[compound] = compound;
      return;
    }
    // A figure asked about ("the 100,000 troops", "21 EU countries") is a topic like a word.
    if (/^\d{2,}$/.test(word)) return void (topics.includes(word) || topics.push(word));
    if (!/^\p{L}+$/u.test(word) || COUNT_WORDS.has(word)) return;
    // "Xi", and "Le Monde": a name, though "monde" is a word of the articles' French
    const writtenAsName = !vocabulary.known.has(word) || (vocabulary.onlyInArticles(word) && mayBeName(word));
    if (capitalised.has(word) && writtenAsName) return addUnknown(word, i);
    if (!carriesMeaning(tokens.stop[i]!, tokens.pos[i]!, tokens.lemma[i]!) || word.length < 3) return;
    // ("would not let Moscow dictate": refusing to let is said, not "let me know")
    const refusedToLet = word === 'let' && negated(tokens.normal, i);
    if (
      (FILLER_WORDS.has(word) || FILLER_WORDS.has(tokens.lemma[i]!) || KIND_WORDS.has(word)) &&
      !refusedToLet
    )
      return;
    // ("right after sending its treaties", "just before the call": how soon, no topic — not "the right to join")
    if (TIME_QUALIFIERS.has(word) && TIME_RELATIONS.has(tokens.normal[i + 1] ?? '')) return;
    const eventWord = event !== undefined || HAPPEN_WORDS.has(tokens.lemma[i]!);
    if (
      (eventWord && !isManner(tokens, i) && !refusesToSpeak(tokens, i) && !seeksTo(tokens, i)) ||
      isMeans(tokens, i)
    )
      return;
    if (YES_NO_OPENERS.has(word) || ORDINALS.has(word)) return;
    // ("the big NATO–Russia meeting": which one is already said — not "how big is the army?")
    if (SIZE_WORDS.has(word) && (tokens.taken[i + 1] === 'actor' || tokens.pos[i + 1] === 'NOUN')) return;
    const unheardOf = tokens.id[i]! >= lexiconSize || capitalised.has(word);
    const name =
      unheardOf &&
      !vocabulary.known.has(word) &&
      !isFormOfKnown(tokens, i, vocabulary, stem) &&
      mayBeName(word);
    if (name) addUnknown(word, i);
    else {
      // A verb form the facts never use stems by its lemma: "felt" is "feel", as the facts write it.
      const lemma = tokens.lemma[i]!;
      const byLemma = tokens.pos[i] === 'VERB' && !vocabulary.known.has(word) && vocabulary.known.has(lemma);
      const topic = stem(
        TOPIC_SYNONYMS.get(word) ??
          TOPIC_SYNONYMS.get(lemma) ??
          phrasalTopic(tokens, i) ??
          (byLemma ? lemma : word),
      );
      // ("who did not commit to withdrawing?": a verb said not done is also asked as the facts index theirs;
      // one no fact negates weighs nothing, see match.ts)
      if (tokens.pos[i] === 'VERB' && negatedBefore(tokens, i)) topics.push(negatedVerb(word, lemma, stem));
      if (topics.includes(topic)) return;
      topics.push(topic);
      spelled[topic] = word;
      // ("before the Geneva talks began": when the event was, which its date says, whatever the facts word)
      if (tokens.stop[i] || ASPECT_LEMMAS.has(lemma)) incidental.push(topic);
      else if (saysHow(tokens, i)) manner.push(topic);
      else if (tokens.pos[i] === 'NOUN' || tokens.pos[i] === 'PROPN') nouns.push(topic);
    }
  });
  return { topics, nouns, incidental, manner, unknown, spelled };
}
