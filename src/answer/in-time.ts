/**
 * Answers that place events in time rather than match one: the timeline, the first or last day the
 * articles report, what came before or after an event, and the nth of several by date.
 */
import type { Fact } from '../knowledge/model.ts';
import type { Distance, Query } from '../nlp/query.ts';
import type { Answer, Answered, Refused } from './answer.ts';
import { factLines, MAX_FACTS, SCOPE, whenPhrase } from './compose.ts';
import type { FactIndex } from './fact-index.ts';
import { ANSWER_THRESHOLD, answersTo, type Scored } from './match.ts';
import { eventsOfEachSide, stretchEnds } from './compared-sides.ts';
import { overlaps } from '../knowledge/dates.ts';
import { PERIOD } from '../nlp/dates.ts';
import { TIME_UNIT_STEMS } from '../nlp/lexicon.ts';
import { byDate, selectTimeline, spreadOverDays } from './timeline.ts';
import { daysAtDistance, distanceLabel, formatDays, isSameDay } from './time-anchor.ts';
import { capitalise } from '../text/capitalise.ts';

const MAX_TIMELINE_LINES = 12;

/** The events in date order, filtered by whatever the question names. */
export function timelineAnswer(
  query: Query,
  index: FactIndex,
  answered: Answered,
  refused: Refused,
  lead = '',
): Answer {
  const facts = selectTimeline(query, index);
  if (facts.length === 0)
    return refused('no-such-event', `My sources report no dated events matching that. ${SCOPE}`);
  const shown = mostSalientOfEachDay(facts, index, MAX_TIMELINE_LINES);
  const more =
    facts.length > shown.length
      ? `\n…and ${facts.length - shown.length} more (/timeline pages through them all).`
      : '';
  return answered(`${lead}${factLines(shown)}${more}`, shown, 1);
}

/**
 * The events of the earliest (1) or latest (-1) date the articles give an event, most salient first. Dates
 * as precise as a month count ("in December 2021, Russia sent…"); background before the period the articles
 * cover ("since 2014") does not.
 */
export function dayAtTheEnd(order: 1 | -1, index: FactIndex, answered: Answered): Answer {
  const dated = index.facts.filter(({ fact }) => {
    const date = fact.date;
    return date && (date.precision === 'day' || date.precision === 'month') && date.start >= PERIOD.start;
  });
  const ends = dated.map(({ fact }) => (order === 1 ? fact.date!.start : fact.date!.end));
  const end = order === 1 ? Math.min(...ends) : Math.max(...ends);
  const facts = dated
    .filter(({ fact }) => (order === 1 ? fact.date!.start : fact.date!.end) === end)
    .sort((a, b) => b.salience - a.salience)
    .slice(0, MAX_FACTS)
    .map((indexed) => indexed.fact);
  const which = order === 1 ? 'The earliest' : 'The latest';
  return answered(
    `${which} date the articles give an event is ${facts[0]!.date!.label}:\n${factLines(facts)}`,
    facts,
    1,
  );
}

const MAX_EVENTS_AROUND = 6;

/**
 * "What happened after the Brussels meeting?": the event the rest of the question names, then what the
 * articles date after (or before) it, nearest first. Null when no dated event answers the rest.
 */
export function eventsAround(query: Query, index: FactIndex, answered: Answered): Answer | null {
  const anchor = answersTo({ ...query, kind: 'what', relativeTo: null }, index).find(
    (scored) => scored.indexed.fact.date,
  )?.indexed.fact;
  if (!anchor?.date) return null;
  const { start, end } = anchor.date;
  const after = query.relativeTo === 'after';
  if (query.distance) return atDistance(anchor, query.distance, after, index, answered);
  const dated = index.facts
    .map((indexed) => indexed.fact)
    .filter((fact) => fact.date && (after ? fact.date.start > end : fact.date.end < start))
    .sort(byDate);
  const shown = after ? dated.slice(0, MAX_EVENTS_AROUND) : dated.slice(-MAX_EVENTS_AROUND);
  const event = `${anchor.statement}\nThe articles date that ${whenPhrase(anchor.date)}.`;
  if (shown.length === 0)
    return answered(`${event} They report nothing dated ${query.relativeTo} it.`, [anchor], ANSWER_THRESHOLD);
  return answered(
    `${event} ${after ? 'After' : 'Before'} it they report:\n${factLines(shown)}`,
    [anchor, ...shown],
    1,
  );
}

/**
 * "What happened two days after the Geneva talks?", "the Wednesday after…", "the week before Macron's second
 * call?": the events the articles date to the days that far from the anchor — to the day (or, for a week,
 * to the week), not the long stretches that run through them.
 */
function atDistance(
  anchor: Fact,
  distance: Distance,
  after: boolean,
  index: FactIndex,
  answered: Answered,
): Answer {
  const { start, end } = anchor.date!;
  const [from, to] = daysAtDistance(distance, after ? end : start, after);
  const found = index.facts
    .map((indexed) => indexed.fact)
    .filter(
      (fact) =>
        fact.date &&
        (fact.date.precision === 'day' || (fact.date.precision === 'week' && to > from)) &&
        fact.date.start <= to &&
        fact.date.end >= from &&
        fact !== anchor,
    );
  const shown = mostSalientOfEachDay(found, index, MAX_EVENTS_AROUND);
  const days = formatDays(from, to);
  const sameDay = isSameDay(distance);
  const side = sameDay ? '' : after ? ' after it' : ' before it';
  const when = `${capitalise(distanceLabel(distance))}${side} (${days})`;
  const event = `${anchor.statement}\nThe articles date that ${whenPhrase(anchor.date!)}.`;
  if (shown.length === 0)
    return answered(
      `${event} ${when} they report nothing${sameDay ? ' else' : ''}.`,
      [anchor],
      ANSWER_THRESHOLD,
    );
  const more = found.length > shown.length ? `\n…and ${found.length - shown.length} more.` : '';
  return answered(`${event} ${when} they report:\n${factLines(shown)}${more}`, [anchor, ...shown], 1);
}

/** At most `limit` facts in date order, taking the most salient of each day in turn. */
function mostSalientOfEachDay(facts: Fact[], index: FactIndex, limit: number): Fact[] {
  const ranked = [...facts].sort(
    (a, b) => a.date!.start - b.date!.start || index.salienceOf(b) - index.salienceOf(a),
  );
  return spreadOverDays(ranked, limit);
}

/**
 * The two events a question compares, each dated to the day: with two actors, each one's event ("the Geneva
 * talks", "the NATO–Russia Council"); with one, its two events ("Macron's two calls") when there are exactly
 * two days of them. In the order asked, or null.
 */
function twoDatedEvents(query: Query, index: FactIndex): [Fact, Fact] | null {
  // Each side is found by its actor and event; words such as "separate" or the other side's "meeting" are no
  // part of either.
  const asked = { ...query, kind: 'what' as const, counted: null, topics: [] };
  const onADay = (scored: Scored) => scored.indexed.fact.date?.precision === 'day';
  const dayDated =
    query.actors.length === 2
      ? query.actors.map(
          (actor) =>
            answersTo({ ...asked, actors: [{ ...actor, role: 'any' }] }, index).find(onADay)?.indexed.fact,
        )
      : [
          ...new Map(
            answersTo(asked, index)
              .filter(onADay)
              .map((s) => [s.indexed.fact.date!.start, s.indexed.fact]),
          ).values(),
        ];
  const [first, second] = dayDated;
  return dayDated.length === 2 && first && second && first !== second ? [first, second] : null;
}

/** "How many days after the Geneva talks was the NATO–Russia Council?": the days between the two events. */
export function daysBetween(query: Query, index: FactIndex, answered: Answered): Answer | null {
  const events = twoDatedEvents(query, index);
  return events && dayGap(events[0], events[1], query.counted, answered);
}

/**
 * The days from one event to another, both shown in date order; a range when one is dated only to a week or a
 * month ("in December 2021" to 12 January: 12 to 42 days), and in weeks too when weeks were asked.
 */
function dayGap(
  one: Fact | undefined,
  other: Fact | undefined,
  unit: string | null,
  answered: Answered,
): Answer | null {
  if (!one || !other || one === other) return null;
  const [first, second] = [one, other].sort(byDate) as [Fact, Fact];
  const least = Math.max(0, second.date!.start - first.date!.end);
  const most = second.date!.end - first.date!.start;
  const gap =
    least === most
      ? capitalise(daysAndWeeks(least, unit))
      : `Between ${least} and ${daysAndWeeks(most, unit)}`;
  return answered(`${gap}:\n${factLines([first, second])}`, [first, second], ANSWER_THRESHOLD);
}

/** "one day", "22 days (about 3 weeks)" when weeks were asked. */
function daysAndWeeks(days: number, unit: string | null): string {
  const inDays = days === 1 ? 'one day' : `${days} days`;
  if (unit !== 'week' || days < 7) return inDays;
  const weeks = days / 7;
  return Number.isInteger(weeks)
    ? `${inDays} (${weeks === 1 ? 'one week' : `${weeks} weeks`})`
    : `${inDays} (about ${Math.round(weeks)} week${Math.round(weeks) === 1 ? '' : 's'})`;
}

/** "How many days between…", "how long after…": the question measures time. */
const measuresTime = (query: Query) =>
  query.kind === 'how-long' ||
  (query.kind === 'how-many' && query.counted !== null && TIME_UNIT_STEMS.has(query.counted));

/**
 * "Did Russia send its treaties before the Geneva talks?", "was the Macron call before the Johnson call?": the
 * question's own event, found whenever it was, against the one its anchor named (time-anchor.ts): yes when one
 * of its best matches lies on the side asked, no when all lie on the other. Null when none is found or the two
 * overlap: the question is then answered within the days the anchor gave.
 */
export function againstAnchor(
  query: Query,
  anchor: Fact,
  index: FactIndex,
  answered: Answered,
): Answer | null {
  const { relation } = query.orderedAgainst!;
  // (not the anchor's event words: "the Johnson call" is no topic of the Macron call)
  const topics = query.topics.filter((topic) => !query.incidentalTopics.includes(topic));
  const own: Query = { ...query, kind: 'what', date: null, topics, orderedAgainst: null };
  const scored = answersTo(own, index).filter((one) => one.indexed.fact.date && one.indexed.fact !== anchor);
  const best = scored
    .filter((one) => one.confidence === scored[0]?.confidence)
    .map((one) => one.indexed.fact);
  const { start, end } = anchor.date!;
  const onSide = (fact: Fact) => (relation === 'before' ? fact.date!.end < start : fact.date!.start > end);
  const otherSide = (fact: Fact) => (relation === 'before' ? fact.date!.start > end : fact.date!.end < start);
  const yes = best.find(onSide);
  const no = best.length > 0 && best.every(otherSide) ? best[0] : undefined;
  const found = yes ?? no;
  if (!found) return null;
  const events = [found, anchor].sort(byDate);
  const side = relation === 'before' ? (yes ? 'before' : 'after') : yes ? 'after' : 'before';
  const lead = `${yes ? 'Yes' : 'No'}: ${found.date!.label}, ${side} ${anchor.date!.label}`;
  return answered(`${lead}:\n${factLines(events)}`, events, ANSWER_THRESHOLD);
}

/** "Was the OSCE meeting after the NATO–Russia Council?": yes or no, by the two events' days. */
export function inOrder(query: Query, index: FactIndex, answered: Answered): Answer | null {
  const relation = /\b(after|before)\b/.exec(query.normalised)?.[1];
  const events = relation && query.actors.length === 2 ? twoDatedEvents(query, index) : null;
  if (!events) return null;
  const [asked, other] = events;
  const gap = asked.date!.start - other.date!.start;
  if (gap === 0) return answered(`The same day:\n${factLines(events)}`, events, ANSWER_THRESHOLD);
  const yes = relation === 'after' ? gap > 0 : gap < 0;
  return answered(`${yes ? 'Yes' : 'No'}:\n${factLines([...events].sort(byDate))}`, events, ANSWER_THRESHOLD);
}

/**
 * "What happened first, the Brussels council or Johnson's trip to Kyiv?", "who called Putin first, Macron or
 * Johnson?": each side's own dated event (with what the rest of the question names of both), the first or
 * last of them, put in order; "what happened between Johnson's visit and Macron's call?": what the articles
 * date between the two. Null when a side has no dated event: the question is then answered as if it named
 * neither.
 */
export function whichCame(query: Query, index: FactIndex, answered: Answered): Answer | null {
  const { compared } = query;
  if (!compared) return null;
  const { asked } = compared;
  const [first, second] = eventsOfEachSide(query, compared, index);
  if (asked === 'between')
    return measuresTime(query)
      ? dayGap(first[0], second[0], query.counted, answered)
      : between(first, second, index, answered);
  // The best-ranked fact of the first (or last) day: a sort by date keeps the ranking within a day
  const [one, other] = [first, second].map((facts) => {
    const byDay = [...facts].sort(byDate);
    const day = (asked === 'last' ? byDay[byDay.length - 1] : byDay[0])?.date!.start;
    return byDay.find((fact) => fact.date!.start === day);
  });
  if (!one || !other || one === other) return null;
  const [earlier, later] = [one, other].sort(byDate) as [Fact, Fact];
  const lines = factLines([earlier, later]);
  if (earlier.date!.start === later.date!.start && bothToTheDay(earlier, later))
    return answered(`The same day:\n${lines}`, [earlier, later], ANSWER_THRESHOLD);
  // ("the exercises, before or after the letters?": launched by early February, sent the week before: no order
  // the articles' dates can give)
  if (overlaps(earlier.date!, later.date!) && !bothToTheDay(earlier, later))
    return answered(
      `About the same time, as closely as the articles date them:\n${lines}`,
      [earlier, later],
      ANSWER_THRESHOLD,
    );
  const lead =
    asked === 'relative'
      ? `${one === earlier ? 'Before' : 'After'}: ${one.date!.label}, against ${other.date!.label}`
      : asked === 'first'
        ? `First, ${earlier.date!.label}`
        : `Last, ${later.date!.label}`;
  return answered(`${lead}:\n${lines}`, [earlier, later], ANSWER_THRESHOLD);
}

/** Both dated to the day, not to a week or a month. */
const bothToTheDay = (one: Fact, other: Fact) =>
  one.date!.precision === 'day' && other.date!.precision === 'day';

/** The first side's best event, the second's first one after it, and what the articles date in between. */
function between(first: Fact[], second: Fact[], index: FactIndex, answered: Answered): Answer | null {
  const ends = stretchEnds(first, second);
  if (!ends) return null;
  const [start, end] = ends;
  const inside = index.facts
    .map((indexed) => indexed.fact)
    .filter((fact) => fact.date && fact.date.start > start.date!.end && fact.date.end < end.date!.start)
    .sort(byDate)
    .slice(0, MAX_EVENTS_AROUND);
  const span = `between ${start.date!.label} and ${end.date!.label}`;
  if (inside.length === 0)
    return answered(
      `The articles date nothing ${span}:\n${factLines([start, end])}`,
      [start, end],
      ANSWER_THRESHOLD,
    );
  return answered(`${capitalise(span)}, the articles report:\n${factLines(inside)}`, inside, 1);
}
