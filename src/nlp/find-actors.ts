/**
 * The actors a question names, from the custom entities wink-nlp learnt from the knowledge aliases (see
 * actors.ts): which spans count, the candidates of "is it X or Y who…", and an actor that only dates the
 * question ("who called Putin after Johnson?").
 */
import type { Document, WinkMethods } from 'wink-nlp';
import { fold } from '../text/fold.ts';
import { SETTING_KINDS, type KnowledgeBase } from '../knowledge/model.ts';
import type { EventMention } from './events.ts';
import { ORDINALS } from './lexicon.ts';
import { asksWhatDid, BE_FORMS, DETERMINERS, type Tokens } from './tokens.ts';

interface Detail {
  value: string;
  type: string;
}

export interface ActorSpan {
  id: string;
  text: string;
  start: number;
  end: number;
}

/** The actors named; `written` says whether a span was written as a name ("Price", not "the price"). */
export function findActors(
  doc: Document,
  nlp: WinkMethods,
  tokens: Tokens,
  written: (span: string, start: number, id: string) => boolean,
): ActorSpan[] {
  const spans: ActorSpan[] = [];
  const entities = doc.customEntities();
  const details = entities.out(nlp.its.detail) as unknown as Detail[];
  const ranges = entities.out(nlp.its.span) as unknown as [number, number][];
  details.forEach(({ value, type }, k) => {
    const [start, end] = ranges[k]!;
    if (!written(tokens.normal.slice(start, end + 1).join(' '), start, type)) return;
    for (let i = start; i <= end; i++) tokens.taken[i] = 'actor';
    spans.push({ id: type, text: value, start, end });
  });
  return spans;
}

/**
 * A title after the name of a body the person does not belong to is that body's: in "UN Secretary-General"
 * the title is not NATO's Stoltenberg.
 */
export function withoutOthersTitles(spans: ActorSpan[], entities: KnowledgeBase['entities']): ActorSpan[] {
  return spans.filter((span, k) => {
    const before = spans[k - 1];
    const person = entities.get(span.id);
    const body = before && before.end === span.start - 1 ? entities.get(before.id) : undefined;
    // (a place holds no titles: "went to Kyiv, Macron or…" lost its comma, not Macron)
    const holdsTitles = body && body.kind !== 'person' && body.kind !== 'place';
    // (a name is no title: « les objectifs russes que Borrell… », glossed "aims russian borrell")
    const byName = person !== undefined && fold(person.name.en).split(' ').includes(span.text.toLowerCase());
    return !(person?.kind === 'person' && holdsTitles && !byName && !person.lineage.has(body.id));
  });
}

/** "Is it Macron or Johnson who called Putin?": where the alternatives offered end (the "who"), else 0. */
export function alternativesEnd(tokens: Tokens): number {
  const words = tokens.normal;
  // (« est-ce Sherman ou Stoltenberg qui… », glossed "is this")
  if (!(words[0] === 'is' || words[0] === 'was') || !(words[1] === 'it' || words[1] === 'this')) return 0;
  const who = words.indexOf('who');
  return who > 2 && words.slice(2, who).includes('or') ? who : 0;
}

/** "Who called Putin more often, Macron or Johnson?": the alternatives whose events are counted, else none. */
export function comparedHowOften(text: string, spans: ActorSpan[], tokens: Tokens): ActorSpan[] {
  return MORE_OFTEN.test(text) ? trailingAlternatives(spans, tokens) : [];
}
const MORE_OFTEN = /\b(more|most) (often|times|frequently)\b/;

/** "…, Macron or Johnson?": the actors offered as alternatives at the end of the question, else none. */
export function trailingAlternatives(spans: ActorSpan[], tokens: Tokens): ActorSpan[] {
  const last = spans[spans.length - 1];
  const before = spans[spans.length - 2];
  if (!last || !before || tokens.normal[before.end + 1] !== 'or' || last.start !== before.end + 2) return [];
  const after = tokens.normal.slice(last.end + 1);
  return after.every((word) => word === '?') ? [before, last] : [];
}

/** "after Johnson", "before the Johnson call": an actor that dates the question rather than taking part. */
export function timeAnchor(
  spans: ActorSpan[],
  tokens: Tokens,
  entities: KnowledgeBase['entities'],
  measuredFrom = false,
  alone = false,
): { span: ActorSpan; relation: 'after' | 'before' } | null {
  // (one name alone is what is asked about, unless the question asks for another event: "which meeting
  // came after the Brussels one?")
  if (spans.length < (alone ? 1 : 2)) return null;
  // "talks before Brussels" are before what happened there, when someone else held them; "was the Council
  // before Geneva?" compares two settings (in-time.ts), and "depuis Kiev" is from a place, not since it
  const heldBySomeone = spans.some((span) => !SETTING_KINDS.has(entities.get(span.id)?.kind ?? 'place'));
  for (const span of spans) {
    let before = span.start - 1;
    while (before >= 0 && DETERMINERS.has(tokens.normal[before]!)) before--;
    // (French names the event before whose it is: « avant la fuite d'El País », glossed "before disclosure el pais")
    // (« avant le voyage de Johnson », glossed "before trip johnson": the noun may name an event of its own)
    if (
      tokens.pos[before] === 'NOUN' &&
      (!tokens.taken[before] || tokens.taken[before] === 'event') &&
      TIME_MARKERS.has(tokens.normal[before - 1] ?? '')
    )
      before--;
    // ("the day of Johnson's visit", "the same day as his call": that day, the question's same-day distance)
    const marker = theDayOf(tokens.normal, before) ? 'after' : tokens.normal[before];
    const place = entities.get(span.id)?.kind === 'place';
    // (but "how long after the Geneva talks…" measures from what happened there)
    if (place && (marker === 'since' || (!heldBySomeone && !alone)) && !measuredFrom) continue;
    if (marker === 'after' || marker === 'since') return { span, relation: 'after' };
    if (marker === 'before') return { span, relation: 'before' };
  }
  return null;
}

/**
 * "What did Russia do before the Geneva talks?", "… after the January talks?": a question of what was done,
 * dated by the event named after "before" or "after" — that event's word is no event asked about.
 */
export function eventThatDates(tokens: Tokens, mentions: EventMention[]): EventMention | undefined {
  const words = tokens.normal;
  // ("what did Russia do…", "what was the Kremlin doing…", "… working on…")
  const asksWhatDone =
    words[0] === 'what' &&
    (asksWhatDid(words) ||
      (BE_FORMS.has(words[1] ?? '') &&
        words.some(
          (word, i) => i > 1 && (word === 'doing' || (tokens.pos[i] === 'VERB' && word.endsWith('ing'))),
        )));
  // ("where was Johnson two days before Macron's call?": where someone was, no event of its own)
  const asksWhereBeing = words[0] === 'where' && BE_FORMS.has(words[1] ?? '');
  // (« sur quoi le Kremlin travaillait-il quand… ? », glossed "about what … work": what someone was at)
  const asksWhatAt = (words[0] === 'about' || words[0] === 'on') && words[1] === 'what';
  // ("what happened at the border during the talks?": where, dated by the talks — not "what happened during
  // the talks?", which asks about them — or by a clause: "what happened after the Council met?")
  const asksWhatHappened =
    words[0] === 'what' && mentions.some((mention) => mention.event === 'happen' && mention.at === 1);
  if (!asksWhatDone && !asksWhereBeing && !asksWhatAt && !asksWhatHappened) return undefined;
  return mentions.find((mention) => {
    const at = datingWordBefore(tokens, mention.at);
    if (words[at] === 'during') return asksWhatHappened && at > 2;
    if (!DATING.has(words[at]!)) return false;
    // ("what happened the day after the Council met?": a clause's verb, with its subject, dates it)
    if (!asksWhatHappened) return true;
    return tokens.pos[mention.at] === 'VERB' && tokens.taken.slice(at, mention.at).includes('actor');
  });
}

/** "…the week after the leak": whether the event that dates a question comes before or after the days asked. */
export function datingRelation(tokens: Tokens, mention: EventMention): 'after' | 'before' | null {
  const word = tokens.normal[datingWordBefore(tokens, mention.at)];
  return word === 'after' || word === 'before' ? word : null;
}

/** Back from an event word over its names, dates and determiners to the word that dates by it ("before"). */
function datingWordBefore(tokens: Tokens, from: number): number {
  const words = tokens.normal;
  // (back over the anchor's names and dates, "before" may itself be a date's word: "before the January
  // talks"; and over a passive clause's subject: "while the documents were coming out")
  const inClause = (k: number) =>
    tokens.taken[k] ||
    DETERMINERS.has(words[k]!) ||
    POSSESSIVES.has(words[k]!) ||
    tokens.pos[k] === 'NOUN' ||
    tokens.pos[k] === 'ADJ' || // "before Macron's second call"
    tokens.pos[k] === 'AUX' ||
    (tokens.pos[k] === 'VERB' && tokens.pos[k + 1] === 'AUX'); // a subject read as a verb: "documents have been…"
  let at = from - 1;
  while (at > 0 && !DATING.has(words[at]!) && inClause(at)) at--;
  return at;
}
/** What puts the clause after it in time: "before", "after", and "while", "when" or "during" for the same time. */
const DATING = new Set(['before', 'after', 'while', 'when', 'during']);

/**
 * "What did Russia do while Johnson was in Kyiv?", « quand Johnson était à Kiev », "the day Johnson was in
 * Kyiv": someone's stay in a place, with no event word, dates the question by that visit's days.
 */
export function stayAnchor(
  spans: ActorSpan[],
  tokens: Tokens,
  entities: KnowledgeBase['entities'],
): EventAnchor | null {
  const words = tokens.normal;
  for (const span of spans) {
    const from = span.start - 1;
    const be = span.end + 1;
    const place = spans.find((one) => one.start === be + 2);
    if (
      from > 0 &&
      opensStay(words, from) &&
      BE_FORMS.has(words[be] ?? '') &&
      STAY_LINKS.has(words[be + 1] ?? '') &&
      place &&
      entities.get(place.id)?.kind === 'place'
    )
      return {
        span,
        relation: 'during',
        mention: { event: 'visit', at: be, particle: null },
        theirs: false,
        order: null,
        from,
      };
  }
  return null;
}
const STAY_LINKS = new Set(['in', 'at', 'to']);
const TIME_MARKERS = new Set(['before', 'after', 'since']);

/**
 * "The day", "the day of", "the same day as", « le jour où » (glossed "day where") at `at`: what follows dates
 * the question by its day.
 */
function theDayOf(words: readonly string[], at: number): boolean {
  const word = words[at];
  const day =
    word === 'day'
      ? at
      : (word === 'of' || word === 'as' || word === 'where') && words[at - 1] === 'day'
        ? at - 1
        : -1;
  if (day < 0) return false;
  return (
    word === 'where' || words[day - 1] === 'the' || (words[day - 1] === 'same' && words[day - 2] === 'the')
  );
}

/** "while", "when", "the day" (« le jour où », glossed "day where") before a stay's subject. */
function opensStay(words: readonly string[], at: number): boolean {
  const word = words[at];
  return word === 'while' || word === 'when' || theDayOf(words, at);
}

/** What a possessive before an event says: the event is the question's subject's ("before his call"). */
const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const LINKS = new Set(['with', 'to', 'from', 'in', 'of', 'for']);
const AUXILIARIES = new Set([...BE_FORMS, 'has', 'had', 'have']);

export interface EventAnchor {
  span: ActorSpan;
  /** "during": a stay that dates the question by its own days ("while Johnson was in Kyiv"). */
  relation: 'after' | 'before' | 'during';
  mention: EventMention;
  /** The event is also the subject's own (a possessive, a pronoun subject, or a verb in -ing). */
  theirs: boolean;
  /** "After his first call": which of the anchor's events by date (1 the first, -1 the last). */
  order: number | null;
  /** Where the clause begins: its "after" or "before". */
  from: number;
}

/**
 * "The day before his call with Putin", "before calling Putin", "after the trip to Kyiv": an event and the
 * actor it was with that date the question rather than being asked about. With no actor after it, an event
 * of the subject's own ("three days after his first call") is dated by the subject.
 */
export function eventAnchor(
  spans: ActorSpan[],
  tokens: Tokens,
  mentions: EventMention[],
): EventAnchor | null {
  const words = tokens.normal;
  for (const mention of mentions) {
    let at = mention.at - 1;
    const ordinal = ORDINALS.get(words[at]!) ?? null;
    if (ordinal !== null) at--;
    const gerund = tokens.pos[mention.at] === 'VERB' && words[mention.at]!.endsWith('ing');
    const possessive = POSSESSIVES.has(words[at]!);
    // ("the day before he spoke to Johnson": a clause whose subject is the question's, and whose verb is with
    // someone — not "the day after he said the West had ignored…", a clause of words of its own)
    // ("the day before he called Putin": or whom it names right after it)
    const ownClause =
      tokens.pos[mention.at] === 'VERB' &&
      SUBJECT_PRONOUNS.has(words[at]!) &&
      (LINKS.has(words[mention.at + 1] ?? '') || spans.some((one) => one.start === mention.at + 1));
    if ((!gerund && DETERMINERS.has(words[at]!)) || ownClause) at--;
    // ("before Johnson went to Kyiv", "after Macron called Putin": a clause with a subject of its own, named
    // right before its verb; its event is that subject's)
    // (past an auxiliary: « le jour où Johnson est allé à Kiev », glossed "day where johnson is went")
    const subjectEnd = AUXILIARIES.has(words[mention.at - 1]!) ? mention.at - 2 : mention.at - 1;
    const named = tokens.pos[mention.at] === 'VERB' ? spans.find((one) => one.end === subjectEnd) : undefined;
    // ("the day Johnson went to Kyiv", « le jour où Johnson est allé à Kiev »: that day, the question's
    // same-day distance from it)
    const namedRelation = named && (theDayOf(words, named.start - 1) ? 'after' : words[named.start - 1]);
    if (named && (namedRelation === 'after' || namedRelation === 'before'))
      return {
        span: named,
        relation: namedRelation,
        mention,
        theirs: false,
        order: null,
        from: named.start - 1,
      };
    const relation = words[at];
    if (relation !== 'after' && relation !== 'before') continue;
    const theirs = possessive || gerund || ownClause;
    const next = LINKS.has(words[mention.at + 1]!) ? mention.at + 2 : mention.at + 1;
    const span = spans.find((one) => one.start === next || (gerund && one.start === mention.at + 2));
    // (the subject, as a span of its own: it stays one of the question's actors)
    const subject = theirs ? spans.find((one) => one.end < at) : undefined;
    const dating = span ?? (subject && { ...subject });
    if (dating) return { span: dating, relation, mention, theirs, order: ordinal, from: at };
  }
  return null;
}
