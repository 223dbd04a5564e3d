/**
 * "What came out of the call on 31 January?": an event's outcome is what its parties agreed or refused
 * there and then, which the articles report as facts of their own beside the call or meeting itself.
 */
import type { Fact } from '../knowledge/model.ts';
import { MAX_FACTS } from './compose.ts';
import type { FactIndex } from './fact-index.ts';

const EVENTS = new Set(['phone-call', 'meeting']);
const OUTCOMES = new Set(['agreement', 'rejection']);

/** The facts chosen, each call or meeting among them followed by its outcomes ("what came of Macron's calls?"). */
export function withOutcomes(chosen: Fact[], index: FactIndex): Fact[] {
  return [...new Set(chosen.flatMap((fact) => [fact, ...outcomesOf(fact, index)]))].slice(0, MAX_FACTS);
}

/** What the parties of a call or meeting agreed or refused that day, most salient first. */
function outcomesOf(event: Fact, index: FactIndex): Fact[] {
  if (!EVENTS.has(event.type) || event.date?.precision !== 'day') return [];
  const parties = new Set([...event.by, ...event.to]);
  return index.facts
    .filter(
      ({ fact }) =>
        OUTCOMES.has(fact.type) &&
        fact.date?.precision === 'day' &&
        fact.date.start === event.date!.start &&
        [...fact.by, ...fact.to].some((id) => parties.has(id)),
    )
    .sort((a, b) => b.salience - a.salience)
    .map(({ fact }) => fact);
}
