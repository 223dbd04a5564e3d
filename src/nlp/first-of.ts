/**
 * "What happened first, the Brussels council or Johnson's trip to Kyiv?", "which came first: A or B?": two
 * events offered as alternatives, each named by its own actors and event words, to be put in order.
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
  asked: 'first' | 'last';
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
 * The two events compared and whether the first or the last is asked for; null unless an order word comes
 * before an "or" and each side names an actor or an event of its own.
 */
export function eventsCompared(
  tokens: Tokens,
  spans: readonly ActorSpan[],
  mentions: readonly EventMention[],
): EventsCompared | null {
  const orderAt = tokens.normal.findIndex((word) => ORDER_ASKED.has(word));
  const orAt = tokens.normal.indexOf('or', orderAt + 1);
  if (orderAt < 0 || orAt < 0) return null;
  const within = (from: number, to: number) => (at: number) => at > from && at < to;
  const named = (where: (at: number) => boolean): ComparedEvent => ({
    actors: spans.filter((span) => where(span.start)).map((span) => span.id),
    events: mentions
      .filter((mention) => where(mention.at) && mention.event !== 'happen')
      .map((mention) => mention.event),
    dated: tokens.taken.some((taken, at) => taken === 'date' && where(at)),
  });
  const sides: [ComparedEvent, ComparedEvent] = [
    named(within(orderAt, orAt)),
    named(within(orAt, tokens.normal.length)),
  ];
  if (sides.some((side) => side.actors.length + side.events.length === 0)) return null;
  const shared = named((at) => at < orderAt);
  return { asked: ORDER_ASKED.get(tokens.normal[orderAt]!)!, sides, shared };
}
