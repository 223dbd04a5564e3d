/**
 * No fact answers the question: say which part of it the sources do not bear out — the detail the kind
 * asks for, the date, an actor — and point to what comes closest.
 */
import type { Fact, KnowledgeBase } from '../knowledge/model.ts';
import { isNegatedVerb } from '../nlp/events.ts';
import type { ActorMention, DateQuery, Query } from '../nlp/query.ts';
import type { Answer, RefusalReason, Refused } from './answer.ts';
import { askedEvent, datePhrase, headline, MAX_FACTS, SCOPE } from './compose.ts';
import { FULLY_INVOLVED, involvement, type FactIndex, type IndexedFact } from './fact-index.ts';
import { ANSWER_THRESHOLD, answersTo, bestFacts, rank, type Scored } from './match.ts';
import { inTurns } from './timeline.ts';

/** No fact answers: say which part of the question the sources do not bear out, and what comes close. */
export function explainMiss(
  query: Query,
  scored: Scored[],
  index: FactIndex,
  knowledge: KnowledgeBase,
  refused: Refused,
  pointers: (facts: Fact[]) => string,
): Answer {
  // "who else?": no *other* call, the one already given aside; "what did the UK do to calm the crisis?": no
  // event of theirs about that, though there are others
  const what = `${query.exclude.length > 0 ? 'other ' : ''}${askedEvent(query, knowledge)}${aboutTopics(query, scored)}`;

  // "Who said 'peace in our time'?": the quoted words are what no fact holds, whatever else the question asks
  // ("did Stoltenberg say 'the talks failed'?": what he did say, if anything answers but for the words)
  if (query.quoted && scored.some((candidate) => candidate.failures.includes('quote'))) {
    const near = rank(scored.filter((s) => s.failures.length === 1 && s.failures[0] === 'quote'))
      .slice(0, MAX_FACTS)
      .map((s) => s.indexed.fact);
    const nothingSaid = `The articles quote no one saying “${query.quoted.phrase}”.`;
    return refused(
      'no-such-event',
      near.length > 0 ? nothingSaid + pointers(near) : `${nothingSaid} ${SCOPE}`,
      near,
    );
  }

  // The kind asks for something the matching facts lack: a date, a place, a figure.
  const lacking = rank(
    scored.filter(
      (candidate) =>
        candidate.confidence >= ANSWER_THRESHOLD &&
        candidate.failures.length > 0 &&
        candidate.failures.every((f) => f === 'no-date' || f === 'no-place' || f === 'no-quantity'),
    ),
  )[0];
  if (lacking) {
    const fact = lacking.indexed.fact;
    const missing = lacking.failures[0]!;
    const what =
      missing === 'no-date'
        ? 'when'
        : missing === 'no-place'
          ? 'where'
          : query.kind === 'how-long'
            ? 'how long'
            : 'how many';
    return refused(
      missing as RefusalReason,
      `The articles don't say ${what}. What they report: ${headline(fact, 400)}`,
      [fact],
    );
  }

  // The date is what fails: list the same kind of event on the days the sources do report it.
  if (query.date) {
    const facts = bestFacts(answersTo({ ...query, date: null }, index));
    // "Did the US and Russia meet in Vienna on 10 January?": nothing of theirs in Vienna on any day, so what
    // they did that day (in Geneva)
    if (facts.length === 0 && query.actors.length > 1) facts.push(...withoutEachActor(query, index));
    // "Did Johnson call Putin on 3 February?": who did, that day (Macron)
    const byOthers = doneByOthers(query, index);
    if (byOthers && !facts.includes(byOthers)) facts.splice(MAX_FACTS - 1, facts.length, byOthers);
    // "what happened on 4 February?": nothing that day; the nearest days they report, either side. "In 2011?":
    // what mentions the year.
    if (facts.length === 0 && query.kind === 'what-happened')
      facts.push(
        ...(query.date.bareYear
          ? mentioning(query.date.bareYear, index)
          : nearestEachSide(query.date, index)),
      );
    if (facts.length > 0 || query.events.length > 0 || query.actors.length > 0) {
      return refused(
        'no-such-event',
        `The articles report no ${what} ${datePhrase(query.date)}.${pointers(facts)}`,
        facts,
      );
    }
  }

  // An actor is what fails: drop each in turn and show what the others did; with one actor, what the
  // articles report of it ("what did Grushko say?": the meeting where he led Russia's delegation) — and so
  // with one person at a body ("what did Grushko say at the Council?"; a place says more: "did Putin visit
  // Kyiv?" points to who did)
  const person = personAtBody(query, index);
  if (query.actors.length === 1 || person) {
    const near = mostSalientAbout((person ?? query.actors[0])!.id, index);
    return refused('no-such-event', `The articles report no ${what}.${pointers(near)}`, near);
  }
  if (query.actors.length > 1) {
    const near = withoutEachActor(query, index);
    if (near.length === 0) near.push(...onTheSameTopic(query, index));
    if (near.length === 0) near.push(...involvingAll(query, index)); // "what does Borrell want the EU to do?"

    if (near.length > 0 || query.events.length > 0) {
      return refused('no-such-event', `The articles report no ${what}.${pointers(near)}`, near);
    }
  }
  return refused('out-of-scope', `I can't find that in my sources. ${SCOPE}`);
}

/**
 * ` about “calm”`: the topic words no fact has that fails on them alone — when such facts exist, it is the
 * topic, not the actors or the event, that the articles do not report.
 */
function aboutTopics(query: Query, scored: Scored[]): string {
  const onTopicAlone = scored.filter((s) => s.failures.length > 0 && s.failures.every((f) => f === 'topic'));
  if (onTopicAlone.length === 0) return '';
  const missing = query.topics.filter(
    (stem) =>
      !query.incidentalTopics.includes(stem) &&
      !isNegatedVerb(stem) && // (asked as the verb itself too)
      onTopicAlone.every((s) => !s.indexed.stems.has(stem)),
  );
  return missing.length > 0
    ? ` about ${missing.map((stem) => `“${query.spelled[stem] ?? stem}”`).join(', ')}`
    : '';
}

/**
 * What answers the question with one actor dropped, each in turn — a place first: "was the OSCE meeting in
 * Geneva?" is best pointed to where the OSCE met.
 */
function withoutEachActor(query: Query, index: FactIndex): Fact[] {
  const dropOrder = [...query.actors].sort((a, b) => Number(b.kind === 'place') - Number(a.kind === 'place'));
  const lists = dropOrder.map((actor) =>
    answersTo({ ...query, actors: query.actors.filter((a) => a !== actor) }, index),
  );
  // Taken in turn, the best of each first: "was the Geneva meeting between NATO and Russia?" shows the
  // NATO–Russia meeting (Geneva dropped) and the Geneva one (NATO dropped), not three reports of the first.
  return bestFacts(
    inTurns(lists).filter((scored, i, all) => all.findIndex((s) => s.indexed === scored.indexed) === i),
  );
}

/**
 * The event asked about, done by someone other than the doers named: alongside the others named ("did Johnson
 * call Putin on 3 February?": Macron did), or, `concerningThem`, in a fact that still involves the doers named
 * ("did El País confirm the documents?": the State Department confirmed those El País published).
 */
export function doneByOthers(query: Query, index: FactIndex, concerningThem = false): Fact | undefined {
  const doers = query.actors.filter((actor) => actor.role === 'agent');
  const others = query.actors.filter((actor) => actor.role !== 'agent');
  if (doers.length === 0 || (others.length === 0 && !concerningThem)) return undefined;
  return answersTo({ ...query, actors: others }, index).find(
    (scored) => !concerningThem || doers.every((doer) => involvement(scored.indexed, doer.id).level > 0),
  )?.indexed.fact;
}

/** The facts that mention a year, most salient first. */
function mentioning(year: string, index: FactIndex): Fact[] {
  return mostSalient(index, (indexed) => indexed.stems.has(year));
}

/** The few facts that pass a test, most salient first: a refusal's pointers. */
function mostSalient(index: FactIndex, test: (indexed: IndexedFact) => boolean): Fact[] {
  return index.facts
    .filter(test)
    .sort((a, b) => b.salience - a.salience)
    .slice(0, MAX_FACTS)
    .map((indexed) => indexed.fact);
}

/** The most salient event dated on the nearest day before a date, and on the nearest day after it. */
function nearestEachSide(date: DateQuery, index: FactIndex): Fact[] {
  const dayDated = index.facts
    .filter((indexed) => indexed.fact.date?.precision === 'day')
    .sort((a, b) => b.salience - a.salience)
    .map((indexed) => indexed.fact);
  const before = dayDated.filter((fact) => fact.date!.end < date.start);
  const after = dayDated.filter((fact) => fact.date!.start > date.end);
  const latest = Math.max(...before.map((fact) => fact.date!.end));
  const earliest = Math.min(...after.map((fact) => fact.date!.start));
  return [
    ...before.filter((fact) => fact.date!.end === latest).slice(0, 1),
    ...after.filter((fact) => fact.date!.start === earliest).slice(0, 1),
  ];
}

/** Whatever the facts report of all the actors asked about together, most salient first. */
function involvingAll(query: Query, index: FactIndex): Fact[] {
  return mostSalient(index, (indexed) =>
    query.actors.every((actor) => involvement(indexed, actor.id).level >= 0.7),
  );
}

/** The facts that most involve an entity, most salient first. */
function mostSalientAbout(entityId: string, index: FactIndex): Fact[] {
  return (index.byEntity.get(entityId) ?? [])
    .filter((indexed) => involvement(indexed, entityId).level >= 0.7)
    .sort(
      (a, b) => involvement(b, entityId).level - involvement(a, entityId).level || b.salience - a.salience,
    )
    .slice(0, MAX_FACTS)
    .map((indexed) => indexed.fact);
}

/**
 * Facts about one of the actors asked about that share the question's topic words, most shared first:
 * "did NATO agree to withdraw troops from Romania?" points to Russia's demand and the allies' refusal.
 */
export function onTheSameTopic(query: Query, index: FactIndex): Fact[] {
  const shared = (indexed: IndexedFact) => query.topics.filter((stem) => indexed.stems.has(stem)).length;
  return index.facts
    .filter(
      (indexed) =>
        shared(indexed) > 0 &&
        query.actors.some((actor) => involvement(indexed, actor.id).level >= FULLY_INVOLVED),
    )
    .sort((a, b) => shared(b) - shared(a) || b.salience - a.salience)
    .slice(0, MAX_FACTS)
    .map((indexed) => indexed.fact);
}

/** "Did Grushko speak at the Council?": the one person asked about, when the others named are bodies. */
export function personAtBody(query: Query, index: FactIndex): ActorMention | undefined {
  const kindOf = (actor: ActorMention) => index.entities.get(actor.id)?.kind;
  const people = query.actors.filter((actor) => kindOf(actor) === 'person');
  const atBodies = query.actors.every((actor) => actor === people[0] || kindOf(actor) === 'institution');
  return people.length === 1 && query.actors.length > 1 && atBodies ? people[0] : undefined;
}
