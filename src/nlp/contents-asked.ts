/**
 * "What was in Russia's draft treaties?", "what do the letters propose?", « que prévoient les propositions
 * russes ? »: what a paper said, which the articles report as facts of their own (a fact's `carried_by`),
 * not the sending of it. Read from the token table: a question about what, a paper named, and either a word
 * asking what it held, "in" before it, or the paper as the subject of a verb of saying.
 */
import { CONTENTS_WORDS, DOCUMENT_VERBS, DOCUMENT_WORDS, type QuestionKind } from './lexicon.ts';
import type { ActorSpan } from './find-actors.ts';
import { BE_FORMS, DETERMINERS, DO_FORMS, PRONOUNS, type Tokens } from './tokens.ts';

export interface ContentsAsked {
  /** The stems of the paper's nouns ("draft", "treati"); none when a pronoun stands for it: "what was in them?" */
  papers: string[];
  /**
   * Who the question says wrote it: named in its phrase ("Russia's treaties", « les lettres de l'OTAN ») or
   * the subject ("what did Washington offer in its response?"). Other actors are what it is asked about.
   */
  parties: string[];
  /** The stems of the words that asked it ("contain"): the question's means, no topic of it. */
  asking: string[];
}

/** Words that may stand before a paper's noun in its phrase: "the two US draft treaties", "Russia's own". */
const PHRASE_WORDS = new Set(['written', 'own', 'two', 'both', 'those', 'these', "'s", 'formal']);

/** "What was in them?", "what did they contain?": a paper named before. */
const STANDS_FOR_PAPER = new Set(['them', 'it', 'those', 'these', 'they']);

export function contentsAsked(
  tokens: Tokens,
  kind: QuestionKind,
  actors: ActorSpan[],
  stem: (word: string) => string,
  isMedia: (id: string) => boolean,
): ContentsAsked | null {
  const { normal, lemma } = tokens;
  // ("do the letters mention Ukraine?", « les lettres parlent-elles de l'Ukraine ? »: whether it said so)
  if (kind !== 'what' && kind !== 'yes-no') return null;
  const published = kind === 'what' ? publishedAbout(tokens, actors, isMedia) : -1;
  if (published >= 0) return { papers: [stem('documents')], parties: [], asking: [stem(normal[published]!)] };
  const asking = lemma.flatMap((word, i) => (CONTENTS_WORDS.has(word) ? [stem(normal[i]!)] : []));
  // (a what-question, or one asking for the contents: "how did the West answer Russia's demands?" asks no
  // paper's words; "give me the contents of Russia's proposals" does)
  const asksWhat = kind === 'yes-no' || normal.some((word) => word === 'what' || word === 'which');
  if (asking.length === 0 && !asksWhat) return null;
  const candidates = lemma.flatMap((word, i) =>
    DOCUMENT_WORDS.has(word) && isPaper(tokens, i) && !verbOfSubject(tokens, actors, i) ? [i] : [],
  );
  if (candidates.length === 0) {
    const inPronoun = normal.some((word, i) => word === 'in' && STANDS_FOR_PAPER.has(normal[i + 1] ?? ''));
    const pronoun = normal.some((word) => STANDS_FOR_PAPER.has(word));
    return inPronoun || (asking.length > 0 && pronoun) ? { papers: [], parties: [], asking } : null;
  }
  // (the first paper asked about: "what did Washington offer in its response?", whatever wink made of "offer")
  for (const first of candidates) {
    let head = first;
    while (isPaper(tokens, head + 1) && DOCUMENT_WORDS.has(lemma[head + 1]!)) head++;
    const start = phraseStart(tokens, first);
    const inIt = inPaper(tokens, start, first, head);
    const said = saidByPaper(tokens, actors, start, head);
    if (asking.length === 0 && !inIt && !said) continue;
    // (asked yes or no, only the paper speaking: "did the letters mention Ukraine?" — not "did the Americans
    // offer anything in writing, like in those letters?", which asks whether they did)
    if (kind === 'yes-no' && !said) continue;
    const papers = normal.slice(first, head + 1).map(stem);
    // (the paper's own verb is how it is asked too: "what did the letter promise to study?" asks of studying)
    const itsVerbs = said
      ? lemma.flatMap((word, i) => (i > head && DOCUMENT_VERBS.has(word) ? [stem(normal[i]!)] : []))
      : [];
    const parties = partiesNamed(tokens, actors, start, head, inIt || asking.length > 0);
    return { papers, parties, asking: [...asking, ...itsVerbs] };
  }
  return null;
}

/**
 * "What did El País publish about missiles?", « qu'a révélé El País sur les missiles ? » (glossed "what revealed
 * el pais about…"): what a newspaper published, asked about something, is what the documents it published
 * said of it. The publishing verb's place, or -1.
 */
function publishedAbout(tokens: Tokens, actors: ActorSpan[], isMedia: (id: string) => boolean): number {
  const verb = tokens.lemma.findIndex((word, i) => PUBLISHING.has(word) && tokens.pos[i] === 'VERB');
  if (verb < 0 || (!ABOUT.has(tokens.normal[verb + 1] ?? '') && !actorThenAbout(tokens, actors, verb)))
    return -1;
  // the newspaper is the subject: before the verb ("what did El País reveal"), or right after it in French
  const subject = actors.find((span) => span.end === verb - 1 || span.start === verb + 1);
  return subject && isMedia(subject.id) ? verb : -1;
}
/** What a newspaper does with the documents it gets. */
const PUBLISHING = new Set(['publish', 'reveal', 'leak', 'disclose']);
/** What the question asks of them: "about missiles", « sur les missiles » (glossed "about"). */
const ABOUT = new Set(['about', 'on', 'regarding', 'concerning']);
/** « what revealed el pais about missiles »: the subject between the verb and "about". */
const actorThenAbout = (tokens: Tokens, actors: ActorSpan[], verb: number) =>
  actors.some((span) => span.start === verb + 1 && ABOUT.has(tokens.normal[span.end + 1] ?? ''));

/** A paper is a thing: "what did Washington offer" offers, it names no offer. */
const isPaper = (tokens: Tokens, i: number) => tokens.taken[i] !== 'actor' && tokens.pos[i] !== 'VERB';

/**
 * The actors named in the paper's phrase or just after it ("the letters of NATO and the Americans"), and,
 * when the paper is no subject, the question's own subject: "what did Moscow ask for in its proposals?".
 */
function partiesNamed(
  tokens: Tokens,
  actors: ActorSpan[],
  start: number,
  head: number,
  notSubject: boolean,
): string[] {
  let after = head + 1;
  const linking = (i: number) => LINKS.has(tokens.normal[i] ?? '') || DETERMINERS.has(tokens.normal[i] ?? '');
  for (;;) {
    while (linking(after)) after++;
    const span = actors.find((one) => one.start === after);
    if (!span) break;
    after = span.end + 1;
  }
  const verbFirst =
    DO_FORMS.has(tokens.normal[1] ?? '') ||
    BE_FORMS.has(tokens.normal[1] ?? '') ||
    DOCUMENT_VERBS.has(tokens.lemma[1] ?? '');
  return actors
    .filter(
      (span) =>
        (span.start >= start && span.end < after) ||
        (notSubject && verbFirst && span.start === 2 && span.end < start),
    )
    .map((span) => span.id);
}

/** Words that join a paper to who wrote it: "the letters of NATO and of the Americans", "from Russia". */
const LINKS = new Set(['of', 'and', 'from', 'by']);

/**
 * "What did Washington offer to discuss?": right after "did" and its subject comes the verb, whatever wink
 * says — unless a verb follows it: "what did El País's documents say?"
 */
function verbOfSubject(tokens: Tokens, actors: ActorSpan[], at: number): boolean {
  const subject = actors.find((span) => span.end === at - 1);
  // ("what did the allies' letter promise to study?": a paper's verb after it, whatever the tagger says)
  if (!subject || tokens.pos[at + 1] === 'VERB' || DOCUMENT_VERBS.has(tokens.lemma[at + 1] ?? ''))
    return false;
  const before = DETERMINERS.has(tokens.normal[subject.start - 1] ?? '')
    ? subject.start - 2
    : subject.start - 1;
  return DO_FORMS.has(tokens.normal[before] ?? '');
}

/** Where the noun phrase of the paper at `at` begins: "what did [Russia's two draft] treaties say?" */
function phraseStart(tokens: Tokens, at: number): number {
  let start = at;
  while (start > 0) {
    const i = start - 1;
    const word = tokens.normal[i]!;
    const inPhrase =
      DETERMINERS.has(word) ||
      PHRASE_WORDS.has(word) ||
      tokens.taken[i] === 'actor' ||
      tokens.pos[i] === 'ADJ' ||
      tokens.pos[i] === 'NUM' ||
      DOCUMENT_WORDS.has(tokens.lemma[i]!);
    if (!inPhrase) break;
    start = i;
  }
  return start;
}

/** "What did Moscow ask for in its treaty proposals?" — not "in response to", which is no paper. */
function inPaper(tokens: Tokens, start: number, first: number, head: number): boolean {
  return tokens.normal[start - 1] === 'in' && !(start === first && tokens.normal[head + 1] === 'to');
}

/**
 * "What did the US letters propose?": the paper is the subject of a verb of saying, right after the
 * auxiliary; in French the subject follows its verb: « que proposent les lettres ? », glossed "what propose letters".
 */
function saidByPaper(tokens: Tokens, actors: ActorSpan[], start: number, head: number): boolean {
  const { normal, lemma } = tokens;
  const before = normal[start - 1] ?? '';
  // ("tell me what the letters say": the subject of a question put inside the sentence — not "what treaties
  // did Washington want renewed?", which asks which papers, their own question's object)
  const subject =
    DO_FORMS.has(before) ||
    BE_FORMS.has(before) ||
    (before === 'what' && !DO_FORMS.has(normal[head + 1] ?? ''));
  // (right after "do the letters", a verb whatever the model says: "what do the letters talk about?"; so
  // after the paper and who wrote it, « que promettait la lettre des alliés », glossed "what letter allies
  // promise")
  let writers = head + 1;
  while (tokens.taken[writers] === 'actor') writers++;
  const verbAfter = lemma.some(
    (word, i) =>
      i > head &&
      DOCUMENT_VERBS.has(word) &&
      (tokens.pos[i] === 'VERB' ||
        (i === head + 1 && DO_FORMS.has(before)) ||
        (i === writers && writers > head + 1 && before === 'what')),
  );
  // (« de quoi parlent les lettres ? », glossed "about what talk letters"; « les lettres parlent-elles de… ? »,
  // "letters talk they…")
  // (not a name right after the verb, its subject: « qu'a dit le Kremlin des documents ? », glossed "what said
  // kremlin documents", is what the Kremlin said of them)
  const inverted =
    DOCUMENT_VERBS.has(lemma[start - 1] ?? '') &&
    (start === 2 || normal[start - 2] === 'what') &&
    !actors.some((span) => span.start === start);
  const subjectInverted =
    start === 0 && DOCUMENT_VERBS.has(lemma[head + 1] ?? '') && PRONOUNS.has(normal[head + 2] ?? '');
  return (subject && verbAfter) || inverted || subjectInverted;
}
