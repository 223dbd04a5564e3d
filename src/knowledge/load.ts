/**
 * Loads knowledge/ and refuses to serve anything unless all of it is right: every file parses and
 * fits its schema, every id is unique, every reference resolves, every date exists, every quote is in
 * its source, and every contested claim names who makes it. All problems are reported at once, each
 * naming its file and fact.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { PROJECT_ROOT } from '../paths.ts';
import { fold } from '../text/fold.ts';
import { resolveDate, dayNumber, overlaps } from './dates.ts';
import type { Entity, Evidence, Fact, KnowledgeBase, Sentence, Source } from './model.ts';
import { entitiesFile, factSchema, sourceSchema, type FactRecord } from './schema.ts';
import { quoteLocator, type QuoteLocator } from './quotes.ts';
import { splitSentences } from './sentences.ts';

export const DEFAULT_KNOWLEDGE_DIR = join(PROJECT_ROOT, 'knowledge');

export interface Problem {
  file: string;
  factId?: string;
  message: string;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The knowledge base has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}${p.factId ? ` › ${p.factId}` : ''}: ${p.message}`).join('\n'),
    );
    this.name = 'KnowledgeError';
  }
}

/** A seed's first line may carry the outlet's date: " date 2022-02 ". */
const DATE_MARKER = /^\s*date (\d{4})-(\d{2})\s/;

export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  const problems: Problem[] = [];
  const rel = (path: string) => relative(join(dir, '..'), path);

  const readYaml = (path: string): unknown => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      problems.push({ file: rel(path), message: `cannot be read: ${(error as Error).message}` });
      return undefined;
    }
    const doc = parseDocument(text);
    if (doc.errors.length > 0) {
      for (const error of doc.errors)
        problems.push({ file: rel(path), message: `bad YAML: ${error.message}` });
      return undefined;
    }
    return doc.toJS() as unknown;
  };

  const schemaProblems = (file: string, factId: string | undefined, error: z.ZodError) => {
    for (const issue of error.issues) {
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      problems.push({ file, ...(factId ? { factId } : {}), message: `${where}${issue.message}` });
    }
  };

  // --- Sources -----------------------------------------------------------------------------------
  const sources = new Map<string, Source>();
  const locators = new Map<string, QuoteLocator>();
  const sourceDir = join(dir, 'sources');
  for (const name of listFiles(sourceDir, '.yaml')) {
    const path = join(sourceDir, name);
    const parsed = sourceSchema.safeParse(readYaml(path));
    if (!parsed.success) {
      if (parsed.error) schemaProblems(rel(path), undefined, parsed.error);
      continue;
    }
    const record = parsed.data;
    if (record.id !== basename(name, '.yaml')) {
      problems.push({ file: rel(path), message: `id "${record.id}" must match the file name` });
      continue;
    }
    let text: string;
    try {
      text = readFileSync(join(sourceDir, `${record.id}.txt`), 'utf8');
    } catch {
      problems.push({ file: rel(path), message: `its text ${record.id}.txt is missing beside it` });
      continue;
    }
    const published = resolveDate(record.published);
    const marker = DATE_MARKER.exec(text);
    if (marker) {
      const month = { start: dayNumber(`${marker[1]}-${marker[2]}-01`), end: 0 };
      month.end = dayNumber(
        new Date(Date.UTC(Number(marker[1]), Number(marker[2]), 0)).toISOString().slice(0, 10),
      );
      if (!overlaps(published, month)) {
        problems.push({
          file: rel(path),
          message: `published date ${published.label} contradicts the text's marker ${marker[1]}-${marker[2]}`,
        });
      }
    }
    const locator = quoteLocator(text);
    const nonClaims: { start: number; end: number; kind: string }[] = [];
    for (const nonClaim of record.non_claims) {
      const at = locator.locate(nonClaim.text);
      if (!at)
        problems.push({
          file: rel(path),
          message: `non_claims text is not in the source: "${nonClaim.text}"`,
        });
      else nonClaims.push({ ...at, kind: nonClaim.kind });
    }
    const sentences: Sentence[] = splitSentences(text, marker ? marker[0].length : 0).map((sentence) => {
      const hidden = nonClaims.find((n) => coveredShare(sentence, [n]) >= 0.5);
      return hidden ? { ...sentence, nonClaim: hidden.kind } : sentence;
    });
    sources.set(record.id, {
      id: record.id,
      seed: record.seed,
      title: record.title,
      titleOrigin: record.title_origin,
      outlet: record.outlet,
      credited: record.credited,
      language: record.language,
      published,
      text,
      sentences,
    });
    locators.set(record.id, locator);
  }
  if (sources.size === 0) problems.push({ file: rel(sourceDir), message: 'no sources found' });

  // --- Entities ----------------------------------------------------------------------------------
  const entityPath = join(dir, 'entities.yaml');
  const entityRecords = entitiesFile.safeParse(readYaml(entityPath));
  const entities = new Map<string, Entity>();
  if (entityRecords.success) {
    for (const record of entityRecords.data) {
      if (entities.has(record.id)) {
        problems.push({ file: rel(entityPath), message: `duplicate entity id "${record.id}"` });
        continue;
      }
      entities.set(record.id, {
        id: record.id,
        kind: record.kind,
        name: record.name,
        ...(record.role ? { role: record.role } : {}),
        partOf: record.part_of,
        ...(record.described_by ? { describedBy: record.described_by } : {}),
        aliases: record.aliases,
        capitalisedAliases: record.capitalised_aliases,
        lineage: new Set(),
        counterparts: [...record.counterparts],
      });
    }
    // (written on one side, they face each other both ways)
    for (const entity of entities.values())
      for (const other of [...entity.counterparts]) {
        const facing = entities.get(other);
        if (!facing) {
          problems.push({
            file: rel(entityPath),
            message: `entity "${entity.id}" has unknown counterpart "${other}"`,
          });
        } else if (!facing.counterparts.includes(entity.id)) facing.counterparts.push(entity.id);
      }
    for (const entity of entities.values()) {
      for (const parent of entity.partOf) {
        if (!entities.has(parent)) {
          problems.push({
            file: rel(entityPath),
            message: `entity "${entity.id}" is part_of unknown entity "${parent}"`,
          });
        }
      }
      entity.lineage = lineageOf(entity.id, entities);
    }
    for (const source of sources.values())
      for (const id of source.credited)
        if (entities.get(id)?.kind !== 'media')
          problems.push({
            file: rel(join(sourceDir, `${source.id}.yaml`)),
            message: `credited "${id}" is not an entity of kind media`,
          });
    const aliasOwner = new Map<string, string>();
    for (const entity of entities.values()) {
      for (const alias of entity.aliases) {
        const key = fold(alias);
        const owner = aliasOwner.get(key);
        if (owner && owner !== entity.id) {
          problems.push({
            file: rel(entityPath),
            message: `alias "${alias}" names both "${owner}" and "${entity.id}"`,
          });
        }
        aliasOwner.set(key, entity.id);
      }
    }
  } else if (entityRecords.error) {
    schemaProblems(rel(entityPath), undefined, entityRecords.error);
  }

  // --- Facts -------------------------------------------------------------------------------------
  const facts: Fact[] = [];
  const factById = new Map<string, Fact>();
  const factDir = join(dir, 'facts');
  for (const name of listFiles(factDir, '.yaml')) {
    const path = join(factDir, name);
    const file = rel(path);
    const raw = readYaml(path);
    if (raw === undefined) continue;
    if (!Array.isArray(raw)) {
      problems.push({ file, message: 'a facts file is a list of facts' });
      continue;
    }
    raw.forEach((item: unknown, index) => {
      const rawId = (item as { id?: unknown } | null)?.id;
      const label = typeof rawId === 'string' ? rawId : `fact #${index + 1}`;
      const parsed = factSchema.safeParse(item);
      if (!parsed.success) {
        if (parsed.error) schemaProblems(file, label, parsed.error);
        return;
      }
      const fact = checkFact(parsed.data, file, { sources, locators, entities, problems });
      if (!fact) return;
      if (factById.has(fact.id)) {
        problems.push({
          file,
          factId: fact.id,
          message: `duplicate fact id (also in ${factById.get(fact.id)!.file})`,
        });
        return;
      }
      factById.set(fact.id, fact);
      facts.push(fact);
    });
  }
  if (facts.length === 0 && problems.length === 0)
    problems.push({ file: rel(factDir), message: 'no facts found' });
  for (const entity of entities.values()) {
    if (entity.describedBy === undefined) continue;
    const fact = factById.get(entity.describedBy);
    const message = !fact
      ? `entity "${entity.id}" is described_by unknown fact "${entity.describedBy}"`
      : ![...fact.by, ...fact.to, ...fact.about, fact.place].includes(entity.id)
        ? `entity "${entity.id}" is described_by fact "${fact.id}", which does not name it in by, to, about or place`
        : null;
    if (message) problems.push({ file: rel(entityPath), message });
  }

  for (const fact of facts) {
    if (fact.carriedBy === undefined) continue;
    const document = factById.get(fact.carriedBy);
    const message = !document
      ? `carried_by names unknown fact "${fact.carriedBy}"`
      : document.document === undefined
        ? `carried_by names fact "${document.id}", which has no document`
        : document === fact
          ? 'a fact cannot be carried by itself'
          : null;
    if (message) problems.push({ file: fact.file, factId: fact.id, message });
  }

  if (problems.length > 0) throw new KnowledgeError(problems);
  return { sources, entities, facts, factById };
}

interface CheckContext {
  sources: Map<string, Source>;
  locators: Map<string, QuoteLocator>;
  entities: Map<string, Entity>;
  problems: Problem[];
}

/** Cross-checks one schema-valid fact against the sources and entities; null when it is unusable. */
function checkFact(record: FactRecord, file: string, ctx: CheckContext): Fact | null {
  const before = ctx.problems.length;
  const problem = (message: string) => ctx.problems.push({ file, factId: record.id, message });

  const references: [string, string[]][] = [
    ['by', record.by],
    ['to', record.to],
    ['about', record.about],
    ['according_to', record.according_to],
    ['initiator', record.initiator ? [record.initiator] : []],
    ['place', record.place ? [record.place] : []],
  ];
  for (const [field, ids] of references) {
    for (const id of ids) if (!ctx.entities.has(id)) problem(`${field} names unknown entity "${id}"`);
  }
  if (record.place && ctx.entities.get(record.place)?.kind !== 'place' && ctx.entities.has(record.place)) {
    problem(`place "${record.place}" is not an entity of kind place`);
  }
  if (record.initiator && !record.by.includes(record.initiator)) {
    problem(`initiator "${record.initiator}" must also be listed in by`);
  }
  const date = record.date ? resolveDate(record.date) : null;
  if (date && date.start > date.end) problem(`date runs backwards: from is after to`);

  // A claim one side makes keeps its attribution in the sentence the bot says.
  if (record.according_to.length > 0) {
    const statement = fold(record.statement);
    const named = record.according_to.some((id) => {
      const entity = ctx.entities.get(id);
      return entity
        ? [entity.name.en, ...entity.aliases].some((alias) => statement.includes(fold(alias)))
        : true;
    });
    if (!statement.includes('according to') && !named) {
      problem(`the statement must say who asserts it ("according to ...") since according_to is set`);
    }
  }

  const evidence: Evidence[] = [];
  record.evidence.forEach((item, index) => {
    const locator = ctx.locators.get(item.source);
    if (!locator) {
      problem(`evidence[${index}] cites unknown source "${item.source}"`);
      return;
    }
    const found = locator.locate(item.quote);
    if (!found) {
      problem(
        `evidence[${index}].quote is not verbatim in source "${item.source}": "${item.quote.slice(0, 80)}…"`,
      );
      return;
    }
    evidence.push({ sourceId: item.source, quote: found.text, start: found.start, end: found.end });
  });

  if (ctx.problems.length > before) return null;
  // Every field is set, undefined when absent: all facts share one object shape, which keeps the code that
  // reads them on V8's fast path (docs/performance.md, twenty-fifth session)
  return {
    id: record.id,
    type: record.type,
    statement: record.statement.replace(/\s+/g, ' ').trim(),
    by: record.by,
    to: record.to,
    about: record.about,
    initiator: record.initiator || undefined,
    accordingTo: record.according_to,
    place: record.place || undefined,
    medium: record.medium || undefined,
    date,
    quantity: record.quantity || undefined,
    keywords: record.keywords,
    document: record.document || undefined,
    carriedBy: record.carried_by || undefined,
    evidence,
    file,
  };
}

function lineageOf(id: string, entities: Map<string, Entity>): Set<string> {
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(entities.get(next)?.partOf ?? []));
  }
  return seen;
}

/** How much of a sentence the given spans cover, from 0 to 1 (white space not counted). */
export function coveredShare(
  sentence: { start: number; end: number; text: string },
  spans: { start: number; end: number }[],
): number {
  let covered = 0;
  let total = 0;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (/\s/.test(sentence.text[i - sentence.start]!)) continue;
    total++;
    if (spans.some((span) => span.start <= i && i < span.end)) covered++;
  }
  return total === 0 ? 1 : covered / total;
}

function listFiles(dir: string, extension: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(extension))
      .sort();
  } catch {
    return [];
  }
}
