/**
 * Two events named side by side, each by its own actors and event words: offered as alternatives to put in
 * order ("what happened first, the Brussels council or Johnson's trip to Kyiv?"), or bounding a stretch of
 * time ("what happened between Johnson's visit and Macron's call?").
 */
import { eventOfWord, type EventMention } from './events.ts';
import { COMPARED_TO, COUNT_WORDS, ORDINALS, TIME_UNIT_STEMS } from './lexicon.ts';
import type { ActorSpan } from './find-actors.ts';
import type { Tokens } from './tokens.ts';

export interface ComparedEvent {
  actors: string[];
  events: string[];
  /** The question's date is written on this side: "Macron's call on 31 January or Johnson's?" */
  dated: boolean;
  /** "Macron's second call": which of the side's events by date (1 the first, -1 the last). */
  order: number | null;
  /** The stems of the side's own nouns: "the letters" of "were the letters sent before the meeting?" */
  nouns: string[];
  /** "Before or after his call with Putin": the event is also that of the other side's subject. */
  theirs: boolean;
}

export interface EventsCompared {
  /**
   * Which of the two is asked for, whether the first came before or after the second ("relative"), or what
   * lies between them (how long, when the question counts time: "how many days between A and B?").
   */
  asked: 'first' | 'last' | 'relative' | 'between';
  sides: [ComparedEvent, ComparedEvent];
  /** What the rest of the question names, true of both: "who called Putin first, Macron or Johnson?" */
  shared: ComparedEvent;
}

/** Words that ask which of two events came first (or last). */
const ORDER_ASKED: ReadonlyMap<string, 'first' | 'last'> = new Map([
  ['first', 'first'],
  ['earlier', 'first'],
  ['sooner', 'first'],
  ['last', 'last'],
  ['later', 'last'],
]);

/** "Separated", "separate", « séparent » (folded): what lies between two events, as "between" does. */
const SEPARATED = /^separ/;

/** A person's own: "his call with Putin" (not "its treaties", which are the side's own subject's). */
const POSSESSIVES = new Set(['his', 'her']);

/** "How many days between…", "how long between…", "how much time passed between…": the question counts time. */
const countsTime = (words: readonly string[]) =>
  words[0] === 'how' &&
  (words[1] === 'long' ||
    (words[1] === 'much' && words[2] === 'time') ||
    (words[1] === 'many' && /^(day|week|month|hour)s?$/.test(words[2] ?? '')));

/**
 * The two events of the question, if it names two: an order word before an "or" ("first, A or B"), or
 * "happened between A and B" ("how many days between A and B"); each side must name an actor or an event of
 * its own ("between 10 and 13 January" names days, which the date step reads).
 */
export function twoEvents(
  tokens: Tokens,
  spans: readonly ActorSpan[],
  mentions: readonly EventMention[],
  stem: (word: string) => string,
  isSetting: (id: string) => boolean = () => false,
): EventsCompared | null {
  const words = tokens.normal;
  const within = (start: number, end: number) => (at: number) => at > start && at < end;
  const named = (where: (at: number) => boolean) => sideOf(tokens, spans, mentions, stem, where);
  // "Was the Macron call before or after the Johnson call?" (French "avant ou après", glossed): where the
  // first stands to the second
  const eitherAt = words.findIndex(
    (word, i) =>
      i > 0 &&
      words[i + 1] === 'or' &&
      ((word === 'before' && words[i + 2] === 'after') || (word === 'after' && words[i + 2] === 'before')),
  );
  // ("when were the letters sent compared to El País publishing them?": the same, worded as a comparison of
  // days — not "how long were the Geneva talks compared with Brussels?")
  const comparedAt =
    words[0] === 'when'
      ? words.findIndex(
          (word, i) => (word === 'compared' || word === 'relative') && COMPARED_TO.has(words[i + 1] ?? ''),
        )
      : -1;
  const [sideEnd, sideStart] = eitherAt > 0 ? [eitherAt, eitherAt + 2] : [comparedAt, comparedAt + 1];
  if (sideEnd > 0) {
    const sides: [ComparedEvent, ComparedEvent] = [
      named(within(-1, sideEnd)),
      named(within(sideStart, words.length)),
    ];
    if (sides.every(namesAnEvent)) return { asked: 'relative', sides, shared: named(() => false) };
  }
  // "What happened between A and B?", "how many days between A and B?" — not "the call between Putin and
  // Macron"; an order word after "between" is a side's own ("between the Council and Macron's first call")
  // ("how many days separated A and B?", « combien de jours séparent A et B ? »: the same stretch)
  // ("Between the Geneva talks and the OSCE meeting, what happened?": the stretch first, up to the question)
  // ("who spoke to Putin between Macron's two calls?": any question, asked of that stretch, when both sides
  // are events — "who mediated between Russia and NATO?" names no stretch)
  const happenAt = mentions.find((mention) => mention.event === 'happen')?.at ?? Infinity;
  const fronted = words[0] === 'between' && happenAt < Infinity;
  const betweenAt = countsTime(words)
    ? words.findIndex((word) => word === 'between' || SEPARATED.test(word))
    : fronted
      ? 0
      : words.indexOf('between', happenAt < Infinity ? happenAt : 0);
  const ofEvents = happenAt < Infinity || countsTime(words);
  const end = fronted ? happenAt - 1 : words.length;
  // ("what happened the day before the call between Macron and Putin?": the call's parties, no stretch of time)
  // (a verb before it is no such noun: "what did Russia say between the Geneva talks and the Council?")
  const eventNounBefore = mentions.some(
    (mention) =>
      mention.at === betweenAt - 1 &&
      mention.event !== 'happen' &&
      (ofEvents || tokens.pos[mention.at] !== 'VERB'),
  );
  if (betweenAt > 0 && eventNounBefore) return null;
  const orderAt = words.findIndex((word, at) => ORDER_ASKED.has(word) && (betweenAt < 0 || at < betweenAt));
  const [from, asked, separator] =
    orderAt >= 0
      ? [orderAt, ORDER_ASKED.get(words[orderAt]!)!, 'or']
      : ([betweenAt, 'between', 'and'] as const);
  const splitAt = words.indexOf(separator, from + 1);
  if (from < 0) return null;
  // "What happened between the two Macron–Putin calls?", "between Macron's two calls": the first and the
  // second of the events named ("the two calls between Macron and Putin" too; but "both A and B" are two sides)
  const pair = [1, 2].map((ahead) => words[betweenAt + ahead] ?? '').find(namesAPair);
  if (asked === 'between' && pair !== undefined && (splitAt < 0 || pair !== 'both')) {
    const both = named(within(from, end));
    if (both.events.length === 0) return null;
    return {
      asked,
      sides: [
        { ...both, order: 1 },
        { ...both, order: 2 },
      ],
      shared: named((at) => at < from),
    };
  }
  if (splitAt < 0) return null;
  const sides = sharingHead(named(within(from, splitAt)), named(within(splitAt, end)));
  // (an event word, even in a name — "the Brussels meeting" — or a setting that stands for what met there: "the
  // Council")
  const saysEvent = (where: (at: number) => boolean) =>
    words.some((word, at) => where(at) && eventOfWord(word, tokens.lemma[at]!) !== undefined) ||
    spans.some((span) => where(span.start) && isSetting(span.id));
  const stretchOfEvents = saysEvent(within(from, splitAt)) && saysEvent(within(splitAt, end));
  if (!sides.every(namesAnEvent) || (asked === 'between' && !ofEvents && !stretchOfEvents)) return null;
  return { asked, sides, shared: named((at) => at < from) };
}

/**
 * A side names an event by who took part, by an event word, or by nouns that stand for one: "before or after
 * the letters" (their sending).
 */
const namesAnEvent = (side: ComparedEvent) => side.actors.length + side.events.length + side.nouns.length > 0;

/** "Between the two calls", "between both", « entre les deux appels »: one kind of event, two of them. */
const namesAPair = (word: string) => word === 'both' || COUNT_WORDS.get(word) === 2;

/**
 * "Between Macron's first and second calls with Putin": ordinals that share their noun and who is named
 * around it, each side its own of them.
 */
function sharingHead(first: ComparedEvent, second: ComparedEvent): [ComparedEvent, ComparedEvent] {
  if (first.order === null || second.order === null || first.events.length > 0) return [first, second];
  const actors = [...new Set([...first.actors, ...second.actors])];
  return [
    { ...first, actors, events: second.events, nouns: second.nouns },
    { ...second, actors },
  ];
}

/**
 * "How many days after the Council did Macron first call Putin?": the anchor ("the Council") and its own
 * event against the event the rest of the question names; the days between them are asked.
 */
export function fromAnchor(
  anchor: ActorSpan,
  tokens: Tokens,
  spans: readonly ActorSpan[],
  mentions: readonly EventMention[],
  stem: (word: string) => string,
): EventsCompared {
  // (its event word after it, past an ordinal: "Macron's second call"; or before it, back to "before" or
  // "after": "the second call of Macron")
  const next = ORDINALS.has(tokens.normal[anchor.end + 1] ?? '') ? anchor.end + 2 : anchor.end + 1;
  const eventAt = mentions.some((mention) => mention.at === next) ? next : anchor.end;
  const relationAt = tokens.normal.findLastIndex(
    (word, at) => at < anchor.start && (word === 'before' || word === 'after'),
  );
  const ofAnchor = (at: number) => at >= Math.max(anchor.start - 3, relationAt + 1) && at <= eventAt;
  const named = (where: (at: number) => boolean) => sideOf(tokens, spans, mentions, stem, where);
  return {
    asked: 'between',
    sides: [named(ofAnchor), named((at) => !ofAnchor(at))],
    shared: named(() => false),
  };
}

/** What one side of the question names: its actors, its events, whether the date is written there, its ordinal. */
function sideOf(
  tokens: Tokens,
  spans: readonly ActorSpan[],
  mentions: readonly EventMention[],
  stem: (word: string) => string,
  where: (at: number) => boolean,
): ComparedEvent {
  const ordinal = tokens.normal.find((word, at) => where(at) && ORDINALS.has(word));
  return {
    actors: spans.filter((span) => where(span.start)).map((span) => span.id),
    events: mentions
      .filter((mention) => where(mention.at) && mention.event !== 'happen')
      .map((mention) => mention.event),
    dated: tokens.taken.some((taken, at) => taken === 'date' && where(at)),
    order: ordinal === undefined ? null : ORDINALS.get(ordinal)!,
    nouns: tokens.normal.flatMap((word, at) =>
      where(at) &&
      tokens.pos[at] === 'NOUN' &&
      // (a clause's words are the anchor's, and the anchor is a side: "before El País published the documents")
      (!tokens.taken[at] || tokens.taken[at] === 'anchor') &&
      !tokens.stop[at] &&
      !COUNT_WORDS.has(word) &&
      !TIME_UNIT_STEMS.has(stem(word))
        ? [stem(word)]
        : [],
    ),
    theirs: tokens.normal.some((word, at) => where(at) && POSSESSIVES.has(word)),
  };
}
