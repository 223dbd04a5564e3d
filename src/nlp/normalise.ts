/**
 * Step 1 of the pipeline: turn whatever a person typed into plain, lower-case, accent-free words,
 * with Discord markup gone and French folded into the English the rest of the pipeline reads.
 * Knowledge aliases go through the same function, so "le président russe" and "du président russe"
 * meet as "president russe".
 */
import damerauLevenshtein from 'damerau-levenshtein';
import { fold } from '../text/fold.ts';
import {
  ASKED_ROUNDABOUT,
  CHAT_INTERJECTIONS,
  OPENING_WORDS,
  CHAT_SPELLINGS,
  DAY_NUMBER_WORDS,
  FRENCH_PARTICIPLES,
  FRENCH_PHRASES,
  FRENCH_STEMS,
  FRENCH_WORDS,
  DEPLOYMENT_SIZE,
  LEAVING_AS_WITHDRAWAL,
  IDIOMS,
  NAMED_DAYS,
  QUESTION_OPENERS,
  QUESTION_TAILS,
  SPOKEN_FRENCH,
  twoWordDayNumber,
} from './lexicon.ts';
import { pastOf } from './english-past.ts';
import { AUXILIARY_VERBS, PRONOUNS } from './tokens.ts';
import { QUESTION_WORDS, rephrased } from './rephrase.ts';

/** Longer input is cut: nobody asks a 4,000-character question, and parsing time stays bounded. */
export const MAX_QUESTION_CHARS = 400;

const DISCORD_MARKUP = /<(?:@[!&]?|#|a?:\w+:)\d+>|@(?:everyone|here)\b|https?:\/\/\S+|```\w*|[`*_~|>]/g;
const CONTROL = /[\p{Cc}\p{Cf}]/gu;
/**
 * Phrases rewritten as what they mean: idioms as the facts' verbs, named days as dates, spoken French as
 * written.
 */
const PHRASE_REWRITES = [...IDIOMS, ...NAMED_DAYS, ...SPOKEN_FRENCH];
/** Any of their words, looked for in one pass: most questions have none, and skip the rewrites' own checks. */
const ANY_PHRASE = new RegExp(
  [...new Set(PHRASE_REWRITES.map(([mustHave]) => mustHave.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))].join(
    '|',
  ),
);
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ELISION = /\b(qu|jusqu|lorsqu|puisqu|quelqu|[ldjmnstc])'(?=\p{L})/gu;
/** The same typed without its apostrophe, before a vowel as French elides: « qu a fait l otan ». */
const BARE_ELISION = /\b(qu|jusqu|lorsqu|puisqu|quelqu|[ldjnc]) (?=[aeiouyh])/g;
const WH_IS = /\b(who|what|where|when|how|why|that|there|here)'s\b/g;
const POSSESSIVE = /(\p{L})'s\b|(\p{L}s)'(?=\s|$)/gu;

/** French markers that are not English words, and English markers that are not French. */
const FRENCH_MARKERS = new Set(
  'le la les des du de que qui quoi quand pourquoi est sont ont a au aux avec pour dans sur une un et il elle ils ce cette son sa ses leur pas ne quel quelle quels quelles combien comment selon entre lors apres avant'.split(
    ' ',
  ),
);
const ENGLISH_MARKERS = new Set(
  'the did does do what who when where why how is was were with to of and on in about an has have had which their they'.split(
    ' ',
  ),
);

export interface NormalisedQuestion {
  /** The words, space-separated, ready for wink-nlp. */
  text: string;
  language: 'en' | 'fr';
}

/** A question as typed, cut to MAX_QUESTION_CHARS. */
export function normaliseQuestion(raw: string): NormalisedQuestion {
  return normaliseText(rephrased(withoutAsides(withoutInstructions(raw.slice(0, MAX_QUESTION_CHARS)))));
}

/**
 * "hi! so i've been reading about ukraine. what did russia put on the table?": sentences before the
 * question that greet or speak of the asker are not part of it — though what they are about may be what
 * the question's pronoun stands for ("I'm confused about the Minsk agreements. What are they for?").
 * "Sorry if this is obvious, but what is…": a clause before "but" and a question is none either.
 */
function withoutAsides(raw: string): string {
  let opened = raw.replace(REACTION_BEFORE_QUESTION, '').replace(INTERJECTION, '');
  if (opened.includes(',')) opened = opened.replace(CLAUSE_BEFORE_BUT, '');
  if (!SENTENCE_END.test(opened)) return opened;
  const sentences = opened.split(/(?<=[.!?])\s+/);
  const last = sentences.length - 1;
  const asides = sentences.filter(
    (sentence, i) => i < last && (ASIDE.test(sentence) || REACTION.test(sentence)),
  );
  const question = sentences.filter((sentence) => !asides.includes(sentence));
  const about = asides.map((aside) => ABOUT.exec(aside)?.[1]).findLast((topic) => topic !== undefined);
  if (about !== undefined && question.length === 1) return question[0]!.replace(PRONOUN, about);
  return question.join(' ');
}
const SENTENCE_END = /[.!?]\s+\S/;
/**
 * "gotcha.", "makes sense.", "ok merci." before a question: a reaction of one or two lower-case words (a name
 * or a date would be written otherwise) is no part of it.
 */
const REACTION = /^[\p{L}][\p{Ll}'’]*( [\p{Ll}'’]+)?[.!]$/u;
/** What starts a question in the raw text, or goes on one ("and", "so"). */
const QUESTION_START = `(and|so|et|donc|où|${QUESTION_WORDS})\\b`;
/** "ahh ok, and who did…", "nice, how many…", "huh, so russia…": the same, before a comma and a question word. */
const REACTION_BEFORE_QUESTION = new RegExp(
  `^\\s*\\p{Ll}[\\p{Ll}'’]*( \\p{Ll}[\\p{Ll}'’]*)?\\s*,\\s+(?=${QUESTION_START})`,
  'u',
);
/** "wait, …", « attends, … », "lol, …": an interjection before a comma, whatever follows. */
const INTERJECTION = new RegExp(`^\\s*(?:${OPENING_WORDS.join('|')})\\s*,\\s*`, 'iu');
const CLAUSE_BEFORE_BUT = new RegExp(`^[^?,]*,\\s*(but|mais)\\s+(?=${QUESTION_START})`, 'iu');
const ASIDE =
  /^\s*(((hi|hello|hey|so|ok|okay|well|bonjour|salut)\b[\s,!.]*)+$|((hi|hello|hey|so|ok|okay|well|bon|alors)\b[\s,!]*)*(i|i'm|i’m|im|i've|i’ve|ive|i'd|my|we|je|j'|j’|mon|ma|mes|nous)\b[^?]*$)/i;
/** What an aside is about: "…about the Minsk agreements.", « …sur l'Ukraine. » */
const ABOUT = /\b(?:about|on|regarding|sur|à propos d[eu'’]s?)\s+((?:\S+\s+){0,5}?\S+?)\s*[.!]?$/iu;
/** The pronoun an aside's subject stands for: "what are they for?", "who sent them?", "when was that?". */
const PRONOUN = /\b(they|them|it|those|these|that(?=\s*\?)|ils|elles)\b/i;

/** "You are now a pirate. Who called Putin?": sentences that instruct the bot are not part of the question. */
function withoutInstructions(raw: string): string {
  if (!INSTRUCTION.test(raw)) return raw;
  return raw
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !INSTRUCTION.test(sentence))
    .join(' ');
}
const INSTRUCTION =
  /^\s*(you are|you're|pretend|act as|ignore (all |your |the )?(previous )?instructions|forget (all |your )|from now on|tu es|vous etes|vous êtes|ignore tes|oublie tes)\b/i;

/** Any text, whole: the knowledge's aliases, statements, keywords and quotes meet questions this way. */
export function normaliseText(raw: string): NormalisedQuestion {
  // Each rewrite below runs only when its text can be there: most questions are a plain English line.
  let cut = raw.replace(DISCORD_MARKUP, ' ');
  if (cut.includes('US')) cut = cut.replace(/\bUS\b/g, 'USA'); // "US" the country, not "us"
  // typed in lower case, "the us" is the country too: no pronoun follows "the"
  if (cut.includes('the us')) cut = cut.replace(/\bthe us\b/g, 'the USA');
  if (cut.includes('UN')) cut = cut.replace(/\bUN\b/g, 'United Nations'); // not the French "un"
  // "the original French for…", "the exact French": the articles' words, not France
  if (/french/i.test(cut)) cut = cut.replace(/\b(original|exact) french\b/gi, '$1 quote');
  // 2022-02-03 and 03-02-2022 survive folding as 03/02/2022
  if (cut.includes('-'))
    cut = cut
      .replace(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, '$3/$2/$1')
      .replace(/\b(\d{1,2})-(\d{1,2})-(\d{4})\b/g, '$1/$2/$3')
      // "a troop pull-out", "the build-up": one noun, as "pullout" is, not a verb and its particle
      .replace(/\b(pull|build|draw)-(out|back|up|down)\b/gi, '$1$2');
  // Plain printable ASCII (most English questions) has no control characters and no accents to keep.
  const ascii = PRINTABLE_ASCII.test(cut);
  const cleaned = ascii
    ? cut
    : cut
        .replace(CONTROL, ' ')
        // Accents tell "où" (where) from "ou" (or) and "à" (to) from "a" (has): keep that before folding.
        .replace(/(?<!\p{L})où(?!\p{L})/giu, ' ou_where ')
        .replace(/(?<!\p{L})à(?!\p{L})/giu, ' a_to ');
  const accented = !ascii && /[àâçéèêëîïôûùüÿœ]/i.test(cleaned);
  // Plain ASCII needs only lower case from fold(); words are split below on whatever else it would undo.
  let folded = ascii && !/[-`]|\s\s/.test(cleaned) ? cleaned.toLowerCase() : fold(cleaned);
  if (folded.includes("'")) {
    // "didn't" → "did not", "won't" → "will not": the negation is a word of its own
    if (folded.includes("n't"))
      folded = folded
        .replace(/\bwon't\b/g, 'will not')
        .replace(/\bcan't\b/g, 'can not')
        .replace(/n't\b/g, ' not');
    // "who's" is "who is", not a possessive
    folded = folded.replace(WH_IS, '$1 is').replace(ELISION, '$1e ').replace(POSSESSIVE, '$1$2');
  }
  folded = folded.replace(BARE_ELISION, '$1e ');
  if (folded.includes(':') || folded.includes(',')) folded = withoutLeadIn(folded);
  if (ANY_PHRASE.test(folded))
    for (const [mustHave, phrase, meaning] of PHRASE_REWRITES)
      if (folded.includes(mustHave)) folded = folded.replace(phrase, meaning);
  // "more than 3h", « plus de 3h »: hours, after a bound (« à 15h » is a time of day)
  if (HOURS_BOUND.test(folded)) folded = folded.replace(HOURS_BOUND, '$1 $2 hours');
  // 100 000, 100,000 and 100k are one number; "the 2nd time", "the 1st call" an order, no day of the month
  if (HAS_DIGIT.test(folded))
    folded = folded
      .replace(/(\d)[ ,](\d{3})\b/g, '$1$2')
      .replace(/\b(\d+)k\b/g, '$1000')
      .replace(
        ORDINAL_BEFORE_NOUN,
        (_, ordinal: string, noun: string) => `${ORDINAL_WORDS[ordinal]} ${noun}`,
      );
  const asked = withoutTail(withoutOpener(withoutPreamble(withoutInterjections(wordsOf(folded)))));
  const language = detectLanguage(asked, accented);
  const glossed =
    language === 'fr' ? glossFrench(asked) : glossEnglish(asked, accented ? accentedWords(cleaned) : null);
  let text = dayNumbersAsDigits(withNounForOne(glossed)).join(' ');
  // (read after glossing, for both languages)
  if (text.includes('how ')) text = text.replace(DEPLOYMENT_SIZE, 'how many troops');
  if (text.includes('leave')) text = text.replace(LEAVING_AS_WITHDRAWAL, '$1 $2withdraw from');
  if (language === 'fr') text = text.replace(INVERTED, '$1 $3 $2');
  if (ROUNDABOUT.test(text))
    for (const [asked, meaning] of ASKED_ROUNDABOUT) text = text.replace(asked, meaning);
  return { text, language };
}

/**
 * « Pourquoi la Roumanie est-elle mentionnée ? », glossed "why romania is she mentioned": the subject back
 * after "be", as English asks it (only after an adverb that asks: "what day…", "which country…" name a thing).
 */
const INVERTED =
  /^(why|where|when|how(?! many| much| long| old| often)) ((?:\S+ ){1,3}?)(is|are|was|were) (?:he|she|it|they) /;
/** Any of ASKED_ROUNDABOUT's questions, looked for in one pass: most questions are asked straight. */
const ROUNDABOUT = new RegExp(ASKED_ROUNDABOUT.map(([asked]) => `(?:${asked.source})`).join('|'));

/**
 * "Which meeting came after the Brussels one?", « quelle réunion a suivi celle de Bruxelles ? » (glossed "the
 * one of bruxelles"): "one" stands for the thing the question asks which of.
 */
function withNounForOne(words: string[]): string[] {
  const noun = words[1];
  if ((words[0] !== 'which' && words[0] !== 'what') || noun === undefined) return words;
  const one = words.indexOf('one', 2);
  if (one < 0 || words[one - 1] === 'no' || words[one - 1] === 'any') return words;
  // "the Brussels one" → "the Brussels meeting"; "the one of Brussels" → "the Brussels meeting"
  if (words[one + 1] === 'of' && words[one - 1] === 'the' && words[one + 2] !== undefined)
    return [...words.slice(0, one), words[one + 2]!, noun, ...words.slice(one + 3)];
  if (words[one - 2] === 'the') return [...words.slice(0, one), noun, ...words.slice(one + 1)];
  return words;
}

const HAS_DIGIT = /\d/;
const ORDINAL_WORDS: Record<string, string> = {
  '1st': 'first',
  '2nd': 'second',
  '3rd': 'third',
  '4th': 'fourth',
};
const ORDINAL_BEFORE_NOUN = /\b(1st|2nd|3rd|4th) (time|call|calls|meeting|visit|trip|one)\b/g;

/**
 * "for a piece i'm writing: when did the council meet?", "question : qui a appelé…", « pour mon mémoire, qui… »:
 * a lead-in about the asker or the asking, before a colon (or before a comma and a question), is no part of
 * the question ("Macron: when did he call?" keeps its name).
 */
function withoutLeadIn(folded: string): string {
  const colon = folded.search(/:(?!\d)/); // (not a time, "10:30")
  const comma = colon < 0 ? folded.indexOf(',') : -1;
  const at = colon >= 0 ? colon : comma;
  if (at < 0) return folded;
  const leadIn = folded.slice(0, at).split(/[^a-z']+/);
  const rest = folded.slice(at + 1);
  const aboutTheAsking = leadIn.some((word) => ABOUT_THE_ASKING.has(word));
  if (colon >= 0) return /[a-z]/.test(rest) && aboutTheAsking ? rest : folded;
  // (a short one: "ok so my teacher said NATO promised…, is that in the articles?" is a claim to check)
  return aboutTheAsking && leadIn.length <= 4 && ASKS.test(rest) ? rest : folded;
}
const ABOUT_THE_ASKING = new Set(
  "i i'm im my me we our question quick curious asking je j moi mon ma mes nous notre".split(' '),
);
/** What follows a comma that starts the question itself: a question word, or a way of asking. */
const ASKS = new RegExp(
  `^\\s*(${QUESTION_WORDS}|ou_where|can|could|est ce|je (voudrais|veux|aimerais|ai besoin de) savoir|tell me|dis moi|dites moi)\\b`,
);
const HOURS_BOUND =
  /\b(more than|over|under|less than|at least|plus de|moins de|au moins) (\d+) ?h(?:rs?)?\b/g;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/**
 * The words of folded text, chat spellings undone ("wat" → "what"): letters, digits and "_", with "." and
 * "/" only between digits ("31/01", "12.01"); the question mark is a word of its own; the rest separates.
 */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  // the last word of an expansion, which the next word typed does not repeat
  let repeats: string | null = null;
  const end = (at: number) => {
    if (start < 0) return;
    const word = text.slice(start, at);
    start = -1;
    // "c est" ("c'est" without its apostrophe) is "ce est", as "c koi" is "ce est quoi"
    if (word === repeats) return void (repeats = null);
    repeats = null;
    const spelled = CHAT_SPELLINGS.get(word);
    if (spelled === undefined) return void words.push(word);
    const parts = spelled.split(' '); // "ya" → "il y a", read as three words
    words.push(...parts);
    if (parts.length > 1) repeats = parts[parts.length - 1]!;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let wordy: boolean;
    let width = 1;
    if (code < 128) {
      wordy =
        (code >= 97 && code <= 122) ||
        (code >= 48 && code <= 57) ||
        (code >= 65 && code <= 90) ||
        code === 95 ||
        ((code === 46 || code === 47) && isDigitAt(text, i - 1) && isDigitAt(text, i + 1));
    } else {
      const point = String.fromCodePoint(text.codePointAt(i)!);
      width = point.length;
      wordy = LETTER_OR_NUMBER.test(point);
    }
    if (wordy) {
      if (start < 0) start = i;
    } else {
      end(i);
      if (code === 63) words.push('?');
    }
    i += width - 1;
  }
  end(text.length);
  return words;
}

function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}

/**
 * In an English question only the calendar ("3 février") and the words that are French alone are glossed:
 * an English word may be a French one too ("on", "met", "dire").
 */
function glossEnglish(words: string[], accented: ReadonlySet<string> | null): string[] {
  const isFrench = (word: string | undefined, next?: string) =>
    word !== undefined &&
    (FRENCH_IN_ENGLISH.has(word) ||
      accented?.has(word) === true ||
      FRENCH_VERB_FORM.test(word) ||
      // ("what did Poutine dire à Johnson?": "dire" is English too, not before « à »)
      (word === 'dire' && next === 'a_to'));
  // Most English questions have no French word: only the calendar, in place.
  if (!words.some((word, i) => isFrench(word, words[i + 1]))) {
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      words[i] = word === 'a_to' ? 'to' : (CALENDAR_WORDS.get(word) ?? word);
    }
    return words;
  }
  // "Who a appelé Putin…", "Sherman a dit what…", "combien of troops": French words in an English
  // question, known by their accents or as French alone, are glossed one by one (the auxiliary "a" dropped)
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === 'a' && isFrench(words[i + 1])) continue;
    const english =
      word === 'a_to'
        ? 'to'
        : isFrench(word, words[i + 1])
          ? glossWord(word)
          : (CALENDAR_WORDS.get(word) ?? word);
    if (english) pushWords(out, english);
  }
  return out;
}

/**
 * French verbs of the story in forms no English word has ("what did El País publier?", "où se trouvait
 * Johnson on 1 February?").
 */
const FRENCH_VERB_FORM =
  /^(publi|appel|propos|demand|parl|trouv|annonc|envah|retir)(er|ier|ir|ait|aient|ent)$|^(etait|avait|voulait|disait|pensait)$/;

/** French words no English question has, glossed wherever they appear. */
const FRENCH_IN_ENGLISH = new Set(
  'quoi combien pourquoi quand qui quel quelle quels quelles dit fait parle appele'.split(' '),
);

/** The words written with accents, folded: French in a question otherwise English. */
function accentedWords(text: string): Set<string> {
  return new Set(
    (text.match(/[\p{L}]*[àâçéèêëîïôûùüÿœ][\p{L}]*/giu) ?? []).map((word) => fold(word).toLowerCase()),
  );
}

const MONTH_WORDS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/**
 * "the third of February", "February third", "le trois février": a day number in words beside a month
 * becomes digits wink-nlp reads as a date. Only beside a month: "the first call" keeps its meaning.
 */
function dayNumbersAsDigits(words: string[]): string[] {
  if (!words.some((word) => DAY_NUMBER_WORDS.has(word))) return words; // most questions spell no number
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? twoWordDayNumber(words[i]!, words[i + 1]!) : null;
    const day = pair ?? DAY_NUMBER_WORDS.get(words[i]!) ?? null;
    const width = pair === null ? 1 : 2;
    const after = words[i + width];
    const nearMonth =
      (after !== undefined && MONTH_WORDS.has(after)) ||
      (after === 'of' && MONTH_WORDS.has(words[i + width + 1] ?? '')) ||
      MONTH_WORDS.has(words[i - 1] ?? '');
    if (day !== null && nearMonth) {
      out.push(after === 'of' ? ordinal(day) : String(day)); // "3rd of february" is how wink reads that form
      i += width - 1;
    } else out.push(words[i]!);
  }
  return out;
}

function ordinal(day: number): string {
  const suffix =
    day % 10 === 1 && day !== 11
      ? 'st'
      : day % 10 === 2 && day !== 12
        ? 'nd'
        : day % 10 === 3 && day !== 13
          ? 'rd'
          : 'th';
  return `${day}${suffix}`;
}

/** The openers by their first word, longest first: most questions start with none of them. */
const OPENERS_BY_FIRST_WORD = new Map<string, [string, string][]>();
for (const entry of QUESTION_OPENERS) {
  const first = entry[0].split(' ')[0]!;
  OPENERS_BY_FIRST_WORD.set(first, [...(OPENERS_BY_FIRST_WORD.get(first) ?? []), entry]);
}

/**
 * "so basically what I want to know is whether the Americans offered…" → "did the americans offered…": a
 * preamble about wanting to know, early in the question, up to its "whether" or "if".
 */
function withoutPreamble(words: string[]): string[] {
  const at = words.findIndex(
    (word, i) =>
      i < 8 &&
      (word === 'wondering' ||
        word === 'curious' ||
        (word === 'know' && (words[i - 1] === 'to' || words[i - 1] === 'wanna'))),
  );
  if (at < 0) return words;
  let rest = at + 1;
  while (PREAMBLE_FILLERS.has(words[rest] ?? '')) rest++;
  const asksWhether = words[rest] === 'whether' || words[rest] === 'if';
  return asksWhether ? ['did', ...words.slice(rest + 1)] : words.slice(rest);
}
const PREAMBLE_FILLERS = new Set(['is', 'was', 'about', 'really', 'just']);

/** "bro what is sherman's job" → "what is sherman's job": interjections before the question carry nothing. */
function withoutInterjections(words: string[]): string[] {
  let start = 0;
  while (CHAT_INTERJECTIONS.has(words[start] ?? '') && start < words.length - 1) start++;
  return start === 0 ? words : words.slice(start);
}

/** "tell me about the Brussels talks" → "the brussels talks"; "is it true that Macron called" → "did macron called". */
function withoutOpener(words: string[]): string[] {
  const openers = OPENERS_BY_FIRST_WORD.get(words[0] ?? '');
  if (!openers) return words;
  const joined = words.join(' ');
  for (const [opening, meaning] of openers) {
    if (joined === opening || joined.startsWith(`${opening} `)) {
      const rest = words.slice(opening.split(' ').length);
      return meaning ? [meaning, ...rest] : rest;
    }
  }
  return words;
}

const TAIL_ENDS = new Set(QUESTION_TAILS.map((tail) => tail.slice(tail.lastIndexOf(' ') + 1)));

/** "did macron call putin or was it the other way round ?" → "did macron call putin ?" */
function withoutTail(words: string[]): string[] {
  const end = words[words.length - 1] === '?' ? words.length - 1 : words.length;
  if (!TAIL_ENDS.has(words[end - 1] ?? '')) return words; // most questions: no join needed
  const joined = ` ${words.slice(0, end).join(' ')}`;
  // (a tail that is the whole question stays: "is that true?" asks where the last answer comes from)
  const tail = QUESTION_TAILS.find((t) => joined.endsWith(` ${t}`) && joined.length > t.length + 1);
  return tail ? [...words.slice(0, end - tail.split(' ').length), ...words.slice(end)] : words;
}

function detectLanguage(words: string[], accented: boolean): 'en' | 'fr' {
  let french = 0;
  let english = 0;
  for (const word of words) {
    if (FRENCH_MARKERS.has(word)) french++;
    if (ENGLISH_MARKERS.has(word)) english++;
  }
  if (french !== english) return french > english ? 'fr' : 'en';
  // No function words to go on ("appels", "Poutine Macron 3 février"): accents, or a word French glosses
  // into another English word, say French.
  return accented || words.some((word) => FRENCH_ONLY.has(word)) ? 'fr' : 'en';
}

/** French words whose English is another word ("appels" → "calls"), unlike "invasion" or "sanctions". */
const FRENCH_ONLY = new Set(
  [...FRENCH_WORDS]
    .filter(([french, english]) => english !== '' && english !== french)
    .map(([french]) => french),
);

/** Month and weekday names are glossed in English questions too: "3 février" in an English sentence. */
const CALENDAR_WORDS = new Map(
  [...FRENCH_WORDS].filter(([, english]) =>
    /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|1st)$/.test(
      english,
    ),
  ),
);

/** French phrases by their first word, longest first: each word position looks only at its own. */
const PHRASES = new Map<string, { words: string[]; english: string }[]>();
for (const [french, english] of Object.entries(FRENCH_PHRASES)) {
  const words = french.split(' ');
  PHRASES.set(words[0]!, [...(PHRASES.get(words[0]!) ?? []), { words, english }]);
}
for (const list of PHRASES.values()) list.sort((a, b) => b.words.length - a.words.length);
const DETERMINERS = new Set([
  'le',
  'la',
  'les',
  'un',
  'une',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'ce',
  'cette',
]);
/** « Faire » before an infinitive is causative (« a fait fuiter »), and the infinitive says it all. */
const FAIRE = new Set(['fait', 'faire', 'fit', 'font', 'faisait', 'faisaient', 'firent']);
const INFINITIVE = /^\p{L}{2,}(er|ir|dre|tre|ire)$/u;
/** Glossed verbs of saying and thinking, after which « que » introduces what was said. */
const SAYING = new Set(
  'said say says think thinks thought believe believes believed announced declared stated claimed claims added wrote writes explained confirmed warned insisted stressed promised show shows showed propose proposed suggest suggested admit admitted deny denied doubt doubts doubted'.split(
    ' ',
  ),
);
/** Glossed verbs of wanting, after which « que » introduces what was wanted done. */
const WANTING = new Set(['want', 'wants', 'wanted']);
/**
 * « a publié »: the past ("published"); « ont publié », « avait publié »: "have / had published"; « est
 * mentionnée », « a-t-il été accusé »: the passive's participle.
 */
const AUXILIARY_TENSES = new Map<string, 'past' | 'participle'>([
  ['a', 'past'],
  ['ont', 'participle'],
  ['avait', 'participle'],
  ['avaient', 'participle'],
  ['est', 'participle'],
  ['sont', 'participle'],
  ['etait', 'participle'],
  ['etaient', 'participle'],
  ['ete', 'participle'],
]);
/** A participle's (or an infinitive's, after « fait ») ending. */
const PARTICIPLE = /(?:e|ee|es|ees|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|er|ir|re)$/;
const VERBS_AFTER_WHERE = new Set(['a', 'est', 'se', 'ont', 'etait', 'sont', 'avait']);

/** Words after which « d'où » asks where from: a verb, a pronoun, a conjunction (« et d'où ? »). */
const ASKS_FROM_WHERE = new Set(
  'est sont etait etaient vient viennent venait venaient venu venue venus arrive arrivent il elle ils elles ca cela ce et mais ou alors donc'.split(
    ' ',
  ),
);

/** French words → English, phrases first; words with no English stay as they are, words glossed as "" go. */
export function glossFrench(words: string[]): string[] {
  const out: string[] = [];
  // After an auxiliary (AUXILIARY_TENSES), a participle a stem glosses takes its English form (english-past.ts)
  let tense = null as 'past' | 'participle' | null;
  let negatedFrom: number | null = null; // where the verb after « ne » begins in `out`
  let invertedVerbAt: number | null = null; // « qu'a répondu Moscou ? »: the verb before its subject
  for (let i = 0; i < words.length;) {
    // « les pays d'où la Russie voulait… »: after a noun, « d'où » opens a relative clause ("from which"),
    // where « d'où vient-il ? », « il est d'où ? » ask where from
    if (words[i] === 'd' && words[i + 1] === 'ou_where' && i > 0 && !ASKS_FROM_WHERE.has(words[i - 1]!)) {
      out.push('from', 'which');
      i += 2;
      continue;
    }
    const phrases = PHRASES.get(words[i]!);
    const found = phrases && phraseAt(words, i, phrases);
    if (found) {
      if (found.phrase.english) pushWords(out, found.phrase.english);
      for (const adverb of found.adverbs) pushWords(out, glossWord(adverb));
      // (« est-elle mentionnée », glossed "is she": a passive's participle follows — not after « se », « se
      // sont-ils rencontrés » being no passive; « a-t-elle remis », "did she", takes the verb's base)
      const passive = PASSIVE_PHRASE.test(found.phrase.english) && words[i - 1] !== 'se';
      tense = passive ? 'participle' : null;
      i += found.length;
      continue;
    }
    const word = words[i]!;
    const next = words[i + 1];
    let english: string;
    if (word === 'le' && next !== undefined && endsOnDayNumber(words, i + 1)) {
      // "et le 2 ?" after a question about 3 February: the 2nd of that month, as "and the 2nd?" is
      out.push('the', ordinal(Number(next)));
      i += 2;
      continue;
    }
    const after = tense;
    tense = null;
    // « a fait fuiter les réponses »: "made leak" is "leaked" — the causative is the verb it governs
    if (FAIRE.has(word) && next !== undefined && INFINITIVE.test(next)) [english, tense] = ['', after];
    else if (word === 'a' && next !== undefined && DETERMINERS.has(next)) english = 'to';
    // « cités en exigeant le retrait »: the gerund dates an act ("when demanding"), it says not how it was done
    else if (word === 'en' && next?.endsWith('ant') && glossWord(next).endsWith('ing')) english = 'when';
    // « a-t-elle dit qu'elle se retirerait »: after saying or thinking, « que » is "that", not "what"
    else if (word === 'que' && verbBefore(out, SAYING)) english = 'that';
    // « voulait-elle que les troupes quittent… »: English wants them to, with no "that"
    else if (word === 'que' && verbBefore(out, WANTING)) english = '';
    else if (word === 'ou' && (i === 0 || next === undefined || next === '?' || VERBS_AFTER_WHERE.has(next)))
      english = 'where';
    else {
      english = (after && FRENCH_PARTICIPLES.get(word)) || glossWord(word);
      if (AUXILIARY_TENSES.has(word)) tense = AUXILIARY_TENSES.get(word)!;
      else if (BETWEEN_AUXILIARY_AND_PARTICIPLE.has(word)) tense = after;
      else if (after && PARTICIPLE.test(word) && /^[a-z]+$/.test(english) && glossedByStem(word))
        english = pastOf(english, after);
      if (after === 'past' && asksWhatAlone(out) && /^[a-z]+$/.test(english) && subjectEnds(words, i + 1))
        invertedVerbAt = out.length;
    }
    if (word === 'ne') negatedFrom = out.length;
    else if (word === 'pas' && negatedFrom !== null) {
      placeNot(out, negatedFrom);
      negatedFrom = null;
      english = '';
    }
    if (english) pushWords(out, english);
    i++;
  }
  if (invertedVerbAt !== null) subjectBeforeVerb(out, invertedVerbAt);
  return out;
}

/** The question so far is "what" (or "and what"), asked of a verb that follows. */
const asksWhatAlone = (out: string[]) =>
  out.length > 0 &&
  out[out.length - 1] === 'what' &&
  (out.length === 1 || (out.length === 2 && out[0] === 'and'));

/** After the verb, only its subject: a name of a word or two (« l'OTAN », « le Kremlin »), then the end. */
function subjectEnds(words: string[], from: number): boolean {
  const rest = words.slice(from).filter((word) => word !== '?' && !DETERMINERS.has(word));
  return rest.length >= 1 && rest.length <= 2 && !rest.some((word) => LINKS.has(word));
}
/** Words that join a subject to what follows it (« qu'a dit Poutine à Johnson »). */
const LINKS = new Set([
  'de',
  'du',
  'des',
  'a',
  'a_to',
  'au',
  'aux',
  'en',
  'sur',
  'pour',
  'avec',
  'par',
  'dans',
  'et',
]);

/**
 * « Qu'a répondu Moscou ? », glossed "what responded moscou ?": English asks "what did moscou respond" (the
 * past form stays; its lemma is what the parser reads) — only a short subject that ends the question, so
 * nothing after it is misread as its object.
 */
function subjectBeforeVerb(out: string[], verbAt: number): void {
  const end = out[out.length - 1] === '?' ? out.length - 1 : out.length;
  const subject = end - verbAt - 1;
  if (subject < 1 || subject > 2) return;
  out.splice(verbAt, end - verbAt, 'did', ...out.slice(verbAt + 1, end), out[verbAt]!);
}

/**
 * One of the verbs just before, or before whom it was said to: « a dit à Macron que », « a promis à Moscou
 * que », « voulait-elle que ».
 */
function verbBefore(out: string[], verbs: ReadonlySet<string>): boolean {
  for (let back = 1; back <= 3 && back <= out.length; back++) {
    const word = out[out.length - back]!;
    if (verbs.has(word)) return true;
    if (WH_OR_PAUSE.has(word)) return false;
  }
  return false;
}
const WH_OR_PAUSE = new Set(['what', 'which', 'who', 'where', 'when', 'why', 'how', ',', '?']);

const SUBJECT_PRONOUNS = new Set([...PRONOUNS, 'i', 'you', 'we']);

/**
 * « ne s'élargirait pas » glossed "would enlarge" then "not": English puts "not" after the auxiliary or before
 * the verb ("would not enlarge", "not want"), which is where the parser reads a negated verb. A longer span,
 * or an inverted subject (« ne sont-ils pas », "are they"), keeps "not" last.
 */
function placeNot(out: string[], from: number): void {
  const verb = out.slice(from);
  if (verb.length === 0 || verb.length > 2 || SUBJECT_PRONOUNS.has(verb[verb.length - 1]!)) out.push('not');
  else out.splice(AUXILIARY_VERBS.has(verb[0]!) ? from + 1 : from, 0, 'not');
}

/** Words said inside a phrase without breaking it: « font aussi partie de », « a déjà eu lieu ». */
const ADVERBS_IN_PHRASES = new Set(['aussi', 'egalement', 'deja', 'encore', 'toujours', 'bien', 'vraiment']);
/** And, in spoken French, the object asked where it stands: « l'OTAN a mis quoi sur la table ? ». */
const SAID_INSIDE_PHRASES = new Set([...ADVERBS_IN_PHRASES, 'quoi']);
/** A phrase glossed as "be" and its subject: « est-elle » "is she", « sont-ils » "are they". */
const PASSIVE_PHRASE = /^(?:is|are|was|were) (?:he|she|it|they)$/;
/** Words between an auxiliary and its participle: « n'a pas encore proposé », « est-elle mentionnée ». */
const BETWEEN_AUXILIARY_AND_PARTICIPLE = new Set([
  ...ADVERBS_IN_PHRASES,
  'pas',
  'jamais',
  'il',
  'elle',
  'ils',
  'elles',
  'on',
]);

/** The longest phrase that starts at a word, with the adverbs said inside it (glossed after it). */
function phraseAt(
  words: string[],
  at: number,
  phrases: { words: string[]; english: string }[],
): { phrase: { words: string[]; english: string }; length: number; adverbs: string[] } | undefined {
  for (const phrase of phrases) {
    const adverbs: string[] = [];
    let i = at;
    let k = 0;
    while (k < phrase.words.length) {
      if (words[i] === phrase.words[k]) k++;
      else if (k > 0 && SAID_INSIDE_PHRASES.has(words[i]!)) adverbs.push(words[i]!);
      else break;
      i++;
    }
    if (k === phrase.words.length) return { phrase, length: i - at, adverbs };
  }
  return undefined;
}

/** A gloss, one word at a time ("the one of"): the steps after glossing read words. */
function pushWords(out: string[], gloss: string): void {
  if (gloss.includes(' ')) out.push(...gloss.split(' '));
  else out.push(gloss);
}

/** A day's number (1–31) that ends the question: "…le 2 ?". */
function endsOnDayNumber(words: string[], at: number): boolean {
  const after = words[at + 1];
  return (
    /^\d{1,2}$/.test(words[at]!) &&
    Number(words[at]) >= 1 &&
    Number(words[at]) <= 31 &&
    (after === undefined || after === '?')
  );
}

/** Glosses already worked out: stems and slips are searched once per word (bounded, like the other memos). */
const GLOSSES = new Map<string, string>();
const GLOSS_MEMO_LIMIT = 20_000;

function glossWord(word: string): string {
  const known = FRENCH_WORDS.get(word) ?? GLOSSES.get(word);
  if (known !== undefined) return known;
  if (GLOSSES.size >= GLOSS_MEMO_LIMIT) GLOSSES.clear();
  const gloss = glossUnlistedWord(word);
  GLOSSES.set(word, gloss);
  return gloss;
}

/**
 * A word the glossary does not list: the longest stem it begins with, or a stem one slip away. A verb's
 * future or conditional says so ("rejoindra" → "will join", "déploierait" → "would deploy").
 */
function glossUnlistedWord(word: string): string {
  const found = longestStem(word);
  if (!found) return misspeltStem(word) ?? word;
  const [stem, best] = found;
  // (with the stem's last letter: « répondra » is "repond" + "ra", the "d" of "-dre")
  const ending = word.slice(stem.length - 1);
  if (ending.length < 3) return best;
  return FUTURE_ENDING.test(ending)
    ? `will ${best}`
    : CONDITIONAL_ENDING.test(ending)
      ? `would ${best}`
      : best;
}

/** The longest of the stems a word begins with, and its English. */
function longestStem(word: string): [stem: string, english: string] | undefined {
  let best: [string, string] | undefined;
  for (const entry of STEMS_BY_FIRST_LETTER.get(word[0] ?? '') ?? [])
    if (entry[0].length > (best?.[0].length ?? 0) && word.startsWith(entry[0])) best = entry;
  return best;
}

/** A word the glossary does not list but a verb's stem begins: « divulgué », « proposé » (not « glacis »). */
const glossedByStem = (word: string) => !FRENCH_WORDS.has(word) && longestStem(word) !== undefined;

/** After a verb's stem: the infinitive's vowel (or "d" of "-dre") and the future's or conditional's ending. */
const FUTURE_ENDING = /[eid]r(?:a|ont)$/;
const CONDITIONAL_ENDING = /[eid]r(?:ait|aient)$/;

/** The stems by their first letter: a word is compared only with those it could begin with. */
const STEMS_BY_FIRST_LETTER = new Map<string, [string, string][]>();
for (const entry of FRENCH_STEMS) {
  const key = entry[0][0] ?? '';
  STEMS_BY_FIRST_LETTER.set(key, [...(STEMS_BY_FIRST_LETTER.get(key) ?? []), entry]);
}

/** Stems of five letters or more, by their first two letters: a slip rarely falls there, and it keeps the search short. */
const LONG_STEMS = new Map<string, [string, string][]>();
for (const entry of FRENCH_STEMS) {
  if (entry[0].length < 5) continue;
  const key = entry[0].slice(0, 2);
  LONG_STEMS.set(key, [...(LONG_STEMS.get(key) ?? []), entry]);
}

const INFLECTION =
  /^(e|es|ee|ees|er|ez|ait|aient|ant|ent|ons|ions|iez|a|as|ai|ra|rai|ront|s|i|is|it|ie|ies)?$/;

/** A long stem one typing slip away ("apelé" for "appelé"), for words no stem begins. */
function misspeltStem(word: string): string | undefined {
  if (word.length < 5) return undefined;
  for (const [stem, english] of LONG_STEMS.get(word.slice(0, 2)) ?? []) {
    if (word.length > stem.length + 4) continue; // a conjugated form, not a different long word ("initiative")
    // What follows the slipped stem must be a verb or adjective ending: "apelé" is "appelé", but "résultat"
    // is no slip of "résum-".
    const near = [stem.length - 1, stem.length, stem.length + 1].some(
      (length) =>
        INFLECTION.test(word.slice(length)) && damerauLevenshtein(word.slice(0, length), stem).steps === 1,
    );
    if (near) return english;
  }
  return undefined;
}
