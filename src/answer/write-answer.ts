/**
 * Writes an answer from the facts chosen, in the form its kind of question expects: the date first for
 * "when", the place for "where", the figure for "how many", "Yes" only for that very event, names first for
 * "who".
 */
import type { Entity, Fact, KnowledgeBase } from '../knowledge/model.ts';
import { conceptsWith, SPEECH, SPOKEN_OF_UNDONE } from '../nlp/lexicon.ts';
import type { Bound, Query } from '../nlp/query.ts';
import { fold } from '../text/fold.ts';
import {
  datePhrase,
  eventInvolving,
  factLines,
  listNames,
  quantityPhrase,
  whenPhrase,
  wherePhrase,
} from './compose.ts';
import { heldToBound } from './bound.ts';
import { acceptedTypes, type Scored } from './match.ts';
import { outcomeVerdict } from './outcome.ts';
import {
  agentSlotOf,
  initiativeAsked,
  lastsFor,
  mustMentionOf,
  ongoingSince,
  primaryTypeOf,
} from './score-fact.ts';
import { byDate } from './timeline.ts';
import { capitalise } from '../text/capitalise.ts';

export function writeAnswer(query: Query, facts: Fact[], top: Scored, knowledge: KnowledgeBase): string {
  const statements = facts.map((fact) => fact.statement).join(' ');
  switch (query.kind) {
    case 'when':
      return facts.map((fact) => `${capitalise(whenPhrase(fact.date!))}: ${fact.statement}`).join('\n');
    case 'where':
      // (a demand's places are in what it says: score-fact.ts)
      return facts
        .map((fact) => {
          const where = wherePhrase(knowledge, fact);
          return where ? `${capitalise(where)}: ${fact.statement}` : fact.statement;
        })
        .join('\n');
    case 'how-many':
    case 'how-long':
      return (
        (query.bound ? boundLead(query.bound, facts, false) : '') +
        facts
          .map((fact) => {
            const sinceWhen = query.kind === 'how-long' && !lastsFor(fact) && ongoingSince(fact);
            // (a fact that gives no figure — how an event ended, asked in the same breath — is said as it is)
            const measure = sinceWhen ? fact.date!.label : fact.quantity ? quantityPhrase(fact) : null;
            return measure ? `${capitalise(measure)}: ${fact.statement}` : fact.statement;
          })
          .join('\n')
      );
    case 'what-happened':
      return query.date
        ? `${capitalise(datePhrase(query.date))}, the articles report:\n${factLines([...facts].sort(byDate))}`
        : statements;
    case 'yes-no': {
      // "Did the Kremlin comment on the documents?": that it declined to is a no (not "did anybody…?": others
      // did); "did Russia agree to withdraw?": its diplomats did not commit to
      const { fact } = top.indexed;
      const doers = query.actors.filter((actor) => actor.role === 'agent');
      const doerNamed =
        doers.length > 0 && doers.every((actor) => fact.by.includes(actor.id) || fact.to.includes(actor.id));
      const verbs = [...query.eventStems.slice(0, 1), ...mustMentionOf(query.events[0])];
      if (doerNamed && declinedTo(fact.statement, verbs)) return `No. ${statements}`;
      // "Would the differences be easy to bridge?": the fact states the contrary ("difficult to bridge")
      const contrary = query.contraryTopics ?? [];
      if (contrary.length > 0 && contrary.every((stem) => top.indexed.stems.has(stem)))
        return `No. ${statements}`;
      // "Was Putin happy with NATO's answer?": what he said of it, never a yes or no to a feeling
      if (query.asksFeeling) return `The articles report what was said, not how anyone felt: ${statements}`;
      // "Did Russia mass more than 50,000 troops?": the figure reported, held to the one asked
      const lead = query.bound ? boundLead(query.bound, facts) : '';
      if (lead) return lead + statements;
      // "Did Putin and Macron meet?": no meeting, but a fact that speaks of one (they agreed to consider it).
      const notDone = notAsSuch(query, top, knowledge);
      if (notDone) return notDone + statements;
      // "Did the Brussels talks achieve anything?": what they ended in says
      const verdict = query.asksOutcome ? outcomeVerdict(query, facts) : null;
      if (verdict) return `${verdict}. ${statements}`;
      // (an outcome the facts don't settle is no "yes" to the event having happened)
      if (query.asksOutcome) return `Here is what the articles report: ${statements}`;
      // "Yes" only when the fact is that very event between those very actors on that very day.
      const primary = primaryTypeOf(query.events[0]);
      const exact =
        top.direct &&
        !top.approximateDate &&
        (query.eventByVerb || datedByName(query)) &&
        primary !== undefined &&
        (top.indexed.fact.type === primary ||
          wentThere(query, top.indexed.fact) ||
          kindNamedByObject(query, top.indexed.fact)) &&
        query.topics.every((stem) => top.indexed.stems.has(stem)) && // "coordinate their answers": all of it
        figureFits(query, top.indexed.fact); // "three draft treaties": not two
      // A fact that says it was declined or refused is no "yes" (unless refusing is what was asked).
      const negation = REFUSALS.has(query.events[0] ?? '') ? NEGATED_OTHERWISE : NEGATED;
      const callerNotSaid = exact ? callerUnknown(query, [top.indexed.fact]) : '';
      if (callerNotSaid) return `${callerNotSaid} ${statements}`;
      // ("does Russia want NATO to expand?": it demands that NATO renounce it — unless the question says so too)
      if (exact && !deniedUnasked(top.indexed.fact.statement, negation, query)) return `Yes. ${statements}`;
      return `Here is what the articles report: ${statements}`;
    }
    case 'who': {
      const named = facts.map((fact) => withUnnamedDoers(fact, query, knowledge)).join(' ');
      const callerNotSaid = callerUnknown(query, facts);
      return callerNotSaid ? `${named} ${callerNotSaid}` : named;
    }
    default:
      // "list all the proposals": one line each
      // "What sanctions were imposed?": of the events the articles speak of without reporting them done
      return (
        (query.kind === 'what' && SPOKEN_OF_UNDONE.has(query.events[0] ?? '')
          ? notAsSuch(query, top, knowledge)
          : '') + (query.listsAll && facts.length > 1 ? factLines(facts) : statements)
      );
  }
}

/**
 * "Yes. ", "No. ", or the figure when it settles neither ("up to 100,000") and the answer would not give it;
 * nothing if no fact gives one.
 */
function boundLead(bound: Bound, facts: Fact[], givesFigure = true): string {
  const held = heldToBound(bound, facts);
  if (!held) return '';
  if (held.verdict) return `${held.verdict}. `;
  return givesFigure ? `The articles give ${quantityPhrase(held.fact)}: ` : '';
}

/**
 * "Did Putin call Johnson?", "who called Putin?": the articles say whose initiative a call was only of
 * Macron's of 3 February; of the others the answer says they do not, rather than "yes" or a name.
 */
function callerUnknown(query: Query, facts: Fact[]): string {
  if (initiativeAsked(query) === null) return '';
  const calls = facts.filter((fact) => fact.type === 'phone-call' && !fact.initiator && fact.to.length === 0);
  if (calls.length === 0) return '';
  const days = calls.map((fact) => fact.date?.label ?? '').filter(Boolean);
  const which = days.length === calls.length ? ` of ${days.join(' and ')}` : '';
  return `The articles don't say who placed the call${calls.length > 1 ? 's' : ''}${which}.`;
}

/** The count a yes/no question states is the fact's, if the fact gives one (a year is no count). */
function figureFits(query: Query, fact: Fact): boolean {
  const { figure } = query;
  return !figure || !fact.quantity || fact.quantity.unit === 'year' || fact.quantity.value === figure;
}

/**
 * "Was the Johnson call on 2 February?", "was Macron's second call on a Thursday?": an event named by a noun,
 * whose day is what is asked (not "was there a meeting in Vienna?", which asks whether there was one).
 */
function datedByName(query: Query): boolean {
  return /^(?:is|was|were) (?!there\b)/.test(query.normalised) && query.date !== null && !query.date.guessed;
}

/** "Did Johnson go to Kyiv on 1 February?": whatever he did there, the fact has him at the place asked. */
function wentThere(query: Query, fact: Fact): boolean {
  return (
    DESTINATION_IS_PLACE.has(query.events[0] ?? '') &&
    query.actors.some((actor) => actor.role === 'recipient' && actor.id === fact.place) &&
    query.actors.every((actor) => actor.role !== 'agent' || fact.by.includes(actor.id))
  );
}
const DESTINATION_IS_PLACE = conceptsWith('destinationIsPlace');

/** "Did Putin receive a call?": the call is the event, whichever kind of fact the verb's concept lists first. */
function kindNamedByObject(query: Query, fact: Fact): boolean {
  const event = query.events[0] ?? '';
  return OBJECT_NAMES_KIND.has(event) && acceptedTypes([event]).has(fact.type);
}
const OBJECT_NAMES_KIND = conceptsWith('objectNamesKind');

/**
 * "Did Russia withdraw?", "what sanctions were imposed?": when the best fact only speaks of the event asked
 * about (demanded, refused, warned of) and none reports it done, the answer says so before quoting it.
 */
function notAsSuch(query: Query, top: Scored, knowledge: KnowledgeBase): string {
  const otherKind =
    query.events.length > 0 &&
    !acceptedTypes(query.events.slice(0, 1), true, query.eventStems).has(top.indexed.fact.type);
  return otherKind
    ? `The articles report no ${eventInvolving(query.events, [], knowledge)} as such. What they do report: `
    : '';
}

/** Folded words between spaces, so that a name is found whole: " us " is not in " russia ". */
const asWords = (text: string) =>
  ` ${fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
/** Each fact's statement and each entity's names as words, worked out once. */
const FOLDED_STATEMENTS = new WeakMap<Fact, string>();
const FOLDED_NAMES = new WeakMap<Entity, string[]>();

/**
 * A who-question is answered by a name: when a fact's statement does not name those who did it ("NATO's
 * secretary general concluded…"), who say it, or (asked "who was accused") who had it done to them, they go
 * first ("Jens Stoltenberg: NATO's secretary general concluded…").
 */
function withUnnamedDoers(fact: Fact, query: Query, knowledge: KnowledgeBase): string {
  let statement = FOLDED_STATEMENTS.get(fact);
  if (statement === undefined) FOLDED_STATEMENTS.set(fact, (statement = asWords(fact.statement)));
  // "Who says Russia has 100,000 troops?" asks who asserts it, not who did it; but who said something in a
  // speech act reported by others is who did it ("who brought up Libya?": Russia, by Western accounts).
  const asserted = query.events.includes('say') && fact.accordingTo.length > 0 && !SPEECH.includes(fact.type);
  const named = asserted
    ? fact.accordingTo
    : query.asksRecipient || agentSlotOf(query.events[0], fact.type) === 'to'
      ? fact.to
      : fact.by;
  const unnamed = named.filter((id) => {
    const entity = knowledge.entities.get(id);
    if (!entity || query.actors.some((actor) => actor.id === id)) return false;
    // ("which organisation met there?": the bodies that did it, not the countries with them)
    if (query.actorKindsAsked && !query.actorKindsAsked.includes(entity.kind)) return false;
    let names = FOLDED_NAMES.get(entity);
    if (names === undefined) {
      const name = asWords(entity.name.en).replace(/^ the /, ' ');
      // a person by surname; anything else by any of its names ("a Russian delegation" is the Russian diplomats)
      names =
        entity.kind === 'person'
          ? [` ${name.trim().split(' ').pop()!} `]
          : [name, ...entity.aliases.map(asWords)];
      FOLDED_NAMES.set(entity, names);
    }
    return !names.some((name) => statement.includes(name));
  });
  return unnamed.length > 0
    ? `${capitalise(listNames(unnamed, knowledge))}: ${fact.statement}`
    : fact.statement;
}

const NEGATED =
  /\b(not|no|never|neither|nor|declined|refused|rejected|rejection|denied|denies|without|renounce|stop|end to)\b/gi;
/** "Did the allies reject Russia's demands?": that they rejected them is the event itself. */
const REFUSALS = new Set(['reject', 'deny']);
const NEGATED_OTHERWISE = /\b(not|no|never|neither|nor|without)\b/gi;

/** A statement that says no to what is asked, in a word the question does not say itself ("did they stop…?"). */
function deniedUnasked(statement: string, negation: RegExp, query: Query): boolean {
  const asked = ` ${query.normalised} `;
  for (const match of statement.matchAll(negation))
    if (!asked.includes(` ${match[0].toLowerCase()} `)) return true;
  return false;
}

/** "The Kremlin declined to comment", "the Russian diplomats did not commit": the doer did not do it. */
export function declinedTo(statement: string, verbStems: readonly string[]): boolean {
  const stems = verbStems.filter((stem) => /^\p{L}+$/u.test(stem));
  if (stems.length === 0) return false;
  return new RegExp(`\\b(declined|refused|did not|would not) (to )?(${stems.join('|')})`, 'i').test(
    statement,
  );
}
