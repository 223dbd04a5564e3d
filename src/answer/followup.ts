/**
 * Follow-up questions lean on the previous one: "and on 2 February?" keeps the question and changes
 * the date; "what did they discuss?" keeps the people and the day of the fact just given.
 */
import { formatDay } from '../knowledge/dates.ts';
import { SETTING_KINDS, settingsOf, type Fact, type KnowledgeBase } from '../knowledge/model.ts';
import type { Answer } from './answer.ts';
import { MAX_FACTS } from './compose.ts';
import { PERIOD } from '../nlp/dates.ts';
import { TYPES_BY_CONCEPT } from '../nlp/lexicon.ts';
import { dateQuery, type Bound, type Query } from '../nlp/query.ts';
import { PRONOUNS } from '../nlp/tokens.ts';

/** What a conversation remembers between two questions; plain data, so a store can keep it. */
export interface ConversationContext {
  query: Query;
  /** The facts the last answer gave, best first. */
  factIds: string[];
  /** Their doers and recipients, and the day of the first one (day number), for "they" and "that day". */
  focusActors: string[];
  focusDay: number | null;
  /** The people "he" or "her" stands for next (absent from contexts stored by older versions). */
  focusPeople?: string[];
}

/** What to remember of a question and its answer. */
export function conversationContext(
  query: Query,
  answer: Answer,
  knowledge: KnowledgeBase,
): ConversationContext {
  const facts = answer.factIds.map((id) => knowledge.factById.get(id)!);
  const partners = (fact: Fact) => [...new Set([...fact.by, ...fact.to])];
  const first = facts[0];
  // "What is the NATO–Russia Council?" → "when had it last met?": what was asked about, not the answer's people
  const asksWhatOneIs = query.identity === 'thing' || query.identity === 'person';
  return {
    query,
    factIds: answer.factIds,
    focusActors: first && !asksWhatOneIs ? partners(first) : query.actors.map((a) => a.id),
    // (who someone is, or who leads something, has no day: the fact that says it was only the best example)
    focusDay: first?.date?.precision === 'day' && query.identity === null ? first.date.start : null,
    focusPeople: peopleInFocus(query, [...new Set(facts.flatMap(partners))], knowledge),
  };
}

/**
 * Whom "he" means after this answer: the person the question named ("what did Johnson warn?" → "where was
 * he?"), or, after a who-question, the person its answer gave ("who called Putin?" → "what is his job?"),
 * one who belongs to what was asked about first ("who led the Russian delegation?": Grushko, not Stoltenberg).
 */
function peopleInFocus(query: Query, partners: string[], knowledge: KnowledgeBase): string[] {
  const isPerson = (id: string) => knowledge.entities.get(id)?.kind === 'person';
  const named = query.actors.map((actor) => actor.id).filter(isPerson);
  // ("who is Stoltenberg?" asks who the one named is: he stays the one in focus; of several, the doer:
  // "when did Putin speak with Johnson?" → "who did he call after that?")
  if (named.length > 0 && (query.kind !== 'who' || query.identity !== null)) {
    const doers = query.actors.filter((actor) => actor.role === 'agent' && isPerson(actor.id));
    return doers.length === 1 ? [doers[0]!.id] : named;
  }
  const given = partners.filter((id) => isPerson(id) && !named.includes(id));
  const asked = query.actors.map((actor) => actor.id);
  const belonging = given.filter((id) => asked.some((body) => knowledge.entities.get(id)!.lineage.has(body)));
  return belonging.length > 0 ? belonging : given.length > 0 ? given : named;
}

export function resolveFollowUp(
  query: Query,
  previous: ConversationContext | null | undefined,
  knowledge: KnowledgeBase,
): Query {
  if (!previous) return query;
  // "who said so?", "is that true?": the last answer's facts
  if (query.sourceOf) return { ...query, sourceOf: previous.factIds.slice(0, MAX_FACTS) };
  // "what was in them?", "and what did they contain?": the papers of the last answer
  if (query.contents?.papers.length === 0) return { ...query, documentsOf: previous.factIds };
  // "Did NATO reply to Russia?" → "what did it say?": what the paper the last answer gave said
  if (asksWhatWasSaid(query) && paperOf(previous.factIds[0], knowledge))
    return { ...query, contents: { papers: [], parties: [] }, documentsOf: previous.factIds };

  query = withShiftedDay(withMonthFromConversation(query, previous), previous);
  const before = previous.query;
  // ("what was his job?" says enough: who someone is)
  const saysLittle =
    query.actors.length === 0 &&
    query.events.length === 0 &&
    query.topics.length === 0 &&
    query.identity === null;
  // "and on 2 February?", "what about the second call?" — not "and what did he say?", a question of its own.
  const continues = query.continues && (query.events.length === 0 || !query.eventByVerb);
  const changesSomething =
    query.date !== null || query.actors.length > 0 || query.events.length > 0 || query.order !== null;
  // "what was it about?", "what's that about?": what the last answer's event was about, which is what its
  // people discussed — not the story's gist, nor the last question again
  if (saysLittle && query.refersBack && ABOUT_THE_LAST.test(query.normalised))
    return {
      ...query,
      kind: 'what',
      events: ['discuss'],
      actors: recall(previous.focusActors),
      date: query.date ?? dayOf(previous),
    };
  // "How long did the Brussels talks last?" → "more than three hours, then?": the last question again, its
  // figure held to that bound (a count or a length still asked as one) — after a question that asked for a
  // figure, and not "more than 50,000 troops?" after one about something else
  const measured = before.kind === 'how-many' || before.kind === 'how-long';
  const boundAlone = (bound: Bound) =>
    (measured || before.bound) &&
    query.actors.length === 0 &&
    query.events.every((event) => before.events.includes(event)) &&
    query.date === null &&
    query.topics.every((topic) => query.spelled[topic] === bound.unit || before.topics.includes(topic));
  if (query.bound && boundAlone(query.bound)) {
    return {
      ...before,
      question: query.question,
      kind: measured ? before.kind : 'yes-no',
      bound: query.bound,
    };
  }
  // "what is this story about?", "give me the timeline": the whole story, whatever was asked before (not "and
  // in order?")
  if (query.kind === 'timeline' && saysLittle && !query.continues) return query;
  // "which article is that from?": the last question's articles
  if (query.whichArticle && saysLittle) return { ...before, question: query.question, whichArticle: true };
  // "Tell me about the Brussels meeting" → "what did the Americans say there?", "who led the Russian side?":
  // at that place or body (who led it there, not who leads Russia)
  const ledThere =
    query.identity === 'leader' && /^who (led|headed|chaired|presided)\b/.test(query.normalised);
  if ((query.refersToPlace || ledThere) && query.date === null && !query.actors.some(isSetting)) {
    const settings = settingsInFocus(previous, knowledge);
    // ("there" is a place: Brussels rather than the Council, which facts may be about without being at it)
    const places = [...before.actors.filter(isSetting), ...settingsAnswered(previous, knowledge)].filter(
      (one) => one.kind === 'place',
    );
    const setting = query.refersToPlace && places.length > 0 ? [places[0]!] : settings;
    query = { ...query, actors: [...query.actors, ...setting] };
  }
  if (query.elseThan) {
    // "who else?": the previous question again; "who else did he call?": this one about the same people —
    // either way, other than what was answered.
    if (saysLittle) {
      // "who else was there?": anyone else the articles show at the setting asked about (the Council) that day,
      // whatever was asked of it, or else at the one the last answer gave (identity.ts)
      const settings = settingsInFocus(previous, knowledge);
      if (settings.length > 0 && asksWhoWasThere(query))
        return {
          ...before,
          question: query.question,
          kind: 'who',
          actors: settings.map((actor) => ({ ...actor, role: 'any' as const })),
          topics: [],
          events: ['meet'], // (with no one else named, being there is attending what met there)
          eventStems: [],
          identity: 'cast',
          order: null,
          lasting: null,
          date: before.date ?? dayOf(previous),
          exclude: previous.factIds,
          otherThan: previous.focusPeople ?? [],
        };
      return { ...before, question: query.question, exclude: [...before.exclude, ...previous.factIds] };
    }
    // "Did Macron call Putin?" → "who else did he call?": "he" is the one who acted, the "else" the other
    // ("he" is no body: after "who spoke for the State Department?", the one who answered for it)
    const doers = before.actors.filter(
      (actor) => actor.role === 'agent' && (!query.refersToPerson || actor.kind === 'person'),
    );
    const people = query.refersToPerson ? recall(previous.focusPeople ?? [], 'person') : [];
    const actors =
      query.actors.length > 0
        ? query.actors
        : query.refersBack && doers.length > 0
          ? doers
          : people.length > 0
            ? people
            : before.actors.map((actor) => ({ ...actor, role: 'any' as const }));
    return { ...query, actors, exclude: previous.factIds };
  }
  // "what happened the next day?" asks about that day, whatever the last question was about
  if (query.kind === 'what-happened' && query.date && !query.continues) return query;
  // ("where was he the day before?" asks about the person, not the last question's call again; so does "and
  // where was he?" after a when-question: another kind of question about him)
  const aboutThePerson =
    saysLittle && query.refersToPerson && (!query.continues || query.kind !== before.kind);
  if (
    (continues || saysLittle) &&
    !aboutThePerson &&
    query.unknown.length === 0 &&
    (changesSomething || saysLittle)
  ) {
    // "and on 2 February?", "what about Macron?", "and the second call?": the previous question with what
    // was changed.
    return {
      ...before,
      question: query.question,
      normalised: query.normalised,
      date: query.date ?? before.date,
      actors:
        query.actors.length > 0
          ? withSetting(inTheirPlace(query.actors, before.actors, knowledge), before.actors)
          : // "What happened in Vienna?" → "and the day before?", « et après ? »: that day (or those after)
            // wherever; the place dated the first
            before.kind === 'what-happened' && (query.dayShift !== null || query.sinceLast !== null)
            ? before.actors.filter((actor) => actor.kind !== 'place')
            : before.actors,
      // "who led the NATO side at the Council?" → "and who led the Russians?": the same words, at the Council;
      // but "what did the letters say about missiles?" → "what about Ukraine?": Ukraine instead of missiles
      topics: replacesTopic(query, before)
        ? before.topics.filter((topic) => !before.topicNouns.includes(topic))
        : query.topics.every((topic) => before.topics.includes(topic))
          ? before.topics
          : query.topics,
      spelled: { ...before.spelled, ...query.spelled },
      // ("what about Macron?" asks as the last question did; "what were they?" after a yes or no asks what)
      kind: query.kind === 'what' && (query.continues || before.kind !== 'yes-no') ? before.kind : query.kind,
      events: query.events.length > 0 ? query.events : before.events,
      eventStems: query.events.length > 0 ? query.eventStems : before.eventStems,
      order: query.order ?? before.order,
      // ("Tell me about the Brussels meeting" → "and what came after it?": the days after that)
      relativeTo: query.relativeTo ?? before.relativeTo,
      // ("did Macron call Putin?" → "how many times?": what is counted is this question's)
      counted: query.counted ?? before.counted,
      corrections: query.corrections,
      continues: true,
    };
  }
  // "When were the letters published?" → "and Russia, what did it reply?": to the letters, the conversation's
  // subject, though a fact need not name it. So for a response to nothing named: "what grievances did Russia
  // air?" → "how did NATO respond?".
  // "What did Russia demand?" → "did NATO accept?": accepting or rejecting nothing named is doing so to the last
  // answer's subject too.
  const respondsToLast =
    query.events.some((event) => REACTIONS.has(event)) &&
    !query.actors.some((actor) => actor.role === 'recipient');
  // (a response comes that day and is not the answer responded to; an acceptance may come later, or be in it)
  const respondedThatDay = respondsToLast && query.events.includes('respond');
  if (
    (query.continues || respondsToLast) &&
    query.topics.length === 0 &&
    query.date === null &&
    (before.topics.length > 0 || (respondsToLast && before.eventStems.length > 0))
  ) {
    // (what was responded to may be the last question's own event: "air grievances")
    const topics = respondsToLast ? [...new Set([...before.topics, ...before.eventStems])] : before.topics;
    query = {
      ...query,
      topics,
      incidentalTopics: [...query.incidentalTopics, ...topics],
      spelled: { ...before.spelled, ...query.spelled },
      // a response to what was just answered is not that answer again ("neither accepted nor rejected the
      // offer" holds the acceptance asked about) — unless the responder did it: "what did Putin tell Johnson?" →
      // "how did Johnson respond?" is answered by what the two agreed, which the last answer also showed
      // (and not the paper that carried what was answered: "what did the letters propose?" → "did Russia reply?")
      exclude: respondedThatDay
        ? notDoneBy(responders(query), withPapers(previous.factIds, knowledge), knowledge)
        : query.exclude,
    };
  }
  const thatDay = query.date ?? dayOf(previous);
  // "What is NATO's open-door policy?" → "why does it matter to Russia?": "it" is the thing the last question
  // asked about, with no event of its own, not the people its answer gave
  if (
    query.refersBack &&
    IT.test(query.normalised) &&
    query.topics.length === 0 &&
    query.events.length === 0 &&
    before.events.length === 0 &&
    before.topicNouns.length > 0
  ) {
    const named = new Set(query.actors.map((actor) => actor.id));
    return {
      ...query,
      actors: [...query.actors, ...before.actors.filter((actor) => !named.has(actor.id))],
      topics: before.topics,
      topicNouns: before.topicNouns,
      spelled: { ...before.spelled, ...query.spelled },
    };
  }
  if (query.refersBack && previous.focusActors.length > 0) {
    // "what did they discuss?", "what did Putin tell him?": the people of the last answer join those
    // named, on its day unless another is named.
    // "Who did Putin speak to on 3 February?" → "who did he call the day before?": asked "who" again, the
    // pronoun is the one the last question named, not the one its answer gave.
    // "he", "his": the one person in focus, not everyone of the last answer.
    const named = new Set(query.actors.map((actor) => actor.id));
    // (not when it named no one "he" could be: "who visited Kyiv?" → "who did he call?" is the one who did)
    const askedAgain =
      query.kind === 'who' &&
      before.kind === 'who' &&
      before.actors.length > 0 &&
      (!query.refersToPerson ||
        before.actors.some((actor) => actor.kind === 'person') ||
        (previous.focusPeople ?? []).length === 0);
    // (French « il », « elle » may be a thing's, but after "who…?" they are the one the answer gave)
    const toPerson =
      query.refersToPerson ||
      (query.language === 'fr' && before.kind === 'who' && FRENCH_SUBJECT.test(query.normalised));
    const people = toPerson && !askedAgain ? (previous.focusPeople ?? []) : [];
    const unnamed = (ids: string[]) => ids.filter((id) => !named.has(id));
    // ("was it the first Council meeting in years?": "it" is the event the setting it names stands for, not
    // the people the last answer gave)
    // (a setting the question did not name, added above for "who chaired it?", is no setting named)
    const settingNamed = !toPerson && !ledThere && query.actors.some(isSetting) && IT.test(query.normalised);
    // ("who chaired it?" after the Council's meeting, "who led it?" after the Russian delegation's coming: what
    // the last question asked about, not the people its answer gave)
    const itsHead = query.identity === 'leader' && query.actors.every(isSetting);
    const recalled = settingNamed
      ? []
      : itsHead
        ? recall(before.actors.filter((actor) => actor.kind !== 'place').map((actor) => actor.id))
        : askedAgain
          ? recall(unnamed(before.actors.map((actor) => actor.id)))
          : people.length > 0
            ? recall(unnamed(people), 'person')
            : recall(unnamed(previous.focusActors));
    // (a when-question asks the day: "who was embroiled in a scandal?" → "when did he call Putin?"; so does
    // one about someone the last answer did not show: "what did Johnson say in Kyiv?" → "what did he agree
    // with Putin?", another day's doing)
    const newcomer = query.actors.some(
      (actor) => !isSetting(actor) && !previous.focusActors.includes(actor.id),
    );
    // "was he the only one to call him?": the one "he" stands for, over the whole story, with whom the last
    // question named ("him"); "was he the only one?" asks it of what the last question asked
    const stoodFor = query.only && PRONOUNS.has(query.only) ? recalled[0] : undefined;
    if (stoodFor) {
      const alone = stoodFor.id;
      const others = before.actors.filter((actor) => !isSetting(actor) && actor.id !== alone);
      const elided = query.events.length + query.topics.length === 0;
      const own = elided ? before : query;
      return {
        ...own,
        question: query.question,
        kind: 'yes-no',
        actors: [
          ...own.actors.filter((actor) => actor.id !== alone),
          ...(elided || !OBJECT_PRONOUN.test(query.normalised) ? [] : others),
          { ...stoodFor, role: 'agent' },
        ],
        only: alone,
        date: query.date,
      };
    }
    // (a place has no head: "who led it?" is not asking who heads Brussels)
    if (itsHead) {
      const kept = query.actors.filter((a) => a.kind !== 'place' && !recalled.some((one) => one.id === a.id));
      return { ...query, actors: [...recalled, ...kept] };
    }
    return {
      ...query,
      actors: [...query.actors, ...recalled],
      date: query.kind === 'when' || newcomer ? query.date : (query.date ?? guessedDay(query, previous)),
    };
  }
  // "where was Johnson then?", "how did NATO respond?": the day of the last answer, not its people
  if (query.refersToThen || respondedThatDay) return { ...query, date: thatDay };
  return query;
}

const IT = /\b(?:it|this)\b/;

/** A name asked "about" where the last question asked about a thing, not about anyone: it takes its place. */
const replacesTopic = (query: Query, before: Query) =>
  query.actors.length > 0 && query.topics.length === 0 && before.actors.length === 0;

/** "What did it say?", "what did they propose?": nothing named, only what was said. */
const asksWhatWasSaid = (query: Query) =>
  query.kind === 'what' &&
  query.refersBack &&
  !query.elseThan &&
  query.actors.length === 0 &&
  query.topics.length === 0 &&
  query.events.length > 0 &&
  query.events.every((event) => SAYING.has(event));

const SAYING = new Set(['say', 'offer', 'demand']);

/** The paper a fact is, or said it, when the articles report what that paper said. */
function paperOf(factId: string | undefined, knowledge: KnowledgeBase): Fact | undefined {
  const fact = knowledge.factById.get(factId ?? '');
  const paper = fact?.document ? fact : knowledge.factById.get(fact?.carriedBy ?? '');
  return paper && knowledge.facts.some((one) => one.carriedBy === paper.id) ? paper : undefined;
}

/** "What was it about?", "what's that about?" */
const ABOUT_THE_LAST = /^what (is|was|were|are) (it|that|this|they) about\b/;

/** The day of the last answer's first fact, as a date asked: "that day". */
function dayOf(previous: ConversationContext): Query['date'] {
  const day = previous.focusDay;
  return day === null ? null : dateQuery(day, day, 'day', 'that day');
}

/**
 * "Who visited Kyiv?" → "who did he call?": a call, a meeting or a publication of its own need not be on the
 * last answer's day, which is only a guess the engine drops when it finds nothing — unlike what was said or
 * wanted ("what did he want?" after a call), which is asked of that day's event.
 */
function guessedDay(query: Query, previous: ConversationContext): Query['date'] {
  const day = dayOf(previous);
  const ownEvent =
    query.events.length > 0 &&
    query.events.every((event) => TYPES_BY_CONCEPT.get(event)?.every((type) => OCCURRENCES.has(type)));
  return day && ownEvent ? dateQuery(day.start, day.end, day.precision, day.label, { guessed: true }) : day;
}
const OCCURRENCES: ReadonlySet<string> = new Set(['phone-call', 'meeting', 'publication']);

/** Events that answer something else: what they answer, unnamed, is the last answer's subject. */
const REACTIONS = new Set(['respond', 'accept', 'reject']);

/** Who a response question asks about: its doers ("how did Johnson respond?"). */
const responders = (query: Query) =>
  query.actors.filter((actor) => actor.role === 'agent').map((actor) => actor.id);

/** Those facts and the papers that carried any of them (see the knowledge's `carried_by`). */
function withPapers(factIds: string[], knowledge: KnowledgeBase): string[] {
  const papers = factIds.flatMap((id) => knowledge.factById.get(id)?.carriedBy ?? []);
  return [...new Set([...factIds, ...papers])];
}

/** The facts of those ids that none of the doers given did (lineage included: Johnson's for the UK). */
function notDoneBy(doers: string[], factIds: string[], knowledge: KnowledgeBase): string[] {
  return factIds.filter((id) =>
    knowledge.factById
      .get(id)!
      .by.every((by) => !doers.some((doer) => knowledge.entities.get(by)?.lineage.has(doer))),
  );
}

/**
 * "Who led the NATO side at the Council?" → "and who led the Russians?": the people change, the setting (a
 * place, the Council) stays unless another is named.
 */
function withSetting(actors: Query['actors'], before: Query['actors']): Query['actors'] {
  // "When was the Council?" → "and the OSCE?": what was asked about is what changes
  if (actors.some(isSetting) || before.every(isSetting)) return actors;
  return [...actors, ...before.filter((actor) => isSetting(actor) && !actors.some((a) => a.id === actor.id))];
}

/**
 * "What did the US propose?" → "and NATO?": one party named instead of the one party asked about takes its
 * part (NATO proposing, not anything proposed at NATO) — if the articles show it doing anything: "what does
 * Russia demand?" → "what about Georgia?" asks about Georgia, which does nothing in them.
 */
function inTheirPlace(
  actors: Query['actors'],
  before: Query['actors'],
  knowledge: KnowledgeBase,
): Query['actors'] {
  const parties = before.filter((actor) => !isSetting(actor));
  const [one] = actors;
  if (actors.length !== 1 || one!.role !== 'any' || isSetting(one!) || parties.length !== 1) return actors;
  const acts = knowledge.facts.some((fact) =>
    fact.by.some((doer) => knowledge.entities.get(doer)?.lineage.has(one!.id)),
  );
  return acts ? [{ ...one!, role: parties[0]!.role }] : actors;
}

const isSetting = (actor: Query['actors'][number]) => SETTING_KINDS.has(actor.kind ?? '');

/** The settings the last question asked about (the Council), or else those of the first fact it was answered with. */
function settingsInFocus(previous: ConversationContext, knowledge: KnowledgeBase): Query['actors'] {
  const asked = previous.query.actors.filter(isSetting);
  return asked.length > 0 ? asked : settingsAnswered(previous, knowledge);
}

/**
 * Where the last answer's first fact happened, its place and the body that met: "who else was there?". Worked
 * out from the remembered fact when a follow-up needs it, not stored with every answer.
 */
function settingsAnswered(previous: ConversationContext, knowledge: KnowledgeBase): Query['actors'] {
  const first = knowledge.factById.get(previous.factIds[0] ?? '');
  if (!first) return [];
  return settingsOf(first, knowledge.entities).map((id) => ({
    id,
    role: 'any' as const,
    text: id,
    kind: knowledge.entities.get(id)!.kind,
  }));
}

/**
 * "Who else was there?", « qui d'autre était là ? », « qui d'autre y était ? » (glossed "who else y was"): the
 * place of the last question, not its people.
 */
const asksWhoWasThere = (query: Query) =>
  /\bthere\b|\by (was|were|is|are)\b/.test(query.normalised) || /(^|\s)là(?=[\s?!.]|$)/i.test(query.question);

/** "was he the only one to call him?": someone the last question named stands in the question too. */
const OBJECT_PRONOUN = /\b(him|her|them|lui|leur)\b/;

/** Actors brought back from the conversation: in any role, as the question does not say. */
const recall = (ids: string[], kind?: string): Query['actors'] =>
  ids.map((id) => ({ id, role: 'any', text: id, ...(kind ? { kind } : {}) }));

/**
 * "and the day after?": the day after the one last asked about, or else last answered with; "where did they
 * meet after that?": any day after it.
 */
function withShiftedDay(query: Query, previous: ConversationContext): Query {
  if ((query.dayShift === null && query.sinceLast === null) || query.date) return query;
  const before = previous.query.date;
  const anchor = before?.precision === 'day' ? before.start : previous.focusDay;
  if (anchor === null) return query;
  if (query.sinceLast === 'after') {
    const label = `after ${formatDay(anchor)}`;
    return { ...query, date: dateQuery(anchor + 1, PERIOD.end + 365, 'month', label) };
  }
  if (query.sinceLast === 'before') {
    const label = `before ${formatDay(anchor)}`;
    return { ...query, date: dateQuery(PERIOD.start - 3650, anchor - 1, 'month', label) };
  }
  const day = anchor + query.dayShift!;
  return { ...query, date: dateQuery(day, day, 'day', formatDay(day)) };
}

/** "what about the 31st?": the month of the day last talked about. */
function withMonthFromConversation(query: Query, previous: ConversationContext): Query {
  const day = query.date?.monthDay;
  const before = previous.query.date ?? null;
  const anchor = before?.precision === 'day' ? before.start : previous.focusDay;
  if (day === undefined || anchor === null) return query;
  const month = new Date(anchor * 86_400_000);
  const start = Math.round(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), day) / 86_400_000);
  // The 31st after a question about 3 February is 31 January: the nearest such day before or in that month.
  const candidates = [0, -1, 1].map((shift) =>
    Math.round(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + shift, day) / 86_400_000),
  );
  const valid = candidates.filter((d) => new Date(d * 86_400_000).getUTCDate() === day);
  const chosen = valid.sort((a, b) => Math.abs(a - anchor) - Math.abs(b - anchor))[0] ?? start;
  return { ...query, date: dateQuery(chosen, chosen, 'day', formatDay(chosen)) };
}

/** « il », « elle » as glossed. */
const FRENCH_SUBJECT = /\b(he|she)\b/;
