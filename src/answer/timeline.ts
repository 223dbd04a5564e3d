/**
 * Timelines: the dated events, in order, that a question or the /timeline options select — by actor,
 * by date range, by topic. Facts dated only to a year or a vague period are background, not events.
 */
import type { Fact } from '../knowledge/model.ts';
import { interpretDate } from '../nlp/dates.ts';
import { dateQuery, type Query } from '../nlp/query.ts';
import type { QuestionParser } from '../nlp/parse.ts';
import { reportedIn, type FactIndex } from './fact-index.ts';
import { passing, scoreFacts } from './match.ts';

export interface TimelineFilter {
  /** An entity id, as the /timeline autocomplete offers them. */
  actor?: string;
  /** Dates as people type them: "31 January", "2022-01-10", "31/01". */
  from?: string;
  to?: string;
  /** Free words: "calls", "sanctions", "proposals". */
  topic?: string;
}

export function selectTimeline(query: Query, index: FactIndex): Fact[] {
  const isEvent = (fact: Fact) =>
    fact.date !== null && fact.date.precision !== 'year' && fact.date.precision !== 'period';
  const constrained =
    query.actors.length + query.events.length + query.topics.length > 0 || query.date !== null;
  const articles = query.inArticles;
  const selected = constrained
    ? passing(scoreFacts(query, index)).map((s) => s.indexed.fact)
    : index.facts.map((i) => i.fact).filter((fact) => !articles || reportedIn(fact, articles));
  return selected.filter(isEvent).sort(byDate);
}

/** Turns /timeline options into the query the selection runs on; problems are for the person who typed them. */
export function timelineQuery(
  filter: TimelineFilter,
  parse: QuestionParser,
  known: (id: string) => boolean,
): { query: Query; problems: string[] } {
  const problems: string[] = [];
  const base = parse(filter.topic?.trim() ? `timeline ${filter.topic}` : 'timeline');
  const actors = [...base.actors];
  if (filter.actor) {
    if (known(filter.actor)) actors.push({ id: filter.actor, role: 'any', text: filter.actor });
    else problems.push(`I don't know "${filter.actor}": pick one of the suggestions.`);
  }
  const from = filter.from ? interpretDate(filter.from.toLowerCase()) : null;
  const to = filter.to ? interpretDate(filter.to.toLowerCase()) : null;
  if (filter.from && !from) problems.push(`"${filter.from}" is not a date I can read (try "31 January").`);
  if (filter.to && !to) problems.push(`"${filter.to}" is not a date I can read (try "3 February").`);
  const date =
    from || to
      ? dateQuery(
          from?.start ?? Number.MIN_SAFE_INTEGER,
          to?.end ?? Number.MAX_SAFE_INTEGER,
          'month',
          [from?.label, to?.label].filter(Boolean).join(' – '),
        )
      : base.date;
  return { query: { ...base, kind: 'timeline', actors, date, unknown: [] }, problems };
}

/**
 * The nth fact by date (1 the first, -1 the last), or null when there are not that many. Events dated to the
 * day or month come before what held over weeks ("for several weeks before early February" is no first event).
 */
export function nthByDate(facts: Fact[], order: number): Fact | null {
  const precise = facts.filter((fact) => fact.date!.precision === 'day' || fact.date!.precision === 'month');
  const sorted = [...(precise.length > 0 ? precise : facts)].sort(byDate);
  return sorted[order > 0 ? order - 1 : sorted.length + order] ?? null;
}

/** Dated facts in calendar order, undated ones last. */
export function byDate(a: Fact, b: Fact): number {
  const start = (fact: Fact) => fact.date?.start ?? Number.MAX_SAFE_INTEGER;
  return start(a) - start(b) || (a.date?.end ?? 0) - (b.date?.end ?? 0);
}

/**
 * At most `limit` of the facts, in date order: when there are more, the first of each day in the order
 * given, then the second, and so on — so that "between 10 and 13 January" reaches Vienna on the 13th rather
 * than stopping at the statements of the 12th.
 */
export function spreadOverDays(ranked: Fact[], limit: number): Fact[] {
  if (ranked.length <= limit) return [...ranked].sort(byDate);
  const days = new Map<number, Fact[]>();
  for (const fact of ranked) {
    const day = fact.date?.start ?? Number.NaN;
    const queue = days.get(day);
    if (queue) queue.push(fact);
    else days.set(day, [fact]);
  }
  return inTurns([...days.values()])
    .slice(0, limit)
    .sort(byDate);
}

/** Every item of the queues, the first of each in turn, then the second of each, and so on. */
export function inTurns<T>(queues: readonly (readonly T[])[]): T[] {
  const rounds = Math.max(0, ...queues.map((queue) => queue.length));
  return Array.from({ length: rounds }, (_, round) => queues.flatMap((queue) => queue[round] ?? [])).flat();
}
