/**
 * How well one fact answers one question, step by step: the actors, the roles, the event, the date, the
 * topic words, and what the kind of question needs (a date, a place, a figure, a reason). Each step adds
 * to the weight the question carries and the weight the fact meets, or records why the fact cannot be
 * the answer. Confidence is the share of the question's weight a fact carries.
 */
import { fitsDateAsked, overlaps, weekdayOf } from '../knowledge/dates.ts';
import { SETTING_KINDS, type Fact } from '../knowledge/model.ts';
import { conceptsWith, EVENT_CONCEPTS, TIME_UNIT_STEMS } from '../nlp/lexicon.ts';
import { isNegatedVerb } from '../nlp/events.ts';
import type { ActorMention, Query } from '../nlp/query.ts';
import type { SetAside } from '../nlp/set-aside.ts';
import {
  FULLY_INVOLVED,
  involvement,
  ofAcceptedType,
  onlyThroughWhole,
  type IndexedFact,
  type Slot,
} from './fact-index.ts';

const WEIGHT = { actor: 3, event: 3, date: 3, reason: 3 } as const;

/** Why a fact cannot be the answer. */
export type Failure =
  'actor' | 'event' | 'topic' | 'quote' | 'roles' | 'date' | 'no-date' | 'no-place' | 'no-quantity';

export interface Scored {
  indexed: IndexedFact;
  confidence: number;
  /** Empty when the fact can answer. */
  failures: Failure[];
  /** Every actor asked about is a doer or recipient of the fact, not merely related to it. */
  direct: boolean;
  /** The fact's date only overlaps the day asked about (a week, a period). */
  approximateDate: boolean;
  /** The fact uses the very verb of the question ("regretted" for "what did Putin regret"). */
  namesVerb: boolean;
  /**
   * A why-question's verb in the fact's own statement or keywords, not only in a quote: of two causes, the one
   * that names what it caused ("why did NATO and Russia meet?": the meetings convened over the troops).
   */
  verbStated: boolean;
  /** Actors standing exactly in the role asked ("Putin told Johnson": Putin doer, Johnson recipient). */
  rolesAsAsked: number;
  /** The fact is of the event's first kind (a visit's is a meeting; a "say" is a statement). */
  primaryType: boolean;
  /** Topic words in the fact's own statement and keywords, not only in a quote it shares with another. */
  topicsStated: number;
}

/**
 * What one question asks of every fact, worked out once before its candidates are scored: the question
 * itself, and what its event concept and kind imply.
 */
export interface ScoringPlan {
  query: Query;
  /** The fact types the event asked about accepts (empty: no event asked about). */
  accepted: ReadonlySet<string>;
  /** Each topic word's weight, by rarity (see match.ts). */
  topicWeights: number[];
  /**
   * Whether each topic word must be matched for the fact to be about the question: not a negated verb ("what
   * won't NATO discuss?") nor how it was done ("flatly deny"). Read once here, not for every fact.
   */
  topicRequired: boolean[];
  /** The event's first kind of fact. */
  primaryType: string | undefined;
  /** For loose concepts, where the one who would do it stands in each kind of fact. */
  agentSlot: Partial<Record<Fact['type'], Slot>> | undefined;
  destinationIsPlace: boolean;
  /**
   * "What did NATO offer Ukraine?": one doer and one receiver of a concept whose object receives it; a fact
   * that acts on someone else, with the receiver only its subject, does not answer.
   */
  receiverMustReceive: boolean;
  /** Stems a fact must mention (any) to be about a loose concept. */
  mustMention: readonly string[] | undefined;
  /** "what did X say": whatever X asserts is something X said. */
  asksWhatWasSaid: boolean;
  /** "who says Russia has 100,000 troops?": whatever a fact reports on someone's word answers who said it. */
  asksWhoSaid: boolean;
  anchored: boolean;
  /** "Is Ukraine a NATO member?": yes or no, of an actor, with no event but "be". */
  asksProperty: boolean;
  /** "Did the Council take place in Geneva?": yes or no, nothing asked but happening, a place and something else. */
  asksWhereItTookPlace: boolean;
  /**
   * "Was Johnson in London when…?": where someone was, asked yes or no — the place or country named after "in"
   * must be where the fact happened, not one that person belongs to.
   */
  whereSomeoneWas: string | null;
  asksForDetail: boolean;
  rolesReliable: boolean;
  /** "What did Putin and Johnson talk about?": what one told the other is theirs alike. */
  conversation: boolean;
  /**
   * "Did Putin call Macron?" asks who took the initiative of a call, "did Putin receive a call?" who did not:
   * the verbs say whose initiative it was (the noun, "their call", does not).
   */
  initiative: 'took' | 'received' | null;
}

const CONVERSATIONS = new Set(['talk', 'discuss']);

/** What the steps add up: the weight asked, the weight met, and why the fact cannot answer, if it cannot. */
interface Tally {
  got: number;
  max: number;
  failures: Failure[];
}

/** An actor something was said about counts as fully as one it was said to (fact-index.ts weighs "about" 0.7). */
const ABOUT_WHEN_SAID = 1;
const ACTOR_KINDS = new Set(['person', 'country', 'organisation', 'group', 'media']);
/** Per loose concept, where the one who would do it stands in each kind of fact. */
const AGENT_SLOT = new Map(
  EVENT_CONCEPTS.filter((concept) => concept.agentSlot).map((concept) => [concept.name, concept.agentSlot!]),
);
/** Where the one who did it stands in a fact of that kind: "who received the letters?" asks for their `to`. */
export const agentSlotOf = (event: string | undefined, type: Fact['type']): Slot =>
  AGENT_SLOT.get(event ?? '')?.[type] ?? 'by';
const PRIMARY_TYPE = new Map(EVENT_CONCEPTS.map((concept) => [concept.name, concept.types[0]]));
/** Verbs of a concept whose own first kind of fact is another of the concept's: criticising is accusing. */
const PRIMARY_TYPE_BY_STEM: ReadonlyMap<string, Fact['type']> = new Map([['critic', 'accusation']]);
/** The event concept's first kind of fact: a call's is a phone call, a visit's a meeting. */
export const primaryTypeOf = (event: string | undefined): string | undefined => PRIMARY_TYPE.get(event ?? '');
/** Concepts whose destination must be the fact's place ("visit"). */
const DESTINATION_IS_PLACE = conceptsWith('destinationIsPlace');
const OBJECT_RECEIVES = conceptsWith('objectReceives');
/** Per loose concept, the stems a fact must mention (any of them). */
const MUST_MENTION = new Map(
  EVENT_CONCEPTS.filter((concept) => concept.mustMention).map((concept) => [
    concept.name,
    concept.mustMention!,
  ]),
);
/** The stems a fact about the event must mention ("accept": accept, agree, commit), none if any fact may do. */
export const mustMentionOf = (event: string | undefined): readonly string[] =>
  MUST_MENTION.get(event ?? '') ?? [];

/** An event with an actor or a date: enough to answer on without any topic word. */
export function anchoredQuery(query: Query): boolean {
  return query.events.length > 0 && (query.actors.length > 0 || query.date !== null);
}

/**
 * "Were the El País documents genuine?": the subject is a thing, the name before it only says which one
 * ("is Ukraine a NATO member?" asks of Ukraine).
 */
const qualifiesAThing = (query: Query) => {
  const subject = query.normalised.slice(query.normalised.indexOf(' ') + 1);
  return query.actors.some((actor) =>
    query.topicNouns.some((noun) => subject.startsWith(`the ${actor.text} ${noun}`)),
  );
};

export function planScoring(
  query: Query,
  accepted: ReadonlySet<string>,
  topicWeights: number[],
): ScoringPlan {
  const event = query.events[0] ?? '';
  return {
    query,
    accepted,
    topicWeights,
    topicRequired: query.topics.map(
      (topic) => !isNegatedVerb(topic) && !(query.mannerTopics?.includes(topic) ?? false),
    ),
    // ("what does Russia reproach NATO for?", « que reproche… », "criticise": saying, whose accusations first)
    primaryType: PRIMARY_TYPE_BY_STEM.get(query.eventStems[0] ?? '') ?? primaryTypeOf(event),
    agentSlot: AGENT_SLOT.get(event),
    destinationIsPlace: DESTINATION_IS_PLACE.has(event),
    receiverMustReceive:
      OBJECT_RECEIVES.has(event) &&
      query.kind === 'what' &&
      query.actors.length === 2 &&
      query.actors.some((actor) => actor.role === 'agent') &&
      query.actors.some((actor) => actor.role === 'recipient'),
    mustMention: MUST_MENTION.get(event),
    asksWhatWasSaid: query.events.includes('say'),
    asksWhoSaid: query.kind === 'who' && query.events.includes('say'),
    anchored: anchoredQuery(query),
    asksWhereItTookPlace:
      query.kind === 'yes-no' &&
      query.events.length === 0 &&
      query.topics.length === 0 &&
      query.actors.some((actor) => actor.kind === 'place') &&
      query.actors.some((actor) => actor.kind !== 'place'),
    whereSomeoneWas: whereSomeoneWas(query),
    asksProperty:
      query.kind === 'yes-no' &&
      query.events.length === 0 &&
      // (of an actor: a meeting or a place has a day and a place, which the facts date and place)
      // (the actor is what the question is about: not "was a promise made not to enlarge NATO?")
      query.actors.some(
        (actor) => !SETTING_KINDS.has(actor.kind ?? '') && isSubject(query.normalised, actor.text),
      ) &&
      // ("was Johnson in Kyiv on 1 February?" asks where and when, not a property of Johnson)
      query.date === null &&
      !qualifiesAThing(query),
    asksForDetail:
      query.kind === 'when' ||
      query.kind === 'where' ||
      query.kind === 'how-many' ||
      query.kind === 'how-long',
    rolesReliable: rolesReadReliably(query),
    conversation: CONVERSATIONS.has(event),
    initiative: initiativeAsked(query),
  };
}

const BEING_SOMEWHERE = /^(?:(?:was|were|is|are) |(?:\S+ ){1,3}(?:was|were|is|are) (?:he|she|they) )/;

/** "Was Johnson in London…?": the place or country asked about, if the question asks where someone was. */
export function whereSomeoneWas(query: Query): string | null {
  // (« Johnson était-il à Londres ? », glossed "johnson was he to londres")
  if (query.kind !== 'yes-no' || !BEING_SOMEWHERE.test(query.normalised)) return null;
  if (!query.actors.some((actor) => actor.kind === 'person')) return null;
  const setting = query.actors.find(
    (actor) =>
      (actor.kind === 'place' || actor.kind === 'country') &&
      new RegExp(`\\b(?:in|at|to) ${actor.text}\\b`).test(query.normalised),
  );
  return setting?.id ?? null;
}

/** Whose initiative the question's verb asks about, if it does (see ScoringPlan.initiative). */
export function initiativeAsked(query: Query): ScoringPlan['initiative'] {
  const event = query.events[0];
  if (event === 'receive') return 'received';
  const calledSomeone =
    event === 'call' &&
    query.eventByVerb &&
    // ("who called on 2 February?", "who called whom?": the caller is what is asked)
    (query.kind === 'who' || query.asksRecipient || query.actors.some((actor) => actor.role === 'recipient'));
  return calledSomeone ? 'took' : null;
}

export function scoreFact(plan: ScoringPlan, indexed: IndexedFact): Scored {
  const { query } = plan;
  const tally: Tally = { got: 0, max: 0, failures: [] };
  const namesVerb = query.eventStems.some((stem) => indexed.stems.has(stem));
  // A yes/no question about an event a fact names in its own words ("neither accepted nor rejected")
  // is answered by that fact, whatever its type; its roles are those of its own event, not the question's.
  // Only when the fact is about those very actors: "Stoltenberg called on Moscow" is no call to Putin.
  const namesEvent =
    query.kind === 'yes-no' &&
    namesVerb &&
    query.actors.every((actor) => involvement(indexed, actor.id).level >= FULLY_INVOLVED);
  const negates = negatesTheVerb(query, indexed);

  const actors = weighActors(plan, indexed, tally);
  // (nor are the roles of a fact that negates the verb asked: "who did not accept NATO's offer?" — NATO offered)
  checkRoles(plan, indexed, tally, actors, namesEvent || negates);
  weighEvent(plan, indexed, tally, namesEvent, negates);
  const approximateDate = weighDate(query, indexed, tally);
  weighTopics(plan, indexed, tally);
  if (query.quoted && !query.quoted.stems.every((stem) => indexed.stems.has(stem)))
    tally.failures.push('quote');
  weighWhatTheKindNeeds(query, indexed, tally);
  if (query.exclude.length > 0 && query.exclude.includes(indexed.fact.id)) tally.failures.push('topic'); // "who else"
  if (query.setAside && isSetAside(query.setAside, indexed)) tally.failures.push('topic');
  // "Who thought it would be easy?": not whoever said it would be difficult (asked yes or no, that is the no)
  if (query.kind !== 'yes-no' && query.contraryTopics?.some((stem) => indexed.stems.has(stem)))
    tally.failures.push('topic');

  return {
    indexed,
    confidence: tally.max === 0 ? 0 : Math.min(1, tally.got / tally.max),
    failures: tally.failures,
    direct: actors.direct,
    approximateDate,
    namesVerb,
    verbStated:
      query.kind === 'why' && namesVerb && query.eventStems.some((stem) => indexed.ownStems.has(stem)),
    rolesAsAsked: actors.rolesAsAsked,
    primaryType: plan.primaryType === indexed.fact.type,
    topicsStated: countStated(query.topics, indexed),
  };
}

interface ActorSummary {
  direct: boolean;
  reversedRoles: number;
  /** Asked about as the doer, but only the one acted on. */
  reversedAgents: number;
  /** Asked about as the one acted on, but only the setting or subject of a fact that acts on someone else. */
  bystanders: number;
  placedRoles: number;
  rolesAsAsked: number;
  /** Actors asked about that act, are acted on, assert it or are its place: not only what it is about. */
  parties: number;
}

/** How many of the topic words the fact's own statement and keywords carry (a loop: scored for every candidate). */
function countStated(topics: readonly string[], indexed: IndexedFact): number {
  let stated = 0;
  for (const topic of topics) if (indexed.ownStems.has(topic)) stated++;
  return stated;
}

/** Each actor asked about must be involved, and as the question has it. */
function weighActors(plan: ScoringPlan, indexed: IndexedFact, tally: Tally): ActorSummary {
  const { query } = plan;
  const summary: ActorSummary = {
    direct: true,
    reversedRoles: 0,
    reversedAgents: 0,
    bystanders: 0,
    placedRoles: 0,
    rolesAsAsked: 0,
    parties: 0,
  };
  const symmetric = indexed.symmetric || plan.conversation;
  for (const actor of query.actors) {
    tally.max += WEIGHT.actor;
    const found = involvement(indexed, actor.id);
    const { level, slots } = found;
    // Asked about Putin, what Russia did is an answer only to what Russia did: with an event named ("what did
    // Putin demand"), not for where Putin was born or when he was somewhere; and what a person said is their
    // own words ("what did Putin say about Georgia" is not what Russia demanded).
    const upwardOnly = onlyThroughWhole(found);
    const ownWordsAsked = plan.asksWhatWasSaid && actor.kind === 'person';
    // The one who acts must be a party to the fact (or assert it), not its setting: Ukraine says nothing in a
    // fact merely set in Kyiv. Places, institutions and documents are settings themselves: "when did the
    // NATO–Russia Council meet".
    const actsHere =
      slots.includes('by') ||
      slots.includes('to') ||
      slots.includes('according') ||
      (!ACTOR_KINDS.has(actor.kind ?? 'person') && !plan.asksWhatWasSaid); // a setting says nothing
    // "Did the Council take place in Geneva?": where something else took place, the place must be the fact's
    // own (or a party), not what it mentions.
    const placeOnlyMentioned =
      (plan.asksWhereItTookPlace && actor.kind === 'place' && !slots.some((slot) => slot !== 'about')) ||
      (plan.whereSomeoneWas === actor.id && !slots.includes('place'));
    if (
      level === 0 ||
      placeOnlyMentioned ||
      (upwardOnly && (query.events.length === 0 || ownWordsAsked)) ||
      (actor.role === 'agent' && !actsHere && query.events.length > 0 && query.kind !== 'why')
    ) {
      tally.failures.push('actor');
      continue;
    }
    // ("was the Council held in Brussels?": a body's meeting is about the body, and is it directly)
    const meetingOfBody =
      actor.kind === 'institution' && slots.includes('about') && indexed.fact.type === plan.primaryType;
    const inPerson = slots.includes('by') || slots.includes('to') || slots.includes('place');
    if (!meetingOfBody && (!inPerson || level < 0.9)) summary.direct = false;
    if (slots.some((slot) => slot !== 'about')) summary.parties++;
    // Roles matter when who did what to whom is not symmetric: "what did NATO offer" ≠ "what was NATO offered".
    const asDoer = actor.role === 'agent' && slots.includes('by');
    const asRecipient = actor.role === 'recipient' && slots.includes('to');
    // For loose concepts the doer stands where the fact's kind puts it: the accused of an accusation of invading.
    const agentSlot = plan.agentSlot?.[indexed.fact.type];
    const reversed =
      !symmetric &&
      ((actor.role === 'agent' &&
        slots.includes('to') &&
        !slots.includes('by') &&
        !(agentSlot && slots.includes(agentSlot))) ||
        (actor.role === 'recipient' && slots.includes('by') && !slots.includes('to')));
    if (reversed && actor.role === 'agent') summary.reversedAgents++;
    if (reversed) summary.reversedRoles++;
    else if (actor.role !== 'any') summary.placedRoles++;
    if (actor.role === 'recipient' && !symmetric && !slots.includes('by') && !slots.includes('to'))
      summary.bystanders++;
    if (!symmetric && (asDoer || asRecipient)) summary.rolesAsAsked++;
    // "What does Putin think about NATO?": what was said about an actor is as much about it as to it.
    const spokenOf = plan.asksWhatWasSaid && actor.role === 'any' && slots.includes('about');
    tally.got += WEIGHT.actor * (spokenOf ? Math.max(level, ABOUT_WHEN_SAID) : level) * (reversed ? 0.6 : 1);
  }
  // "Is Ukraine a NATO member?": a property asked of an actor is not borne out by a fact merely about it
  // (Borrell on the EU's NATO members).
  if (plan.asksProperty && summary.parties === 0) tally.failures.push('actor');
  return summary;
}

/** "Is [the] Ukraine …", "was Sherman …": the actor right after the verb "be" that opens the question. */
function isSubject(normalised: string, text: string): boolean {
  const rest = BE_OPENER.exec(normalised);
  return rest !== null && `${normalised.slice(rest[0].length)} `.startsWith(`${text.replace(/^the /, '')} `);
}
const BE_OPENER = /^(is|are|was|were) (the )?/;

/** Who did it to whom, where it decides the answer. */
function checkRoles(
  plan: ScoringPlan,
  indexed: IndexedFact,
  tally: Tally,
  actors: ActorSummary,
  namesEvent: boolean,
): void {
  const { query } = plan;
  // For loose concepts, who would be doing it stands in a slot that depends on the kind of fact.
  const agentSlot = plan.agentSlot?.[indexed.fact.type];
  if (agentSlot && query.kind !== 'why') {
    for (const actor of query.actors) {
      if (actor.role === 'agent' && !involvement(indexed, actor.id).slots.includes(agentSlot)) {
        tally.failures.push('roles');
      }
    }
  }
  if (plan.destinationIsPlace && query.kind !== 'why') {
    // (a person in no role is the traveller, not where to: "the day after Johnson's trip to Kyiv")
    const destinations = query.actors.filter(
      (actor) => actor.role !== 'agent' && !(actor.role === 'any' && actor.kind === 'person'),
    );
    for (const actor of destinations) {
      if (!involvement(indexed, actor.id).slots.includes('place')) {
        tally.failures.push('roles');
      }
    }
  }
  // Who did it to whom decides the answer: "did Russia reject NATO's offer" is not "NATO rejected
  // Russia's", and "what did Russia offer Ukraine" is not answered by what the West offered Russia (for
  // loose concepts the agent slots above decide instead). A count is of what the one asked about did: "how many
  // proposals did the US make?" is not answered by the two treaties Russia sent it.
  const turnedAround =
    actors.reversedRoles > 0 &&
    (query.kind === 'yes-no'
      ? actors.placedRoles === 0
      : actors.rolesAsAsked === 0 &&
        (plan.rolesReliable || (query.kind === 'how-many' && actors.reversedAgents > 0)));
  if (turnedAround && !namesEvent && !agentSlot) tally.failures.push('roles');
  // "What did NATO offer Ukraine?" is not answered by what NATO offered Russia about Ukraine.
  if (actors.bystanders > 0 && plan.receiverMustReceive) tally.failures.push('roles');
  // "Who did Stoltenberg warn?" is not answered by a warning to no one in particular.
  if (query.asksRecipient && !indexed.symmetric && indexed.fact.to.length === 0) tally.failures.push('roles');
  // "Did Putin call Macron on 3 February?", "who called Macron?": the call, two-sided as it is, was Macron's
  // initiative; "did Putin receive a call from Macron?": it was not Putin's
  if (plan.initiative && indexed.initiatedBy) {
    const { initiatedBy } = indexed;
    const took = plan.initiative === 'took';
    const turned = (actor: ActorMention) =>
      actor.role === 'agent'
        ? initiatedBy.has(actor.id) !== took
        : took && actor.role === 'recipient' && initiatedBy.has(actor.id);
    if (query.actors.some(turned)) tally.failures.push('roles');
  }
}

/** The kind of event asked about. */
function weighEvent(
  plan: ScoringPlan,
  indexed: IndexedFact,
  tally: Tally,
  namesEvent: boolean,
  negates: boolean,
): void {
  const { query } = plan;
  // "Why were the talks convened?": the cause is rarely the same kind of event as the talks, so a
  // why-question's event sets the scene and scores nothing.
  if (query.events.length === 0 || query.kind === 'why') return;
  tally.max += WEIGHT.event;
  // "How many nations spoke as one?": the count of what is asked answers, whatever the verb around it.
  if (countsWhatIsAsked(query, indexed)) return void (tally.got += WEIGHT.event);
  // What an actor asserts is something it said, whatever the fact's own type: "what did the West say
  // about the troops" is answered by a deployment reported "according to Western countries".
  const saidBy =
    (plan.asksWhatWasSaid && query.actors.some((actor) => assertedBy(indexed, actor.id))) ||
    (plan.asksWhoSaid && indexed.fact.accordingTo.length > 0);
  // "Did the West accept Russia's demands?": the rejection of those very demands answers it, with a no. The
  // demand itself only says what was asked, unless it says whether it was met ("did not commit"): it answers
  // less well ("did the allies agree to withdraw from the East?" is answered by their ruling it out).
  const onTopic = query.topics.some((stem) => indexed.stems.has(stem));
  const rejectsIt = indexed.fact.type === 'rejection' && onTopic;
  const asksIt = indexed.fact.type === 'demand' && onTopic;
  const aboutIt = !plan.mustMention || plan.mustMention.some((stem) => indexed.stems.has(stem)) || rejectsIt;
  const accepted = ofAcceptedType(indexed.fact, plan.accepted, query.kind);
  if ((accepted && aboutIt) || saidBy || negates) tally.got += WEIGHT.event;
  else if (namesEvent || (accepted && asksIt)) tally.got += WEIGHT.event / 2;
  else tally.failures.push('event');
}

/**
 * "Who didn't make the documents public?": a fact that negates the verb asked ("had not made the documents
 * public") answers, whatever its type — the event it negates is no event of its own — if it is about what the
 * question is about, all of it: "who didn't accept Russia's demands?" is not answered by NATO's offer Russia
 * "neither accepted nor rejected", nor "which body had not met?" by demands that were "not met".
 */
export function negatesTheVerb(query: Query, indexed: IndexedFact): boolean {
  if (!query.topics.some(isNegatedVerb)) return false; // (most questions negate nothing)
  let negates = false;
  let about = false;
  for (const stem of query.topics) {
    if (!indexed.stems.has(stem)) {
      if (!isNegatedVerb(stem)) return false;
    } else if (isNegatedVerb(stem)) negates = true;
    else about = true;
  }
  return negates && about;
}

/** The date asked about; returns whether the fact only overlaps it. */
function weighDate(query: Query, indexed: IndexedFact, tally: Tally): boolean {
  if (!query.date) return false;
  tally.max += WEIGHT.date;
  const fit = dateFit(query, indexed);
  if (fit === 0) tally.failures.push('date');
  const approximate = fit > 0 && fit < 1;
  // Listing a day's events, "since the end of 2021" is not an event of that day; but in "late December", an
  // event the articles date to December only may be.
  if (
    approximate &&
    (((query.kind === 'what-happened' || query.kind === 'timeline') && !withinAMonth(query, indexed)) ||
      (query.date.start === query.date.end && notOfOneDay(query, indexed)))
  )
    tally.failures.push('date');
  tally.got += WEIGHT.date * fit;
  return approximate;
}

/** The topic words, weighed by rarity; without an event and an anchor they are what is asked. */
function weighTopics(plan: ScoringPlan, indexed: IndexedFact, tally: Tally): void {
  const { query, topicWeights, topicRequired } = plan;
  // A negated verb ("what won't NATO discuss?") favours the facts that negate it ("cannot discuss") and rules
  // out none: "which body had not met for two years?" is answered by its first meeting in two years.
  let matched = 0;
  let required = 0;
  for (let i = 0; i < query.topics.length; i++) {
    const weight = topicWeights[i]!;
    const stated = indexed.stems.has(query.topics[i]!);
    tally.max += weight;
    if (stated) tally.got += weight;
    if (!topicRequired[i]) continue;
    required++;
    if (stated) matched++;
  }
  // "When did the Cold War end?": with nothing but topic words to go on, a date, place or figure belongs
  // to the fact only if the fact is about all of them (not a meeting "born of the Cold War").
  if (plan.asksForDetail && query.actors.length === 0 && query.events.length === 0 && matched < required) {
    tally.failures.push('topic');
  }
  // With no event named, or no actor nor date to anchor it, a fact must share a topic word ("who did not
  // accept the proposal" is not answered by an unrelated agreement).
  if (required > 0 && matched === 0 && !plan.anchored && query.kind !== 'what-happened') {
    tally.failures.push('topic');
  }
}

/** Stems that count countries: only a figure of countries answers them. */
const COUNTRY_STEMS = new Set(['countri', 'nation', 'state', 'member']);

/** Stems of moving troops or weapons somewhere, or out of it: where to is what a demand or offer says. */
const MOVES = new Set([
  'withdraw',
  'withdrawn',
  'deploy',
  'pull',
  'remov',
  'station',
  'move',
  'expand',
  'enlarg',
  'retreat',
]);

/** What the kind of question asks the fact to have: a date, a place, a figure of the right thing, a reason. */
function weighWhatTheKindNeeds(query: Query, indexed: IndexedFact, tally: Tally): void {
  const { fact } = indexed;
  // A year ("the 1997 configuration") is a date, not a count.
  const counts = fact.quantity !== undefined && fact.quantity.unit !== 'year';
  if (query.kind === 'when' && !fact.date) tally.failures.push('no-date');
  // "Where were the letters published?": in a newspaper, which is where a publication is.
  const published = query.events[0] === 'publish' && indexed.medium !== null;
  // ("where did Borrell write that?": on his blog)
  // "Where does Russia want NATO to withdraw its troops from?": the places a demand or an offer names
  // (the demand or offer asked about: not "where did NATO expand?", which no demand answers)
  const placesAsked =
    (fact.type === 'demand' || fact.type === 'proposal') &&
    (query.events[0] === 'demand' || query.events[0] === 'offer') &&
    fact.about.length > 0 &&
    query.topics.some((topic) => MOVES.has(topic));
  if (query.kind === 'where' && !fact.place && !fact.medium && !published && !placesAsked)
    tally.failures.push('no-place');
  if (query.kind === 'how-many' && !counts) tally.failures.push('no-quantity');
  // "How long…": a duration ("nearly four hours"), or a state the articles date "since 2014" — not a count.
  if (query.kind === 'how-long' && !lastsFor(fact) && !ongoingSince(fact)) tally.failures.push('no-quantity');
  // "how many soldiers" is not answered by a count of hours, even in a fact that names soldiers.
  if (
    query.counted &&
    fact.quantity &&
    (!indexed.stems.has(query.counted) ||
      (lastsFor(fact) && !TIME_UNIT_STEMS.has(query.counted)) ||
      // ("how many countries did Russia name?": not the troops that "Western countries" counted)
      (COUNTRY_STEMS.has(query.counted) && !/countr|nation|state|member/i.test(fact.quantity.unit)))
  )
    tally.failures.push('no-quantity');
  if (query.kind === 'why') {
    tally.max += WEIGHT.reason;
    if (indexed.givesReason) tally.got += WEIGHT.reason;
    // The event is no constraint here, but a fact that names it fits better ("the meetings were convened").
    // Elsewhere the verb only orders equally good facts (see rank).
    for (const stem of query.eventStems) {
      tally.max += 1;
      if (indexed.stems.has(stem)) tally.got += 1;
    }
  }
}

/** A fact whose figure is a length of time ("nearly four hours"); a bare year is a date, not a duration. */
export function lastsFor(fact: Fact): boolean {
  return (
    fact.quantity !== undefined &&
    /\b(hour|day|week|month|year)s?\b/.test(fact.quantity.unit) &&
    fact.quantity.unit !== 'year'
  );
}

/** A fact dated from a point on and still true when the articles were written ("since 2014"). */
export function ongoingSince(fact: Fact): boolean {
  return fact.date?.ongoing === true;
}

/** A how-many question whose counted thing is what the fact's figure counts. */
export function countsWhatIsAsked(query: Query, indexed: IndexedFact): boolean {
  return (
    query.kind === 'how-many' &&
    query.counted !== null &&
    indexed.fact.quantity !== undefined &&
    indexed.stems.has(query.counted)
  );
}

/** The entity asserts the fact: it is something that entity said. */
export function assertedBy(indexed: IndexedFact, entityId: string): boolean {
  return involvement(indexed, entityId).slots.includes('according');
}

/** A part of a month asked about ("late December") and an event the articles date to that month only. */
function withinAMonth(query: Query, indexed: IndexedFact): boolean {
  const date = indexed.fact.date!;
  return query.date!.end > query.date!.start && date.precision === 'month' && !date.ongoing;
}

/**
 * What is spread over days is no act of one of them: something said over "several weeks" is not what someone
 * announced on one day ("what did NATO announce on 21 January?"), nor the week's meetings, or troops massed
 * since 2021, what Russia did the day before Brussels.
 */
function notOfOneDay(query: Query, indexed: IndexedFact): boolean {
  const date = indexed.fact.date!;
  if (query.events.includes('say')) return overWeeks(indexed);
  return query.events.length === 0 && date.end > date.start;
}

/** A fact dated over more than a week: "for several weeks", "since the end of 2021". */
function overWeeks(indexed: IndexedFact): boolean {
  const date = indexed.fact.date!;
  return date.end - date.start > 7;
}

/**
 * The days a fact answers for: a state the articles report still true ("at war since 2014") holds up to when
 * they were written when a state is asked ("was Ukraine at war in January 2022?", "how long had it been…") —
 * not an event named by a verb ("was Crimea annexed in 2015?"), which happened on its own date.
 */
export function daysHeld(query: Query, indexed: IndexedFact): { start: number; end: number } | null {
  return query.eventByVerb && query.kind !== 'how-long' ? indexed.fact.date : indexed.heldOver;
}

/** 1 when the fact falls on the date asked about, 0.6 when it only overlaps it, 0 when it misses. */
function dateFit(query: Query, indexed: IndexedFact): number {
  const asked = query.date!;
  const date = indexed.fact.date;
  // "the 1997 configuration" names a thing, not a date; "what happened in 1997" asks for a date all the same
  const asTopic = query.kind !== 'what-happened' && query.kind !== 'timeline' && query.kind !== 'when';
  if (asked.bareYear && asTopic && indexed.stems.has(asked.bareYear)) return 1;
  if (!date) return 0;
  const onDay = (test: (day: number) => boolean) =>
    date.precision === 'day' && test(date.start) && overlaps(date, asked) ? 1 : 0;
  if (asked.precision === 'monthday')
    return onDay((day) => new Date(day * 86_400_000).getUTCDate() === asked.monthDay);
  if (asked.precision === 'weekday') return onDay((day) => weekdayOf(day) === asked.weekday);
  if (fitsDateAsked(date, asked)) return date.start >= asked.start && date.end <= asked.end ? 1 : 0.6;
  return fitsDateAsked(daysHeld(query, indexed)!, asked) ? 0.6 : 0;
}

/**
 * A doer and a receiver both named ("what did Russia offer Ukraine"), or a receiver with "who" for the doer
 * ("who leaked the documents to El País"): the roles are then read reliably.
 */
function rolesReadReliably(query: Query): boolean {
  const roles = query.actors.map((actor) => actor.role);
  if (query.kind === 'who') return roles.includes('recipient') && !roles.includes('agent');
  return query.kind !== 'why' && roles.includes('agent') && roles.includes('recipient');
}

/** "Apart from Geneva, where were talks held?": the fact is about what the asker set aside. */
function isSetAside(aside: SetAside, indexed: IndexedFact): boolean {
  return (
    aside.actors.some((id) => involvement(indexed, id).level >= FULLY_INVOLVED) ||
    // ("other than the Council": what met there, or was about it; "apart from Romania, which country…" keeps
    // the fact that names Romania among others)
    aside.settings.some((id) => indexed.slots.has(id)) ||
    aside.types.includes(indexed.fact.type) ||
    aside.stems.some((stem) => indexed.ownStems.has(stem))
  );
}
