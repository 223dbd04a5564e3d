/**
 * The question pipeline, top to bottom:
 *   normalise → correct spelling → wink-nlp (tokens, lemmas, dates, actors) → kind of question →
 *   events → who is agent and who recipient → topic words and unknown names.
 * Each step is a small function over the same token table.
 */
import type { Document, WinkMethods } from 'wink-nlp';
import type { KnowledgeBase } from '../knowledge/model.ts';
import { capitalOnlyPatterns, learnActors } from './actors.ts';
import { findDateSpans, PERIOD } from './dates.ts';
import {
  ACTOR_CATEGORY_WORDS,
  BACK_REFERENCES,
  EVENT_CONCEPTS,
  FILLER_WORDS,
  HAPPEN_WORDS,
  KIND_PHRASES,
  KIND_WORDS,
  PHRASAL_EVENTS,
  SEPARABLE_VERBS,
  YES_NO_OPENERS,
  type QuestionKind,
} from './lexicon.ts';
import { fold } from '../text/fold.ts';
import { normaliseQuestion } from './normalise.ts';
import type { ActorMention, DateQuery, Query } from './query.ts';
import { buildVocabulary, type Vocabulary } from './vocabulary.ts';
import { carriesMeaning, createWink, type Wink } from './wink.ts';

/** One row per token: what wink-nlp says about it, and what the pipeline has claimed it as. */
interface Tokens {
  normal: string[];
  lemma: string[];
  id: number[];
  stop: boolean[];
  pos: string[];
  /** What a token was claimed as, so later steps leave it alone. */
  taken: (false | 'actor' | 'date' | 'event' | 'kind')[];
}

const EVENT_BY_WORD = new Map<string, string>();
for (const concept of EVENT_CONCEPTS) for (const word of concept.words) EVENT_BY_WORD.set(word, concept.name);

export type QuestionParser = (question: string) => Query;

/** What parsing needs of the knowledge, worked out once. */
interface ParserContext {
  wink: Wink;
  vocabulary: Vocabulary;
  entities: KnowledgeBase['entities'];
  /** Alias patterns that name an actor only when written with a capital ("Price"). */
  capitalOnly: ReadonlySet<string>;
}

export function createQuestionParser(knowledge: KnowledgeBase, wink: Wink = createWink()): QuestionParser {
  learnActors(wink.nlp, knowledge);
  const context: ParserContext = {
    wink,
    vocabulary: buildVocabulary(knowledge),
    entities: knowledge.entities,
    capitalOnly: capitalOnlyPatterns(knowledge),
  };
  return (question) => parseQuestion(question, context);
}

function parseQuestion(question: string, { wink, vocabulary, entities, capitalOnly }: ParserContext): Query {
  const { nlp, lexiconSize } = wink;
  const normalised = normaliseQuestion(question);
  let text = normalised.text;
  let doc = nlp.readDoc(text);
  let tokens = tokenTable(doc, wink);
  const stem = wink.stem;

  const capitalised = capitalisedWords(question);
  const corrections = correctSpelling(tokens, lexiconSize, vocabulary, capitalised);
  if (corrections.length > 0) {
    const fixes = new Map(corrections);
    text = tokens.normal.map((word) => fixes.get(word) ?? word).join(' ');
    doc = nlp.readDoc(text);
    tokens = tokenTable(doc, wink);
  }

  const actorSpans = withoutOthersTitles(
    findActors(doc, nlp, tokens, (span) => !capitalOnly.has(span) || capitalised.has(span)),
    entities,
  );
  const date = findDate(tokens);
  // "Is it Macron or Johnson who called Putin?": the names offered are candidates, not constraints.
  const candidatesEnd = alternativesEnd(tokens);
  const kind = candidatesEnd > 0 || asksForAnActor(tokens) ? 'who' : questionKind(tokens);
  const mentions = findEvents(tokens);
  const lightVerbs = claimLightVerbs(mentions, tokens);
  const main = mainEvent(mentions, tokens);
  // "What didn't the allies agree to?": what they refused (a yes/no question keeps its negation to answer).
  if (main && kind !== 'yes-no' && refusedAgreement(main, tokens)) main.event = 'reject';
  const anchor = kind === 'what-happened' || !main ? null : timeAnchor(actorSpans, tokens, entities);
  const asked = actorSpans.filter((span) => span !== anchor?.span && span.end >= candidatesEnd);
  // "What proposals did the US make?": with an event noun, its light verb is where roles turn.
  const verbAt = main
    ? ((tokens.pos[main.at] === 'NOUN' ? lightVerbs.get(main.at) : undefined) ?? main.at)
    : -1;
  const actors = assignRoles(asked, tokens, kind, normalised.language, verbAt).map((actor) => ({
    ...actor,
    kind: entities.get(actor.id)?.kind ?? 'unknown',
  }));
  // In French, a word the glossary lacks is more often French than a name: when the question writes names
  // with capitals ("Bruxelles"), its lower-case unknown words ("capitale") are topics, not names; without
  // capitals to go by, a word with a French ending ("déconnectées") is one too.
  const mayBeName = (word: string) =>
    normalised.language !== 'fr' ||
    (capitalised.size > 0 ? capitalised.has(word) : !FRENCH_ENDING.test(word));
  const words = topicWords(tokens, lexiconSize, vocabulary, capitalised, mayBeName, stem);
  // Event words other than the main one say what the question is about: "accept NATO's offer of meetings".
  const topics = [...words.topics];
  // "Where is Stoltenberg from?": where someone comes from, which no fact says (a draft treaty comes from
  // whoever sent it: that the facts do say).
  if (asksOrigin(tokens) && actors.some((actor) => actor.kind === 'person')) {
    topics.push('origin');
    words.nouns.push('origin');
    words.spelled['origin'] = 'where they come from';
  }
  const topicEvents: string[] = [];
  for (const mention of mentions) {
    if (mention === main || mention.event === 'happen') continue;
    const word = tokens.normal[mention.at]!;
    topics.push(stem(word));
    topicEvents.push(stem(word));
    words.spelled[stem(word)] ??= word;
  }
  const events = main && main.event !== 'happen' ? [main.event] : [];
  const identity = identityAsked(kind, events.length, text, actors);
  // "What is Grushko's job?": the job is what the answer gives, not a word the facts must have
  if (identity === 'person') remove(topics, (topic) => ROLE_STEMS.has(topic));
  const happened = mentions.some((m) => m.event === 'happen');

  return {
    question,
    normalised: text,
    language: normalised.language,
    kind: kind === 'what' && happened && events.length === 0 ? 'what-happened' : kind,
    actors,
    events,
    date,
    topics: [...new Set(topics)],
    topicNouns: words.nouns,
    topicEvents,
    spelled: words.spelled,
    counted: countedNoun(tokens, stem),
    order: orderWord(tokens),
    eventStems: main && main.event !== 'happen' ? [stem(tokens.normal[main.at]!)] : [],
    unknown: words.unknown,
    identity,
    corrections,
    aboutTheBot: actors.length === 0 && date === null ? aboutTheBot(tokens.normal) : null,
    refersBack: tokens.normal.some((word) => BACK_REFERENCES.has(word)),
    refersToThen: /\b(that day|then|same day|at the time|at that time)\b/.test(text),
    continues: /^(and|or|what about|how about|also|same|then)\b/.test(text),
    future: asksTheFuture(tokens, main),
    conditional: /\bif\b/.test(text),
    opinion: OPINION.some((pattern) => pattern.test(text)) || viewOfPerson(text, actors),
    elseThan: /\b(else|other|others|autre|autres)\b/.test(text),
    exclude: [],
    // After "did", the event word is a verb whatever wink tags it ("did Macron call Putin": not a call noun).
    eventByVerb:
      main !== undefined &&
      (tokens.pos[main.at] === 'VERB' || (DO_FORMS.has(tokens.normal[0] ?? '') && main.at > 1)),
    asksRecipient: kind === 'who' && asksWhoWasActedOn(tokens),
    anchor: anchor && { actor: anchor.span.id, relation: anchor.relation },
    relativeTo:
      date || !happened
        ? null
        : ((['after', 'before'] as const).find((w) => tokens.normal.includes(w)) ?? null),
  };
}

function tokenTable(doc: Document, wink: Wink): Tokens {
  const its = wink.nlp.its;
  const all = doc.tokens();
  const normal = all.out(its.normal);
  const pos = all.out(its.pos) as string[];
  const lemma: string[] = [];
  const stop: boolean[] = [];
  for (let i = 0; i < normal.length; i++) {
    const facts = wink.wordFacts(normal[i]!, pos[i]!, () => all.itemAt(i));
    lemma.push(facts.lemma);
    stop.push(facts.stop);
  }
  return {
    normal,
    lemma,
    id: all.out(its.uniqueId) as number[],
    stop,
    pos,
    taken: normal.map(() => false as const),
  };
}

/** Words neither English nor known get the nearest known word, when one is close enough. */
function correctSpelling(
  tokens: Tokens,
  lexiconSize: number,
  vocabulary: Vocabulary,
  capitalised: ReadonlySet<string>,
): [string, string][] {
  const corrections: [string, string][] = [];
  tokens.normal.forEach((word, i) => {
    if (tokens.id[i]! < lexiconSize || vocabulary.known.has(word)) return;
    const fixed = vocabulary.corrector.correct(word);
    // A capitalised word is a name: "Stoltenburg" may become "stoltenberg", "Jinping" must not become "joining".
    if (fixed && (!capitalised.has(word) || vocabulary.isName(fixed))) corrections.push([word, fixed]);
  });
  return corrections;
}

interface Detail {
  value: string;
  type: string;
}

interface ActorSpan {
  id: string;
  text: string;
  start: number;
  end: number;
}

/** The actors named; `written` says whether a span was written as a name ("Price", not "the price"). */
function findActors(
  doc: Document,
  nlp: WinkMethods,
  tokens: Tokens,
  written: (span: string) => boolean,
): ActorSpan[] {
  const spans: ActorSpan[] = [];
  const entities = doc.customEntities();
  const details = entities.out(nlp.its.detail) as unknown as Detail[];
  const ranges = entities.out(nlp.its.span) as unknown as [number, number][];
  details.forEach(({ value, type }, k) => {
    const [start, end] = ranges[k]!;
    if (!written(tokens.normal.slice(start, end + 1).join(' '))) return;
    for (let i = start; i <= end; i++) tokens.taken[i] = 'actor';
    spans.push({ id: type, text: value, start, end });
  });
  return spans;
}

/**
 * A title after the name of a body the person does not belong to is that body's: in "UN Secretary-General"
 * the title is not NATO's Stoltenberg.
 */
function withoutOthersTitles(spans: ActorSpan[], entities: KnowledgeBase['entities']): ActorSpan[] {
  return spans.filter((span, k) => {
    const before = spans[k - 1];
    const person = entities.get(span.id);
    const body = before && before.end === span.start - 1 ? entities.get(before.id) : undefined;
    return !(person?.kind === 'person' && body && body.kind !== 'person' && !person.lineage.has(body.id));
  });
}

/** The dates named; two make a range ("between 31 January and 3 February"). */
function findDate(tokens: Tokens): DateQuery | null {
  const spans = findDateSpans(tokens.normal, (at) => tokens.taken[at] !== false);
  for (const span of spans) tokens.taken.fill('date', span.start, span.end + 1);
  const found = spans.map((span) => span.date);
  if (found.length === 0) return null;
  // "Wednesday 2 February": the weekday only confirms the day.
  const specific = found.filter((date) => date.precision !== 'weekday');
  if (specific.length > 0 && specific.length < found.length) found.splice(0, found.length, ...specific);
  if (found.length === 1) return beforeOrAfter(withRangeStart(found[0]!, tokens), tokens);
  const first = found[0]!;
  const last = found[found.length - 1]!;
  return { start: first.start, end: last.end, precision: 'month', label: `${first.label} – ${last.label}` };
}

/** "before 3 February", "after the 1st", "since 31 January": everything on one side of the date. */
function beforeOrAfter(date: DateQuery, tokens: Tokens): DateQuery {
  const first = tokens.taken.indexOf('date');
  const word = tokens.normal[first - 1] === 'the' ? tokens.normal[first - 2] : tokens.normal[first - 1];
  if (word === 'before' || word === 'until' || word === 'prior') {
    return {
      start: PERIOD.start - 3650,
      end: date.start - 1,
      precision: 'month',
      label: `before ${date.label}`,
    };
  }
  if (word === 'after' || word === 'since') {
    return { start: date.end + 1, end: PERIOD.end + 365, precision: 'month', label: `after ${date.label}` };
  }
  return date;
}

/** "the last call", "the first meeting", "the second call" — but not "how long did it last". */
function orderWord(tokens: Tokens): number | null {
  for (let i = 0; i < tokens.normal.length; i++) {
    if (tokens.pos[i] === 'VERB' || tokens.taken[i]) continue;
    const order = ORDER_WORDS.get(tokens.normal[i]!);
    if (order !== undefined) return order;
  }
  return null;
}
const ORDER_WORDS = new Map([
  ['first', 1],
  ['earliest', 1],
  ['second', 2],
  ['third', 3],
  ['last', -1],
  ['latest', -1],
  ['final', -1],
]);

/** "how many soldiers": what is counted, so that a count of hours does not answer it. */
function countedNoun(tokens: Tokens, stem: (word: string) => string): string | null {
  const at = tokens.normal.findIndex(
    (word, i) => (word === 'many' || word === 'much' || word === 'old') && tokens.normal[i - 1] === 'how',
  );
  if (at < 0) return null;
  if (tokens.normal[at] === 'old') return 'age'; // "how old is Putin": an age the articles never give
  // The head of the noun phrase: "how many NATO members" counts members, not NATO; a noun that is not a
  // name wins over one that is ("combien de pays de l'UE": countries, not the EU).
  let head: string | null = null;
  let plainHead: string | null = null;
  for (let i = at + 1; i < tokens.normal.length; i++) {
    const pos = tokens.pos[i];
    if (pos === 'NOUN' || pos === 'PROPN') {
      head = tokens.normal[i]!;
      if (!tokens.taken[i]) plainHead = tokens.normal[i]!;
    } else if (pos !== 'ADJ' && pos !== 'NUM' && !tokens.taken[i]) break;
  }
  const counted = plainHead ?? head;
  return counted === null ? null : stem(counted);
}

/** "between 10 and 13 January", "from 31 January to 3 February": a bare day number opens the range. */
function withRangeStart(date: DateQuery, tokens: Tokens): DateQuery {
  const text = tokens.normal.join(' ');
  const match = /\b(?:between|from) (\d{1,2})(?:st|nd|rd|th)? (?:and|to) /.exec(text);
  if (!match || date.precision !== 'day') return date;
  const day = Number(match[1]);
  const start = date.start - (new Date(date.start * 86_400_000).getUTCDate() - day);
  const at = tokens.normal.findIndex(
    (word, i) => /^(between|from)$/.test(tokens.normal[i - 1] ?? '') && word.startsWith(match[1]!),
  );
  if (at >= 0) tokens.taken[at] = 'date'; // the range's first day is part of the date, not a figure asked about
  return start < date.start
    ? { start, end: date.end, precision: 'month', label: `${day}–${date.label}` }
    : date;
}

/** Two-word openings by their first word: "how" → many, much, long, come. */
const KIND_PHRASES_BY_FIRST = new Map<string, [string[], QuestionKind][]>();
for (const [phrase, kind] of KIND_PHRASES) {
  const [first, ...rest] = phrase.split(' ') as [string, ...string[]];
  KIND_PHRASES_BY_FIRST.set(first, [...(KIND_PHRASES_BY_FIRST.get(first) ?? []), [rest, kind]]);
}

function questionKind(tokens: Tokens): QuestionKind {
  const words = tokens.normal;
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
  // "How did NATO respond when Russia…": a question opened by "how" asks what was done; a later "when" is
  // a clause of its own.
  if (words[0] === 'how') return 'what';
  const wh = words.find((word) => KIND_WORDS.has(word));
  if (YES_NO_OPENERS.has(words[0] ?? '') && (wh === undefined || words.indexOf(wh) > 2)) return 'yes-no';
  // French inversion after the subject, glossed "did she": "La Russie a-t-elle accepté … ?"
  if (wh === undefined && words.some((word, i) => INVERTED.has(word) && PRONOUNS.has(words[i + 1] ?? '')))
    return 'yes-no';
  if (wh !== undefined) return KIND_WORDS.get(wh)!;
  if (words.some((word) => HAPPEN_WORDS.has(word))) return 'what-happened';
  return 'what';
}

/**
 * "Which paper leaked the response?", "what country sent the drafts?": a kind of actor as the subject asks
 * who did it; the noun is claimed, as it names the answer rather than a word of it. Not "which countries
 * did Russia name", where the actor is the object and the answer what was done.
 */
function asksForAnActor(tokens: Tokens): boolean {
  const words = tokens.normal;
  const opener = words[0] === 'which' || words[0] === 'what' ? 0 : words[1] === 'which' ? 1 : -1;
  if (opener < 0) return false;
  const at = tokens.pos[opener + 1] === 'ADJ' ? opener + 2 : opener + 1; // "which Spanish paper"
  if (tokens.taken[at] || !ACTOR_CATEGORY_WORDS.has(words[at] ?? '')) return false;
  const next = tokens.lemma[at + 1];
  const subject = next !== undefined && next !== 'do' && (next !== 'be' || tokens.pos[at + 2] === 'VERB');
  if (subject) tokens.taken[at] = 'kind';
  return subject;
}

/**
 * "Who was accused of…", "which countries have been invited…": a past participle after the subject asked
 * about ("who", or the kind of actor claimed by asksForAnActor) and a form of "be"; or "who … to?",
 * "to whom…" and "who did Stoltenberg warn?".
 */
function asksWhoWasActedOn(tokens: Tokens): boolean {
  const words = tokens.normal;
  const last = words[words.length - 1] === '?' ? words.length - 2 : words.length - 1;
  if (words[last] === 'to' || (words[0] === 'to' && words[1] === 'whom')) return true;
  // "Who did Stoltenberg warn?": "who" the object of the verb
  if (words[0] === 'who' && DO_FORMS.has(words[1] ?? '') && tokens.taken[2] === 'actor') return true;
  const subject =
    tokens.normal[0] === 'who' ? 0 : tokens.normal[1] === 'who' ? 1 : tokens.taken.indexOf('kind');
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
function asksOrigin(tokens: Tokens): boolean {
  const words = tokens.normal;
  const last = words[words.length - 1] === '?' ? words.length - 2 : words.length - 1;
  const endsOnFrom =
    words[last] === 'from' && (words.includes('where') || words[0] === 'what' || words[0] === 'which');
  const from = words.indexOf('from');
  return endsOnFrom || (from >= 0 && (words[from + 1] === 'where' || words[from + 1] === 'which'));
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const REASON_WORDS = new Set([
  'justify',
  'justifies',
  'justification',
  'rationale',
  'reason',
  'reasons',
  'motive',
  'motives',
]);
/** What French inversions gloss to before their pronoun: "a-t-elle" → "did she", "sont-elles" → "are they". */
const INVERTED = new Set(['did', 'will', 'are', 'is']);

interface EventMention {
  event: string;
  at: number;
}

/** Phrasal verbs by their verb; a one-word particle of a separable verb may stand after the object ("pull troops out"). */
const PHRASALS_BY_VERB = new Map<string, { particle: string[]; separable: boolean; concept: string }[]>();
for (const [verb, particle, concept] of PHRASAL_EVENTS) {
  const words = particle.split(' ');
  const entry = { particle: words, separable: SEPARABLE_VERBS.has(verb) && words.length === 1, concept };
  PHRASALS_BY_VERB.set(verb, [...(PHRASALS_BY_VERB.get(verb) ?? []), entry]);
}

/** Event concepts named by the free words, phrasal verbs first ("call on" is a demand). */
function findEvents(tokens: Tokens): EventMention[] {
  const mentions: EventMention[] = [];
  tokens.lemma.forEach((lemma, i) => {
    if (tokens.taken[i] === 'actor' || tokens.taken[i] === 'date' || tokens.taken[i] === 'event') return;
    const word = tokens.normal[i]!;
    if (isManner(tokens, i) || isMeans(tokens, i)) return;
    // "what are the Minsk agreements meant to do": a purpose asked about, neither saying nor a topic
    if (PURPOSE_VERBS.has(lemma) && tokens.normal[i + 1] === 'to') return void (tokens.taken[i] = 'event');
    if (refusesToSpeak(tokens, i)) return;
    const phrasal = PHRASALS_BY_VERB.get(lemma)?.find(
      ({ particle, separable }) =>
        particle.every((w, k) => tokens.normal[i + 1 + k] === w) ||
        (separable && tokens.normal.slice(i + 2, i + 5).includes(particle[0]!)),
    );
    const datedParticle = tokens.taken[i + 2] === 'date' || tokens.taken[i + 3] === 'date'; // "call on 3 February"
    let event: string | undefined;
    if (phrasal && !datedParticle) {
      event = phrasal.concept;
      const adjacent = phrasal.particle.every((w, k) => tokens.normal[i + 1 + k] === w);
      const at = adjacent ? i + 1 : tokens.normal.indexOf(phrasal.particle[0]!, i + 2);
      for (let k = 0; k < phrasal.particle.length; k++) tokens.taken[at + k] = 'event';
    } else if (lemma === 'call' && namesSomething(tokens, i))
      event = 'say'; // "called the meeting a success"
    else if (HAPPEN_WORDS.has(lemma) || HAPPEN_WORDS.has(word)) event = 'happen';
    else event = EVENT_BY_WORD.get(lemma) ?? EVENT_BY_WORD.get(word);
    if (event) {
      tokens.taken[i] = 'event';
      mentions.push({ event, at: i });
    }
  });
  return mentions;
}

/** "did not agree", "never accepted": an agreement or acceptance negated within the three words before it. */
function refusedAgreement(main: EventMention, tokens: Tokens): boolean {
  if (main.event !== 'agree' && main.event !== 'accept') return false;
  for (let i = Math.max(0, main.at - 4); i < main.at; i++)
    if (tokens.normal[i] === 'not' || tokens.normal[i] === 'never') return true;
  return false;
}

/** "be meant / supposed / intended / designed to": what a thing is for. */
const PURPOSE_VERBS = new Set(['mean', 'suppose', 'intend', 'design']);

/** "who declined to comment": the comment is the event, and declining it is what is asked about (a topic). */
function refusesToSpeak(tokens: Tokens, at: number): boolean {
  return (
    REFUSE_VERBS.has(tokens.lemma[at]!) &&
    tokens.normal[at + 1] === 'to' &&
    EVENT_BY_WORD.get(tokens.lemma[at + 2] ?? '') === 'say'
  );
}
const REFUSE_VERBS = new Set(['decline', 'refuse']);

/** Verbs that only carry the event noun after them: "reach an agreement", "hold talks", "issue a warning". */
const LIGHT_VERBS = new Set([
  'reach',
  'make',
  'hold',
  'have',
  'give',
  'issue',
  'take',
  'strike',
  'come',
  'conclude',
]);

/**
 * A light verb beside an event noun is part of that event, not a topic of its own: "reach an agreement",
 * "what proposals did the US make". Returns, per noun, where its verb stands: roles are read from there.
 */
function claimLightVerbs(mentions: EventMention[], tokens: Tokens): Map<number, number> {
  const verbOf = new Map<number, number>();
  for (const mention of mentions) {
    const near = [
      mention.at - 1,
      mention.at - 2,
      mention.at - 3,
      ...[1, 2, 3, 4, 5].map((k) => mention.at + k),
    ];
    for (const i of near) {
      if (i < 0 || tokens.taken[i] || !LIGHT_VERBS.has(tokens.lemma[i] ?? '')) continue;
      tokens.taken[i] = 'event';
      if (tokens.pos[i] === 'VERB' && !verbOf.has(mention.at)) verbOf.set(mention.at, i);
    }
  }
  return verbOf;
}

/** "When will Russia withdraw?" — but not "what does the West fear Russia will do?", a future reported. */
function asksTheFuture(tokens: Tokens, main: EventMention | undefined): boolean {
  const at = tokens.normal.findIndex(
    (word, i) =>
      word === 'will' ||
      word === 'shall' ||
      word === 'gonna' ||
      (word === 'going' && tokens.normal[i + 1] === 'to'),
  );
  if (at < 0) return false;
  const reported = main !== undefined && CLAUSE_VERBS.has(tokens.lemma[main.at]!) && at > main.at;
  return !reported;
}

/** "demand in writing": a gerund after "in" says how it was done, not what was done. */
function isManner(tokens: Tokens, at: number): boolean {
  return tokens.normal[at]!.endsWith('ing') && tokens.normal[at - 1] === 'in';
}

/**
 * "discussed on the phone", "by telephone": the means, neither the event asked about nor a topic. But
 * "who was on the phone with Putin": with only "be" or "get" before it, being on the phone is the call.
 */
function isMeans(tokens: Tokens, at: number): boolean {
  const word = tokens.normal[at]!;
  const article = tokens.normal[at - 1] === 'the' ? 1 : 0;
  const before = tokens.normal[at - 1 - article];
  const verb = tokens.lemma[at - 2 - article];
  return (
    (word === 'phone' || word === 'telephone') &&
    (before === 'on' || before === 'by') &&
    !(before === 'on' && (verb === 'be' || verb === 'get'))
  );
}

/** "call X a Y": naming, not phoning. */
function namesSomething(tokens: Tokens, at: number): boolean {
  const after = tokens.normal.slice(at + 1, at + 6);
  if (after.includes('a') || after.includes('an')) return true;
  // "what did Johnson call vital": the thing named is the question word, the name an adjective
  return tokens.pos[at + 1] === 'ADJ' && !NOT_A_NAME.has(tokens.normal[at + 1]!);
}
const NOT_A_NAME = new Set(['first', 'last', 'next', 'again', 'back', 'later', 'earlier', 'twice', 'once']);

/** The event the question is about: its first verb that names one, else its first event word. */
function mainEvent(mentions: EventMention[], tokens: Tokens): EventMention | undefined {
  // In "troop withdrawal" the last noun is the head: the first only qualifies it.
  const real = mentions.filter(
    (m) => m.event !== 'happen' && !(tokens.pos[m.at] === 'NOUN' && mentions.some((n) => n.at === m.at + 1)),
  );
  // A verb in a "that" clause is not the question's: "justify its demand that NATO pull back".
  const clauseAt = tokens.normal.indexOf('that');
  const inMainClause = real.filter(
    (m) => clauseAt < 0 || m.at < clauseAt || real.every((n) => n.at > clauseAt),
  );
  // A condition is not the question either: "what will NATO do if Russia invades?" asks what NATO would do.
  const ifAt = tokens.normal.indexOf('if');
  if (ifAt > 0 && inMainClause.every((m) => m.at > ifAt)) return undefined;
  const main = inMainClause.find((m) => tokens.pos[m.at] === 'VERB') ?? inMainClause[0] ?? mentions[0];
  // What is sent names the event: "send troops" is a deployment, "send a warning" a warning.
  if (main?.event === 'send') return real.find((m) => m.at > main.at) ?? main;
  return main;
}

const RECIPIENT_MARKERS = new Set(['to', 'from', 'with', 'against', 'toward', 'towards', 'on', 'upon']);
/** "about Ukraine", "during the Brussels talks": the actor sets the scene, it neither acts nor receives. */
const SETTING_MARKERS = new Set([
  'about',
  'during',
  'at',
  'in',
  'over',
  'regarding',
  'of',
  'after',
  'before',
  'for', // "spoke for the State Department": on its behalf, neither doer nor receiver as the verb has it
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);
/** Asking for a judgement rather than a report: "was NATO right to refuse?", "what do you think of Macron?". */
const OPINION = [
  /^(was|is|were|are)\b.*\b(right|wrong|justified|fair|unfair|legitimate|good|bad|better|worse|reasonable)\b/,
  /(?<!\bthe )\b(right|wrong|justified) to\b/, // not "has the right to join"
  /\b(do|did) you think\b/,
  /\byour (opinion|view|take)\b/,
  /\bto blame\b/,
  /\bwho is (right|wrong)\b/,
  /\b(was|were|is|are) (right|wrong)\b/,
  /^should\b/,
];
/**
 * "What did Macron think of Putin?", "Que pense Macron de Poutine ?": a view of a person, which the
 * articles' reports do not give ("what does Putin think about NATO" asks what he said of it).
 */
function viewOfPerson(text: string, actors: ActorMention[]): boolean {
  return /\bthink\b/.test(text) && actors.some((actor) => actor.kind === 'person' && actor.role === 'any');
}
/** Verbs followed by a clause, not an object: in "does the West say Russia has", Russia receives nothing. */
const CLAUSE_VERBS = new Set([
  'say',
  'think',
  'believe',
  'claim',
  'assert',
  'argue',
  'fear',
  'hope',
  'estimate',
  'know',
]);
const DO_FORMS = new Set(['did', 'does', 'do']);
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be']);

/**
 * Who does what to whom: "by X" is the agent; "to/with/from X" the recipient; otherwise an actor
 * before the verb is its subject, one after it its object — except in French questions, where the
 * subject follows the verb ("Qu'a proposé l'OTAN ?").
 */
function assignRoles(
  spans: ActorSpan[],
  tokens: Tokens,
  kind: QuestionKind,
  language: 'en' | 'fr',
  verbAt: number,
): ActorMention[] {
  const anyBeforeVerb = spans.some((span) => verbAt >= 0 && span.end < verbAt);
  // "what is Russia accused of": with "be" before a past participle, the subject receives the act.
  const passive =
    verbAt > 0 &&
    tokens.pos[verbAt] === 'VERB' &&
    /(ed|en|wn|ne)$/.test(tokens.normal[verbAt]!) &&
    tokens.normal.slice(0, verbAt).some((word) => BE_FORMS.has(word)) &&
    !tokens.normal.slice(0, verbAt).some((word) => word === 'did' || word === 'does' || word === 'do');
  const mentions: ActorMention[] = [];
  // French passive, glossed: "De quoi la Russie est-elle accusée ?" → "russia is she accuse": "être" (and its
  // inverted pronoun) before a verb glossed to its base form; "est-il allé" (→ "went") is no passive.
  const before = tokens.normal[verbAt - 1] ?? '';
  const frenchPassive =
    language === 'fr' &&
    verbAt > 1 &&
    tokens.lemma[verbAt] === tokens.normal[verbAt] &&
    (BE_FORMS.has(before) || (PRONOUNS.has(before) && BE_FORMS.has(tokens.normal[verbAt - 2] ?? '')));
  let subjectAfterVerb = false;
  // "were the US and NATO letters addressed to…": actors naming whose the subject is, not the subject
  const possessor = (k: number): boolean => {
    const span = spans[k]!;
    const next = span.end + 1;
    if (tokens.pos[next] === 'NOUN' && !tokens.taken[next]) return true;
    const coordinated = spans[k + 1];
    return (
      (tokens.normal[next] === 'and' || tokens.normal[next] === 'or') &&
      coordinated !== undefined &&
      coordinated.start === next + 1 &&
      possessor(k + 1)
    );
  };
  for (const [k, span] of spans.entries()) {
    let before = span.start - 1;
    while (before >= 0 && DETERMINERS.has(tokens.normal[before]!)) before--;
    const marker = tokens.normal[before];
    let role: ActorMention['role'] = 'any';
    const afterVerb = verbAt >= 0 && span.start > verbAt;
    // French inversion makes the first actor after the verb its subject ("Que pense Macron de Poutine ?");
    // those after it are not.
    const inverted = afterVerb && language === 'fr' && kind !== 'who' && !anyBeforeVerb && !subjectAfterVerb;
    // After "say", "believe"…, actors belong to the clause reported: "say Russia felt threatened by Ukraine".
    const inClause = afterVerb && !inverted && CLAUSE_VERBS.has(tokens.lemma[verbAt]!);
    if (marker === 'by') role = inClause ? 'any' : 'agent';
    else if (marker === 'to' && tokens.normal[before - 1] === 'according')
      role = 'any'; // the source, not a party
    // "respond to NATO's offer" (possessives are folded away): the marker governs the noun, not the actor
    else if (
      tokens.pos[span.end + 1] === 'NOUN' &&
      tokens.taken[span.end + 1] !== 'date' &&
      RECIPIENT_MARKERS.has(marker ?? '')
    )
      role = 'any';
    else if (marker !== undefined && SETTING_MARKERS.has(marker)) role = 'any';
    else if (marker !== undefined && RECIPIENT_MARKERS.has(marker)) role = 'recipient';
    else if (verbAt >= 0 && span.end < verbAt)
      role = !(passive || frenchPassive) ? 'agent' : possessor(k) ? 'any' : 'recipient';
    else if (inClause)
      role = 'any'; // "does the West say Russia has"
    else if (afterVerb) {
      role = inverted ? 'agent' : 'recipient';
      if (inverted) subjectAfterVerb = true;
    }
    const existing = mentions.find((mention) => mention.id === span.id);
    if (existing) existing.role = existing.role === role ? role : 'any';
    else mentions.push({ id: span.id, role, text: span.text });
  }
  return mentions;
}

/** Endings of French verb forms, adjectives and nouns (accents folded), which names seldom have. */
const FRENCH_ENDING =
  /(ee|ees|es|er|ez|ait|aient|ant|ement|ements|tion|tions|ique|iques|eux|euse|euses|ite|era|erai|eront|erons|erez|erait)$/;

const GREETINGS = new Set(['hello', 'hi', 'hey', 'bonjour', 'salut', 'coucou', 'yo', 'hiya']);
const THANKS = new Set(['thanks', 'thank', 'merci', 'cheers', 'thx', 'ty']);

/** A question about the bot itself, or a greeting: only when it names no actor or date of the story. */
function aboutTheBot(words: string[]): Query['aboutTheBot'] {
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

/** "Is it Macron or Johnson who called Putin?": where the alternatives offered end (the "who"), else 0. */
function alternativesEnd(tokens: Tokens): number {
  const words = tokens.normal;
  if (!(words[0] === 'is' || words[0] === 'was') || words[1] !== 'it') return 0;
  const who = words.indexOf('who');
  return who > 2 && words.slice(2, who).includes('or') ? who : 0;
}

/** "after Johnson", "before the Johnson call": an actor that dates the question rather than taking part. */
function timeAnchor(
  spans: ActorSpan[],
  tokens: Tokens,
  entities: KnowledgeBase['entities'],
): { span: ActorSpan; relation: 'after' | 'before' } | null {
  if (spans.length < 2) return null;
  for (const span of spans) {
    if (entities.get(span.id)?.kind === 'place') continue; // "depuis Kiev": from a place, not since it
    let before = span.start - 1;
    while (before >= 0 && DETERMINERS.has(tokens.normal[before]!)) before--;
    const marker = tokens.normal[before];
    if (marker === 'after' || marker === 'since') return { span, relation: 'after' };
    if (marker === 'before') return { span, relation: 'before' };
  }
  return null;
}

/** "who is X?" asks who X is; "who leads X?" or "who is the head of X?" asks for X's head. */
const ROLE_STEMS = new Set(['job', 'role', 'titl', 'fonction', 'post']);

function remove<T>(list: T[], unwanted: (item: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (unwanted(list[i]!)) list.splice(i, 1);
}

function identityAsked(
  kind: QuestionKind,
  eventCount: number,
  text: string,
  actors: ActorMention[],
): Query['identity'] {
  // "What is Grushko's job?", "quel est le rôle de Grushko ?" (not "what role did NATO play?")
  if (
    eventCount === 0 &&
    actors.some((actor) => actor.kind === 'person') &&
    /^(what|which) (is|was)?\b.*\b(job|role|title|fonction|poste)\b/.test(text)
  )
    return 'person';
  if (kind !== 'who' || eventCount > 0) return null;
  if (/^who (leads?|led|heads?|headed|runs?|ran|chairs?|chaired)\b/.test(text)) return 'leader';
  if (/^who\b.*\b(head|leader|chief|boss|in charge|president|prime minister|secretary general)\b/.test(text))
    return 'leader';
  return /^who (is|was|are|were)\b/.test(text) ? 'person' : null;
}

/** Words written with a capital inside a sentence ("did Biden call"), folded: likely names. */
function capitalisedWords(question: string): Set<string> {
  const names = new Set<string>();
  if (!/.\p{Lu}/u.test(question)) return names;
  for (const sentence of question.split(/[.?!\n]+/)) {
    const words = sentence.trim().split(/[^\p{L}'’-]+/u);
    for (const word of words.slice(1)) if (/^\p{Lu}\p{Ll}/u.test(word)) names.add(fold(word));
  }
  return names;
}

/** The remaining content words: stems to match facts on, and words nobody knows (likely names). */
function topicWords(
  tokens: Tokens,
  lexiconSize: number,
  vocabulary: Vocabulary,
  capitalised: ReadonlySet<string>,
  mayBeName: (word: string) => boolean,
  stem: (word: string) => string,
): { topics: string[]; nouns: string[]; unknown: string[]; spelled: Record<string, string> } {
  const topics: string[] = [];
  const spelled: Record<string, string> = {};
  const nouns: string[] = [];
  const unknown: string[] = [];
  // Neighbouring unknown words are one name: "White House", "Xi Jinping".
  let lastUnknownAt = -2;
  const addUnknown = (word: string, at: number) => {
    if (at === lastUnknownAt + 1 && unknown.length > 0) unknown[unknown.length - 1] += ` ${word}`;
    else unknown.push(word);
    lastUnknownAt = at;
  };
  tokens.normal.forEach((word, i) => {
    if (tokens.taken[i]) return;
    // A figure asked about ("the 100,000 troops", "21 EU countries") is a topic like a word.
    if (/^\d{2,}$/.test(word)) return void (topics.includes(word) || topics.push(word));
    if (!/^\p{L}+$/u.test(word)) return;
    if (capitalised.has(word) && !vocabulary.known.has(word)) return addUnknown(word, i); // "Xi"
    if (!carriesMeaning(tokens.stop[i]!, tokens.pos[i]!, tokens.lemma[i]!) || word.length < 3) return;
    if (FILLER_WORDS.has(word) || FILLER_WORDS.has(tokens.lemma[i]!) || KIND_WORDS.has(word)) return;
    const eventWord =
      EVENT_BY_WORD.has(tokens.lemma[i]!) || EVENT_BY_WORD.has(word) || HAPPEN_WORDS.has(tokens.lemma[i]!);
    if ((eventWord && !isManner(tokens, i) && !refusesToSpeak(tokens, i)) || isMeans(tokens, i)) return;
    if (YES_NO_OPENERS.has(word) || ORDER_WORDS.has(word)) return;
    const unheardOf = tokens.id[i]! >= lexiconSize || capitalised.has(word);
    const name = unheardOf && !vocabulary.known.has(word) && mayBeName(word);
    if (name) addUnknown(word, i);
    else {
      // A verb form the facts never use stems by its lemma: "felt" is "feel", as the facts write it.
      const lemma = tokens.lemma[i]!;
      const byLemma = tokens.pos[i] === 'VERB' && !vocabulary.known.has(word) && vocabulary.known.has(lemma);
      const topic = stem(byLemma ? lemma : word);
      if (topics.includes(topic)) return;
      topics.push(topic);
      spelled[topic] = word;
      if (tokens.pos[i] === 'NOUN' || tokens.pos[i] === 'PROPN') nouns.push(topic);
    }
  });
  return { topics, nouns, unknown, spelled };
}
