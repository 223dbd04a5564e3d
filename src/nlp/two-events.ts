/**
 * Two events named side by side, each by its own actors and event words: offered as alternatives to put in
 * order ("what happened first, the Brussels council or Johnson's trip to Kyiv?"), or bounding a stretch of
 * time ("what happened between Johnson's visit and Macron's call?").
 */
import type { EventMention } from './events.ts';
import type { ActorSpan } from './find-actors.ts';
import type { Tokens } from './tokens.ts';

export interface ComparedEvent {
  actors: string[];
  events: string[];
  /** The question's date is written on this side: "Macron's call on 31 January or Johnson's?" */
  dated: boolean;
}

export interface EventsCompared {
  /**
   * Which of the two is asked for, whether the first came before or after the second ("relative"), or what
   * lies between them.
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

/**
 * The two events of the question, if it names two: an order word before an "or" ("first, A or B"), or
 * "happened between A and B"; each side must name an actor or an event of its own ("between 10 and 13 January" names
 * days, which the date step reads).
 */
export function twoEvents(
  tokens: Tokens,
  spans: readonly ActorSpan[],
  mentions: readonly EventMention[],
): EventsCompared | null {
  const words = tokens.normal;
  const within = (start: number, end: number) => (at: number) => at > start && at < end;
  const named = (where: (at: number) => boolean): ComparedEvent => ({
    actors: spans.filter((span) => where(span.start)).map((span) => span.id),
    events: mentions
      .filter((mention) => where(mention.at) && mention.event !== 'happen')
      .map((mention) => mention.event),
    dated: tokens.taken.some((taken, at) => taken === 'date' && where(at)),
  });
  // "Was the Macron call before or after the Johnson call?" (French "avant ou après", glossed): where the
  // first stands to the second
  const eitherAt = words.findIndex(
    (word, i) =>
      i > 0 &&
      words[i + 1] === 'or' &&
      ((word === 'before' && words[i + 2] === 'after') || (word === 'after' && words[i + 2] === 'before')),
  );
  if (eitherAt > 0) {
    const sides: [ComparedEvent, ComparedEvent] = [
      named(within(-1, eitherAt)),
      named(within(eitherAt + 2, words.length)),
    ];
    if (sides.every((side) => side.actors.length + side.events.length > 0))
      return { asked: 'relative', sides, shared: named(() => false) };
  }
  const orderAt = words.findIndex((word) => ORDER_ASKED.has(word));
  // "What happened between A and B?" — not "the call between Putin and Macron", nor "days between" them
  const happenedAt = mentions.find((mention) => mention.event === 'happen')?.at ?? Infinity;
  const betweenAt = words.indexOf('between', happenedAt);
  const [from, asked, separator] =
    orderAt >= 0
      ? [orderAt, ORDER_ASKED.get(words[orderAt]!)!, 'or']
      : ([betweenAt, 'between', 'and'] as const);
  const splitAt = words.indexOf(separator, from + 1);
  if (from < 0 || splitAt < 0) return null;
  const sides: [ComparedEvent, ComparedEvent] = [
    named(within(from, splitAt)),
    named(within(splitAt, words.length)),
  ];
  if (sides.some((side) => side.actors.length + side.events.length === 0)) return null;
  return { asked, sides, shared: named((at) => at < from) };
}
