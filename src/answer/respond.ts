/**
 * Decides what to say to a parsed question: the facts that answer it, or — when none does — an
 * honest refusal that says what is missing and points to what the sources do report.
 */
import type { Fact, KnowledgeBase } from '../knowledge/model.ts';
import type { Query } from '../nlp/query.ts';
import type { Answer, Answered, RefusalReason, Refused } from './answer.ts';
import { explainMiss } from './explain-miss.ts';
import { identityAnswer, LEADING_STEMS } from './identity.ts';
import {
  capitalise,
  citationsFor,
  datePhrase,
  eventInvolving,
  EXAMPLES,
  factLines,
  listNames,
  MAX_FACTS,
  placeName,
  quantityPhrase,
  SCOPE,
  sourceLines,
  whenPhrase,
} from './compose.ts';
import { EVENT_CONCEPTS } from '../nlp/lexicon.ts';
import { involvement, onlyThroughWhole, type FactIndex } from './fact-index.ts';
import { ANSWER_THRESHOLD, passing, rank, scoreFacts, type Scored } from './match.ts';
import { primaryTypeOf } from './score-fact.ts';
import { byDate, selectTimeline } from './timeline.ts';
import { fold } from '../text/fold.ts';

const MAX_TIMELINE_LINES = 12;
/** Events listed for one day or span ("what happened on 2 February?"). */
const MAX_EVENTS_LISTED = 8;
/** Facts this close to the best are as good an answer and are given with it. */
const TIE_MARGIN = 0.1;

export function respond(query: Query, index: FactIndex, knowledge: KnowledgeBase): Answer {
  // Answers are built whole, in one shape: a spread of a base object and then more properties falls off
  // V8's fast path (5 µs an answer, measured), and one shape keeps every use of Answer monomorphic.
  const make = (
    answered: boolean,
    answer: string,
    facts: Fact[],
    confidence: number,
    related: Fact[],
    refusal?: RefusalReason,
  ): Answer => ({
    question: query.question,
    answered,
    answer,
    citations: citationsFor(facts, knowledge),
    kind: query.kind,
    events: query.events,
    actors: query.actors.map((actor) => actor.id),
    date: query.date?.label ?? null,
    factIds: facts.map((fact) => fact.id),
    related: related.map((fact) => fact.id),
    confidence: round(confidence),
    refusal,
  });
  const answered = (answer: string, facts: Fact[], confidence: number): Answer =>
    make(true, answer, facts, confidence, []);
  const refused = (refusal: RefusalReason, answer: string, related: Fact[] = []): Answer =>
    make(false, answer, [], 0, related, refusal);
  const pointers = (facts: Fact[]) =>
    facts.length > 0 ? `\nWhat they do report:\n${factLines([...facts].sort(byDate))}` : '';

  if (query.aboutTheBot) return refused('about-me', aboutMe(query.aboutTheBot, knowledge));

  const hasContent =
    query.actors.length + query.events.length + query.topics.length + query.unknown.length > 0 ||
    query.date !== null;
  if (!hasContent) {
    if (query.kind === 'timeline') return timelineAnswer(query, index, answered, refused);
    // "What was the last event reported?": the events of the first or last day the articles date.
    if (query.order === 1 || query.order === -1) return dayAtTheEnd(query.order, index, answered);
    return refused('empty', `I answer questions about one story. ${SCOPE} ${EXAMPLES}`);
  }

  if (query.unknown.length > 0) {
    const named = query.unknown.map((name) => `“${name.split(' ').map(capitalise).join(' ')}”`).join(', ');
    const close = rank(passing(scoreFacts({ ...query, unknown: [] }, index))).slice(0, MAX_FACTS);
    return refused(
      'unknown-name',
      `My sources never mention ${named}, so I can't answer that.${pointers(close.map((s) => s.indexed.fact))}`,
      close.map((s) => s.indexed.fact),
    );
  }

  // A thing asked about that no fact mentions ("vaccines", "tanks", "the weather") is not in the sources.
  // "Who chairs…" is not asking about chairs: a leading verb wink took for a noun is no such thing.
  const unseen = query.topics.filter(
    (stem) =>
      index.documentFrequency(stem) === 0 &&
      !LEADING_STEMS.has(stem) &&
      (query.topicNouns.includes(stem) || query.kind === 'yes-no') &&
      !query.topicEvents.includes(stem), // "end with a deal": an event, however the facts word it
  );
  if (unseen.length > 0) {
    // What they do report of the rest of the question: "did the Geneva talks succeed?" → the Geneva talks.
    const rest = { ...query, topics: query.topics.filter((stem) => !unseen.includes(stem)) };
    const close =
      query.actors.length + query.events.length > 0
        ? rank(passing(scoreFacts(rest, index)))
            .slice(0, MAX_FACTS)
            .map((scored) => scored.indexed.fact)
        : [];
    return refused(
      'unknown-topic',
      `My sources say nothing about ${unseen.map((stem) => `“${query.spelled[stem] ?? stem}”`).join(', ')}.${close.length > 0 ? pointers(close) : ` ${SCOPE}`}`,
      close,
    );
  }

  if (query.kind === 'timeline') return timelineAnswer(query, index, answered, refused);
  const identity = query.identity && identityAnswer(query, index, knowledge, answered, refused);
  if (identity) return identity;

  if (query.opinion) {
    return refused(
      'opinion',
      `I report what the articles say was done and said, and who said it; I don't judge it. ${SCOPE}`,
    );
  }
  // "Will there be a war?", "when will Russia withdraw?": the articles predate it. "What will NATO do if…"
  // is another matter: the articles report warnings of what would follow.
  // "What will Russia do next?" too; "what will NATO do if…" asks what the articles report would follow.
  if (
    query.future &&
    !query.conditional &&
    (query.kind === 'when' || query.kind === 'yes-no' || query.kind === 'what')
  ) {
    // What they do report may bear on it: "will Macron and Putin meet?" → they agreed to consider it.
    const bearing = rank(passing(scoreFacts({ ...query, future: false }, index)))
      .slice(0, MAX_FACTS)
      .map((scored) => scored.indexed.fact);
    return refused(
      'out-of-scope',
      `My sources end in early February 2022; they don't say what will happen.${bearing.length > 0 ? pointers(bearing) : ` ${SCOPE}`}`,
      bearing,
    );
  }

  const around = query.relativeTo && eventsAround(query, index, answered);
  if (around) return around;
  if (countsOccurrences(query)) return timesItHappened(query, index, answered, refused);

  // "Why did Putin invade Ukraine?": a why-question takes its event for granted; the articles must report it.
  const premise = query.kind === 'why' && query.events.length > 0 ? unreportedPremise(query, index) : [];
  if (premise.length > 0) {
    const what = eventInvolving(
      query.events,
      query.actors.map((actor) => actor.id),
      knowledge,
    );
    return refused(
      'no-such-event',
      `The articles report no ${what} to explain.${pointers(premise)}`,
      premise,
    );
  }

  const scored = scoreFacts(query, index);
  let good = rank(passing(scored));
  if (good.length === 0) {
    // "Did both Macron and Johnson call Putin?": no one fact has them all, but one each may.
    const each = eachInTurn(query, index);
    if (each.length > 0) {
      const facts = each.map((scored) => scored.indexed.fact);
      const text =
        query.kind === 'yes-no'
          ? `Yes, each of them: ${facts.map((fact) => fact.statement).join(' ')}`
          : writeAnswer(query, facts, each[0]!, knowledge);
      return answered(text, facts, Math.min(...each.map((scored) => scored.confidence)));
    }
  }
  if (query.kind === 'yes-no') {
    // "Did Putin meet Stoltenberg?": a meeting between NATO and Russia's delegation is not one with Putin.
    const close = good.filter((scored) =>
      query.actors.every((actor) => !onlyThroughWhole(involvement(scored.indexed, actor.id))),
    );
    if (close.length === 0 && good.length > 0) {
      const facts = good.slice(0, MAX_FACTS).map((scored) => scored.indexed.fact);
      const what = eventInvolving(
        query.events,
        query.actors.map((actor) => actor.id),
        knowledge,
      );
      return refused('no-such-event', `The articles report no ${what} as such.${pointers(facts)}`, facts);
    }
    good = close;
  }
  if (good.length === 0 && query.kind === 'yes-no') {
    // "Has NATO agreed to stop expanding?": no such agreement, but what the sources say of those actors on
    // that topic (a rejection) answers it. Only for facts about the very actors, sharing a topic word.
    const closeFacts = reportedInstead(query, index);
    if (closeFacts.length > 0) {
      return answered(
        `The articles don't report that as such. What they do report: ${closeFacts.map((f) => f.statement).join(' ')}`,
        closeFacts,
        ANSWER_THRESHOLD,
      );
    }
  }
  if (good.length === 0) {
    const mentioned = yearMentioned(query, index);
    if (mentioned.length > 0) {
      return answered(mentioned.map((fact) => fact.statement).join(' '), mentioned, ANSWER_THRESHOLD);
    }
    return explainMiss(query, scored, index, knowledge, refused, pointers);
  }

  // "Who was Russia's negotiator in Geneva?": a person is asked for; a fact naming none does not answer.
  const asksForPerson =
    query.kind === 'who' && [...query.topics, ...query.eventStems].some((stem) => PERSON_ROLES.has(stem));
  if (asksForPerson) {
    const asked = new Set(query.actors.map((actor) => actor.id));
    const namesSomeone = (fact: Fact) =>
      [...fact.by, ...fact.to, ...fact.accordingTo].some(
        (id) => !asked.has(id) && knowledge.entities.get(id)?.kind === 'person',
      );
    const withPerson = good.filter((scored) => namesSomeone(scored.indexed.fact));
    if (withPerson.length === 0) {
      const facts = good.slice(0, MAX_FACTS).map((scored) => scored.indexed.fact);
      return refused('out-of-scope', `The articles don't name that person.${pointers(facts)}`, facts);
    }
    good = withPerson;
  }

  // "Who chaired the Geneva talks?": only a fact that says who led or chaired it answers.
  const leading = query.kind === 'who' && query.events.length > 0 && query.topics.some(isLeadingVerb);
  if (leading && !good.some((scored) => [...LEADING_VERBS].some((stem) => scored.indexed.stems.has(stem)))) {
    const facts = good.slice(0, MAX_FACTS).map((scored) => scored.indexed.fact);
    return refused('out-of-scope', `The articles don't say who led or chaired it.${pointers(facts)}`, facts);
  }

  // A why-question is answered by the facts that give reasons, when any does.
  const reasons = query.kind === 'why' ? good.filter((scored) => scored.indexed.givesReason) : [];
  const pool = reasons.length > 0 ? reasons : good;
  const top = pool[0]!;
  // "What happened on 2 February?" lists the day; other questions take the best few.
  const listing = query.kind === 'what-happened' && query.date !== null;
  let chosen = pool
    .filter((scored) => scored.confidence >= top.confidence - TIE_MARGIN)
    .slice(0, listing ? MAX_EVENTS_LISTED : MAX_FACTS)
    .map((scored) => scored.indexed.fact);
  // "the last call", "the second meeting": one fact, counted by date.
  const ordered = query.kind !== 'how-many' && query.kind !== 'how-long';
  if (query.order && ordered && chosen.length > 1 && chosen.every((fact) => fact.date)) {
    const nth = nthByDate(chosen, query.order);
    if (nth) chosen = [nth];
  }
  return answered(writeAnswer(query, chosen, top, knowledge), chosen, top.confidence);
}

function writeAnswer(query: Query, facts: Fact[], top: Scored, knowledge: KnowledgeBase): string {
  const statements = facts.map((fact) => fact.statement).join(' ');
  switch (query.kind) {
    case 'when':
      return facts.map((fact) => `${capitalise(whenPhrase(fact.date!))}: ${fact.statement}`).join('\n');
    case 'where':
      return facts.map((fact) => `In ${placeName(knowledge, fact)}: ${fact.statement}`).join('\n');
    case 'how-many':
    case 'how-long':
      return facts.map((fact) => `${capitalise(quantityPhrase(fact))}: ${fact.statement}`).join('\n');
    case 'what-happened':
      return query.date
        ? `${capitalise(datePhrase(query.date))}, the articles report:\n${factLines([...facts].sort(byDate))}`
        : statements;
    case 'yes-no': {
      // "Yes" only when the fact is that very event between those very actors on that very day.
      const primary = primaryTypeOf(query.events[0]);
      const exact =
        top.direct &&
        !top.approximateDate &&
        query.eventByVerb &&
        primary !== undefined &&
        top.indexed.fact.type === primary;
      // A fact that says it was declined or refused is no "yes".
      if (exact && !NEGATED.test(top.indexed.fact.statement)) return `Yes. ${statements}`;
      // "Did Putin and Macron meet?": no meeting, but a fact that speaks of one (they agreed to consider it).
      const concept = EVENT_CONCEPTS.find((c) => c.name === query.events[0]);
      const otherKind = concept !== undefined && !concept.types.includes(top.indexed.fact.type);
      const noun = eventInvolving(query.events, [], knowledge);
      return otherKind
        ? `The articles report no ${noun} as such. What they do report: ${statements}`
        : `Here is what the articles report: ${statements}`;
    }
    case 'who':
      return facts.map((fact) => withUnnamedDoers(fact, query, knowledge)).join(' ');
    default:
      return statements;
  }
}

const FOLDED_STATEMENTS = new WeakMap<Fact, string>();

/**
 * A who-question is answered by a name: when a fact's statement does not name those who did it ("NATO's
 * secretary general concluded…"), who say it, or (asked "who was accused") who had it done to them, they go
 * first ("Jens Stoltenberg: NATO's secretary general concluded…").
 */
function withUnnamedDoers(fact: Fact, query: Query, knowledge: KnowledgeBase): string {
  let statement = FOLDED_STATEMENTS.get(fact);
  if (statement === undefined) FOLDED_STATEMENTS.set(fact, (statement = fold(fact.statement)));
  // "Who says Russia has 100,000 troops?" asks who asserts it, not who did it.
  const asserted = query.events.includes('say') && fact.accordingTo.length > 0;
  const named = asserted ? fact.accordingTo : query.asksRecipient ? fact.to : fact.by;
  const unnamed = named.filter((id) => {
    const entity = knowledge.entities.get(id);
    if (!entity || query.actors.some((actor) => actor.id === id)) return false;
    const name = fold(entity.name.en).replace(/^the /, '');
    const surname = entity.kind === 'person' ? name.split(' ').pop()! : name;
    return !statement.includes(surname);
  });
  return unnamed.length > 0
    ? `${capitalise(listNames(unnamed, knowledge))}: ${fact.statement}`
    : fact.statement;
}

const NEGATED = /\b(not|no|never|neither|nor|declined|refused|rejected|denied|denies|without)\b/i;

/** Words for someone's part ("negotiator", "official", "spokesman"): who asks for a person. */
const PERSON_ROLES = new Set([
  'negoti',
  'offici',
  'diplomat',
  'minist',
  'spokesman',
  'spokesperson',
  'envoy',
  'repres',
  'ambassador',
]);

/** "led", "chair", "head": a verb of leading, not a title. */
const isLeadingVerb = (stem: string) => LEADING_VERBS.has(stem);
const LEADING_VERBS = new Set(['lead', 'led', 'head', 'chair', 'preside', 'presid']);

/** The events in date order, filtered by whatever the question names. */
function timelineAnswer(query: Query, index: FactIndex, answered: Answered, refused: Refused): Answer {
  const facts = selectTimeline(query, index);
  if (facts.length === 0)
    return refused('no-such-event', `My sources report no dated events matching that. ${SCOPE}`);
  const shown = facts.slice(0, MAX_TIMELINE_LINES);
  const more =
    facts.length > shown.length
      ? `\n…and ${facts.length - shown.length} more (/timeline pages through them all).`
      : '';
  return answered(`${factLines(shown)}${more}`, shown, 1);
}

/** Facts about exactly the actors asked about, sharing a topic word, whatever their event. */
function reportedInstead(query: Query, index: FactIndex): Fact[] {
  if (query.events.length === 0 || query.topics.length === 0 || query.date) return [];
  return rank(passing(scoreFacts({ ...query, events: [], eventStems: [] }, index)))
    .filter(
      (scored) =>
        query.actors.every((actor) => involvement(scored.indexed, actor.id).level >= 0.9) &&
        query.topics.some((topic) => scored.indexed.stems.has(topic)),
    )
    .slice(0, 2)
    .map((scored) => scored.indexed.fact);
}

/**
 * The facts that come close when a why-question's event is not reported as such of those actors (asked
 * about Putin, only what Russia did); none when it is.
 */
function unreportedPremise(query: Query, index: FactIndex): Fact[] {
  const asked = rank(passing(scoreFacts({ ...query, kind: 'yes-no' }, index)));
  const reported = asked.some((scored) =>
    query.actors.every((actor) => !onlyThroughWhole(involvement(scored.indexed, actor.id))),
  );
  if (reported) return [];
  return asked.slice(0, MAX_FACTS).map((scored) => scored.indexed.fact);
}

/**
 * Actors in parallel — several doers ("both Macron and Johnson"), or several places ("Geneva compared with
 * Brussels") — each in turn with the rest of the question: the best fact for each, or none unless all have one.
 */
function eachInTurn(query: Query, index: FactIndex): Scored[] {
  const agents = query.actors.filter((actor) => actor.role === 'agent');
  // "When were the Geneva talks and the NATO–Russia Council?": places, and bodies where things happened
  // (but "did the Council take place in Geneva?" asks about one meeting)
  const settings = query.kind === 'yes-no' ? ['place'] : ['place', 'institution'];
  const places = query.actors.filter((actor) => settings.includes(actor.kind ?? ''));
  // Doers split only around someone they share: "did Macron and Johnson meet?" asks about one meeting.
  const shared = query.actors.length > agents.length;
  const parallel = agents.length >= 2 && shared ? agents : places.length >= 2 ? places : [];
  const best: Scored[] = [];
  for (const one of parallel) {
    const actors = query.actors.filter((actor) => actor === one || !parallel.includes(actor));
    const top = rank(passing(scoreFacts({ ...query, actors }, index)))[0];
    if (!top) return [];
    if (!best.some((scored) => scored.indexed === top.indexed)) best.push(top);
  }
  return best;
}

/**
 * "What happened in Libya in 2011?": no event is dated in that year, but a fact about Libya mentions it (a
 * 2011 air campaign). Only with something beside the year: "what happened in 1997?" alone is no such question.
 */
function yearMentioned(query: Query, index: FactIndex): Fact[] {
  const year = query.date?.bareYear;
  if (!year || query.actors.length + query.topics.length === 0) return [];
  const asTopic = { ...query, date: null, topics: [...query.topics, year] };
  return rank(passing(scoreFacts(asTopic, index)))
    .filter((scored) => scored.indexed.stems.has(year))
    .slice(0, MAX_FACTS)
    .map((scored) => scored.indexed.fact);
}

/**
 * "How many times did Putin and Macron speak?", "how many calls did Putin have with Macron?": the count of
 * calls or meetings, not a figure one of them reports.
 */
function countsOccurrences(query: Query): boolean {
  if (query.kind !== 'how-many' || query.events.length === 0 || query.counted === null) return false;
  const occurrence = OCCURRENCES.has(primaryTypeOf(query.events[0]) ?? '');
  return query.counted === 'time' || (occurrence && query.eventStems.includes(query.counted));
}
const OCCURRENCES = new Set(['phone-call', 'meeting']);

/** "How many times did Macron call Putin?": the events of that kind the articles report, one per day. */
function timesItHappened(query: Query, index: FactIndex, answered: Answered, refused: Refused): Answer {
  const primary = primaryTypeOf(query.events[0]);
  const byDay = new Map<number, Fact>();
  for (const scored of rank(passing(scoreFacts({ ...query, kind: 'what', counted: null }, index)))) {
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

/** What the bot says of itself: its sources, how to ask, a greeting returned. */
function aboutMe(topic: NonNullable<Query['aboutTheBot']>, knowledge: KnowledgeBase): string {
  switch (topic) {
    case 'sources':
      return `My answers come from five French news articles, each answer quoting them word for word:\n${sourceLines(knowledge)}`;
    case 'help':
      return `Ask me about one story, in English or French. ${SCOPE} ${EXAMPLES} /timeline lists the events in order, /sources the articles.`;
    case 'greeting':
      return `Hello! ${SCOPE} ${EXAMPLES}`;
    case 'thanks':
      return `You're welcome. ${EXAMPLES}`;
  }
}

/** The nth fact by date (1 the first, -1 the last), or null when there are not that many. */
function nthByDate(facts: Fact[], order: number): Fact | null {
  const sorted = [...facts].sort(byDate);
  return sorted[order > 0 ? order - 1 : sorted.length + order] ?? null;
}

/** The events of the earliest (1) or latest (-1) day the articles date an event on, most salient first. */
function dayAtTheEnd(order: 1 | -1, index: FactIndex, answered: Answered): Answer {
  const days = index.facts.flatMap(({ fact }) => (fact.date?.precision === 'day' ? [fact.date.start] : []));
  const day = order === 1 ? Math.min(...days) : Math.max(...days);
  const facts = index.facts
    .filter(({ fact }) => fact.date?.precision === 'day' && fact.date.start === day)
    .sort((a, b) => b.salience - a.salience)
    .slice(0, MAX_FACTS)
    .map((indexed) => indexed.fact);
  const which = order === 1 ? 'The earliest' : 'The latest';
  return answered(
    `${which} day the articles report events on is ${facts[0]!.date!.label}:\n${factLines(facts)}`,
    facts,
    1,
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const MAX_EVENTS_AROUND = 6;

/**
 * "What happened after the Brussels meeting?": the event the rest of the question names, then what the
 * articles date after (or before) it, nearest first. Null when no dated event answers the rest.
 */
function eventsAround(query: Query, index: FactIndex, answered: Answered): Answer | null {
  const anchor = rank(passing(scoreFacts({ ...query, kind: 'what', relativeTo: null }, index))).find(
    (scored) => scored.indexed.fact.date,
  )?.indexed.fact;
  if (!anchor?.date) return null;
  const { start, end } = anchor.date;
  const after = query.relativeTo === 'after';
  const dated = index.facts
    .map((indexed) => indexed.fact)
    .filter((fact) => fact.date && (after ? fact.date.start > end : fact.date.end < start))
    .sort(byDate);
  const shown = after ? dated.slice(0, MAX_EVENTS_AROUND) : dated.slice(-MAX_EVENTS_AROUND);
  const event = `${anchor.statement}\nThe articles date that ${whenPhrase(anchor.date)}.`;
  if (shown.length === 0)
    return answered(`${event} They report nothing dated ${query.relativeTo} it.`, [anchor], ANSWER_THRESHOLD);
  return answered(
    `${event} ${after ? 'After' : 'Before'} it they report:\n${factLines(shown)}`,
    [anchor, ...shown],
    1,
  );
}
