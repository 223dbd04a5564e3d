/**
 * "Who called Putin after Johnson?": the anchor's own part in the event asked about (Johnson's call with
 * Putin, 2 February) dates the question, which is then asked of what came after (or before) that day — or of
 * its own days ("while Johnson was in Kyiv"), the week of an event, or the days between two events.
 */
import { formatDay, WEEKDAY_NAMES, weekdayOf } from '../knowledge/dates.ts';
import type { DateRange, Fact } from '../knowledge/model.ts';
import { PERIOD, weekAround } from '../nlp/dates.ts';
import { dateQuery, type Distance, type Query } from '../nlp/query.ts';
import type { EventsCompared } from '../nlp/two-events.ts';
import type { FactIndex } from './fact-index.ts';
import { eventsOfEachSide, stretchEnds } from './compared-sides.ts';
import { answersTo } from './match.ts';
import { nthByDate } from './timeline.ts';

export function datedByAnchor(query: Query, index: FactIndex): Query {
  if (query.weekOf) return datedByWeek(query, query.weekOf, index);
  if (query.compared?.asked === 'between') return datedByStretch(query, query.compared, index);
  const { anchor } = query;
  if (!anchor) return query;
  // (with its kind: a person in no role is who went, not where to)
  const named = (id: string) => ({ id, role: 'any' as const, text: id, kind: index.entities.get(id)?.kind });
  // ("the week after the leak": the event alone, whoever did it)
  const anchorActors = anchor.actor === null ? [] : [named(anchor.actor)];
  // "What did the Kremlin say after Macron's call?": Macron's call, whoever else spoke of it; "talks before
  // Brussels": the talks held there, whoever held them; "after the Council": its meeting
  const anchorKind = anchorActors[0]?.kind;
  const event =
    anchor.event ??
    (anchorKind === 'place' ? query.events[0] : anchorKind === 'institution' ? 'meet' : undefined);
  // ("before his call with Putin": Johnson's call with Putin, not any of Putin's)
  const own = anchor.theirs ? query.actors.filter((actor) => actor.role !== 'recipient') : [];
  // (a clause of its own, with whom or where it was: the question's topics are not the anchor's — "had the US
  // sent its letters before Johnson went to Kyiv?")
  const topics = anchor.with ? [] : query.topics;
  // ("before Johnson went to Kyiv": where it was, or whom with)
  const partner = anchor.with ? [named(anchor.with)] : [];
  const withAnchor: Query = event
    ? {
        ...query,
        kind: 'what',
        actors: [...own, ...anchorActors, ...partner],
        events: [event],
        eventStems: anchor.word ? [anchor.word] : [],
        topics,
        anchor: null,
      }
    : anchorKind === 'place'
      ? // ("what did NATO do the day after Geneva?": what was held there, whoever held it)
        { ...query, kind: 'what', actors: anchorActors, topics: [], anchor: null }
      : { ...query, kind: 'what', actors: [...query.actors, ...anchorActors], anchor: null };
  const found = answersTo(withAnchor, index).filter((scored) => scored.indexed.fact.date);
  // (a place dates by what was held there, not by what only mentions it: the Geneva talks, not the week's)
  const heldThere = found.filter((scored) => scored.indexed.fact.place === anchor.actor);
  const dated = anchorKind === 'place' && heldThere.length > 0 ? heldThere : found;
  // ("three days after his first call": the first of them by date, not the best matched)
  const fact = anchor.order
    ? nthByDate(
        dated.map((scored) => scored.indexed.fact),
        anchor.order,
      )
    : dated[0]?.indexed.fact;
  // No dated event of the anchor's to go by: the question is asked as if it had not named one.
  if (!fact?.date) return { ...query, anchor: null };
  const { date } = fact;
  // The same day counts ("what did the Kremlin say after Macron's call?": that evening), the anchor itself not,
  // nor any other fact reporting it ("the first meeting of the Council in two years").
  const after = anchor.relation === 'after';
  // "What happened the day before the Macron–Putin call?": the anchor's own event, on its day, is what the
  // events that far from it are listed around (in-time.ts)
  if (query.distance && query.relativeTo) {
    const day = dateQuery(date.start, date.end, 'day', date.label);
    return { ...withAnchor, kind: query.kind, date: day };
  }
  // "What did Putin do the day after the Brussels meeting?": that day only
  if (query.distance) {
    const { distance } = query;
    const atDistance = ({ date }: Fact): Query => {
      const [start, end] = daysAtDistance(distance, after ? date!.end : date!.start, after);
      // ("the day after 12 January 2022 (13 January 2022)"; the same day is that day)
      const label = isSameDay(distance)
        ? date!.label
        : `${distanceLabel(distance)} ${anchor.relation} ${date!.label} (${formatDays(start, end)})`;
      return { ...query, anchor: null, distance: null, date: dateQuery(start, end, 'day', label) };
    };
    const asked = atDistance(fact);
    // ("who spoke to Putin the day before Macron did?": Macron called him twice — the day before the call that
    // has an answer, when no order says which)
    if (anchor.order || answersTo(asked, index).length > 0) return asked;
    for (const { indexed } of dated) {
      if (indexed.fact.type !== fact.type || indexed.fact.date!.start === date.start) continue;
      const other = atDistance(indexed.fact);
      if (answersTo(other, index).length > 0) return other;
    }
    return asked;
  }
  // (a visit is all its visitor did there that day: "what did Johnson do after his Kyiv visit?" is not his
  // words in Kyiv)
  const visitor = event === 'visit' && fact.place !== undefined ? fact.by : [];
  const sameEvent = index.facts
    .map((indexed) => indexed.fact)
    .filter(
      (other) =>
        other.place === fact.place &&
        other.date?.start === date.start &&
        (other.type === fact.type || other.by.some((id) => visitor.includes(id))),
    );
  const exclude = [...query.exclude, ...sameEvent.map((other) => other.id)];
  const { relation } = anchor;
  // "While Johnson was in Kyiv": the stay's own days
  if (relation === 'during')
    return { ...query, anchor: null, exclude, date: dateQuery(date.start, date.end, 'day', date.label) };
  return {
    ...query,
    anchor: null,
    orderedAgainst: query.kind === 'yes-no' ? { relation, fact: fact.id } : null,
    exclude,
    date: after
      ? dateQuery(date.start, PERIOD.end + 365, 'month', `after ${date.label}`)
      : dateQuery(PERIOD.start - 3650, date.end, 'month', `before ${date.label}`),
  };
}

/**
 * "Who spoke to Putin between Macron's two calls?": a question of its own asked of the days between two events
 * is dated by them, and asked without the people who only name them. ("What happened between…" lists the
 * stretch and "how long between…" measures it: in-time.ts; so does an empty stretch, which says so.)
 */
function datedByStretch(query: Query, compared: EventsCompared, index: FactIndex): Query {
  // ("what did Stoltenberg do between Geneva and Vienna?": what someone did there asks no event of its own)
  const ownEvent =
    compared.shared.events.length > 0 || (query.kind === 'what' && compared.shared.actors.length > 0);
  if (!ownEvent || query.kind === 'how-long' || query.kind === 'how-many') return query;
  const { shared, sides } = compared;
  const naming = new Set(sides.flatMap((side) => side.actors).filter((id) => !shared.actors.includes(id)));
  // (each end found by what it names alone, whatever part the question gave its people: "between the Brussels
  // meeting and…" is not Putin's meeting, and « entre les deux appels de Macron » are his calls either way)
  const endsOnly: Query = {
    ...query,
    actors: query.actors.map((actor) => (naming.has(actor.id) ? { ...actor, role: 'any' } : actor)),
  };
  const bare = { ...compared, shared: { ...shared, actors: [], events: [] } };
  const ends = stretchEnds(...eventsOfEachSide(endsOnly, bare, index));
  if (!ends) return query;
  const [start, end] = ends.map((fact) => fact.date!) as [DateRange, DateRange];
  if (start.end + 1 > end.start - 1) return query;
  // (the ends' own words are no topic of what lies between: "Johnson's call")
  const sideWords = new Set([...query.incidentalTopics, ...sides.flatMap((side) => side.nouns)]);
  return {
    ...query,
    compared: null,
    topics: query.topics.filter((topic) => !sideWords.has(topic)),
    actors: query.actors.filter((actor) => !naming.has(actor.id)),
    date: dateQuery(start.end + 1, end.start - 1, 'month', `between ${start.label} and ${end.label}`, {
      within: true,
    }),
  };
}

/**
 * "The week of talks", "the week of the Geneva talks": the Monday-to-Sunday week of the first such event (of
 * those named) the articles date to the day.
 */
function datedByWeek(query: Query, { event, actors }: NonNullable<Query['weekOf']>, index: FactIndex): Query {
  const named = actors.map((id) => ({ id, role: 'any' as const, text: id }));
  const bare: Query = { ...query, kind: 'what', actors: named, events: [event], topics: [], weekOf: null };
  const days = answersTo(bare, index)
    .map((scored) => scored.indexed.fact.date)
    .filter((date) => date?.precision === 'day')
    .map((date) => date!.start);
  if (days.length === 0) return { ...query, weekOf: null };
  const first = Math.min(...days);
  const day = formatDay(first);
  const week = weekAround(dateQuery(first, first, 'day', day));
  const label = `the week of the ${EVENT_PLURALS.get(event) ?? 'events'} (${day})`;
  return { ...query, weekOf: null, date: dateQuery(week.start, week.end, week.precision, label) };
}
const EVENT_PLURALS = new Map([
  ['meet', 'talks'],
  ['talk', 'talks'],
  ['discuss', 'talks'],
  ['call', 'calls'],
]);

/** The first and last day at a distance from a day, on its side. */
export function daysAtDistance(distance: Distance, day: number, after: boolean): [number, number] {
  const sign = after ? 1 : -1;
  if (distance.unit === 'weekday') {
    let next = day + sign;
    while (weekdayOf(next) !== distance.weekday) next += sign;
    return [next, next];
  }
  if (distance.unit === 'day') return [day + sign * distance.count, day + sign * distance.count];
  const near = day + sign * (7 * (distance.count - 1) + 1);
  const far = day + sign * 7 * distance.count;
  return after ? [near, far] : [far, near];
}

/** A distance of none: "the day Johnson went to Kyiv", "the same day as the Council". */
export function isSameDay(distance: Distance): boolean {
  return distance.unit === 'day' && distance.count === 0;
}

/** "The day", "2 days", "the Wednesday": how far, as the answer says it. */
export function distanceLabel(distance: Distance): string {
  if (distance.unit === 'weekday') return `the ${WEEKDAY_NAMES[distance.weekday]}`;
  if (distance.count === 0) return 'the same day';
  if (distance.count === 1) return `the ${distance.unit}`;
  return `${distance.count} ${distance.unit}s`;
}

/** "13 January 2022", or "13 January 2022 – 19 January 2022" for a stretch of days. */
export function formatDays(start: number, end: number): string {
  return start === end ? formatDay(start) : `${formatDay(start)} – ${formatDay(end)}`;
}
