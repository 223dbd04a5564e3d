/**
 * Scores the facts that could answer a parsed question, and ranks them. Actors, the event and the date
 * are constraints: a fact that misses one is not an answer, only a pointer. How one fact is scored is
 * in score-fact.ts.
 */
import { fitsDateAsked } from '../knowledge/dates.ts';
import type { Fact } from '../knowledge/model.ts';
import { MAX_FACTS } from './compose.ts';
import { isNegatedVerb } from '../nlp/events.ts';
import { EVENT_CONCEPTS, TYPES_BY_CONCEPT, WORD_EXTRA_TYPES } from '../nlp/lexicon.ts';
import type { Query } from '../nlp/query.ts';
import { ofAcceptedType, reportedIn, type FactIndex, type IndexedFact } from './fact-index.ts';
import {
  anchoredQuery,
  assertedBy,
  countsWhatIsAsked,
  daysHeld,
  negatesTheVerb,
  planScoring,
  scoreFact,
  type Scored,
} from './score-fact.ts';

export type { Failure, Scored } from './score-fact.ts';

export const ANSWER_THRESHOLD = 0.6;
/** Facts this close to the best are as good an answer and are given with it. */
const TIE_MARGIN = 0.1;

/** Those of the ranked facts about as good as the first. */
export function tiedWithBest(ranked: Scored[]): Scored[] {
  const best = ranked[0]?.confidence ?? 0;
  return ranked.filter((scored) => scored.confidence >= best - TIE_MARGIN);
}

/** A word no fact contains weighs as much as an actor: "weather" must not be shrugged off. */
const UNSEEN_TOPIC_WEIGHT = 2.5;
/**
 * How much a manner word ("flatly deny") counts beside a topic word: a fact that says so fits better, one
 * that words it otherwise ("categorically denies") not much worse.
 */
const MANNER_SHARE = 0.5;

const HAPPENED_AS = new Map(
  EVENT_CONCEPTS.map((concept) => [concept.name, concept.happenedAs ?? concept.types]),
);
/** Kinds of question that take the event for granted and ask who did it, when or where. */
const PRESUPPOSING = new Set(['who', 'when', 'where', 'how-long']);

/** Memoised by the events asked about: a question names one or two of a few dozen concepts. */
const ACCEPTED_TYPES = new Map<string, ReadonlySet<string>>();

/**
 * The kinds of fact that can answer for the events asked about; `happened`: only those that report the
 * event as done ("when did Russia attack Kyiv?" is not answered by a warning against an attack).
 */
export function acceptedTypes(
  events: readonly string[],
  happened = false,
  eventStems: readonly string[] = [],
): ReadonlySet<string> {
  const key = `${happened ? '!' : ''}${events.join(' ')}|${eventStems.join(' ')}`;
  let accepted = ACCEPTED_TYPES.get(key);
  if (accepted === undefined) {
    const types = happened ? HAPPENED_AS : TYPES_BY_CONCEPT;
    accepted = new Set([
      ...events.flatMap((event) => types.get(event) ?? []),
      ...events.flatMap((event) =>
        eventStems.flatMap((stem) => WORD_EXTRA_TYPES.get(`${event} ${stem}`) ?? []),
      ),
    ]);
    ACCEPTED_TYPES.set(key, accepted);
  }
  return accepted;
}

export function topicWeight(index: FactIndex, stem: string): number {
  const frequency = index.documentFrequency(stem);
  // (a negated verb no fact negates rules nothing out: "which body had not met…?" is answered by its meeting)
  if (frequency === 0) return isNegatedVerb(stem) ? 0 : UNSEEN_TOPIC_WEIGHT;
  return Math.min(2, Math.max(0.5, Math.log(index.facts.length / frequency)));
}

export function scoreFacts(query: Query, index: FactIndex): Scored[] {
  const accepted = acceptedTypes(query.events, PRESUPPOSING.has(query.kind), query.eventStems);
  const plan = planScoring(
    query,
    accepted,
    query.topics.map(
      (stem) => topicWeight(index, stem) * (query.mannerTopics?.includes(stem) ? MANNER_SHARE : 1),
    ),
  );
  return candidates(query, index, accepted).map((indexed) => scoreFact(plan, indexed));
}

/**
 * The facts worth scoring: those that can pass the question's hard constraints. A fact that does not
 * involve every actor asked about, is not of the kind of event asked about, or misses the date, fails
 * anyway; looking only at the rest keeps an answer well under a millisecond.
 */
function candidates(query: Query, index: FactIndex, accepted: ReadonlySet<string>): IndexedFact[] {
  let pool = index.facts;
  if (query.actors.length > 0) {
    const lists = query.actors.map((actor) => index.byEntity.get(actor.id) ?? []);
    pool = lists.reduce((a, b) => (b.length < a.length ? b : a));
  }
  // Why-questions and yes/no questions may be answered by another kind of event (see scoreFact).
  if (accepted.size > 0 && query.kind !== 'why' && query.kind !== 'yes-no') {
    const said = query.events.includes('say');
    const whoSaid = said && query.kind === 'who';
    pool = pool.filter(
      (indexed) =>
        ofAcceptedType(indexed.fact, accepted, query.kind) ||
        countsWhatIsAsked(query, indexed) ||
        negatesTheVerb(query, indexed) ||
        (said && query.actors.some((actor) => assertedBy(indexed, actor.id))) ||
        (whoSaid && indexed.fact.accordingTo.length > 0),
    );
  }
  // With nothing to anchor it but topic words, a fact must share one (see scoreFact): look only at those.
  // (a negated verb is no such word: it rules nothing out, see weighTopics)
  const sharedTopics = query.topics.filter((stem) => !isNegatedVerb(stem));
  if (
    query.actors.length === 0 &&
    !anchoredQuery(query) &&
    sharedTopics.length > 0 &&
    query.kind !== 'what-happened'
  ) {
    const withTopic = new Set(sharedTopics.flatMap((stem) => index.byStem.get(stem) ?? []));
    pool = pool.filter((indexed) => withTopic.has(indexed));
  }
  const articles = query.inArticles;
  if (articles) pool = pool.filter(({ fact }) => reportedIn(fact, articles));
  const date = query.date;
  if (date && !date.bareYear)
    pool = pool.filter((indexed) => {
      const days = daysHeld(query, indexed);
      return days !== null && fitsDateAsked(days, date);
    });
  return pool;
}

/** The facts that answer a question (or a variant of it), best first. */
export function answersTo(query: Query, index: FactIndex): Scored[] {
  return rank(passing(scoreFacts(query, index)));
}

/** The few best of them, as facts: an answer's, or a refusal's pointers. */
export function bestFacts(scored: Scored[]): Fact[] {
  return scored.slice(0, MAX_FACTS).map((one) => one.indexed.fact);
}

/** The facts that answer: no constraint missed, enough of the question carried. */
export function passing(ranked: Scored[]): Scored[] {
  return ranked.filter((scored) => scored.failures.length === 0 && scored.confidence >= ANSWER_THRESHOLD);
}

/**
 * Best first: confidence; then the event's first kind of fact; then roles exactly as asked; then the fact
 * that uses the question's own verb; then the one whose own words carry the topic; then salience; then file
 * order.
 */
export function rank(scored: Scored[]): Scored[] {
  return [...scored].sort(
    (a, b) =>
      b.confidence - a.confidence ||
      Number(b.primaryType) - Number(a.primaryType) ||
      b.rolesAsAsked - a.rolesAsAsked ||
      Number(b.namesVerb) - Number(a.namesVerb) ||
      Number(b.verbStated) - Number(a.verbStated) ||
      b.topicsStated - a.topicsStated ||
      b.indexed.salience - a.indexed.salience,
  );
}
