/**
 * Scores every fact against a parsed question. Actors, the event and the date are constraints: a fact
 * that misses one is not an answer, only a pointer. Topic words add weight by rarity. Confidence is the
 * share of the question's weight a fact carries.
 */
import { overlaps, weekdayOf } from '../knowledge/dates.ts';
import { EVENT_CONCEPTS } from '../nlp/lexicon.ts';
import type { Query } from '../nlp/query.ts';
import {
  involvement,
  onlyThroughWhole,
  SYMMETRIC_TYPES,
  type FactIndex,
  type IndexedFact,
} from './fact-index.ts';

export const ANSWER_THRESHOLD = 0.6;

const WEIGHT = { actor: 3, event: 3, date: 3, reason: 3 } as const;
/** A word no fact contains weighs as much as an actor: "weather" must not be shrugged off. */
const UNSEEN_TOPIC_WEIGHT = 2.5;

export type Failure =
  | { kind: 'actor'; id: string }
  | { kind: 'event' }
  | { kind: 'topic' }
  | { kind: 'roles' }
  | { kind: 'date' }
  | { kind: 'no-date' }
  | { kind: 'no-place' }
  | { kind: 'no-quantity' };

export interface Scored {
  indexed: IndexedFact;
  confidence: number;
  failures: Failure[];
  /** Every actor asked about is a doer or recipient of the fact, not merely related to it. */
  direct: boolean;
  /** The fact's date only overlaps the day asked about (a week, a period). */
  approximateDate: boolean;
  /** The fact uses the very verb of the question ("regretted" for "what did Putin regret"). */
  namesVerb: boolean;
  /** Actors standing exactly in the role asked ("Putin told Johnson": Putin doer, Johnson recipient). */
  rolesAsAsked: number;
}

const ACTOR_KINDS = new Set(['person', 'country', 'organisation', 'group']);

const TYPES_BY_CONCEPT = new Map(EVENT_CONCEPTS.map((concept) => [concept.name, concept.types]));
/** Per concept, the stems a fact must mention (one list, any of it), when its types alone are too loose. */
const AGENT_SLOT = new Map(
  EVENT_CONCEPTS.filter((concept) => concept.agentSlot).map((concept) => [concept.name, concept.agentSlot!]),
);
const MUST_MENTION = new Map(
  EVENT_CONCEPTS.filter((concept) => concept.mustMention).map((concept) => [
    concept.name,
    [concept.mustMention!],
  ]),
);

export function acceptedTypes(events: string[]): Set<string> {
  return new Set(events.flatMap((event) => TYPES_BY_CONCEPT.get(event) ?? []));
}

export function topicWeight(index: FactIndex, stem: string): number {
  const frequency = index.documentFrequency(stem);
  if (frequency === 0) return UNSEEN_TOPIC_WEIGHT;
  return Math.min(2, Math.max(0.5, Math.log(index.facts.length / frequency)));
}

export function scoreFacts(query: Query, index: FactIndex): Scored[] {
  const accepted = acceptedTypes(query.events);
  const weights = query.topics.map((stem) => topicWeight(index, stem));
  return candidates(query, index, accepted).map((indexed) => scoreFact(query, indexed, accepted, weights));
}

/**
 * The facts worth scoring: those that can pass the question's hard constraints. A fact that does not
 * involve every actor asked about, is not of the kind of event asked about, or misses the date, fails
 * anyway; looking only at the rest keeps an answer well under a millisecond.
 */
function candidates(query: Query, index: FactIndex, accepted: Set<string>): IndexedFact[] {
  let pool = index.facts;
  if (query.actors.length > 0) {
    const lists = query.actors.map((actor) => index.byEntity.get(actor.id) ?? []);
    pool = lists.reduce((a, b) => (b.length < a.length ? b : a));
  }
  // Why-questions and yes/no questions may be answered by another kind of event (see scoreFact).
  if (accepted.size > 0 && query.kind !== 'why' && query.kind !== 'yes-no') {
    const said = query.events.includes('say');
    pool = pool.filter(
      (indexed) =>
        accepted.has(indexed.fact.type) ||
        (said && query.actors.some((actor) => assertedBy(indexed, actor.id))),
    );
  }
  // With nothing to anchor it but topic words, a fact must share one (see scoreFact): look only at those.
  if (
    query.actors.length === 0 &&
    !anchoredQuery(query) &&
    query.topics.length > 0 &&
    query.kind !== 'what-happened'
  ) {
    const withTopic = new Set(query.topics.flatMap((stem) => index.byStem.get(stem) ?? []));
    pool = pool.filter((indexed) => withTopic.has(indexed));
  }
  const date = query.date;
  if (date && !date.bareYear)
    pool = pool.filter((indexed) => indexed.fact.date !== null && overlaps(indexed.fact.date, date));
  return pool;
}

function scoreFact(
  query: Query,
  indexed: IndexedFact,
  accepted: Set<string>,
  topicWeights: number[],
): Scored {
  const { fact } = indexed;
  const failures: Failure[] = [];
  let got = 0;
  let max = 0;
  let direct = true;
  let reversedRoles = 0;
  let placedRoles = 0;
  let rolesAsAsked = 0;

  // A yes/no question about an event a fact names in its own words ("neither accepted nor rejected")
  // is answered by that fact, whatever its type; its roles are those of its own event, not the question's.
  // Only when the fact is about those very actors: "Stoltenberg called on Moscow" is no call to Putin.
  const namesEvent =
    query.kind === 'yes-no' &&
    query.eventStems.some((stem) => indexed.stems.has(stem)) &&
    query.actors.every((actor) => involvement(indexed, actor.id).level >= 0.9);

  for (const actor of query.actors) {
    max += WEIGHT.actor;
    const { level, slots } = involvement(indexed, actor.id);
    // Asked about Putin, what Russia did is an answer only to what Russia did: with an event named ("what did
    // Putin demand"), not for where Putin was born or when he was somewhere.
    const upwardOnly = onlyThroughWhole({ level, slots });
    // The one who acts must be a party to the fact (or assert it), not its setting: Ukraine says nothing in a
    // fact merely set in Kyiv. Places, institutions and documents are settings themselves: "when did the
    // NATO–Russia Council meet".
    const actsHere =
      slots.includes('by') ||
      slots.includes('to') ||
      slots.includes('according') ||
      !ACTOR_KINDS.has(actor.kind ?? 'person');
    if (
      level === 0 ||
      (upwardOnly && query.events.length === 0) ||
      (actor.role === 'agent' && !actsHere && query.events.length > 0 && query.kind !== 'why')
    ) {
      failures.push({ kind: 'actor', id: actor.id });
      continue;
    }
    if ((!slots.includes('by') && !slots.includes('to') && !slots.includes('place')) || level < 0.9)
      direct = false;
    // Roles matter when who did what to whom is not symmetric: "what did NATO offer" ≠ "what was NATO offered".
    const reversed =
      !SYMMETRIC_TYPES.has(fact.type) &&
      ((actor.role === 'agent' && slots.includes('to') && !slots.includes('by')) ||
        (actor.role === 'recipient' && slots.includes('by') && !slots.includes('to')));
    if (reversed) reversedRoles++;
    else if (actor.role !== 'any') placedRoles++;
    // Who did what to whom, exactly as asked, on a fact where it matters: ranks above a symmetric fact.
    if (
      !SYMMETRIC_TYPES.has(fact.type) &&
      ((actor.role === 'agent' && slots.includes('by')) ||
        (actor.role === 'recipient' && slots.includes('to')))
    )
      rolesAsAsked++;
    got += WEIGHT.actor * level * (reversed ? 0.6 : 1);
  }
  // For loose concepts, who would be doing it stands in a slot that depends on the kind of fact.
  const agentSlot = AGENT_SLOT.get(query.events[0] ?? '')?.[fact.type];
  if (agentSlot && query.kind !== 'why') {
    for (const actor of query.actors) {
      if (actor.role === 'agent' && !involvement(indexed, actor.id).slots.includes(agentSlot))
        failures.push({ kind: 'roles' });
    }
  }
  // A yes/no question turns on who did it to whom: "did Russia reject NATO's offer" is not "NATO rejected Russia's"
  // (for loose concepts the agent slots above decide instead).
  if (query.kind === 'yes-no' && reversedRoles > 0 && placedRoles === 0 && !namesEvent && !agentSlot)
    failures.push({ kind: 'roles' });

  // "Why were the talks convened?": the cause is rarely the same kind of event as the talks, so a
  // why-question's event sets the scene and scores nothing.
  if (query.events.length > 0 && query.kind !== 'why') {
    max += WEIGHT.event;
    // What an actor asserts is something it said, whatever the fact's own type: "what did the West say
    // about the troops" is answered by a deployment reported "according to Western countries".
    const saidBy =
      query.events.includes('say') && query.actors.some((actor) => assertedBy(indexed, actor.id));
    const aboutIt = (MUST_MENTION.get(query.events[0] ?? '') ?? []).every((stems) =>
      stems.some((s) => indexed.stems.has(s)),
    );
    if ((accepted.has(fact.type) && aboutIt) || saidBy) got += WEIGHT.event;
    else if (namesEvent) got += WEIGHT.event / 2;
    else failures.push({ kind: 'event' });
  }

  let approximateDate = false;
  if (query.date) {
    max += WEIGHT.date;
    const fit = dateFit(query, indexed);
    if (fit === 0) failures.push({ kind: 'date' });
    approximateDate = fit > 0 && fit < 1;
    // Listing a day's events, "since the end of 2021" is not an event of that day.
    if (approximateDate && (query.kind === 'what-happened' || query.kind === 'timeline'))
      failures.push({ kind: 'date' });
    got += WEIGHT.date * fit;
  }

  let topicsMatched = 0;
  for (let i = 0; i < query.topics.length; i++) {
    const weight = topicWeights[i]!;
    max += weight;
    if (indexed.stems.has(query.topics[i]!)) {
      got += weight;
      topicsMatched++;
    }
  }
  // With no event named, or no actor nor date to anchor it, the topic words are what is asked: a fact must
  // share at least one ("who did not accept the proposal" is not answered by an unrelated agreement).
  const anchored = anchoredQuery(query);
  // "When did the Cold War end?": with nothing but topic words to go on, a date, place or figure belongs
  // to the fact only if the fact is about all of them (not a meeting "born of the Cold War").
  const asksForDetail =
    query.kind === 'when' || query.kind === 'where' || query.kind === 'how-many' || query.kind === 'how-long';
  if (
    asksForDetail &&
    query.actors.length === 0 &&
    query.events.length === 0 &&
    topicsMatched < query.topics.length
  ) {
    failures.push({ kind: 'topic' });
  }
  if (query.topics.length > 0 && topicsMatched === 0 && !anchored && query.kind !== 'what-happened') {
    failures.push({ kind: 'topic' });
  }

  // The kind of question asks for something the fact must have.
  // A year ("the 1997 configuration") is a date, not a count.
  const counts = fact.quantity !== undefined && fact.quantity.unit !== 'year';
  const needs =
    query.kind === 'when'
      ? fact.date
        ? null
        : 'no-date'
      : query.kind === 'where'
        ? fact.place
          ? null
          : 'no-place'
        : query.kind === 'how-many' || query.kind === 'how-long'
          ? counts
            ? null
            : 'no-quantity'
          : null;
  if (needs) failures.push({ kind: needs });
  // "how many soldiers" is not answered by a count of hours.
  if (query.counted && fact.quantity && !indexed.stems.has(query.counted))
    failures.push({ kind: 'no-quantity' });
  if (query.kind === 'why') {
    max += WEIGHT.reason;
    if (indexed.givesReason) got += WEIGHT.reason;
  }
  // In a why-question, where the event is no constraint, a fact that names it fits better ("the meetings
  // were convened"). Elsewhere the verb only orders equally good facts (see rank).
  if (query.kind === 'why') {
    for (const stem of query.eventStems) {
      max += 1;
      if (indexed.stems.has(stem)) got += 1;
    }
  }
  const namesVerb = query.eventStems.some((stem) => indexed.stems.has(stem));
  if (query.exclude.includes(fact.id)) failures.push({ kind: 'topic' });
  if (query.kind === 'how-long' && fact.quantity && /hour|day|week|year|month/.test(fact.quantity.unit))
    got += 0.5;

  return {
    indexed,
    confidence: max === 0 ? 0 : Math.min(1, got / max),
    failures,
    direct,
    approximateDate,
    namesVerb,
    rolesAsAsked,
  };
}

function assertedBy(indexed: IndexedFact, entityId: string): boolean {
  return involvement(indexed, entityId).slots.includes('according');
}

/** 1 when the fact falls on the date asked about, 0.6 when it only overlaps it, 0 when it misses. */
function dateFit(query: Query, indexed: IndexedFact): number {
  const asked = query.date!;
  const date = indexed.fact.date;
  if (asked.bareYear && indexed.stems.has(asked.bareYear)) return 1; // "1997" the configuration, not the date
  if (!date) return 0;
  if (asked.precision === 'monthday') {
    return date.precision === 'day' &&
      new Date(date.start * 86_400_000).getUTCDate() === asked.monthDay &&
      overlaps(date, asked)
      ? 1
      : 0;
  }
  if (asked.precision === 'weekday') {
    return date.precision === 'day' && weekdayOf(date.start) === asked.weekday && overlaps(date, asked)
      ? 1
      : 0;
  }
  if (!overlaps(date, asked)) return 0;
  return date.start >= asked.start && date.end <= asked.end ? 1 : 0.6;
}

/** The facts that answer: no constraint missed, enough of the question carried. */
export function passing(ranked: Scored[]): Scored[] {
  return ranked.filter((scored) => scored.failures.length === 0 && scored.confidence >= ANSWER_THRESHOLD);
}

/** An event with an actor or a date: enough to answer on without any topic word. */
function anchoredQuery(query: Query): boolean {
  return query.events.length > 0 && (query.actors.length > 0 || query.date !== null);
}

/**
 * Best first: confidence; then roles exactly as asked; then the fact that uses the question's own verb;
 * then salience; then file order.
 */
export function rank(scored: Scored[]): Scored[] {
  return [...scored].sort(
    (a, b) =>
      b.confidence - a.confidence ||
      b.rolesAsAsked - a.rolesAsAsked ||
      Number(b.namesVerb) - Number(a.namesVerb) ||
      b.indexed.salience - a.indexed.salience,
  );
}
