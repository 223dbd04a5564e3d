/**
 * "What came out of the call on 31 January?": an event's outcome is what its parties agreed or refused
 * there and then, which the articles report as facts of their own beside the call or meeting itself.
 */
import type { Fact } from '../knowledge/model.ts';
import { MAX_FACTS } from './compose.ts';
import type { FactIndex } from './fact-index.ts';

const EVENTS = new Set(['phone-call', 'meeting']);
const OUTCOMES = new Set(['agreement', 'rejection']);

/** The facts chosen, with the outcomes of the first one (a call or meeting) right after it. */
export function withOutcomes(chosen: Fact[], index: FactIndex): Fact[] {
  const event = chosen[0];
  if (!event || !EVENTS.has(event.type) || event.date?.precision !== 'day') return chosen;
  const parties = new Set([...event.by, ...event.to]);
  const outcomes = index.facts
    .filter(
      ({ fact }) =>
        OUTCOMES.has(fact.type) &&
        fact.date?.precision === 'day' &&
        fact.date.start === event.date!.start &&
        [...fact.by, ...fact.to].some((id) => parties.has(id)),
    )
    .sort((a, b) => b.salience - a.salience)
    .map(({ fact }) => fact);
  return [...new Set([event, ...outcomes, ...chosen])].slice(0, MAX_FACTS);
}
