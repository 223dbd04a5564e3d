/** "How many times…?": counting the calls or meetings the articles report, one per day. */
import type { Fact } from '../knowledge/model.ts';
import type { Query } from '../nlp/query.ts';
import type { Answer, Answered, Refused } from './answer.ts';
import { factLines, SCOPE } from './compose.ts';
import type { FactIndex } from './fact-index.ts';
import { answersTo } from './match.ts';
import { primaryTypeOf } from './score-fact.ts';
import { byDate } from './timeline.ts';

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
  const primary = primaryTypeOf(query.events[0]);
  const byDay = new Map<number, Fact>();
  for (const scored of answersTo({ ...query, kind: 'what', counted: null }, index)) {
    const { fact } = scored.indexed;
    if (fact.type === primary && fact.date && !byDay.has(fact.date.start)) byDay.set(fact.date.start, fact);
  }
  const facts = [...byDay.values()].sort(byDate);
  if (facts.length === 0) return refused('no-such-event', `The articles report no such event. ${SCOPE}`);
  // "how many times" → "Twice"; "how many calls" → "Two"
  const times =
    query.counted === 'time'
      ? (['Once', 'Twice'][facts.length - 1] ?? `${facts.length} times`)
      : (['One', 'Two', 'Three'][facts.length - 1] ?? String(facts.length));
  return answered(`${times} in the articles:\n${factLines(facts)}`, facts, 1);
}
