/**
 * "What was in Russia's draft treaties?", "what did the letters propose?": the facts the articles give as what
 * a paper said (their `carried_by`, gathered by the fact index), rather than the sending of it. The paper is a
 * fact with a `document` and contents, found by the nouns the question names it with and by who wrote it or
 * got it — or, after "what was in them?", one the last answer gave.
 */
import type { Fact, KnowledgeBase } from '../knowledge/model.ts';
import type { Query } from '../nlp/query.ts';
import type { Answer, RefusalReason } from './answer.ts';
import { headline, MAX_FACTS } from './compose.ts';
import type { FactIndex } from './fact-index.ts';
import { answersTo, bestFacts } from './match.ts';
import { capitalise } from '../text/capitalise.ts';
import { TYPES_BY_CONCEPT } from '../nlp/lexicon.ts';

/** How many of a paper's contents one answer lists; "what else?" gives the rest. */
const MAX_LISTED = 6;

/** "At the Council", "in the Council", "to the NATO–Russia Council": where a paper was tabled or sent. */
const TABLED_AT = ['at', 'at the', 'in', 'in the', 'to', 'to the'];

/**
 * Events a question asks of a paper itself — saying, talking of, offering, sending — which select none of what
 * it said (unlike demanding or warning).
 */
const PAPER_EVENTS = new Set(['say', 'talk', 'discuss', 'offer', 'send', 'publish']);

/** Actors that neither write nor get a paper: the place it was tabled at, the newspaper that published it. */
const NO_PARTY = new Set(['place', 'institution', 'media']);

/**
 * The answer to a question about what a paper said, or a refusal when the articles report no such paper's
 * words; null when the question is better answered as it is ("what was in NATO's offer?" — an offer is its
 * own content — or "what was in them?" after an answer that gave no paper).
 */
export function contentsAnswer(
  query: Query,
  index: FactIndex,
  knowledge: KnowledgeBase,
  answered: (answer: string, facts: Fact[], confidence: number) => Answer,
  refused: (refusal: RefusalReason, answer: string, related?: Fact[]) => Answer,
  pointers: (facts: Fact[]) => string,
): Answer | null {
  const papers = papersAsked(query, index, knowledge);
  if (papers.length === 0) {
    if (query.documentsOf || query.events.includes('offer')) return null;
    const close = bestFacts(answersTo({ ...query, contents: null }, index));
    return refused('out-of-scope', `The articles don't report what it said.${pointers(close)}`, close);
  }
  const parts = papers.map(({ fact, parties }) => {
    const carried = index.contents.get(fact.id)!.filter((one) => !query.exclude.includes(one.id));
    const fitting = narrowed(carried, query, parties, index);
    return { paper: fact, listed: fitting ?? carried, unsaid: fitting === null };
  });
  // ("did the documents show disagreement…?": nothing they report says so; what else the articles say of it
  // answers, Ned Price's word that they show coordination — but "did the letters mention Georgia?" asks only
  // what they said, and nothing they report does)
  if (query.kind === 'yes-no' && parts.every((part) => part.unsaid)) {
    if (!query.events.includes('say')) return null;
    const listed = parts.flatMap((part) => part.listed.slice(0, MAX_FACTS));
    const documents = papers.map(({ fact }) => fact.document).join(' and ');
    return refused(
      'out-of-scope',
      `The articles don't report ${documents} saying anything about that.${pointers(listed)}`,
      listed,
    );
  }
  const facts = parts.flatMap((part) => part.listed.slice(0, MAX_LISTED));
  // ("what else?" once all was given)
  if (facts.length === 0)
    return refused(
      'out-of-scope',
      `That is all the articles report of what was in ${papers.map(({ fact }) => fact.document).join(' and ')}.`,
    );
  const text = parts
    .filter((part) => part.listed.length > 0)
    .map(({ paper, listed, unsaid }) => {
      // ("what did Russia's draft treaties say about Georgia?": nothing they report of it does; "do the letters
      // mention Ukraine?": yes, if something they report does)
      const said = unsaid
        ? "The articles don't report it saying anything about that. "
        : query.kind === 'yes-no'
          ? 'Yes. '
          : '';
      const lead = `${said}Of what was in ${paper.document}${paper.date ? ` (${paper.date.label})` : ''}, the articles report:`;
      const more = listed.length - MAX_LISTED;
      return listed.length <= MAX_FACTS
        ? `${lead} ${listed.map((fact) => fact.statement).join(' ')}`
        : `${lead}\n${listed
            .slice(0, MAX_LISTED)
            .map((fact) => `• ${headline(fact)}`)
            .join('\n')}${more > 0 ? `\n…and ${more} more (ask “what else?”).` : ''}`;
    })
    .join('\n');
  return answered(capitalise(text), facts, 1);
}

interface PaperAsked {
  fact: Fact;
  /** Who wrote or got it, with all they belong to: what the question names of them is no further constraint. */
  parties: ReadonlySet<string>;
}

/** The papers the question names, best matched; several when equally so ("the proposals": both sides'). */
function papersAsked(query: Query, index: FactIndex, knowledge: KnowledgeBase): PaperAsked[] {
  const lineage = (id: string) => knowledge.entities.get(id)?.lineage ?? new Set([id]);
  const partiesOf = (fact: Fact) => new Set([...fact.by, ...fact.to].flatMap((id) => [...lineage(id)]));
  if (query.documentsOf) {
    // "What was in them?": a paper the last answer gave, or the one a fact it gave was part of
    const given = query.documentsOf.map((id) => knowledge.factById.get(id)!);
    const papers = given.map((fact) => (fact.document ? fact : knowledge.factById.get(fact.carriedBy ?? '')));
    return [...new Set(papers)]
      .filter((fact): fact is Fact => fact !== undefined && index.contents.has(fact.id))
      .slice(0, 1)
      .map((fact) => ({ fact, parties: partiesOf(fact) }));
  }
  const { papers: named, parties } = query.contents ?? { papers: [], parties: [] };
  const writers = parties.filter((id) => !NO_PARTY.has(knowledge.entities.get(id)?.kind ?? ''));
  // "Russia's treaties", "the US letters": who wrote it; "the letters sent to Russia": who got it
  const recipients = query.actors.filter((actor) => actor.role === 'recipient').map((actor) => actor.id);
  const inSlot = (ids: string[]) => (actor: string) => ids.some((id) => lineage(id).has(actor));
  let best: PaperAsked[] = [];
  let bestScore = 0;
  for (const paperId of index.contents.keys()) {
    const fact = knowledge.factById.get(paperId)!;
    const words = named.filter((stem) => index.indexedOf(fact).stems.has(stem)).length;
    if (words === 0 || !writers.every(inSlot(fact.by))) continue;
    // (who got it only weighs: "to" may belong to something else, « l'adhésion de l'Ukraine à l'OTAN »)
    const score = words + writers.length + recipients.filter(inSlot(fact.to)).length;
    if (score > bestScore) [best, bestScore] = [[], score];
    if (score === bestScore) best.push({ fact, parties: partiesOf(fact) });
  }
  return best;
}

/**
 * What else the question names beyond the paper picks the contents that speak of it: those that involve every
 * actor named, and of those the ones with the most of its topic words ("what did the letters say about
 * Ukraine joining NATO?"); with nothing else named, all of them; null when none speaks of whom or what was
 * named.
 */
function narrowed(
  allCarried: Fact[],
  query: Query,
  parties: ReadonlySet<string>,
  index: FactIndex,
): Fact[] | null {
  // (not the paper's own nouns, nor the verb it is asked with: "what did Washington offer in its response?")
  const paperWords = new Set([...(query.contents?.papers ?? []), ...query.incidentalTopics]);
  const topics = query.topics.filter((stem) => !paperWords.has(stem));
  // (a body the paper speaks of counts, not one it was tabled at: "mention the NATO–Russia Council", not "the
  // treaties tabled at the Council")
  const spokenOf = (actor: Query['actors'][number]) =>
    actor.kind === 'institution' &&
    !TABLED_AT.some((word) => query.normalised.includes(`${word} ${actor.text}`));
  const actors = query.actors.filter(
    (actor) => !parties.has(actor.id) && (!NO_PARTY.has(actor.kind ?? '') || spokenOf(actor)),
  );
  // ("what do the letters say will happen if Russia deploys more troops?": of what they say, their warnings;
  // "what did the letters insist on?", "what did they call for?": what they say in that verb too)
  const asked = query.events.filter((event) => !PAPER_EVENTS.has(event));
  const verbs = [...asked, ...query.eventStems];
  const ofType = allCarried.filter((fact) =>
    asked.some((event) => TYPES_BY_CONCEPT.get(event)?.includes(fact.type)),
  );
  const inWords =
    asked.length === 0
      ? []
      : allCarried.filter(
          (fact) => !ofType.includes(fact) && verbs.some((verb) => index.indexedOf(fact).ownStems.has(verb)),
        );
  const typed = [...ofType, ...inWords];
  const carried = typed.length > 0 ? typed : allCarried;
  if (topics.length + actors.length === 0) return carried;
  const involving = carried.filter((fact) =>
    actors.every((actor) => index.indexedOf(fact).involves.has(actor.id)),
  );
  const words = involving.map(
    (fact) => topics.filter((stem) => index.indexedOf(fact).stems.has(stem)).length,
  );
  const most = Math.max(0, ...words);
  // ("did the documents show the US and NATO coordinated?": a yes needs what is asked of them said, not only
  // their names)
  if (query.kind === 'yes-no' && topics.length > 0 && most === 0) return null;
  const fitting =
    most > 0 ? involving.filter((_, i) => words[i] === most) : actors.length > 0 ? involving : [];
  if (fitting.length > 0 || carried.length === 0) return fitting;
  // Nothing fits: the paper said nothing the articles report of someone or something named ("about Georgia",
  // "about vaccines"); a verb that only describes the paper ("the treaties Russia tabled") asks nothing of it.
  const things = topics.filter((stem) => query.topicNouns.includes(stem));
  return actors.length > 0 || things.length > 0 ? null : carried;
}
