/**
 * What the matcher needs to know about each fact, worked out once at start-up: the word stems of its
 * statement, keywords and quotes (French quotes glossed as questions are), how rare each stem is, and
 * where each entity stands in it (doer, recipient, subject, asserter, place).
 */
import type { Entity, Fact, KnowledgeBase } from '../knowledge/model.ts';
import { negated, negatedVerb } from '../nlp/events.ts';
import { PHRASAL_EVENTS, type QuestionKind } from '../nlp/lexicon.ts';
import { normaliseText } from '../nlp/normalise.ts';
import { BE_FORMS } from '../nlp/tokens.ts';
import { carriesMeaning, type Wink } from '../nlp/wink.ts';
import type { ItsFunction } from 'wink-nlp';

export type Slot = 'by' | 'to' | 'about' | 'according' | 'place';

const SPEAKERS = new Set(['person', 'organisation']);

/** How strongly an entity's presence in each slot ties it to the fact. */
const SLOT_WEIGHT: Record<Slot, number> = { by: 1, to: 1, place: 1, according: 0.8, about: 0.7 };
/** How much a fact involves what it is only about. */
export const ABOUT_INVOLVED = SLOT_WEIGHT.about;

/** Types where "A with B" is the same event as "B with A" (CAMEO records calls in both directions). */
const SYMMETRIC_TYPES = new Set<Fact['type']>(['phone-call', 'meeting', 'agreement']);

export interface IndexedFact {
  fact: Fact;
  stems: ReadonlySet<string>;
  /**
   * The stems of its own statement and keywords, not of its quotes: a quote may be a sentence shared with
   * another fact ("Johnson, embroiled in a scandal, said in Kyiv…").
   */
  ownStems: ReadonlySet<string>;
  slots: ReadonlyMap<string, Slot[]>;
  /** Ties between equally good facts go to the more widely reported, more eventful one. */
  salience: number;
  /** The curator tagged it "why": it states a reason or a purpose. */
  givesReason: boolean;
  /** "A with B" is the same event as "B with A" (see SYMMETRIC_TYPES). */
  symmetric: boolean;
  /** The newspaper or outlet that did it, if one did: where something was published. */
  medium: string | null;
  /** How much the fact involves each entity, worked out once (see `involvement`). */
  involves: ReadonlyMap<string, Involvement>;
  /** Whose initiative it was, with all it belongs to (Macron's call is France's), when the fact says. */
  initiatedBy: ReadonlySet<string> | null;
  /**
   * The days it holds over: its date, and for a state the articles report still true ("since 2014") up to the
   * last day one of them was published — "was Ukraine at war in January 2022?" is answered by it.
   */
  heldOver: { start: number; end: number } | null;
}

/**
 * Whether a fact is of a kind accepted: its type, or, asked where, a publication when it says where its words
 * appeared ("where did Borrell publish that?": on his blog; not "who published the letters?").
 */
export function ofAcceptedType(fact: Fact, accepted: ReadonlySet<string>, kind: QuestionKind): boolean {
  return (
    accepted.has(fact.type) || (kind === 'where' && fact.medium !== undefined && accepted.has('publication'))
  );
}

function heldOver(
  date: NonNullable<Fact['date']>,
  evidence: Fact['evidence'],
  knowledge: KnowledgeBase,
): { start: number; end: number } {
  if (!date.ongoing) return date;
  const written = Math.max(...evidence.map((one) => knowledge.sources.get(one.sourceId)!.published.end));
  return written > date.end ? { start: date.start, end: written } : date;
}

export interface Involvement {
  level: number;
  slots: Slot[];
  /** Only through what the entity belongs to (asked about Putin, the fact names Russia). */
  throughWhole: boolean;
}

export interface FactIndex {
  facts: IndexedFact[];
  /** The facts that involve each entity at all: a question naming an actor is scored only against these. */
  byEntity: ReadonlyMap<string, IndexedFact[]>;
  /** The facts whose words include each stem: a question with only topic words is scored against these. */
  byStem: ReadonlyMap<string, IndexedFact[]>;
  entities: ReadonlyMap<string, Entity>;
  /** Inverse document frequency of a stem over the facts; 0 for stems no fact has. */
  documentFrequency(stem: string): number;
  /** A fact's salience (see IndexedFact), looked up by the fact itself. */
  salienceOf(fact: Fact): number;
  /** What the index knows of a fact, looked up by the fact itself. */
  indexedOf(fact: Fact): IndexedFact;
  /** What each paper said, as the articles give it (the facts `carried_by` it), by the id of the fact that sent it. */
  contents: ReadonlyMap<string, Fact[]>;
}

/**
 * What a kind of fact is called whatever its statement says: a call reported as leaders who "spoke by
 * telephone" is still the call asked about in "what was the subject of the Macron–Putin call?".
 */
const TYPE_WORDS: Partial<Record<Fact['type'], string>> = { 'phone-call': 'call' };

/** Keywords that tag a fact as giving a reason (`givesReason`), not words of it. */
const REASON_TAGS = new Set(['why', 'reason']);

const EVENTFUL: Partial<Record<Fact['type'], number>> = {
  'phone-call': 3,
  meeting: 3,
  proposal: 2,
  demand: 2,
  warning: 2,
  rejection: 2,
  agreement: 2,
  publication: 1,
  deployment: 2,
};

export function buildFactIndex(knowledge: KnowledgeBase, wink: Wink): FactIndex {
  const { nlp } = wink;
  const stemsOf = (text: string, english = true): string[] => {
    const tokens = nlp.readDoc(normaliseText(text).text).tokens();
    const stops = tokens.out(nlp.its.stopWordFlag) as boolean[];
    const pos = tokens.out(nlp.its.pos) as string[];
    const lemmas = tokens.out(nlp.its.lemma as ItsFunction<string>);
    const words = tokens.out(nlp.its.normal);
    // Words, and the figures a question may ask about ("the 1997 configuration", "100000 troops"); a phrasal
    // verb of the English text also as its event, as a question's is read ("pull back" is withdrawing). Not
    // in glossed French quotes: "écarter la menace" wards the threat off, it rules nothing out.
    const phrasal = (english ? lemmas : []).flatMap((lemma, i) =>
      PHRASAL_EVENTS.filter(
        ([verb, particle, event]) => verb === lemma && words[i + 1] === particle && event !== 'happen',
      ).map(([, , event]) => event),
    );
    // An irregular verb also by its lemma: "led" is leading, as "did Sherman lead…?" asks it, "sent" sending
    const irregular = (english ? words : []).flatMap((word, i) =>
      pos[i] === 'VERB' && wink.stem(word) !== wink.stem(lemmas[i]!) ? [lemmas[i]!] : [],
    );
    // A verb the English statement negates also as negated: "cannot discuss" answers "what won't NATO discuss?"
    // (not a passive one: demands that "were not met" are no body that had not met)
    const passive = (i: number) => BE_FORMS.has(words[i - 1]!) || BE_FORMS.has(words[i - 2]!);
    const negatedVerbs = (english ? words : []).flatMap((word, i) =>
      pos[i] === 'VERB' && negated(words, i) && !passive(i) ? [negatedVerb(word, lemmas[i]!, wink.stem)] : [],
    );
    return [
      ...[
        ...words.filter(
          (word, i) =>
            carriesMeaning(stops[i]!, pos[i]!, lemmas[i]!) && (/\p{L}/u.test(word) || /^\d{2,}$/.test(word)),
        ),
        ...phrasal,
        ...irregular,
      ].map(wink.stem),
      ...negatedVerbs,
    ];
  };
  const facts = knowledge.facts.map((fact): IndexedFact => {
    // Each keyword on its own, so that French ones ("résultat") are glossed as French questions are.
    // A one-word keyword is kept even if wink lists it as a stop word: the curator chose it ("first", "never")
    const chosen = fact.keywords.filter((keyword) => !keyword.includes(' ') && !REASON_TAGS.has(keyword));
    const ownStems = new Set([
      ...[fact.statement, ...fact.keywords].flatMap((text) => stemsOf(text)),
      ...chosen.map((keyword) => wink.stem(normaliseText(keyword).text)),
      ...(TYPE_WORDS[fact.type] ? [wink.stem(TYPE_WORDS[fact.type]!)] : []),
    ]);
    const stems = new Set([
      ...ownStems,
      ...fact.evidence.flatMap((evidence) => stemsOf(evidence.quote, false)),
    ]);
    const slots = new Map<string, Slot[]>();
    const put = (id: string, slot: Slot) => slots.set(id, [...(slots.get(id) ?? []), slot]);
    fact.by.forEach((id) => put(id, 'by'));
    fact.to.forEach((id) => put(id, 'to'));
    fact.about.forEach((id) => put(id, 'about'));
    fact.accordingTo.forEach((id) => put(id, 'according'));
    if (fact.place) put(fact.place, 'place');
    const salience =
      fact.evidence.length + (EVENTFUL[fact.type] ?? 0) + (fact.date?.precision === 'day' ? 1 : 0);
    const givesReason = fact.keywords.some((keyword) => REASON_TAGS.has(keyword));
    const involves = new Map<string, Involvement>();
    for (const entityId of knowledge.entities.keys()) {
      const found = involvementOf(slots, entityId, knowledge.entities);
      if (found.level > 0) involves.set(entityId, found);
    }
    return {
      fact,
      stems,
      ownStems,
      slots,
      salience,
      givesReason,
      symmetric: SYMMETRIC_TYPES.has(fact.type),
      medium: fact.by.find((id) => knowledge.entities.get(id)?.kind === 'media') ?? null,
      involves,
      initiatedBy: fact.initiator ? knowledge.entities.get(fact.initiator)!.lineage : null,
      heldOver: fact.date && heldOver(fact.date, fact.evidence, knowledge),
    };
  });
  const frequency = new Map<string, number>();
  for (const indexed of facts)
    for (const stem of indexed.stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const byEntity = new Map<string, IndexedFact[]>();
  for (const indexed of facts) {
    for (const entityId of indexed.involves.keys())
      byEntity.set(entityId, [...(byEntity.get(entityId) ?? []), indexed]);
  }
  const byStem = new Map<string, IndexedFact[]>();
  for (const indexed of facts) {
    for (const stem of indexed.stems) byStem.set(stem, [...(byStem.get(stem) ?? []), indexed]);
  }
  const byFact = new Map(facts.map((indexed) => [indexed.fact, indexed]));
  const contents = new Map<string, Fact[]>();
  for (const fact of knowledge.facts)
    if (fact.carriedBy) contents.set(fact.carriedBy, [...(contents.get(fact.carriedBy) ?? []), fact]);
  return {
    facts,
    byEntity,
    byStem,
    entities: knowledge.entities,
    documentFrequency: (stem) => frequency.get(stem) ?? 0,
    salienceOf: (fact) => byFact.get(fact)?.salience ?? 0,
    indexedOf: (fact) => byFact.get(fact)!,
    contents,
  };
}

/**
 * How much a fact involves the entity asked about, from 0 to 1, and in which slots: named itself;
 * through a member (asked about Russia, the fact names Putin); or, more weakly, through what it
 * directly belongs to, acting (asked about Putin, Russia demands).
 */
const NOT_INVOLVED: Involvement = { level: 0, slots: [], throughWhole: false };

export function involvement(indexed: IndexedFact, entityId: string): Involvement {
  return indexed.involves.get(entityId) ?? NOT_INVOLVED;
}

/** How strongly a person or body is tied to what the whole it belongs to does. */
const UPWARD = 0.5;

function involvementOf(
  factSlots: ReadonlyMap<string, Slot[]>,
  entityId: string,
  entities: ReadonlyMap<string, Entity>,
): Involvement {
  let level = 0;
  let slots: Slot[] = [];
  let throughWhole = false;
  const asked = entities.get(entityId);
  for (const [id, where] of factSlots) {
    // Asked about Putin, what Russia does says something, weakly: a person or body speaks for what it
    // directly belongs to. A country does not speak for its alliance: France is not NATO.
    const upward =
      asked !== undefined &&
      SPEAKERS.has(asked.kind) &&
      asked.partOf.includes(id) &&
      where.some((slot) => slot === 'by' || slot === 'to');
    const strength =
      id === entityId ? 1 : entities.get(id)?.lineage.has(entityId) ? 0.9 : upward ? UPWARD : 0;
    if (strength === 0) continue;
    const best = Math.max(...where.map((slot) => SLOT_WEIGHT[slot])) * strength;
    const viaWhole = strength === UPWARD;
    if (best > level) {
      level = best;
      slots = where;
      throughWhole = viaWhole;
    } else if (best === level) {
      slots = [...new Set([...slots, ...where])];
      throughWhole &&= viaWhole;
    }
  }
  return { level, slots, throughWhole };
}

/** Whether one of these articles quotes the fact: "what does the Politico article say…". */
export function reportedIn(fact: Fact, sources: readonly string[]): boolean {
  return fact.evidence.some((evidence) => sources.includes(evidence.sourceId));
}

/** Involved as fully as a party is, or through one's own body (the Kremlin for Russia). */
export const FULLY_INVOLVED = 0.9;

/** Itself one of those who act or are acted on: not a part, a whole or the setting. */
export function isParty(found: Involvement): boolean {
  return found.level >= FULLY_INVOLVED && found.slots.some((slot) => slot === 'by' || slot === 'to');
}

/** Involved only as part of a whole the fact names ("Putin" in a fact about "Russia"): the weakest tie. */
export function onlyThroughWhole(found: Involvement): boolean {
  return found.throughWhole;
}
