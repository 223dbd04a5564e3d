/** The knowledge base as the engine sees it: validated, with dates resolved and quotes located. */
import type { FactType } from './schema.ts';

export type Precision = 'day' | 'week' | 'month' | 'year' | 'period';

/** A date as a range of days (days since 1970-01-01), so a day, a week and a month compare alike. */
export interface DateRange {
  start: number;
  end: number;
  precision: Precision;
  basis: 'explicit' | 'relative' | 'identified' | 'inferred';
  /** The article's own words. */
  text: string;
  note?: string;
  /** English, for answers: "2 February 2022", "December 2021", "the week before 2 February 2022". */
  label: string;
  /** The label is the curator's own wording ("since 2014"), to be shown as it is. */
  custom?: boolean;
  /** Began then and still held when the articles were written ("since 2014"). */
  ongoing?: boolean;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Set when the sentence is boilerplate, a heading, a credit... and so needs no fact. */
  nonClaim?: string;
}

export interface Source {
  id: string;
  seed: string;
  title: string;
  titleOrigin: 'article' | 'curator';
  outlet: string | null;
  /** The media entities it is credited to (see the schema). */
  credited: string[];
  language: 'fr' | 'en';
  published: DateRange;
  text: string;
  sentences: Sentence[];
}

/** Kinds of entity that are where things happen (a city, the NATO–Russia Council), not who does them. */
export const SETTING_KINDS: ReadonlySet<string> = new Set(['place', 'institution']);

/** Where a fact happened and the bodies that met it is about (Brussels, the NATO–Russia Council), as ids. */
export function settingsOf(fact: Fact, entities: ReadonlyMap<string, Entity>): string[] {
  const ids = fact.place ? [...fact.about, fact.place] : fact.about;
  return ids.filter((id) => SETTING_KINDS.has(entities.get(id)?.kind ?? ''));
}

export interface Entity {
  id: string;
  kind: string;
  name: { en: string; fr: string };
  role?: { en: string; fr: string };
  partOf: string[];
  /** The id of the fact that says what the entity is ("what is the OSCE?"). */
  describedBy?: string;
  aliases: string[];
  /** Names that are also common words ("Price"): an actor only when written with a capital. */
  capitalisedAliases: string[];
  /** The entity and everything it is part of, transitively: Putin → Putin, Russia. */
  lineage: ReadonlySet<string>;
  /** People of another side it faced, both ways: Macron's are Putin, Putin's Macron and Johnson. */
  counterparts: string[];
}

export interface Evidence {
  sourceId: string;
  /** Exactly as in the source text (the curator's copy may differ only in white space). */
  quote: string;
  start: number;
  end: number;
}

export interface Fact {
  id: string;
  type: FactType;
  statement: string;
  by: string[];
  to: string[];
  about: string[];
  initiator?: string;
  accordingTo: string[];
  place?: string;
  /** Where the words appeared, when no place or newspaper says it: "on his blog". */
  medium?: string;
  date: DateRange | null;
  quantity?: { value: number; unit: string; qualifier?: string };
  keywords: string[];
  /** What it sent or published, named for answers: "Russia's two draft treaties". */
  document?: string;
  /** The id of the fact whose document said this one (see the schema's `carried_by`). */
  carriedBy?: string;
  evidence: Evidence[];
  /** The file it came from, for error messages. */
  file: string;
}

export interface KnowledgeBase {
  sources: ReadonlyMap<string, Source>;
  entities: ReadonlyMap<string, Entity>;
  facts: readonly Fact[];
  factById: ReadonlyMap<string, Fact>;
}
