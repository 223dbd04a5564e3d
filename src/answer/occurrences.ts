/** "How many times…?": counting the calls or meetings the articles report, one per day. */
import type { Fact, KnowledgeBase } from '../knowledge/model.ts';
import type { Query } from '../nlp/query.ts';
import type { Answer, Answered, Refused } from './answer.ts';
import { factLines, listNames, SCOPE } from './compose.ts';
import type { FactIndex } from './fact-index.ts';
import { answersTo } from './match.ts';
import { primaryTypeOf } from './score-fact.ts';
import { byDate } from './timeline.ts';
import { capitalise } from '../text/capitalise.ts';

/**
 * "How many times did Putin and Macron speak?", "how many calls did Putin have with Macron?": the count of
 * calls or meetings, not a figure one of them reports.
 */
export function countsOccurrences(query: Query): boolean {
  if (query.kind !== 'how-many' || query.events.length === 0 || query.counted === null) return false;
  const occurrence = OCCURRENCES.has(primaryTypeOf(query.events[0]) ?? '');
  return query.counted === 'time' || (occurrence && query.eventStems.includes(query.counted));
}
const OCCURRENCES = new Set(['phone-call', 'meeting']);

/** "How many times did Macron call Putin?": the events of that kind the articles report, one per day. */
export function timesItHappened(
  query: Query,
  index: FactIndex,
  answered: Answered,
  refused: Refused,
): Answer {
  const facts = daysItHappened(query, index);
  if (facts.length === 0) return refused('no-such-event', `The articles report no such event. ${SCOPE}`);
  // "how many times" → "Twice"; "how many calls" → "Two"
  const times =
    query.counted === 'time'
      ? (['Once', 'Twice'][facts.length - 1] ?? `${facts.length} times`)
      : (['One', 'Two', 'Three'][facts.length - 1] ?? String(facts.length));
  return answered(`${times} in the articles:\n${factLines(facts)}`, facts, 1);
}

/** The events of the kind asked about that answer the question, one a day, in order. */
function daysItHappened(query: Query, index: FactIndex): Fact[] {
  const primary = primaryTypeOf(query.events[0]);
  const byDay = new Map<number, Fact>();
  for (const scored of answersTo({ ...query, kind: 'what', counted: null }, index)) {
    const { fact } = scored.indexed;
    if (fact.type === primary && fact.date && !byDay.has(fact.date.start)) byDay.set(fact.date.start, fact);
  }
  return [...byDay.values()].sort(byDate);
}

/**
 * "How many leaders did Putin talk to on the phone?", "how many people called Putin?": the people on the calls
 * the question is about, besides those it names. Only calls: a meeting's people are more than the articles
 * name. Null when no call answers it.
 */
export function peopleOnTheCalls(
  query: Query,
  index: FactIndex,
  knowledge: KnowledgeBase,
  answered: Answered,
): Answer | null {
  if (query.kind !== 'how-many' || !PEOPLE.has(query.counted ?? '') || query.events.length === 0) return null;
  const topics = query.topics.filter((stem) => stem !== query.counted);
  const calls = answersTo({ ...query, kind: 'what', counted: null, topics }, index)
    .map((scored) => scored.indexed.fact)
    .filter((fact) => fact.type === 'phone-call')
    .sort(byDate);
  const named = new Set(query.actors.map((actor) => actor.id));
  const people = [...new Set(calls.flatMap((fact) => [...fact.by, ...fact.to]))].filter(
    (id) => !named.has(id) && knowledge.entities.get(id)?.kind === 'person',
  );
  if (people.length === 0) return null;
  const count = ['One', 'Two', 'Three', 'Four'][people.length - 1] ?? String(people.length);
  return answered(`${count}: ${listNames(people, knowledge)}.\n${factLines(calls)}`, calls, 1);
}
const PEOPLE = new Set(['leader', 'peopl', 'person', 'president', 'politician', 'head']);

/** "Who called Putin more often, Macron or Johnson?": each one's events counted, most first. */
export function whoMoreOften(
  query: Query,
  index: FactIndex,
  knowledge: KnowledgeBase,
  answered: Answered,
  refused: Refused,
): Answer {
  const counts = query.moreOften
    .map((id) => ({
      name: knowledge.entities.get(id)?.name.en ?? id,
      facts: daysItHappened({ ...query, actors: [...query.actors, { id, role: 'any', text: id }] }, index),
    }))
    .sort((a, b) => b.facts.length - a.facts.length);
  const [most, next] = counts;
  if (!most || !next || most.facts.length === 0)
    return refused('no-such-event', `The articles report no such event for either. ${SCOPE}`);
  const times = (n: number) => ['never', 'once', 'twice'][n] ?? `${n} times`;
  const verdict =
    most.facts.length === next.facts.length
      ? `As often: ${counts.map((c) => `${c.name} ${times(c.facts.length)}`).join(', ')}.`
      : `${capitalise(most.name)}: ${times(most.facts.length)}, against ${times(next.facts.length)} for ${next.name}.`;
  const facts = counts.flatMap((c) => c.facts).sort(byDate);
  return answered(`${verdict}\n${factLines(facts)}`, facts, 1);
}
