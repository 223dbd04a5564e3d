/**
 * The shape of every file under knowledge/, as zod schemas. Loading parses YAML and runs it through
 * these, so a typo in a field name or a malformed date is caught before anything is served.
 */
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

/** A calendar day that exists (2022-02-30 does not). */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD')
  .refine((day) => {
    const parsed = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day);
  }, 'no such calendar day');

/** How a date was worked out from the article's words. */
export const dateBasis = z.enum([
  'explicit', // the text gives the day or month: « ce 2 février », « En décembre »
  'relative', // resolved from a weekday or « la veille » against the article's date and the events it describes
  'identified', // the text gives only a weekday; the curator identified the day from the sequence of events
  'inferred', // not stated; follows from the article's own date
]);

const dateCommon = {
  basis: dateBasis,
  text: z.string().min(1).describe('the words in the article that date it'),
  note: z.string().optional().describe('how the date was resolved, for a curator'),
  shown: z.string().optional().describe('how answers show the date, when the default would mislead'),
  ongoing: z
    .boolean()
    .optional()
    .describe('true when it began then and still held when the articles were written ("since 2014")'),
};

export const dateSpec = z.union([
  z.strictObject({ on: isoDay, ...dateCommon }),
  z.strictObject({
    from: isoDay,
    to: isoDay,
    precision: z.enum(['week', 'month', 'year', 'period']),
    ...dateCommon,
  }),
]);
export type DateSpec = z.infer<typeof dateSpec>;

export const entityKind = z.enum([
  'person',
  'organisation',
  'country',
  'group',
  'place',
  'institution',
  'document',
  'media',
]);

export const entitySchema = z.strictObject({
  id,
  kind: entityKind,
  name: z.strictObject({ en: z.string().min(1), fr: z.string().min(1) }),
  role: z.strictObject({ en: z.string().min(1), fr: z.string().min(1) }).optional(),
  part_of: z.array(id).default([]),
  /** The fact whose sentence says what the entity is: it answers "what is the OSCE?". */
  described_by: id.optional(),
  aliases: z.array(z.string().min(1)).min(1),
  /** Names that are also common words ("Price"): an actor only when written with a capital. */
  capitalised_aliases: z.array(z.string().regex(/^\p{Lu}/u, 'starts with a capital')).default([]),
  /**
   * People of another side the articles show this one facing, on a call or across a table: "Stoltenberg's
   * Russian counterpart" is Grushko. Mutual, so written on one side only.
   */
  counterparts: z.array(id).default([]),
});
export type EntityRecord = z.infer<typeof entitySchema>;
export const entitiesFile = z.array(entitySchema);

/** Event types, after CAMEO's verb classes and ACE's Contact.Meet / Contact.Phone-Write split. */
export const factType = z.enum([
  'phone-call',
  'meeting',
  'statement',
  'proposal',
  'demand',
  'warning',
  'accusation',
  'denial',
  'rejection',
  'agreement',
  'confirmation',
  'publication',
  'deployment',
  'conflict',
  'situation',
]);
export type FactType = z.infer<typeof factType>;

export const evidenceSchema = z.strictObject({
  source: id,
  quote: z.string().min(8),
});

export const factSchema = z.strictObject({
  id,
  type: factType,
  statement: z.string().min(10),
  by: z.array(id).min(1),
  to: z.array(id).default([]),
  about: z.array(id).default([]),
  initiator: id.optional(),
  according_to: z.array(id).default([]).describe('who asserts the claim; empty when the article states it'),
  place: id.optional(),
  /** Where words appeared that no place or newspaper holds, said as English says it: "on his blog". */
  medium: z.string().min(3).optional(),
  date: dateSpec.optional(),
  quantity: z
    .strictObject({ value: z.number(), unit: z.string().min(1), qualifier: z.string().optional() })
    .optional(),
  keywords: z.array(z.union([z.string().min(1), z.number()]).transform(String)).default([]),
  /** What the fact sent or published, when that carried words of its own: "Russia's two draft treaties". */
  document: z.string().min(3).optional(),
  /** The fact whose `document` said this one, as the articles report it: "what was in the letters?" */
  carried_by: id.optional(),
  evidence: z.array(evidenceSchema).min(1),
});
export type FactRecord = z.infer<typeof factSchema>;
export const factsFile = z.array(factSchema);

export const sourceSchema = z.strictObject({
  id,
  seed: z.string().min(1),
  title: z.string().min(1),
  title_origin: z.enum(['article', 'curator']),
  outlet: z.string().min(1).nullable(),
  /** The media entities the article is credited to, its outlet or a news agency: "the Politico article". */
  credited: z.array(id).default([]),
  language: z.enum(['fr', 'en']),
  published: dateSpec,
  non_claims: z
    .array(
      z.strictObject({
        text: z.string().min(1),
        kind: z.enum(['boilerplate', 'heading', 'byline', 'credit', 'caption']),
      }),
    )
    .default([]),
});
export type SourceRecord = z.infer<typeof sourceSchema>;
