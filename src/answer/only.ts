/**
 * "Was Macron the only leader to call Putin?", "did Putin speak only to Macron?", "was Geneva the only meeting
 * that week?": no, if someone else did the same — the question asked again without the one named, who is
 * set aside — or did it beside them in the very fact ("the United States and NATO sent…"); otherwise yes, as
 * far as the articles report.
 */
import type { Fact, KnowledgeBase } from '../knowledge/model.ts';
import type { Query } from '../nlp/query.ts';
import { MAX_FACTS } from './compose.ts';
import type { FactIndex, IndexedFact } from './fact-index.ts';
import { passing, rank, scoreFacts, type Scored } from './match.ts';

const PAIRED = new Set(['phone-call', 'meeting']);

/** "No." with who else did it, or "yes, as far as the articles report" with what the one asked about did. */
export function aloneInIt(
  query: Query,
  alone: string,
  good: readonly Scored[],
  index: FactIndex,
  knowledge: KnowledgeBase,
): { text: string; facts: Fact[] } {
  // (what the one asked about did, or underwent, as asked: not the treaties Russia sent the US, asked
  // whether only the US sent Russia a reply)
  const role = query.actors.find((actor) => actor.id === alone)?.role;
  const slot = role === 'agent' ? 'by' : role === 'recipient' ? 'to' : undefined;
  const asAsked = good.filter((scored) => !slot || scored.indexed.slots.get(alone)?.includes(slot));
  const own = (asAsked.length > 0 ? asAsked : good).slice(0, MAX_FACTS).map((scored) => scored.indexed);
  const beside = own.filter((indexed) => sharedWith(indexed, alone, query, knowledge));
  const types = new Set(own.map((indexed) => indexed.fact.type));
  const isPlace = knowledge.entities.get(alone)?.kind === 'place';
  const rest: Query = {
    ...query,
    kind: 'what',
    only: null,
    actors: query.actors.filter((actor) => actor.id !== alone),
    setAside: { actors: [alone], settings: isPlace ? [alone] : [], types: [], stems: [] },
  };
  // (someone else's doing, without the one asked about in it at all)
  const others = rank(passing(scoreFacts(rest, index)))
    .filter((scored) => !scored.indexed.slots.has(alone) && types.has(scored.indexed.fact.type))
    .map((scored) => scored.indexed.fact);
  const ownFacts = own.map((indexed) => indexed.fact);
  const statements = (list: readonly Fact[]) => list.map((fact) => fact.statement).join(' ');
  if (beside.length + others.length === 0)
    return { text: `Yes, as far as the articles report: ${statements(ownFacts)}`, facts: ownFacts };
  const shown = beside.map((indexed) => indexed.fact);
  const facts = [...new Set([...shown, ...others, ownFacts[0]!])].slice(0, MAX_FACTS);
  return { text: `No. ${statements(facts)}`, facts };
}

/**
 * The fact names another in the part the one asked about plays ("Ukraine and Georgia", "the US and NATO") —
 * not a body they speak for ("Stoltenberg said NATO…"), nor one of its people, nor the other end of a call
 * or meeting, which the articles word as both speaking ("Putin and Macron spoke").
 */
function sharedWith(indexed: IndexedFact, alone: string, query: Query, knowledge: KnowledgeBase): boolean {
  const parts = indexed.slots.get(alone);
  if (!parts || PAIRED.has(indexed.fact.type)) return false;
  const entity = (id: string) => knowledge.entities.get(id);
  const isPlace = (id: string) => entity(id)?.kind === 'place';
  const related = (id: string) => entity(alone)?.lineage.has(id) || entity(id)?.lineage.has(alone);
  return [...indexed.slots].some(
    ([id, slots]) =>
      id !== alone &&
      !query.actors.some((actor) => actor.id === id) &&
      !related(id) &&
      isPlace(id) === isPlace(alone) &&
      slots.some((slot) => parts.includes(slot)),
  );
}
