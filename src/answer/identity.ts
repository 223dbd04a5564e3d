/**
 * "Who is X?" and "who leads X?": answered from what the articles say of the person, or of the body's
 * titled head; the rest of responding (respond.ts) handles everything else.
 */
import { SETTING_KINDS, type Entity, type Fact, type KnowledgeBase } from '../knowledge/model.ts';
import { overlaps } from '../knowledge/dates.ts';
import type { Query } from '../nlp/query.ts';
import type { Answer, Answered, Refused } from './answer.ts';
import { SCOPE } from './compose.ts';
import { involvement, isParty, type FactIndex, type IndexedFact } from './fact-index.ts';
import { assertedBy } from './score-fact.ts';
import { capitalise } from '../text/capitalise.ts';
import { fold } from '../text/fold.ts';
import { TITLE_WORDS } from '../nlp/lexicon.ts';

/**
 * "Who is Stoltenberg?": the person as the articles present them, with the most telling fact about
 * them. Only people the sources name can be answered; "who is the president of Ukraine?" cannot.
 * "Who led the Russian delegation?" names no body with a titled head: the facts answer it (null).
 */
export function identityAnswer(
  query: Query,
  index: FactIndex,
  knowledge: KnowledgeBase,
  answered: Answered,
  refused: Refused,
): Answer | null {
  if (query.identity === 'cast')
    return query.actors.some((actor) => SETTING_KINDS.has(actor.kind ?? ''))
      ? castThere(query, index, knowledge, answered)
      : castAnswer(index, knowledge, answered);
  if (query.identity === 'members') return membersAnswer(query, index, knowledge, answered, refused);
  if (query.identity === 'absent')
    return refused('out-of-scope', `The articles name who took part, not who stayed away. ${SCOPE}`);
  if (query.identity === 'superior') {
    const name = knowledge.entities.get(query.actors[0]?.id ?? '')?.name.en ?? 'them';
    return refused('out-of-scope', `The articles don't say whom ${capitalise(name)} reports to. ${SCOPE}`);
  }
  // "Who was the first NATO secretary general?": who held a post first or last is its history, not the story
  if (query.identity === 'leader' && query.order !== null && query.events.length === 0)
    return refused(
      'out-of-scope',
      `The articles say who held the post in January–February 2022, not who held it before. ${SCOPE}`,
    );
  const named = query.actors.map((a) => knowledge.entities.get(a.id));
  if (query.identity === 'title') return titleAnswer(query, named, index, knowledge, answered);
  if (query.identity === 'thing') {
    const thing = named[0];
    const fact = knowledge.factById.get(thing?.describedBy ?? '');
    if (fact) return answered(fact.statement, [fact], 1);
    // "What is the Kremlin?": what its title says, and the most it did; else what the facts say of it
    if (!thing?.role) return null;
    const described = describe(thing, index);
    return answered(described.text, described.fact ? [described.fact] : [], 1);
  }
  let person = named.find((entity) => entity?.kind === 'person');
  if (!person && query.identity === 'leader') {
    if (asksMore(query)) return null; // "who led the Russian side at the Council?": the facts answer it
    // "who chaired?", "who led?" with nothing named, nor a conversation to name it: no head to give
    if (named.length === 0 && query.events.length === 0)
      return refused(
        'empty',
        `I can't tell what that refers to: name the body, the delegation or the meeting.`,
      );
    // "Who's the EU guy?": with no titled head, the one person of that body the articles name
    person =
      headOf(named, knowledge) ?? (asksForItsPerson(query) ? onlyMemberOf(named, knowledge) : undefined);
    if (!person) return headFromFacts(named, index, answered, refused);
  }
  // "Who is the prime minister of France?": the title belongs to someone of another country (Johnson's) — both
  // named in the question, not brought back from the conversation
  const country = named.find((entity) => entity?.kind === 'country');
  const ownWords = !query.refersBack && !query.continues;
  if (person && country && ownWords && query.identity !== 'nationality' && !person.lineage.has(country.id))
    return refused(
      'out-of-scope',
      `The articles don't say who that is for ${country.name.en}: they give that title to ${titled(person)}. ${SCOPE}`,
    );
  // "Who was the top American official at the Brussels talks?": someone's part in an event the facts report.
  if (!person && named.some((entity) => entity && SETTING_KINDS.has(entity.kind))) return null;
  if (!person) return refused('out-of-scope', `The articles don't say who that is. ${SCOPE}`);
  const { text, fact } = describe(person, index);
  // "Is Sherman Russian?": whether the person belongs to that country, with who they are
  const verdict =
    query.identity === 'nationality' && country ? (person.lineage.has(country.id) ? 'Yes: ' : 'No: ') : '';
  return answered(`${verdict}${text}`, fact ? [fact] : [], 1);
}

/**
 * "Was Grushko Russia's foreign minister?", "is Stoltenberg the head of the EU?": yes only when the post the
 * articles give the person has every word asked, belongs to the body or country asked, and has no "deputy" the
 * question left out; a head's words ("head", "chief") ask for the body's head. Else no, with the post they
 * hold — and, when the question named the post's holder ("is Borrell NATO's secretary general?"), whose it is.
 */
function titleAnswer(
  query: Query,
  named: (Entity | undefined)[],
  index: FactIndex,
  knowledge: KnowledgeBase,
  answered: Answered,
): Answer {
  const [person, ...others] = named.filter((entity): entity is Entity => entity !== undefined);
  const holder = others.find((entity) => entity.kind === 'person' && entity.id !== person!.id);
  const bodies = others.filter((entity) => entity.kind !== 'person');
  const post = new Set(fold(person!.role?.en ?? '').split(/[^a-z]+/));
  const asked = query.normalised.split(' ').filter((word) => TITLE_WORDS.has(word));
  const heads = asked.filter((word) => HEAD_WORDS.has(word));
  const holds =
    !holder &&
    asked.every((word) => HEAD_WORDS.has(word) || post.has(word)) &&
    [...QUALIFIERS].every((word) => !post.has(word) || asked.includes(word)) &&
    (heads.length === 0
      ? bodies.every((body) => person!.lineage.has(body.id))
      : bodies.length > 0
        ? bodies.every((body) => headOf([body], knowledge)?.id === person!.id)
        : HEAD_TITLE.test(person!.role?.en ?? '') || post.has('chief'));
  const { text, fact } = describe(person!, index);
  // ("is Sherman the head of NATO?": whose post that is, when the articles give a body's head)
  const other = holds ? undefined : (holder ?? (heads.length > 0 ? headOf(bodies, knowledge) : undefined));
  const whose = other ? ` The articles give that post to ${titled(other)}.` : '';
  const facts = [fact, other && describe(other, index).fact].filter((f): f is Fact => f !== undefined);
  return answered(`${holds ? 'Yes' : 'No'}: ${text}${whose}`, facts, 1);
}
/** Words that ask for the head of a body, whatever the head's title. */
const HEAD_WORDS = new Set(['head', 'leader', 'chief', 'boss', 'chef']);
/** Words of a post that make it another one: a deputy foreign minister is no foreign minister. */
const QUALIFIERS = new Set(['deputy', 'vice', 'former']);

/**
 * A person (or a body) as the articles present them: name, title, and what they did, else what the articles
 * say of them ("the death of dictator Muammar Gaddafi"), so that every answer cites a sentence.
 */
function describe(person: Entity, index: FactIndex): { text: string; fact: Fact | undefined } {
  const byInvolvement = (test: (indexed: IndexedFact) => boolean) =>
    index.facts
      .filter(test)
      .sort((a, b) => b.salience - a.salience)
      .map((indexed) => indexed.fact);
  const did = byInvolvement(
    (indexed) => isParty(involvement(indexed, person.id)) || assertedBy(indexed, person.id),
  );
  const fact = (
    did.length > 0 ? did : byInvolvement((indexed) => involvement(indexed, person.id).level >= 0.7)
  )[0];
  return { text: `${titled(person)}.${fact ? ` ${fact.statement}` : ''}`, fact };
}

/** "Wendy Sherman, US Deputy Secretary of State" */
const titled = (person: Entity) => `${capitalise(person.name.en)}${person.role ? `, ${person.role.en}` : ''}`;

const CAST_SIZE = 6;

/** "Who are the main players?": the people who act in the most facts, each with their title and best fact. */
function castAnswer(index: FactIndex, knowledge: KnowledgeBase, answered: Answered): Answer {
  const people = [...knowledge.entities.values()]
    .filter((entity) => entity.kind === 'person')
    .map((person) => ({
      person,
      facts: index.facts
        .filter((indexed) => isParty(involvement(indexed, person.id)))
        .sort((a, b) => b.salience - a.salience),
    }))
    .filter(({ facts }) => facts.length > 0)
    .sort((a, b) => b.facts.length - a.facts.length)
    .slice(0, CAST_SIZE);
  const lines = people.map(({ person }) => `• ${titled(person)}`);
  const facts = people.map(({ facts }) => facts[0]!.fact);
  return answered(`The people the articles show acting most:\n${lines.join('\n')}`, facts, 1);
}

/**
 * "Who else was there?" after "who led the Russian delegation in Brussels?": the people the articles show
 * taking part in what happened at that setting on that day — at the place it met in too (Sherman's press
 * conference at NATO headquarters) — other than those already given. Null when they name no one else: the
 * question is then answered from the facts.
 */
function castThere(
  query: Query,
  index: FactIndex,
  knowledge: KnowledgeBase,
  answered: Answered,
): Answer | null {
  const asked = new Set(query.actors.map((actor) => actor.id));
  const onTheDay = (fact: Fact) => !query.date || (fact.date !== null && overlaps(fact.date, query.date));
  // (where it took place, or the body that met: not a place it merely speaks of, "de-escalation in Europe")
  const heldAt = (fact: Fact, settings: ReadonlySet<string>) =>
    (fact.place !== undefined && settings.has(fact.place)) ||
    fact.about.some((id) => settings.has(id) && knowledge.entities.get(id)?.kind === 'institution');
  const at = (settings: ReadonlySet<string>) =>
    index.facts.filter(({ fact }) => onTheDay(fact) && heldAt(fact, settings));
  const places = at(asked).flatMap(({ fact }) => (fact.place ? [fact.place] : []));
  const there = at(new Set([...asked, ...places])).sort((a, b) => b.salience - a.salience);
  const given = new Set(query.otherThan ?? []);
  const people = [...knowledge.entities.values()].flatMap((person) => {
    // (besides the Russians: none of theirs)
    if (person.kind !== 'person' || given.has(person.id) || [...given].some((id) => person.lineage.has(id)))
      return [];
    const facts = there.filter((indexed) => isParty(involvement(indexed, person.id)));
    return facts.length > 0 ? [{ person, fact: facts[0]!.fact }] : [];
  });
  if (people.length === 0) return null;
  const besides = [...given].map((id) => knowledge.entities.get(id)?.name.en).filter(Boolean);
  const lead = `${besides.length > 0 ? `Besides ${besides.join(' and ')}, the` : 'The'} articles show there:`;
  const lines = people.map(({ person }) => `• ${titled(person)}`);
  return answered(`${lead}\n${lines.join('\n')}`, [...new Set(people.map(({ fact }) => fact))], 1);
}

/**
 * "Who was in the Russian delegation?": those the knowledge places in the body (from the articles' own words,
 * « une délégation russe menée par… »), each as the articles present them; none named, the articles don't say.
 */
function membersAnswer(
  query: Query,
  index: FactIndex,
  knowledge: KnowledgeBase,
  answered: Answered,
  refused: Refused,
): Answer {
  const body = knowledge.entities.get(query.actors[0]!.id)!;
  const members = [...knowledge.entities.values()].filter(
    (entity) => entity.kind !== 'place' && entity.partOf.includes(body.id),
  );
  if (members.length === 0)
    return refused('out-of-scope', `The articles don't name who is part of ${body.name.en}. ${SCOPE}`);
  const described = members.map((member) => describe(member, index));
  const facts = described.flatMap(({ fact }) => (fact ? [fact] : []));
  // (people of NATO are not its member countries: say which are listed)
  const people = members.every((member) => member.kind === 'person');
  if (members.length === 1)
    return answered(
      `Of ${body.name.en}, the articles name ${people ? 'one person' : 'one'}: ${described[0]!.text}`,
      facts,
      1,
    );
  const lines = members.map((member) => `• ${titled(member)}`);
  return answered(
    `Of ${body.name.en}, the articles name ${people ? 'these people' : 'these'}:\n${lines.join('\n')}`,
    facts,
    1,
  );
}

/** "The NATO guy", "the woman from the State Department": someone of the body, not necessarily its head. */
const PERSON_WORDS = new Set(['guy', 'man', 'woman']);

/** The verb of "who leads/heads/runs X" stays among the topics; any other topic is what is led. */
export const LEADING_STEMS = new Set([
  ...['lead', 'led', 'head', 'run', 'ran', 'chair'],
  // the titles of heads: "who is the president of Ukraine?"; "who's the NATO guy?"
  ...['presid', 'prime', 'minist', 'secretari', 'gener', ...PERSON_WORDS],
]);
/** "Who led the Russian side at the Council?" asks more than who heads Russia: the facts answer it. */
const asksMore = (query: Query) =>
  query.actors.length > 1 || query.topics.some((topic) => !LEADING_STEMS.has(topic));

/** Titles that make their holder the head of what they belong to (not a spokesman, not a deputy). */
const HEAD_TITLE = /^(secretary general|president|prime minister)\b/i;

/** The ids of the entities a question named. */
const idsOf = (named: (Entity | undefined)[]) =>
  new Set(named.flatMap((entity) => (entity ? [entity.id] : [])));

/** "Who leads NATO?": the person the articles give a head's title within the body named. */
function headOf(named: (Entity | undefined)[], knowledge: KnowledgeBase): Entity | undefined {
  const bodies = idsOf(named);
  return [...knowledge.entities.values()].find(
    (entity) =>
      entity.kind === 'person' &&
      HEAD_TITLE.test(entity.role?.en ?? '') &&
      entity.partOf.some((body) => bodies.has(body)),
  );
}

const asksForItsPerson = (query: Query) => query.topics.some((topic) => PERSON_WORDS.has(topic));

/** The one person the knowledge places in one of these bodies, if there is exactly one. */
function onlyMemberOf(named: (Entity | undefined)[], knowledge: KnowledgeBase): Entity | undefined {
  const bodies = idsOf(named);
  const members = [...knowledge.entities.values()].filter(
    (entity) => entity.kind === 'person' && entity.partOf.some((body) => bodies.has(body)),
  );
  return members.length === 1 ? members[0] : undefined;
}

/**
 * No titled head: a fact may still say who led it ("a Russian delegation led by Alexander Grushko");
 * else the articles do not say.
 */
function headFromFacts(
  named: (Entity | undefined)[],
  index: FactIndex,
  answered: Answered,
  refused: Refused,
): Answer | null {
  const body = named.find((entity) => entity && entity.kind !== 'person');
  if (!body) return null;
  const led = index.facts
    .filter((indexed) => indexed.stems.has('led') && isParty(involvement(indexed, body.id)))
    .map((indexed) => indexed.fact);
  if (led.length > 0) return answered(led.map((fact) => fact.statement).join(' '), led, 1);
  return refused('out-of-scope', `The articles don't say who heads ${body.name.en}. ${SCOPE}`);
}
