/**
 * "Who called Putin after Johnson?": the anchor's own part in the event asked about (Johnson's call with
 * Putin, 2 February) dates the question, which is then asked of what came after (or before) that day.
 */
import { PERIOD } from '../nlp/dates.ts';
import type { Query } from '../nlp/query.ts';
import type { FactIndex } from './fact-index.ts';
import { answersTo } from './match.ts';

export function datedByAnchor(query: Query, index: FactIndex): Query {
  const { anchor } = query;
  if (!anchor) return query;
  const anchorActor = { id: anchor.actor, role: 'any' as const, text: anchor.actor };
  // "What did the Kremlin say after Macron's call?": Macron's call, whoever else spoke of it; "talks before
  // Brussels": the talks held there, whoever held them; "after the Council": its meeting
  const anchorKind = index.entities.get(anchor.actor)?.kind;
  const event =
    anchor.event ??
    (anchorKind === 'place' ? query.events[0] : anchorKind === 'institution' ? 'meet' : undefined);
  const withAnchor: Query = event
    ? { ...query, kind: 'what', actors: [anchorActor], events: [event], eventStems: [], anchor: null }
    : { ...query, kind: 'what', actors: [...query.actors, anchorActor], anchor: null };
  const fact = answersTo(withAnchor, index).find((scored) => scored.indexed.fact.date)?.indexed.fact;
  // No dated event of the anchor's to go by: the question is asked as if it had not named one.
  if (!fact?.date) return { ...query, anchor: null };
  const { date } = fact;
  // The same day counts ("what did the Kremlin say after Macron's call?": that evening), the anchor itself not,
  // nor any other fact reporting it ("the first meeting of the Council in two years").
  const after = anchor.relation === 'after';
  const sameEvent = index.facts
    .map((indexed) => indexed.fact)
    .filter(
      (other) => other.type === fact.type && other.place === fact.place && other.date?.start === date.start,
    );
  return {
    ...query,
    anchor: null,
    exclude: [...query.exclude, ...sameEvent.map((other) => other.id)],
    date: after
      ? { start: date.start, end: PERIOD.end + 365, precision: 'month', label: `after ${date.label}` }
      : { start: PERIOD.start - 3650, end: date.end, precision: 'month', label: `before ${date.label}` },
  };
}
