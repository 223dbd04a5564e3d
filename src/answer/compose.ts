/**
 * Writes answers in English from the facts chosen: the curated statements (which already carry their
 * attribution), led by what the question asked for — the date, the place, the figure — and one or two
 * verbatim quotes per fact.
 */
import { WEEKDAY_NAMES, weekdayOf } from '../knowledge/dates.ts';
import type { DateRange, Fact, KnowledgeBase, Source } from '../knowledge/model.ts';
import { EVENT_CONCEPTS } from '../nlp/lexicon.ts';
import type { DateQuery, Query } from '../nlp/query.ts';
import type { Citation } from './answer.ts';

/** How many facts an answer gives, or a refusal points to. */
export const MAX_FACTS = 3;

export const SCOPE =
  "My sources cover the Russia–NATO diplomacy over Ukraine of January–February 2022: the Geneva talks and the NATO–Russia Council in Brussels (10–13 January 2022), the written US and NATO proposals, Russia's demands, and Putin's calls with Macron and Johnson (31 January – 3 February 2022).";

export const EXAMPLES =
  'Try “who called Putin on 3 February?”, “what did NATO offer?” or “qu’a demandé la Russie ?”.';

export const MAX_CITATIONS = 3;

/**
 * "on Thursday 3 February 2022", "in December 2021", "on Wednesday 12 January 2022 (the articles say
 * « mercredi »)": a single day is said with its weekday, which "what day of the week…?" asks for.
 */
export function whenPhrase(date: DateRange): string {
  switch (date.precision) {
    case 'day': {
      const day = withWeekday(date);
      return date.basis === 'identified' ? `on ${day} (the articles say « ${date.text} »)` : `on ${day}`;
    }
    case 'week':
      return `in ${date.label} (« ${date.text} »)`;
    case 'month':
    case 'year':
      return date.custom ? date.label : `in ${date.label}`;
    case 'period':
      return date.label;
  }
}

function withWeekday(date: DateRange): string {
  const weekday = WEEKDAY_NAMES[weekdayOf(date.start)]!;
  return date.label.startsWith(weekday) ? date.label : `${weekday} ${date.label}`;
}

export function quantityPhrase(fact: Fact): string {
  const quantity = fact.quantity!;
  const value = quantity.unit === 'year' ? String(quantity.value) : quantity.value.toLocaleString('en-GB');
  return [quantity.qualifier, value, quantity.unit === 'year' ? '' : quantity.unit].filter(Boolean).join(' ');
}

/** The statement's first sentence, short enough for one line of a list. */
export function headline(fact: Fact, max = 220): string {
  const first = /^(.+?[.!?])(\s|$)/.exec(fact.statement)?.[1] ?? fact.statement;
  return first.length <= max ? first : `${first.slice(0, max - 1).trimEnd()}…`;
}

/** Where it happened: "in Brussels"; for words with no place, where they appeared ("in El País", "on his blog"). */
export function wherePhrase(knowledge: KnowledgeBase, fact: Fact): string {
  if (!fact.place && fact.medium) return fact.medium;
  const where = fact.place ?? fact.by.find((id) => knowledge.entities.get(id)?.kind === 'media');
  return where ? `in ${knowledge.entities.get(where)?.name.en ?? where}` : '';
}

/** Each fact's evidence as citations, built once: facts never change while the bot runs. */
const CITATIONS = new WeakMap<Fact, Citation[]>();

function evidenceCitations(fact: Fact, knowledge: KnowledgeBase): Citation[] {
  let citations = CITATIONS.get(fact);
  if (!citations) {
    citations = fact.evidence.map((evidence) => {
      const source = knowledge.sources.get(evidence.sourceId)!;
      return {
        source: source.id,
        title: source.title,
        outlet: source.outlet,
        published: source.published.label,
        quote: evidence.quote,
        factId: fact.id,
      };
    });
    CITATIONS.set(fact, citations);
  }
  return citations;
}

/**
 * One quote per fact, a second from another article when there is room; three at most in all. `preferred`:
 * the articles a question is kept to; `answering`: for a who-question, the actors it names — the quote that
 * names someone else of the fact (the person the answer gives) is the one that says it.
 */
export function citationsFor(
  facts: Fact[],
  knowledge: KnowledgeBase,
  preferred: readonly string[] | null = null,
  answering: readonly string[] | null = null,
): Citation[] {
  const citations: Citation[] = [];
  // (two facts of one sentence, "the target since 2014" and "the war with separatists", quote it once: the
  // second gives another of its quotes if it has one)
  const cited = (citation: Citation) =>
    citations.some((other) => other.source === citation.source && other.quote === citation.quote);
  const cite = (fact: Fact, index: number) => {
    const own = evidenceCitations(fact, knowledge);
    const citation = [own[index]!, ...own].find((candidate) => !cited(candidate));
    if (citation) citations.push(citation);
  };
  // "What does the Politico article say…": each fact quoted from that article where it can be
  const first = (fact: Fact) =>
    preferred
      ? Math.max(
          0,
          fact.evidence.findIndex((e) => preferred.includes(e.sourceId)),
        )
      : answering
        ? Math.max(0, quoteNamingOthers(fact, answering, knowledge))
        : 0;
  for (const fact of facts.slice(0, MAX_CITATIONS)) cite(fact, first(fact));
  if (preferred) return citations;
  for (const fact of facts) {
    if (citations.length >= MAX_CITATIONS) break;
    const other = fact.evidence.findIndex((e) => e.sourceId !== fact.evidence[0]!.sourceId);
    if (other > 0 && facts.length < MAX_CITATIONS) cite(fact, other);
  }
  return citations;
}

/** The first of a fact's quotes that names one of its people the question did not ("Grouchko"), or -1. */
function quoteNamingOthers(fact: Fact, asked: readonly string[], knowledge: KnowledgeBase): number {
  const others = [...fact.by, ...fact.to, ...fact.accordingTo]
    .filter((id) => !asked.includes(id))
    .map((id) => knowledge.entities.get(id))
    .filter((entity) => entity?.kind === 'person');
  if (others.length === 0) return -1;
  const names = others.flatMap((entity) => [entity!.name.fr, entity!.name.en].map(surname));
  return fact.evidence.findIndex((evidence) => names.some((name) => evidence.quote.includes(name)));
}
const surname = (name: string) => name.slice(name.lastIndexOf(' ') + 1);

/** "Vladimir Putin and Emmanuel Macron" */
export function listNames(ids: string[], knowledge: KnowledgeBase): string {
  const names = ids.map((id) => knowledge.entities.get(id)?.name.en ?? id);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * An article as an answer names it: “title” — outlet, date (or that it names no outlet, and the agency it is
 * written with: « Avec l'Agence France-Presse »).
 */
export function articleLabel(source: Source, knowledge: KnowledgeBase): string {
  const agencies = source.credited.map((id) => knowledge.entities.get(id)!.name.en);
  const outlet =
    source.outlet ??
    (agencies.length > 0 ? `outlet not named, with ${agencies.join(' and ')}` : 'outlet not named');
  return `“${source.title}” — ${outlet}, ${source.published.label}`;
}

/** A bulleted line per source: outlet, date, title. */
export function sourceLines(knowledge: KnowledgeBase): string {
  return [...knowledge.sources.values()]
    .map((source) => `• ${source.outlet ?? 'Outlet not named'} · ${source.published.label} — ${source.title}`)
    .join('\n');
}

/** A bulleted line per fact, dated where the fact is: for lists, timelines and pointers. */
export function factLines(facts: Fact[]): string {
  return facts.map((fact) => `• ${fact.date ? `${fact.date.label} — ` : ''}${headline(fact)}`).join('\n');
}

/** What each event concept is called in a sentence: "the articles report no phone call…". */
const EVENT_NOUNS = new Map(EVENT_CONCEPTS.map((concept) => [concept.name, concept.noun]));

/** The event a question asks about, with its actors: "phone call involving Emmanuel Macron and Vladimir Putin". */
export function askedEvent(query: Query, knowledge: KnowledgeBase, withComplement = false): string {
  const complement = withComplement && query.complement;
  return eventInvolving(
    query.events,
    query.actors.map((actor) => actor.id),
    knowledge,
    complement ? (query.spelled[complement] ?? complement) : undefined,
  );
}

/**
 * "phone call involving Emmanuel Macron and Vladimir Putin", "agreement to meet involving…": what a refusal
 * says was not reported.
 */
export function eventInvolving(
  events: string[],
  actorIds: string[],
  knowledge: KnowledgeBase,
  complement?: string,
): string {
  const noun = `${EVENT_NOUNS.get(events[0] ?? '') ?? 'event'}${complement ? ` to ${complement}` : ''}`;
  return actorIds.length > 0 ? `${noun} involving ${listNames(actorIds, knowledge)}` : noun;
}

/** "on 3 February 2022", "on a Monday", "over 10–13 January 2022", "in February 2022", "after 2 February 2022". */
export function datePhrase(date: DateQuery): string {
  if (/^(after|before|since|between|from|until)\b/.test(date.label)) return date.label;
  if (date.precision === 'weekday') return `on a ${date.label}`;
  if (date.precision === 'day' || date.precision === 'monthday') return `on ${date.label}`;
  return date.label.includes('–') ? `over ${date.label}` : `in ${date.label}`;
}
