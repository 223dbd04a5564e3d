/**
 * What kind of answer a question asks for — who, what, when, where, how many, why, yes or no, a timeline —
 * and the special forms of asking: a kind of actor as subject, who was acted on, where someone comes from,
 * who someone is, an opinion, the bot itself.
 */
import {
  ACTOR_CATEGORY_WORDS,
  countOf,
  EVENT_BY_WORD,
  HAPPEN_WORDS,
  KIND_PHRASES,
  KIND_WORDS,
  OUTCOME_WORDS,
  TITLE_WORDS,
  YES_NO_OPENERS,
  type QuestionKind,
} from './lexicon.ts';
import type { ActorMention, Query } from './query.ts';
import { CLAUSE_VERBS } from './roles.ts';
import { BE_FORMS, DETERMINERS, DO_FORMS, PRONOUNS, type Tokens } from './tokens.ts';

/** Two-word openings by their first word: "how" → many, much, long, come. */
const KIND_PHRASES_BY_FIRST = new Map<string, [string[], QuestionKind][]>();

for (const [phrase, kind] of KIND_PHRASES) {
  const [first, ...rest] = phrase.split(' ') as [string, ...string[]];
  KIND_PHRASES_BY_FIRST.set(first, [...(KIND_PHRASES_BY_FIRST.get(first) ?? []), [rest, kind]]);
}

/**
 * A question word after the inverted verb that opens a relative clause, after its noun or preposition: « la
 * Roumanie faisait-elle partie des pays d'où… » ("were they part of the countries from which…").
 */
function opensRelative(tokens: Tokens, at: number, invertedAt: number): boolean {
  return at > invertedAt + 1 && (tokens.pos[at - 1] === 'ADP' || tokens.pos[at - 1] === 'NOUN');
}

export function questionKind(tokens: Tokens): QuestionKind {
  const words = tokens.normal;
  // "Why is Georgia mentioned?", "is the war in Donbass mentioned?" ask what the articles say of it
  if (MENTIONED.test(words.join(' '))) return 'what';
  for (let i = 0; i < words.length; i++) {
    for (const [rest, kind] of KIND_PHRASES_BY_FIRST.get(words[i]!) ?? []) {
      if (!rest.every((word, k) => words[i + 1 + k] === word)) continue;
      // the phrase says what is asked, not what it is about: "what date", "which came first"
      tokens.taken.fill('kind', i, i + 1 + rest.length);
      return kind;
    }
  }
  for (const word of words) {
    const kind = KIND_WORDS.get(word);
    if (kind === 'timeline') return kind;
  }
  // "How does Russia justify…", "what reasons…": a reason is asked for, however the question opens.
  if (words.some((word) => REASON_WORDS.has(word))) return 'why';
  // "What prompted the meetings?", "what led to the talks?", "qu'est-ce qui a provoqué…": their cause
  const causeEnd = asksCause(tokens);
  if (causeEnd > 0) {
    tokens.taken.fill('kind', 1, causeEnd);
    return 'why';
  }
  // "How did NATO respond when Russia…": a question opened by "how" asks what was done; a later "when" is
  // a clause of its own.
  if (words[0] === 'how') return 'what';
  const wh = words.find((word) => KIND_WORDS.has(word));
  if (YES_NO_OPENERS.has(words[0] ?? '') && (wh === undefined || words.indexOf(wh) > 2)) return 'yes-no';
  if (namedInCleft(tokens)) return 'yes-no';
  // French inversion after the subject, glossed "did she": "La Russie a-t-elle accepté … ?", "la Russie
  // veut-elle … ?" (a verb, then its pronoun; « les lettres parlent-elles… », glossed "letters talk they", a
  // verb of the lexicon's though the model reads a noun)
  const inverted = (word: string, i: number) =>
    (INVERTED.has(word) || tokens.pos[i] === 'VERB' || (i > 0 && EVENT_BY_WORD.has(word))) &&
    PRONOUNS.has(words[i + 1] ?? '');
  const invertedAt = words.findIndex(inverted);
  if (invertedAt >= 0 && (wh === undefined || opensRelative(tokens, words.indexOf(wh), invertedAt)))
    return 'yes-no';
  if (wh === undefined && statedAsQuestion(tokens)) return 'yes-no';
  if (wh !== undefined) return KIND_WORDS.get(wh)!;
  if (words.some((word) => HAPPEN_WORDS.has(word))) return 'what-happened';
  return 'what';
}

/**
 * "Macron called Putin on 3 February?", « Macron a appelé Poutine pour vrai ? »: a statement with a question
 * mark, its subject before its verb, or "really" (not an order: "explain the talks?").
 */
function statedAsQuestion(tokens: Tokens): boolean {
  if (tokens.normal[tokens.normal.length - 1] !== '?' || tokens.pos[0] === 'VERB') return false;
  // (French glossed loses its tenses, and wink may take "macron call poutine" for nouns: "really" asks it)
  if (tokens.normal.includes('really')) return true;
  // (names before the verb and nothing else: not "TL;DR of the Macron-Putin calls?", "in short, how…")
  const verbAt = tokens.pos.indexOf('VERB');
  const before = tokens.pos.slice(0, verbAt);
  return (
    verbAt > 0 && before.some((pos) => SUBJECT_POS.has(pos)) && before.every((pos) => !NOT_SUBJECT.has(pos))
  );
}
const SUBJECT_POS = new Set(['PROPN', 'NOUN', 'PRON']);
const NOT_SUBJECT = new Set(['DET', 'ADP', 'AUX', 'SCONJ']);

/**
 * "It was Putin who called Macron?", « C'est Poutine qui a appelé Macron ? » (glossed "this is poutine who"): a
 * cleft that names its subject asks whether it was that one (« c'est qui qui… » asks who).
 */
function namedInCleft(tokens: Tokens): boolean {
  const words = tokens.normal;
  if (!CLEFT_OPENERS.has(words[0] ?? '') || !BE_FORMS.has(words[1] ?? '') || tokens.taken[2] !== 'actor')
    return false;
  let at = 2;
  while (tokens.taken[at] === 'actor') at++;
  return words[at] === 'who' || words[at] === 'that';
}
const CLEFT_OPENERS = new Set(['it', 'this']);

/** Requests that ask for people or bodies: "name three people who…". */
const NAMING = new Set(['name', 'list']);

/** "which Spanish paper", "which EU official": past a modifier, adjective or actor, before the kind of actor. */
function pastModifiers(tokens: Tokens, from: number): number {
  let at = from;
  // ("which Russian general": the model reads "general" as an adjective)
  while (
    (tokens.pos[at] === 'ADJ' || tokens.taken[at] === 'actor') &&
    !ACTOR_CATEGORY_WORDS.has(tokens.normal[at]!)
  )
    at++;
  return at;
}

/**
 * "Which American official commented…?", "what people…", "which organisation met there?": the kinds of
 * entity the actor asked for may be (a person; a body), or null when the question names no kind.
 */
export function actorKindsAsked(tokens: Tokens): readonly string[] | null {
  const words = tokens.normal;
  const opener = words[0] === 'and' ? 1 : 0; // "and which organisation met there?"
  if (words[opener] !== 'which' && words[opener] !== 'what') return null;
  return ACTOR_CATEGORY_WORDS.get(words[pastModifiers(tokens, opener + 1)]!) ?? null;
}

/**
 * "Which paper leaked the response?", "what country sent the drafts?": a kind of actor as the subject asks
 * who did it; the noun is claimed, as it names the answer rather than a word of it. Not "which countries
 * did Russia name", where the actor is the object and the answer what was done.
 */
export function asksForAnActor(tokens: Tokens): boolean {
  const words = tokens.normal;
  const opener = words[0] === 'which' || words[0] === 'what' ? 0 : words[1] === 'which' ? 1 : -1;
  // ("name three people who spoke after the Council": a request for them, with a count)
  const named = NAMING.has(words[0]!) ? 1 : -1;
  if (opener < 0 && named < 0) return false;
  let at = opener >= 0 ? opener + 1 : named;
  if (named > 0) while (countOf(words[at] ?? '') !== undefined || words[at] === 'the') at++;
  at = pastModifiers(tokens, at);
  if (tokens.taken[at] || !ACTOR_CATEGORY_WORDS.has(words[at] ?? '')) return false;
  const next = tokens.lemma[at + 1];
  // ("the countries that Russia named": the object of what a name or a noun after "that" did)
  const relative = next === 'who' || next === 'that';
  if (relative && (tokens.taken[at + 2] === 'actor' || DETERMINERS.has(words[at + 2] ?? ''))) return false;
  // ("name the countries Russia wants…": asked by a request, only "who" or "that" makes them the doers)
  if (named > 0 && !relative) return false;
  const subject =
    next !== undefined &&
    next !== 'do' &&
    !invertedSubjectAfter(tokens, at + 1) &&
    (next !== 'be' || tokens.pos[at + 2] === 'VERB');
  if (subject) tokens.taken[at] = 'kind';
  return subject;
}

/**
 * « Quels pays la Russie a-t-elle cités ? », glossed "which countries russie did she named": a name, then the
 * auxiliary French inverts after it — the name is the subject, the kind asked for its object (not « quel média
 * espagnol s'est procuré… », whose adjective is an actor too).
 */
function invertedSubjectAfter(tokens: Tokens, from: number): boolean {
  let at = from;
  while (tokens.taken[at] === 'actor') at++;
  return at > from && DO_FORMS.has(tokens.normal[at] ?? '');
}

/**
 * "Who was accused of…", "which countries have been invited…": a past participle after the subject asked
 * about ("who", or the kind of actor claimed by asksForAnActor) and a form of "be"; or "who … to / with?",
 * "to whom…" and "who did Stoltenberg warn?".
 */
export function asksWhoWasActedOn(tokens: Tokens): boolean {
  const words = tokens.normal;
  const last = lastWord(words);
  // (but "who is the US united with?" asks its partners, not whom an act was done to)
  const partnered = SIDED_WITH.has(words[words.lastIndexOf(last ?? '') - 1] ?? '');
  if (((last === 'to' || last === 'with') && !partnered) || (words[0] === 'to' && words[1] === 'whom'))
    return true;
  // "Who did Stoltenberg warn?": "who" the object of the verb (not of a clause reported: "who did Borrell say
  // Russia was trying to decouple?")
  if (words[0] === 'who' && DO_FORMS.has(words[1] ?? '') && tokens.taken[2] === 'actor') {
    const verb = tokens.taken.findIndex((taken, i) => i > 2 && taken !== 'actor');
    return !(CLAUSE_VERBS.has(tokens.lemma[verb] ?? '') && tokens.taken[verb + 1] === 'actor');
  }
  const subject = words[0] === 'who' ? 0 : words[1] === 'who' ? 1 : tokens.taken.indexOf('kind');
  if (subject < 0) return false;
  const at = subject + 1;
  const perfect = tokens.lemma[at] === 'have' && tokens.normal[at + 1] === 'been';
  const participle = perfect ? at + 2 : at + 1;
  const word = tokens.normal[participle] ?? '';
  return (
    (tokens.lemma[at] === 'be' || perfect) &&
    tokens.pos[participle] === 'VERB' &&
    word !== tokens.lemma[participle] &&
    !word.endsWith('ing')
  );
}

/**
 * "Where is X from?", "what country does X come from?", "d'où vient-il ?": a question about where someone
 * comes from ends on "from", or opens with "from where / from which".
 */
export function asksOrigin(tokens: Tokens): boolean {
  const words = tokens.normal;
  const endsOnFrom =
    lastWord(words) === 'from' && (words.includes('where') || words[0] === 'what' || words[0] === 'which');
  const from = words.indexOf('from');
  return endsOnFrom || (from >= 0 && (words[from + 1] === 'where' || words[from + 1] === 'which'));
}

const CAUSE_VERBS = new Set(['cause', 'prompt', 'trigger', 'spark', 'provoke', 'motivate']);

/** Where "what caused / led to" ends (after the verb, or its "to"), or 0 when the question is no such one. */
function asksCause(tokens: Tokens): number {
  if (tokens.normal[0] !== 'what') return 0;
  const lemma = tokens.lemma[1];
  if (lemma && CAUSE_VERBS.has(lemma)) return 2;
  return lemma === 'lead' && tokens.normal[2] === 'to' ? 3 : 0;
}

/**
 * "What was the outcome of the call?", "what came out of it?", "what did the talks lead to?", "how did the
 * Brussels talks end?", "did the call lead to a deal?": what an event ended in (not "what led to the talks?",
 * which asks why they were held). Where the word asking it is ("lead" in "did the call lead to a deal?"), or -1.
 */
export function outcomeWordAt(tokens: Tokens): number {
  const words = tokens.normal;
  const yesNo = YES_NO_OPENERS.has(words[0] ?? '');
  return words.findIndex((word, i) => {
    const lemma = tokens.lemma[i];
    const next = words[i + 1];
    return (
      OUTCOME_WORDS.has(word) ||
      // "what came out of the call?", "what did Macron get out of his calls?"
      ((lemma === 'come' || lemma === 'get') && next === 'out' && words[i + 2] === 'of') ||
      // "what did it lead to?", "did it lead to / result in a deal?"
      // "did the Geneva talks produce a deal?", "did they yield anything?" (not "did Russia yield?": it gave in)
      lemma === 'produce' ||
      (lemma === 'yield' && (DETERMINERS.has(next ?? '') || next === 'anything' || next === 'results')) ||
      ((lemma === 'lead' || lemma === 'result') &&
        (next === 'to' || next === 'in') &&
        (yesNo || (words[i + 2] ?? '?') === '?')) ||
      // "how did the talks end?", "did they end in agreement?"
      // (not "the end of the Cold War")
      (lemma === 'end' &&
        !DETERMINERS.has(words[i - 1] ?? '') &&
        (next === 'in' || next === 'with' || next === 'up' || (words[0] === 'how' && (next ?? '?') === '?')))
    );
  });
}

/** Being on someone's side: "united with", "allied with", "aligned with". */
const SIDED_WITH = new Set(['united', 'allied', 'aligned', 'together']);

/** The question's last word, its question mark aside. */
function lastWord(words: string[]): string | undefined {
  return words[words.length - 1] === '?' ? words[words.length - 2] : words[words.length - 1];
}

const REASON_WORDS = new Set([
  'justify',
  'justifies',
  'justification',
  'rationale',
  'reason',
  'reasons',
  'motive',
  'motives',
  // "what does Russia rely on to say…", « sur quoi s'appuie-t-elle pour dire… »: its grounds
  'rely',
  'relies',
  'relied',
]);

const MENTIONED =
  /^(why )?(is|are|was|were) .+ (mentioned|cited|named|involved|in the (news|articles?|story|stories|texts?))\b/;

/**
 * What French inversions gloss to before their pronoun: "a-t-elle" → "did she", "sont-elles" → "are they";
 * a verb's own inversion keeps its "t": "menace-t-elle" → "threaten t she".
 */
const INVERTED = new Set(['did', 'will', 'are', 'is', 'was', 'were', 't']); // "menace-t-elle" → "threaten t she"

/** Asking for a judgement rather than a report: "was NATO right to refuse?", "what do you think of Macron?". */
export function asksOpinion(text: string, actors: ActorMention[]): boolean {
  return OPINION.some((pattern) => pattern.test(text)) || viewOfPerson(text, actors);
}

const OPINION = [
  /^(was|is|were|are)\b.*\b(right|wrong|justified|fair|unfair|legitimate|good|bad|better|worse|reasonable)\b/,
  // "you were right to…", but not "has the right to join" nor "Ukraine's right to join" (a right, not a verdict)
  /\b(was|were|is|are|be|been|am|you|they|he|she|it)\b[^?]*(?<!\b(the|a) )\b(right|wrong|justified) to\b/,
  /\b(do|did) you think\b/,
  /^you think\b/, // "tu penses que… ?", "you think Russia will invade?"
  /^think (vous|tu)\b/, // « pensez-vous que… ? »
  // "what would have happened if NATO had accepted?": no report, a guess
  /\bwould (\w+ )?have (happened|been|done|changed|gone)\b/,
  /\byour (opinion|view|take)\b/,
  /\bto blame\b/,
  /\bwho is (right|wrong)\b/,
  /\b(was|were|is|are) (right|wrong)\b/,
  /^should\b/,
  // "is NATO a threat to Russia?", "was Putin the aggressor?": a verdict on someone, which no report gives
  /^(is|was|are|were) (?!there\b)(?:the )?[^ ?]+(?: [^ ?]+){0,2} (an?|the) (real )?(threat|danger|menace|aggressor|villain|hero|bully|liar)s?\b/,
  // "who was more conciliatory, Macron or Johnson?": a judgement (how often is a count: occurrences.ts)
  // ("the most senior American there" is a rank, which the articles give: "the top US official")
  /^who (is|was|are|were) (the )?(more|most|less|least) (?!often|times|frequently|senior)\w+/,
];

/**
 * "What did Macron think of Putin?", "Macron's view on Putin?": a view of a person, which the
 * articles' reports do not give ("what does Putin think about NATO" asks what he said of it).
 */
function viewOfPerson(text: string, actors: ActorMention[]): boolean {
  return (
    /\b(think|view|views|opinion)\b/.test(text) &&
    actors.some((actor) => actor.kind === 'person' && actor.role !== 'agent')
  );
}

const GREETINGS = new Set(['hello', 'hi', 'hey', 'bonjour', 'salut', 'coucou', 'yo', 'hiya']);

const THANKS = new Set(['thanks', 'thank', 'merci', 'cheers', 'thx', 'ty']);

/** A question about the bot itself, or a greeting: only when it names no actor or date of the story. */
export function aboutTheBot(words: string[]): Query['aboutTheBot'] {
  const text = words.filter((word) => word !== '?').join(' ');
  if (/\b(sources?|articles?|references)\b/.test(text) && !/\b(say|said|report|reported)\b/.test(text))
    return 'sources';
  if (
    /^(help|aide|commands?)$|\bwhat can (you|i) (do|ask|answer)\b|\bwhat can you tell me$|\bhow (do|does) (this|it|you) work\b|\bwho are you\b/.test(
      text,
    )
  )
    return 'help';
  if (words.length <= 4 && THANKS.has(words[0] ?? '')) return 'thanks';
  if (words.length <= 4 && GREETINGS.has(words[0] ?? '')) return 'greeting';
  return null;
}

/** "In French please", "réponds en français", "do you speak English?", "translate that": a language asked of the bot. */
export function asksLanguage(text: string): boolean {
  return LANGUAGE_ASKED.test(text);
}
const LANGUAGE_ASKED =
  /^(in|en) (french|francais|english|anglais)\b|\b(answer|respond|reply|speak|write|talk|say it|said|tell me) (in|en) (french|francais|english|anglais)\b|\b(do|can) you speak (french|francais|english|anglais)\b|^(translate|traduis|tradui[st]?)\b/;

const INVERTED_BE = ['is he', 'is she', 'was he', 'was she'];
/** "is grushko a russian ?" → "grushko russian": a person and a country without the question around them. */
const withoutFrame = (text: string) =>
  text
    .replace(/^(is|was|are|were) /, '')
    .replace(/ \?$/, '')
    .replace(/ an? (?=\S+$)/, ' ');

/**
 * "Was Grushko Russia's foreign minister?", "is Borrell NATO's secretary general?", « Stoltenberg est-il le chef
 * de l'UE ? »: a person, then "is" and a post — of a body or a country maybe — and nothing else.
 */
function asksTitle(tokens: Tokens, person: ActorMention): boolean {
  const words = tokens.normal;
  const at = words.indexOf(person.text.split(' ')[0]!);
  const opens =
    (at === 1 && BE_FORMS.has(words[0]!)) ||
    (at === 0 && BE_FORMS.has(words[1] ?? '') && PRONOUNS.has(words[2] ?? ''));
  return (
    opens &&
    words.some((word) => TITLE_WORDS.has(word)) &&
    words.every(
      (word, i) =>
        tokens.taken[i] === 'actor' ||
        TITLE_WORDS.has(word) ||
        BE_FORMS.has(word) ||
        PRONOUNS.has(word) ||
        DETERMINERS.has(word) ||
        word === 'of' ||
        word === 's' ||
        word === '?',
    )
  );
}

/** The stems of the words identityAsked reads as asking for someone's part: the answer, not a topic. */
export const ROLE_STEMS = new Set([
  'job',
  'role',
  'titl',
  'fonction',
  'post',
  'name',
  'surnam',
  'nom',
  'prenom',
]);

/** "Who are the main players?", "who's who?", "qui est impliqué ?": the people of the story, nothing else. */
export function asksForCast(text: string, topics: readonly string[]): boolean {
  return (
    /^who is who\b/.test(text) || (CAST_WORDS.test(text) && topics.every((topic) => CAST_STEMS.has(topic)))
  );
}
/** (some are no topics anywhere: "the events involving Macron", "the 100,000 troops figure") */
const CAST_WORDS =
  /\b(players?|protagonists?|participants?|participat\w*|involved|involving|parties|party|actors?|figures?)\b/;
const CAST_STEMS = new Set(['player', 'protagonist', 'particip', 'involv', 'parti', 'actor', 'figur']);

/**
 * "Which article mentions Gaddafi?", "who wrote the article about the letters?", "where does the information
 * about El País come from?": the articles that report something, not the thing itself ("which newspaper
 * published the letters?" asks about El País, a newspaper of the story).
 */
export function asksWhichArticle(text: string): boolean {
  return WHICH_ARTICLE.test(text);
}
const WHICH_ARTICLE =
  /^(in )?(which|what) (article|articles|source|sources)\b|^(which|what) (outlet|outlets|newspaper|paper|agency|media) (reported|reports|covered|covers|wrote|writes)\b|^(who|(which|what) (outlet|newspaper|paper|agency|media)) (wrote|published|reported|ran|carried) (the|this|that) (article|story|piece|report)\b|^where (does|did|do) (the|this|that) (information|info|news|story|claim)\b.*\bcome from\b/;
/** The words of such a question that name the articles, no topic of the story. */
export const ARTICLE_STEMS = new Set([
  'articl',
  'inform',
  'info',
  'news',
  'stori',
  'piec',
  'outlet',
  'newspap',
  'paper',
  'sourc',
  'media',
  'agenc',
  'claim',
]);

/**
 * "What is this story about?", "summarise the story", "de quoi ça parle ?": the gist, which is the story's
 * main events in order. Read on the question as typed too: "summarise" is an opening the normaliser drops.
 */
export function asksGist(typed: string, text: string): boolean {
  return GIST_TYPED.test(typed) || GIST.test(text);
}
const GIST_TYPED =
  /\b(summar|gist\b|overview\b|tl;?dr\b|in a nutshell\b)|\bde quoi (ça|ca|cela) parle\b|\bde quoi parle\b|\bc'est quoi (cette|l')\s?histoire\b|\br[ée]sum/i;
const GIST = /^what (is|was) (this|it|the story|this story)( all)? about\b/;

/** "Who said so?", "says who?", "what's your source?" of the last answer. */
export function asksSource(text: string): boolean {
  return SOURCE_ASKED.test(text);
}
const SOURCE_ASKED = new RegExp(
  [
    // (not "who said it was a powerful country?" nor "who said that the risk was real?", whose "it" or "that"
    // opens what was said)
    String.raw`^(who|according to whom) (said|says|say|claims|claimed|reports|reported) (so|that|this|it)(?= \?|$| (first|exactly|again|originally|about|of)\b)`,
    String.raw`^says who\b`,
    // "according to whom?", « selon qui ? » (normalised "who says"): of the last answer
    String.raw`^(who|according to whom) (said|says|say)( \?)?$`,
    String.raw`^(who|whom) (is|was) (the|your|their) source\b`,
    // "is that true?", "really?", "c'est vrai ?": asked of the last answer, it is only as true as its source
    String.raw`^(((is|was) (that|it|this)|(that|it|this) (is|was)) (really )?(true|right|correct|accurate|so)|are you sure|really|sure)( \?)?$`,
  ].join('|'),
);

const SUPERIORS = ['boss', 'chief', 'head', 'superior'];

/**
 * "Who is the top US diplomat at the talks?": a person named by a description, then at most where or when
 * ("who is Sherman talking to?" asks something else).
 */
function describedPerson(text: string, actors: ActorMention[]): boolean {
  const people = actors.filter((one) => one.kind === 'person');
  if (people.length !== 1 || actors.some((one) => one !== people[0] && one.kind !== 'place')) return false;
  const named = people[0]!.text;
  const opening = /^who (is|was) (the )?/.exec(text)?.[0];
  if (!opening || !text.startsWith(`${named} `, opening.length)) return false;
  const next = text.slice(opening.length + named.length + 1).split(' ', 1)[0]!;
  return SETTING_PREPOSITIONS.has(next);
}
const SETTING_PREPOSITIONS = new Set(['?', 'at', 'in', 'during', 'on', 'for']);

/** Words "what is the OSCE?" and "what does the acronym OSCE stand for?" have beside the name asked about. */
const DEFINING_WORDS = new Set(
  // "what is the role of the Council?", "quel est le rôle du Conseil ?" (glossed "which is role")
  'what which exactly is are was were the ? does do acronym abbreviation initials stand for mean means signifie signifient again already this role purpose function of'.split(
    ' ',
  ),
);

/** Where the question goes on after a name said first ("the OSCE, what is it?"), else 0. */
function afterFrontedName(tokens: Tokens): number {
  let at = 0;
  while (DETERMINERS.has(tokens.normal[at]!) && tokens.taken[at + 1] === 'actor') at++;
  if (tokens.taken[at] !== 'actor') return 0;
  while (tokens.taken[at] === 'actor') at++;
  return at;
}
const STANDING_FOR_NAME = new Set(['it', 'they', 'them']);

/** "What does OSCE mean?", « que signifie OSCE ? » (glossed "what signifie osce"): what it is. */
const ACRONYM_MEANS =
  /^what (?:does|do) [a-z ]+ mean \?$|^what (?:means|signifie|signifient) [a-z ]+ \?$|^[a-z]+ this means what\b/;
/** "Whose spokesman is Ned Price?", "who ned price is he spokesman ?" (French, glossed). */
const WHOSE_POST = /^whose [a-z ]+ (?:is|was) |^who [a-z ]+ (?:is|was) (?:he|she) [a-z]+ \?$/;
/** Words for a post: "sherman job?" asks who Sherman is. */
const POST_WORDS = new Set(['job', 'role', 'title', 'post', 'position', 'poste', 'fonction']);

/**
 * "Who is X?" and "what is X's job?" ask who X is; "who leads X?" or "who is the head of X?" ask for X's
 * head; "what is the OSCE?" asks what a body, a document or a paper is.
 */
export function identityAsked(
  kind: QuestionKind,
  eventCount: number,
  text: string,
  tokens: Tokens,
  actors: ActorMention[],
  refersToPerson: boolean,
): Query['identity'] {
  // ("the NATO–Russia Council, what is it for?", « le Conseil, ça sert à quoi ? »: the name said first, then
  // asked of as "it")
  const opening = afterFrontedName(tokens);
  if (
    kind === 'what' &&
    actors.length === 1 &&
    actors[0]!.kind !== 'person' &&
    (ACRONYM_MEANS.test(text) ||
      (eventCount === 0 && (tokens.normal[opening] === 'what' || tokens.normal[opening] === 'which'))) &&
    tokens.normal.every(
      (word, i) =>
        tokens.taken[i] === 'actor' ||
        DEFINING_WORDS.has(word) ||
        (opening > 0 && STANDING_FOR_NAME.has(word)),
    )
  )
    return 'thing';
  // "What is Grushko's job?", "quel est le rôle de Grushko ?", "Putin's first name?", "what was his job?" after
  // an answer that named him (not "what role did NATO play?")
  if (
    eventCount === 0 &&
    (actors.some((actor) => actor.kind === 'person') || refersToPerson) &&
    // ("borrell - what is his title?", « Borrell, c'est quoi son titre ? »: the name said first; "and what
    // was his title?" after an answer)
    (/^(?:and )?(what|which) (is|was)?\b.*\b(job|role|title|post|fonction|poste|name|names|surname|nom|prenom)\b/.test(
      opening > 0 ? tokens.normal.slice(opening).join(' ') : text,
    ) ||
      // "Which country does Johnson lead?", "quel pays Boris Johnson dirige-t-il ?": what their title says
      /^(what|which) (country|countries|government|body|organisation|organization)\b.*\b(leads?|led|runs?|ran|heads?|headed)\b/.test(
        text,
      ) ||
      // "Ned Price has which job?", « Ned Price fait quel travail ? » (glossed "done which job"): asked in place
      /^(?:\S+ ){1,4}(?:has|had|does|did|done|is|was) (?:what|which) (?:job|role|title|post|position)\b/.test(
        text,
      ) ||
      // "sherman job?", "grushko role": the name and the word alone
      (tokens.normal.some((word) => POST_WORDS.has(word)) &&
        tokens.normal.every(
          (word, i) => tokens.taken[i] === 'actor' || POST_WORDS.has(word) || word === '?',
        )))
  )
    return 'person';
  // "Is Sherman Russian?", "Grushko est-il russe ?": a person and a country side by side, nothing else asked;
  // "is he Russian?" of the person last answered with
  const [first, second] = actors;
  if (
    kind === 'yes-no' &&
    refersToPerson &&
    eventCount === 0 &&
    actors.length === 1 &&
    first!.kind === 'country' &&
    /^(is|was) (he|she) \S+ \?$/.test(text)
  )
    return 'nationality';
  if (
    kind === 'yes-no' &&
    eventCount === 0 &&
    actors.length === 2 &&
    first!.kind === 'person' &&
    second!.kind === 'country' &&
    (/^(is|was|are|were) /.test(text)
      ? withoutFrame(text) === `${first!.text} ${second!.text}`
      : // glossed French inversion: "grushko is he russian ?"
        INVERTED_BE.some((be) => text === `${first!.text} ${be} ${second!.text} ?`))
  )
    return 'nationality';
  if (kind === 'yes-no' && eventCount === 0 && first?.kind === 'person' && asksTitle(tokens, first))
    return 'title';
  if (kind === 'who' && describedPerson(text, actors)) return 'person';
  // "Whose spokesman is Ned Price?", « de qui Ned Price est-il le porte-parole ? » (glossed "who ned price is he
  // spokesman"): whose post it is, which their title says
  if (kind === 'who' && eventCount === 0 && first?.kind === 'person' && WHOSE_POST.test(text))
    return 'person';
  // "Who is Grushko's boss?", "did Sherman's boss comment?": the head of a person, not of a body
  const words = ` ${text} `;
  const superior = (actor: ActorMention) =>
    SUPERIORS.some((word) => words.includes(` ${actor.text} ${word} `));
  if (actors.some((actor) => actor.kind === 'person' && superior(actor))) return 'superior';
  // "Who wasn't at the Brussels meeting?", "who didn't attend the Council?": the articles name who was there
  if (kind === 'who' && ABSENCE_ASKED.test(text)) return 'absent';
  if (kind !== 'who' || eventCount > 0) return null;
  // "Who was in the Russian delegation?", "who are the members of the EU?": the people of a body
  // ("who were the Russian diplomats?": a body that is its people)
  const [body] = actors;
  if (
    actors.length === 1 &&
    BODY_KINDS.has(body!.kind ?? '') &&
    (MEMBERS_ASKED.test(text) || text.replace(ARE_THE, '') === `${body!.text} ?`)
  )
    return 'members';
  if (/^who (leads?|led|heads?|headed|runs?|ran|chairs?|chaired|presides?|presided)\b/.test(text))
    return 'leader';
  // "who's the NATO guy?": the body's person, its head (« le chef », « le patron », French left unglossed)
  if (
    /^who\b.*\b(head|leader|chief|chef|patron|boss|in charge|president|prime minister|secretary general|guy|man|woman)\b/.test(
      text,
    )
  )
    return 'leader';
  // "who was in the American delegation?": no body the knowledge lists people of; the facts say who was there
  if (MEMBERS_ASKED.test(text)) return null;
  // "who is Sherman?" — not "who was embroiled in a scandal?", which names no one, nor "who was Russia seeking
  // to decouple?", an act in the progressive
  const acting = tokens.normal.some(
    (word, i) => tokens.pos[i] === 'VERB' && !tokens.taken[i] && word.endsWith('ing'),
  );
  return /^who (is|was|are|were)\b/.test(text) && actors.length > 0 && !acting ? 'person' : null;
}

const ARE_THE = /^who (are|were) (the )?/;
const ABSENCE_ASKED =
  /^who (is|was|are|were) (not (at|in|there|present)|absent|missing)\b|^who (did|does|do) not (attend|go to|take part|participate|come|show up)\b/;
const BODY_KINDS = new Set(['organisation', 'group', 'institution']);
const MEMBERS_ASKED =
  /^who (is|was|are|were) (in|on|part( of)?|among|members? of)\b|^who (belongs?|belonged) to\b|^who (made|makes|make) up\b|^who (is|was|are|were) the members? of\b/;

/** "The longest meeting", "which call was the shortest?", « la réunion la plus longue »: 1, -1, else null. */
export function asksHowLongAtMost(text: string): 1 | -1 | null {
  const found = LASTING.exec(text);
  if (!found) return null;
  return (found[1] ?? found[2]) === 'longest' || found[2] === 'long' ? 1 : -1;
}
/** "What time did Macron call?", « à quelle heure… » (glossed "which hour"): the time of day, not the day. */
export function asksClockTime(text: string): boolean {
  return CLOCK_TIME.test(text);
}
/** "How did El País get (hold of) the documents?", « comment a-t-il obtenu… » (glossed "obtenu"): how they came by it. */
export function asksHowObtained(text: string): boolean {
  return HOW_OBTAINED.test(text);
}
const HOW_OBTAINED =
  /^how\b.*\b(?:get|got|get hold of|obtain|obtained|obtenu|obtenir|acquire|acquired|come by|came by|find out|found out|learn|learned|learnt)\b/;
const CLOCK_TIME = /\b(?:what|which) (?:time|hour)\b(?! (?:period|frame|span))/;

/**
 * "Did Russia eventually invade Ukraine?" ("end up invading" and « finir par » are glossed so): how things
 * turned out, which comes after the articles unless they report it.
 */
export function asksHowItEnded(text: string): boolean {
  return HOW_IT_ENDED.test(text);
}
const HOW_IT_ENDED = /\b(?:eventually|ultimately)\b/;

// (« la plus longue » is glossed "more long")
const LASTING = /\b(longest|shortest)\b|\b(?:most|more) (long|short)\b/;
