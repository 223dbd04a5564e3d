/**
 * Decides what to say to a parsed question: the facts that answer it, or — when none does — an
 * honest refusal that says what is missing and points to what the sources do report. The checks run top to
 * bottom, each returning when it decides; answers of their own kind live beside it: identity.ts ("who is"),
 * in-time.ts (timeline, first and last day, before and after), occurrences.ts ("how many times"),
 * about-me.ts, explain-miss.ts (refusals), write-answer.ts (the answer's wording).
 */
import type { Fact, KnowledgeBase } from '../knowledge/model.ts';
import { PERIOD } from '../nlp/dates.ts';
import { isNegatedVerb } from '../nlp/events.ts';
import { conceptsWith, SPEECH } from '../nlp/lexicon.ts';
import type { ActorMention, Query } from '../nlp/query.ts';
import { aboutMe } from './about-me.ts';
import type { Answer, Answered, RefusalReason } from './answer.ts';
import {
  articleLabel,
  citationsFor,
  askedEvent,
  EXAMPLES,
  factLines,
  listNames,
  MAX_FACTS,
  SCOPE,
  wherePhrase,
} from './compose.ts';
import { contentsAnswer } from './contents.ts';
import { doneByOthers, explainMiss, personAtBody } from './explain-miss.ts';
import {
  ABOUT_INVOLVED,
  FULLY_INVOLVED,
  involvement,
  onlyThroughWhole,
  type FactIndex,
  type Slot,
} from './fact-index.ts';
import { identityAnswer, LEADING_STEMS } from './identity.ts';
import {
  againstAnchor,
  dayAtTheEnd,
  daysBetween,
  eventsAround,
  inOrder,
  timelineAnswer,
  whichCame,
} from './in-time.ts';
import {
  acceptedTypes,
  ANSWER_THRESHOLD,
  answersTo,
  bestFacts,
  passing,
  rank,
  scoreFacts,
  tiedWithBest,
  type Scored,
} from './match.ts';
import { aloneInIt } from './only.ts';
import { countsOccurrences, peopleOnTheCalls, timesItHappened, whoMoreOften } from './occurrences.ts';
import { mustMentionOf, whereSomeoneWas } from './score-fact.ts';
import { articlesReporting, sourceAnswer } from './source-of.ts';
import { withOutcomes } from './outcome.ts';
import { byDate, nthByDate, spreadOverDays } from './timeline.ts';
import { declinedTo, writeAnswer } from './write-answer.ts';
import { capitalise } from '../text/capitalise.ts';

const MAX_EVENTS_LISTED = 8;

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
    citations: citationsFor(
      facts,
      knowledge,
      query.inArticles ?? null,
      query.kind === 'who' ? query.actors.map((actor) => actor.id) : null,
    ),
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
  // Pointers never repeat what the last answer gave ("who else?").
  const pointers = (facts: Fact[]) => {
    const fresh = facts.filter((fact) => !query.exclude.includes(fact.id));
    return fresh.length > 0 ? `\nWhat they do report:\n${factLines(fresh.sort(byDate))}` : '';
  };

  if (query.aboutTheBot) return refused('about-me', aboutMe(query.aboutTheBot, knowledge));
  if (query.sourceOf) return sourceAnswer(query.sourceOf, knowledge, answered, refused);
  // "Which article mentions Gaddafi?": the articles behind the answer to the rest of the question
  if (query.whichArticle) {
    const rest = respond({ ...query, whichArticle: false, kind: 'what' }, index, knowledge);
    const facts = rest.factIds.map((id) => knowledge.factById.get(id)!);
    return rest.answered ? articlesReporting(facts, knowledge, answered) : rest;
  }

  // "What does that mean?", "who are they?" with no conversation to lean on: the pronoun points at nothing
  const pointsAtNothing =
    query.refersBack &&
    !query.documentsOf &&
    BARE_REFERENCE.test(query.normalised) &&
    query.actors.length + query.topics.length + query.unknown.length === 0 &&
    query.date === null &&
    query.kind !== 'timeline';
  if (pointsAtNothing)
    return refused(
      'empty',
      `I can't tell what that refers to: name the people, the meeting or the day. ${EXAMPLES}`,
    );

  const hasContent =
    query.actors.length + query.events.length + query.topics.length + query.unknown.length > 0 ||
    query.date !== null ||
    query.identity === 'cast' ||
    (query.documentsOf?.length ?? 0) > 0; // "what was in them?": the papers of the last answer
  if (!hasContent) {
    // "When did all this happen?": when the story happened is its timeline
    if (query.kind === 'timeline' || query.kind === 'when')
      return timelineAnswer(query, index, answered, refused);
    // "What was the last event reported?": the events of the first or last day the articles date.
    if (query.order === 1 || query.order === -1) return dayAtTheEnd(query.order, index, answered);
    // "What does the Politico article say?": the events those articles report, in order
    if (query.inArticles) {
      const articles = query.inArticles.map(
        (id) => `• ${articleLabel(knowledge.sources.get(id)!, knowledge)}`,
      );
      const lead = `Reported in:\n${articles.join('\n')}\nIn order:\n`;
      return timelineAnswer(query, index, answered, refused, lead);
    }
    return refused('empty', `I answer questions about one story. ${SCOPE} ${EXAMPLES}`);
  }

  if (query.unknown.length > 0) {
    const named = query.unknown.map((name) => `“${name.split(' ').map(capitalise).join(' ')}”`).join(', ');
    const close = bestFacts(answersTo({ ...query, unknown: [] }, index));
    return refused(
      'unknown-name',
      `My sources never mention ${named}, so I can't answer that.${pointers(close)}`,
      close,
    );
  }

  // A thing asked about that no fact mentions ("vaccines", "tanks", "the weather") is not in the sources; so
  // is what someone did when no event is named ("which country spends the most on defence?").
  // "Who chairs…" is not asking about chairs: a leading verb wink took for a noun is no such thing.
  const unseen = query.topics.filter(
    (stem) =>
      index.documentFrequency(stem) === 0 &&
      !LEADING_STEMS.has(stem) &&
      !isNegatedVerb(stem) && // (a verb said not done is asked as itself too)
      (query.topicNouns.includes(stem) ||
        query.kind === 'yes-no' ||
        // "who won the Geneva talks?": the event a noun, the question's own verb one no fact has
        (query.kind === 'who' && (query.events.length === 0 || !query.eventByVerb))) &&
      !query.incidentalTopics.includes(stem), // "end with a deal": an event, however the facts word it
  );
  if (unseen.length > 0) {
    // What they do report of the rest of the question: "did the Geneva talks succeed?" → the Geneva talks.
    const rest = { ...query, topics: query.topics.filter((stem) => !unseen.includes(stem)) };
    const close = query.actors.length + query.events.length > 0 ? bestFacts(answersTo(rest, index)) : [];
    return refused(
      'unknown-topic',
      `My sources say nothing about ${unseen.map((stem) => `“${query.spelled[stem] ?? stem}”`).join(', ')}.${close.length > 0 ? pointers(close) : ` ${SCOPE}`}`,
      close,
    );
  }

  // "What was in Russia's draft treaties?": what the paper said, not the sending of it
  const contents = query.contents && contentsAnswer(query, index, knowledge, answered, refused, pointers);
  if (contents) return contents;

  if (query.kind === 'timeline') return timelineAnswer(query, index, answered, refused);
  if (query.opinion) {
    return refused(
      'opinion',
      `I report what the articles say was done and said, and who said it; I don't judge it, nor guess what might have been. ${SCOPE}`,
    );
  }
  // "Was Macron worried?": with nothing the feeling is about, only a reading of all he said could tell; with
  // something ("worried about an invasion") what he said of it answers (write-answer.ts)
  const feelingAboutNothing =
    query.asksFeeling &&
    query.kind === 'yes-no' &&
    query.topics.length === 0 &&
    query.events.length === 1 &&
    query.actors.length <= 1 &&
    query.date === null;
  if (feelingAboutNothing) {
    const said = bestFacts(answersTo(query, index));
    return refused(
      'opinion',
      `The articles report what people said, not how they felt.${pointers(said)}`,
      said,
    );
  }
  const inOrderAsked = whichCame(query, index, answered);
  if (inOrderAsked) return inOrderAsked;
  // "Where is El País from?", "which country is it from?": what the articles call a body or a paper says it
  // (« le journal espagnol »), as "what is El País?" is answered
  const described =
    query.origin && query.actors.length === 1 && describedThing(query.actors[0]!.id, knowledge);
  const identity =
    (described &&
      identityAnswer({ ...query, identity: 'thing', topics: [] }, index, knowledge, answered, refused)) ||
    // ("who will be the next Secretary General?": no one the articles could name; see below)
    (query.identity && !query.future && identityAnswer(query, index, knowledge, answered, refused));
  if (identity) return identity;
  // "Will there be a war?", "when will Russia withdraw?", "what will Russia do next?": the articles predate
  // it. "What will NATO do if…" is another matter: the articles report warnings of what would follow.
  // (what someone will never accept is a refusal they made, which the articles do report)
  if (
    query.future &&
    !query.conditional &&
    query.events[0] !== 'reject' &&
    (query.kind === 'when' || query.kind === 'yes-no' || query.kind === 'what' || query.kind === 'who')
  ) {
    // What they do report may bear on it: "will Macron and Putin meet?" → they agreed to consider it.
    const bearing = bestFacts(answersTo({ ...query, future: false }, index));
    return refused(
      'out-of-scope',
      `My sources end in early February 2022; they don't say what came after.${bearing.length > 0 ? pointers(bearing) : ` ${SCOPE}`}`,
      bearing,
    );
  }

  const around = query.relativeTo && eventsAround(query, index, answered);
  if (around) return around;
  if (countsOccurrences(query)) return timesItHappened(query, index, answered, refused);
  const people = peopleOnTheCalls(query, index, knowledge, answered);
  if (people) return people;
  const between = query.counted === 'day' && query.actors.length > 0 && daysBetween(query, index, answered);
  if (between) return between;
  // "Was the OSCE meeting after the NATO–Russia Council?": two events named by their places or bodies
  const twoSettings =
    query.kind === 'yes-no' && !query.date && query.actors.every((actor) => actor.kind !== 'person');
  const inTurn = twoSettings && inOrder(query, index, answered);
  if (inTurn) return inTurn;
  // "Did Russia send its treaties before the Geneva talks?": its own event against the anchor's
  const anchorFact = query.orderedAgainst && knowledge.factById.get(query.orderedAgainst.fact);
  const againstIt = anchorFact && againstAnchor(query, anchorFact, index, answered);
  if (againstIt) return againstIt;
  if (query.moreOften.length > 1 && query.events.length > 0)
    return whoMoreOften(query, index, knowledge, answered, refused);

  if (query.kind === 'why' && nothingToExplain(query)) {
    return refused('out-of-scope', `The articles don't say why. ${SCOPE}`);
  }

  // "Why did Putin invade Ukraine?": a why-question takes its event for granted; the articles must report it.
  const premise = query.kind === 'why' && query.events.length > 0 ? unreportedPremise(query, index) : null;
  if (premise) {
    const what = askedEvent(query, knowledge);
    return refused(
      'no-such-event',
      `The articles report no ${what} to explain.${pointers(premise)}`,
      premise,
    );
  }

  const scored = scoreFacts(query, index);
  let good = rank(passing(scored));
  // "Did Putin call Macron on 3 February?", "why did Putin call…?", "who called Macron on 3 February?": the
  // very event, but the other way round (Macron called)
  const turned =
    (query.kind === 'yes-no' || query.kind === 'why' || query.kind === 'who') &&
    query.events[0] === 'call' &&
    !good[0]?.primaryType &&
    otherWayRound(query.kind === 'why' ? scoreFacts({ ...query, kind: 'yes-no' }, index) : scored);
  if (turned)
    return refused(
      'no-such-event',
      `Not as asked: the articles report it the other way round.${pointers([turned])}`,
      [turned],
    );
  if (good.length === 0) {
    // "Did both Macron and Johnson call Putin?": no one fact has them all, but one each may; "did either
    // Macron or Johnson go to Kyiv?": one is enough.
    const each = eachInTurn(query, index, !query.either);
    if (each.length > 0) {
      const facts = each.map((scored) => scored.indexed.fact);
      // ("which talks lasted longest, Vienna or Geneva?": one whose length the articles don't give decides it)
      if (query.lasting && facts.some((fact) => hoursOf(fact) === 0))
        return refused(
          'no-quantity',
          `The articles don't say how long each lasted.${pointers(facts)}`,
          facts,
        );
      const text =
        query.kind === 'yes-no'
          ? `Yes, ${query.either ? 'one of them' : 'each of them'}: ${facts.map((fact) => fact.statement).join(' ')}`
          : writeAnswer(query, facts, each[0]!, knowledge);
      return answered(text, facts, Math.min(...each.map((scored) => scored.confidence)));
    }
    const some = onlySomeOfBoth(query, index, knowledge, answered);
    if (some) return some;
  }
  if (query.kind === 'yes-no' && good.length > 0) {
    // "Did Putin meet Stoltenberg?": a meeting between NATO and Russia's delegation is not one with Putin.
    // "Did Johnson and Putin agree to meet?": their agreement on something else is no agreement to meet.
    const complement = query.complement;
    const close = good.filter(
      (scored) =>
        query.actors.every((actor) => !onlyThroughWhole(involvement(scored.indexed, actor.id))) &&
        (!complement || scored.indexed.stems.has(complement)),
    );
    if (close.length === 0) {
      const facts = bestFacts(good);
      const what = askedEvent(query, knowledge, true);
      return refused('no-such-event', `The articles report no ${what} as such.${pointers(facts)}`, facts);
    }
    good = close;
    // "Was Macron the only leader to call Putin?": whether anyone else did
    if (query.only && query.actors.some((actor) => actor.id === query.only)) {
      const { text, facts } = aloneInIt(query, query.only, good, index, knowledge);
      return answered(text, facts, good[0]!.confidence);
    }
  }
  // "Did Russia accept the US proposals?", "did it reject them?": no acceptance or refusal of its reported, but
  // its response is
  const response = query.kind === 'yes-no' ? respondedInstead(query, good[0], index) : [];
  if (response.length > 0) {
    const what = askedEvent(query, knowledge, true);
    const text = response.map((fact) => fact.statement).join(' ');
    return answered(
      `The articles report no ${what} as such. What they do report: ${text}`,
      response,
      ANSWER_THRESHOLD,
    );
  }
  // "Was Johnson in London on 1 February?": the articles place him elsewhere that day
  const elsewhere = good.length === 0 ? placedElsewhere(query, index) : [];
  if (elsewhere.length > 0) {
    const person = query.actors.find((actor) => actor.kind === 'person')!;
    const name = knowledge.entities.get(person.id)?.name.en ?? person.text;
    const where = wherePhrase(knowledge, elsewhere[0]!);
    const text = elsewhere.map((fact) => fact.statement).join(' ');
    return answered(`No: the articles place ${name} ${where}. ${text}`, elsewhere, ANSWER_THRESHOLD);
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
  // "Who spoke for the US?", "who represented NATO?": a person of theirs (not Putin, for what he says of them).
  // ("who spoke for Johnson?": his spokesman; Downing Street's spokesman, asked by that name, speaks himself)
  // ("which Russian official went to NATO headquarters?": a person of Russia's, as one who spoke for it is)
  const personAsked = query.actorKindsAsked?.includes('person') ?? false;
  const spokenFor =
    personAsked || query.events.some((event) => OBJECT_ACTS.has(event))
      ? query.actors.filter((actor) => actor.role === 'agent' && SPOKEN_FOR_KINDS.has(actor.kind ?? ''))
      : [];
  const asksForPerson =
    query.kind === 'who' &&
    (spokenFor.length > 0 ||
      personAsked ||
      [...query.topics, ...query.eventStems].some((stem) => PERSON_ROLES.has(stem)));
  if (asksForPerson) {
    const asked = new Set(query.actors.map((actor) => actor.id));
    const ofTheirs = (id: string) =>
      spokenFor.length === 0 || spokenFor.some((actor) => knowledge.entities.get(id)?.lineage.has(actor.id));
    const namesSomeone = (fact: Fact) =>
      [...fact.by, ...fact.to, ...fact.accordingTo].some(
        (id) => !asked.has(id) && knowledge.entities.get(id)?.kind === 'person' && ofTheirs(id),
      );
    const withPerson = good.filter((scored) => namesSomeone(scored.indexed.fact));
    const speaksHimself = spokenFor.length > 0 && spokenFor.every((actor) => actor.kind === 'person');
    if (withPerson.length === 0 && !speaksHimself) {
      const facts = bestFacts(good);
      return refused('out-of-scope', `The articles don't name that person.${pointers(facts)}`, facts);
    }
    if (withPerson.length > 0) good = withPerson;
  }

  // "Who chaired the Geneva talks?", "whose idea was the Council?": a part someone played in the event is
  // answered only by a fact that says who played it.
  const part = query.kind === 'who' && query.events.length > 0 ? partAsked(query) : undefined;
  if (part) {
    const saying = [...(part.said ?? part.stems)];
    const saysPart = (scored: Scored) => saying.some((stem) => scored.indexed.stems.has(stem));
    if (!good.some(saysPart)) {
      const facts = bestFacts(good);
      return refused('out-of-scope', `The articles don't say ${part.unsaid}.${pointers(facts)}`, facts);
    }
    good = good.filter(saysPart);
  }

  // A why-question is answered by the facts that give reasons, when one is about as good as the best (a reason
  // for something else does not outrank the fact that says why in its own words); but only when some fact is of
  // the event asked about: "why did the Russian army hold exercises?" is not answered by why Russia sent
  // its treaties.
  // "According to the West, why has Russia massed troops?": the claims of the source named about all that is
  // asked — attributed to it, else said by it — when it has any
  const claimed = query.accordingTo ? claimsOf(query.accordingTo, query, good) : [];
  if (claimed.length > 0) good = claimed;
  // "According to Ukraine, how many troops…?": a source the articles never quote claimed nothing (the West's
  // figure is not Ukraine's)
  const source = query.accordingTo;
  if (source && claimed.length === 0 && !quotedSources(knowledge).has(source)) {
    const facts = bestFacts(good);
    const name = knowledge.entities.get(source)?.name.en ?? source;
    return refused(
      'out-of-scope',
      `The articles don't report what ${name} says about that.${pointers(facts)}`,
      facts,
    );
  }
  const reasons =
    query.kind === 'why' ? tiedWithBest(good).filter((scored) => scored.indexed.givesReason) : [];
  if (
    query.kind === 'why' &&
    query.events.length > 0 &&
    (!good.some((scored) => ofTheEvent(query, scored)) || whyHeldThere(query, good))
  ) {
    const facts = bestFacts(good);
    return refused('out-of-scope', `The articles don't say why.${pointers(facts)}`, facts);
  }
  const pool = reasons.length > 0 ? reasons : good;
  const top = pool[0]!;
  // "What happened on 2 February?" lists the day, "list all the proposals" all of them; other questions
  // take the best few.
  const listing = (query.kind === 'what-happened' && query.date !== null) || query.listsAll;
  // "What happened before 1 February?": the events nearest its end; "between 12 January and 2 February": each
  // day of it in turn
  const open = query.date && (query.date.start < PERIOD.start || query.date.end > PERIOD.end);
  const listed = listing && query.date ? nearestFirst(pool, query.date) : pool;
  const factsOf = (ranked: Scored[]) => ranked.map((scored) => scored.indexed.fact);
  let chosen = !listing
    ? factsOf(tiedWithBest(pool).slice(0, MAX_FACTS))
    : query.date && !open
      ? spreadOverDays(factsOf(listed), MAX_EVENTS_LISTED)
      : factsOf(listed.slice(0, MAX_EVENTS_LISTED));
  if (query.asksOutcome && !listing) {
    const outcomes = withOutcomes(chosen, index);
    // "What was the result of the OSCE meeting in Vienna?": the articles only announce it
    if (!outcomes)
      return refused('out-of-scope', `The articles don't report what came of it.${pointers(chosen)}`, chosen);
    chosen = outcomes;
  }
  // "What time did Macron call?": the day is all the articles give
  // "How did El País get the documents?": the articles report what was done with them, not how it came by them
  if (query.howObtained)
    return refused(
      'out-of-scope',
      `The articles don't say how it was obtained or learnt of.${pointers(chosen)}`,
      chosen,
    );
  if (query.clockTime)
    return refused('no-date', `The articles don't give the time of day.${pointers(chosen)}`, chosen);
  // "The longest meeting", "the shortest call": of those whose duration the articles give, the longest
  // (or shortest); none given, the articles don't say.
  if (query.lasting) {
    const timed = factsOf(pool).filter((fact) => hoursOf(fact) > 0);
    if (timed.length === 0)
      return refused(
        'no-quantity',
        `The articles don't say how long each lasted.${pointers(chosen)}`,
        chosen,
      );
    const sign = query.lasting;
    chosen = [timed.reduce((best, fact) => ((hoursOf(fact) - hoursOf(best)) * sign > 0 ? fact : best))];
  }
  // "the last call", "the second meeting": one fact, counted by date.
  const ordered = query.kind !== 'how-many' && query.kind !== 'how-long';
  if (query.order && ordered && chosen.length > 1 && chosen.every((fact) => fact.date)) {
    const nth = nthByDate(chosen, query.order);
    if (nth) chosen = [nth];
  }
  const text = writeAnswer(query, chosen, top, knowledge);
  // "Did Russia eventually invade Ukraine?": unless the articles say it did (Crimea in 2014 is no answer), how it
  // turned out came after them
  if (query.howItEnded && query.kind === 'yes-no' && !text.startsWith('Yes'))
    return refused(
      'out-of-scope',
      `My sources end in early February 2022; they don't say how it turned out.${pointers(chosen)}`,
      chosen,
    );
  return answered(text, chosen, top.confidence);
}

/**
 * "What happened before 1 February?": of a range open at one end, the events nearest its other end come
 * first, not the story's beginning (or end).
 */
function nearestFirst(pool: Scored[], range: { start: number; end: number }): Scored[] {
  const dayOf = (scored: Scored) => scored.indexed.fact.date?.start ?? Number.NaN;
  if (range.start < PERIOD.start) return [...pool].sort((a, b) => dayOf(b) - dayOf(a));
  if (range.end > PERIOD.end) return [...pool].sort((a, b) => dayOf(a) - dayOf(b));
  return pool;
}

/**
 * "Why is Ukraine important to Russia?": with no event, no place (being somewhere is a visit, "in Kyiv" as "in
 * Ukraine"), and nothing else asked of them, there is nothing the articles could give a reason for.
 */
function nothingToExplain(query: Query): boolean {
  const question = ` ${query.normalised} `;
  const somewhere = (actor: ActorMention) =>
    actor.kind === 'place' || (actor.kind === 'country' && question.includes(` in ${actor.text} `));
  return (
    query.events.length === 0 && query.topics.length === 0 && !query.date && !query.actors.some(somewhere)
  );
}

/** A fact of the event asked about: of its kind, or naming its verb or a topic of the question. */
function ofTheEvent(query: Query, scored: Scored): boolean {
  return (
    acceptedTypes(query.events).has(scored.indexed.fact.type) ||
    [...query.eventStems, ...query.topics].some((stem) => scored.indexed.stems.has(stem))
  );
}

/**
 * "Why were the OSCE talks held in Vienna?": a meeting's place is asked, and no fact gives a reason — the one
 * that reports the meeting there says where it was, not why.
 */
function whyHeldThere(query: Query, good: Scored[]): boolean {
  const meeting = query.events.some((event) => event === 'meet' || event === 'talk');
  const place = query.actors.find((actor) => actor.kind === 'place');
  return (
    meeting &&
    place !== undefined &&
    good[0]?.indexed.fact.place === place.id &&
    !good.some((scored) => scored.indexed.givesReason)
  );
}

/** A pronoun standing for someone, or "that" standing alone ("what does that mean?"; not "this story"). */
const BARE_REFERENCE = /\b(he|she|they|them|him|her|his|their|its|it)\b|\b(that|this)( means?| meant)? \?$/;

/** Events done for someone else ("represent"), and the kinds of actor someone of theirs does them for. */
const OBJECT_ACTS = conceptsWith('objectActs');
const SPOKEN_FOR_KINDS = new Set(['country', 'organisation', 'person']);

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

/** Whoever the articles report saying or claiming anything, and the bodies and countries they belong to. */
const QUOTED = new WeakMap<KnowledgeBase, ReadonlySet<string>>();
function quotedSources(knowledge: KnowledgeBase): ReadonlySet<string> {
  let quoted = QUOTED.get(knowledge);
  if (!quoted) {
    const sayers = knowledge.facts.flatMap((fact) =>
      fact.accordingTo.length > 0 ? fact.accordingTo : SPEECH.includes(fact.type) ? fact.by : [],
    );
    quoted = new Set(sayers.flatMap((id) => [...(knowledge.entities.get(id)?.lineage ?? [id])]));
    QUOTED.set(knowledge, quoted);
  }
  return quoted;
}

/** The facts among those given that the source claims (see above), on every topic asked. */
function claimsOf(source: string, query: Query, good: Scored[]): Scored[] {
  const onTopic = good.filter((scored) => query.topics.every((stem) => scored.indexed.stems.has(stem)));
  const inSlot = (slot: Slot) => (scored: Scored) => {
    const { slots, throughWhole } = involvement(scored.indexed, source);
    return !throughWhole && slots.includes(slot);
  };
  const attributed = onTopic.filter(inSlot('according'));
  return attributed.length > 0 ? attributed : onTopic.filter(inSlot('by'));
}

/** Parts someone plays in an event, by the stems that ask for them and that a fact must have to say it. */
const PARTS = [
  { stems: new Set(['lead', 'led', 'head', 'chair', 'preside', 'presid']), unsaid: 'who led or chaired it' },
  { stems: new Set(['idea', 'initi']), unsaid: 'whose idea it was' },
  // "who hosted the Geneva talks?": a meeting's verb; a meeting held at someone's headquarters says whose
  { stems: new Set(['host']), said: new Set(['host', 'headquart']), unsaid: 'who hosted it' },
];
const partAsked = (query: Query) =>
  PARTS.find((p) => [...query.topics, ...query.eventStems].some((stem) => p.stems.has(stem)));

/** Facts about exactly the actors asked about, sharing a topic word, whatever their event. */
function reportedInstead(query: Query, index: FactIndex): Fact[] {
  // (or one person at a body, which stands for the topic and need only be what the fact is about: "did
  // Grushko speak at the Council?" — the meeting where he led Russia's delegation)
  const kindOf = (id: string) => index.entities.get(id)?.kind;
  const atBody = personAtBody(query, index) !== undefined;
  if (query.events.length === 0 || (query.topics.length === 0 && !atBody) || query.date) return [];
  const involved = (scored: Scored, id: string) =>
    involvement(scored.indexed, id).level >= (kindOf(id) === 'institution' ? ABOUT_INVOLVED : FULLY_INVOLVED);
  const ofThem = answersTo({ ...query, events: [], eventStems: [] }, index)
    .filter(
      (scored) =>
        query.actors.every((actor) => involved(scored, actor.id)) &&
        (atBody || query.topics.some((topic) => scored.indexed.stems.has(topic))),
    )
    .slice(0, 2)
    .map((scored) => scored.indexed.fact);
  // "Did El País confirm the documents?": and who did
  const byOthers = ofThem.length > 0 ? doneByOthers(query, index, true) : undefined;
  return byOthers && !ofThem.includes(byOthers) ? [...ofThem, byOthers] : ofThem;
}

/**
 * "Did Russia accept the US proposals?": when the best fact is not the doer accepting (or rejecting) what was
 * asked in so many words — "Russia neither accepted nor rejected the offer" of meetings is — what the doer is
 * reported to have responded to it (the Kremlin was preparing its response to the letters), if anything.
 */
function respondedInstead(query: Query, best: Scored | undefined, index: FactIndex): Fact[] {
  const event = query.events[0] ?? '';
  const doers = query.actors.filter((actor) => actor.role === 'agent').map((actor) => actor.id);
  // (something accepted must be named: "did NATO back down?" is no question about a response)
  if (!best || !RESPONDED_TO.has(event) || doers.length === 0 || query.topics.length === 0) return [];
  const ofIt = (scored: Scored) => query.topics.every((stem) => scored.indexed.stems.has(stem));
  // ("did not commit to doing so" is a no in so many words; "reciprocal commitments" no word of it)
  const verbs = [...query.eventStems, ...mustMentionOf(event)];
  const inThoseWords =
    doers.every((doer) => involvement(best.indexed, doer).level >= FULLY_INVOLVED) &&
    ([...query.eventStems, ...RESPONDED_TO].some((stem) => best.indexed.stems.has(stem)) ||
      declinedTo(best.indexed.fact.statement, verbs)) &&
    ofIt(best);
  if (inThoseWords) return [];
  const byDoers = (fact: Fact) =>
    doers.every((doer) => fact.by.some((id) => index.entities.get(id)?.lineage.has(doer)));
  const responses = answersTo({ ...query, kind: 'what', events: ['respond'], eventStems: [] }, index).filter(
    (scored) =>
      byDoers(scored.indexed.fact) &&
      ofIt(scored) &&
      RESPONSE_STEMS.some((stem) => scored.indexed.stems.has(stem)),
  );
  return tiedWithBest(responses)
    .slice(0, 2)
    .map((scored) => scored.indexed.fact);
}
/** A response in so many words: "its own formal response", "declined to comment". */
const RESPONSE_STEMS = ['respond', 'respons', 'repli', 'answer', 'react', 'reaction', 'comment'];
/** What is done to a proposal or a demand by responding to it. */
const RESPONDED_TO = new Set(['accept', 'reject']);

/** Kinds of fact that speak of an event without reporting it done: agreed, proposed, demanded, warned of, refused. */
const NOT_DONE: ReadonlySet<string> = new Set(['agreement', 'proposal', 'demand', 'warning', 'rejection']);

/**
 * When a why-question's event is not reported as such of those actors (asked about Putin, only what Russia
 * did), the facts that come close (perhaps none); null when it is reported.
 */
function unreportedPremise(query: Query, index: FactIndex): Fact[] | null {
  const asked = answersTo({ ...query, kind: 'yes-no' }, index);
  // "Why did NATO agree to stop enlarging?": an agreement, offer, demand, warning or refusal is reported in so
  // many words when made, so none at all of those actors is none made (a visit may be worded otherwise)
  const committal = [...acceptedTypes(query.events)].every((type) => NOT_DONE.has(type));
  if (asked.length === 0) return committal ? [] : null;
  // (reported as done: "why did Macron meet Putin in Moscow?" is not answered by their agreeing to consider
  // meeting, nor "why did NATO accept the demands?" by its refusal)
  const done = acceptedTypes(query.events, true);
  const reported = asked.some(
    (scored) =>
      query.actors.every((actor) => !onlyThroughWhole(involvement(scored.indexed, actor.id))) &&
      (done.has(scored.indexed.fact.type) || !NOT_DONE.has(scored.indexed.fact.type)),
  );
  return reported ? null : bestFacts(asked);
}

/** "Both" of the actors named, not "both sides" of the story. */
const SAYS_BOTH = /\bboth\b(?! (?:sides|parties|camps)\b)/;

/**
 * Actors in parallel — several doers ("both Macron and Johnson"), receivers of one doer ("did Putin talk to
 * Macron and Johnson?"), or several places ("Geneva compared with Brussels") — each in turn with the rest of
 * the question: the best fact for each, or none unless all have one (or any, for "either … or").
 */
function eachInTurn(query: Query, index: FactIndex, allNeeded = true): Scored[] {
  const { parallel, found } = eachOneFound(query, index);
  if (allNeeded && found.size < parallel.length) return [];
  return [...new Set(found.values())];
}

/** The actors in parallel (see eachInTurn), and the best fact found for each that has one. */
function eachOneFound(
  query: Query,
  index: FactIndex,
): { parallel: ActorMention[]; found: Map<ActorMention, Scored> } {
  const agents = query.actors.filter((actor) => actor.role === 'agent');
  const recipients = query.actors.filter((actor) => actor.role === 'recipient');
  // "When were the Geneva talks and the NATO–Russia Council?": places, and bodies where things happened
  // (but "did the Council take place in Geneva?" asks about one meeting)
  const settings = query.kind === 'yes-no' ? ['place'] : ['place', 'institution'];
  const places = query.actors.filter((actor) => settings.includes(actor.kind ?? ''));
  // Doers split only around someone they share: "did Macron and Johnson meet?" asks about one meeting —
  // or when the question says so: "did Sherman and Stoltenberg both hold press conferences?"
  const shared = query.actors.length > agents.length;
  const both = SAYS_BOTH.test(query.normalised)
    ? query.actors.filter((actor) => actor.role !== 'recipient' && actor.kind === query.actors[0]!.kind)
    : [];
  const parallel =
    agents.length >= 2 && shared
      ? agents
      : both.length >= 2
        ? both
        : recipients.length >= 2 && agents.length > 0 && new Set(recipients.map((r) => r.kind)).size === 1
          ? recipients // "did Putin talk to Macron and Johnson?" (alike: not "tell Macron that NATO…")
          : places.length >= 2
            ? places
            : [];
  const found = new Map<ActorMention, Scored>();
  for (const one of parallel) {
    const actors = query.actors.filter((actor) => actor === one || !parallel.includes(actor));
    const top = answersTo({ ...query, actors }, index)[0];
    const same = top && [...found.values()].find((scored) => scored.indexed === top.indexed);
    if (top) found.set(one, same ?? top);
  }
  return { parallel, found };
}

/**
 * "Did Macron and Johnson both go to Kyiv?": when only some of those the question says "both" of did it, no —
 * and who did. Null unless the question says "both" and some, not all, did.
 */
function onlySomeOfBoth(
  query: Query,
  index: FactIndex,
  knowledge: KnowledgeBase,
  answered: Answered,
): Answer | null {
  if (query.kind !== 'yes-no' || !SAYS_BOTH.test(query.normalised)) return null;
  const { parallel, found } = eachOneFound(query, index);
  if (found.size === 0 || found.size === parallel.length) return null;
  const some = [...found.keys()].map((actor) => actor.id);
  const facts = [...new Set([...found.values()].map((scored) => scored.indexed.fact))];
  const confidence = Math.min(...[...found.values()].map((scored) => scored.confidence));
  return answered(
    `No: only ${listNames(some, knowledge)} did, as the articles report it: ${facts.map((fact) => fact.statement).join(' ')}`,
    facts,
    confidence,
  );
}

/**
 * "What happened in Libya in 2011?": no event is dated in that year, but a fact about Libya mentions it (a
 * 2011 air campaign). Only with something beside the year: "what happened in 1997?" alone is no such question.
 * So with a year long before the story on one side of a stretch: "the countries NATO took in after 1997".
 */
function yearMentioned(query: Query, index: FactIndex): Fact[] {
  const year = query.date?.bareYear ?? query.date?.yearBeside;
  if (!year || query.actors.length + query.topics.length === 0) return [];
  const asTopic = { ...query, date: null, topics: [...query.topics, year] };
  // (and every word asked: "what did the West promise in the 1990s?" is not answered by grievances about them)
  const stated = (scored: Scored) => asTopic.topics.every((stem) => scored.indexed.stems.has(stem));
  return bestFacts(answersTo(asTopic, index).filter(stated));
}

/** Asked whether someone was in a place, the facts of that time that put them in another. */
function placedElsewhere(query: Query, index: FactIndex): Fact[] {
  const setting = whereSomeoneWas(query);
  if (!setting || query.only) return [];
  const person = query.actors.find((actor) => actor.kind === 'person')!;
  const anywhere = { ...query, actors: query.actors.filter((actor) => actor.id !== setting) };
  // (the person in it themselves: Russia's delegation in Brussels does not place Putin there)
  const placed = answersTo(anywhere, index).filter(
    ({ indexed }) =>
      indexed.fact.place !== undefined && involvement(indexed, person.id).level >= FULLY_INVOLVED,
  );
  const place = placed[0]?.indexed.fact.place;
  return place && place !== setting
    ? bestFacts(placed.filter(({ indexed }) => indexed.fact.place === place))
    : [];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The best fact of the event asked about that fails only on whose initiative it was (see score-fact.ts). */
function otherWayRound(scored: Scored[]): Fact | null {
  const turned = scored.filter(
    (candidate) =>
      candidate.primaryType &&
      candidate.indexed.initiatedBy !== null &&
      candidate.confidence >= ANSWER_THRESHOLD &&
      candidate.failures.length === 1 &&
      candidate.failures[0] === 'roles',
  );
  return rank(turned)[0]?.indexed.fact ?? null;
}

/** How long a fact says it lasted, in hours, to compare one with another; 0 when it does not say. */
function hoursOf(fact: Fact): number {
  const per = HOURS_PER.get(fact.quantity?.unit.replace(/s$/, '') ?? '');
  return per === undefined ? 0 : fact.quantity!.value * per;
}
const HOURS_PER = new Map([
  ['hour', 1],
  ['day', 24],
  ['week', 168],
  ['month', 720],
]);

/** A body, a newspaper or a paper the knowledge describes with a sentence of the articles (`described_by`). */
function describedThing(id: string, knowledge: KnowledgeBase): boolean {
  const entity = knowledge.entities.get(id);
  return entity !== undefined && entity.kind !== 'person' && entity.describedBy !== undefined;
}
