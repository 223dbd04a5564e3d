import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureCoverage } from '../src/knowledge/coverage.ts';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeError, loadKnowledge } from '../src/knowledge/load.ts';
import { actorPatterns } from '../src/nlp/actors.ts';
import { brokenKnowledge } from './helpers/broken-knowledge.ts';

const knowledge = loadKnowledge();

describe('the curated knowledge base', () => {
  it('loads five sources and every fact with at least one verbatim quote', () => {
    expect(knowledge.sources.size).toBe(5);
    expect(knowledge.facts.length).toBeGreaterThan(60);
    for (const fact of knowledge.facts) {
      expect(fact.evidence.length).toBeGreaterThan(0);
      for (const evidence of fact.evidence) {
        const text = knowledge.sources.get(evidence.sourceId)!.text;
        expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      }
    }
  });

  const seeds = join(DEFAULT_KNOWLEDGE_DIR, '..', '..', 'shared', 'seeds');
  it.skipIf(!existsSync(seeds))('keeps byte-for-byte copies of the seed articles', () => {
    for (const source of knowledge.sources.values()) {
      expect(source.text).toBe(readFileSync(join(seeds, source.seed), 'utf8'));
    }
  });

  it('keeps the attribution of one-sided claims in the statement', () => {
    const troops = knowledge.factById.get('russia-masses-troops-on-border')!;
    expect(troops.accordingTo).toContain('west');
    expect(troops.statement).toMatch(/according to Western countries/i);
  });

  it('resolves relative dates and says how', () => {
    const council = knowledge.factById.get('nato-russia-council-meeting')!;
    expect(council.date).toMatchObject({
      precision: 'day',
      basis: 'identified',
      text: 'mercredi',
      label: 'Wednesday 12 January 2022',
    });
    const letters = knowledge.factById.get('us-nato-letters-sent')!;
    expect(letters.date).toMatchObject({ precision: 'week', basis: 'relative', text: 'la semaine dernière' });
  });

  it('cites every claim-bearing sentence of every article', () => {
    for (const source of measureCoverage(knowledge)) {
      expect(
        source.uncited.map((s) => s.text),
        source.sourceId,
      ).toEqual([]);
    }
  });

  it('records counterparts both ways, written on one side', () => {
    const { entities } = loadKnowledge();
    expect(entities.get('putin')!.counterparts).toEqual(['macron', 'johnson']);
    expect(entities.get('johnson')!.counterparts).toEqual(['putin']);
    expect(entities.get('stoltenberg')!.counterparts).toEqual(['grushko']);
  });

  it('marks boilerplate so that coverage does not count it', () => {
    const politico = knowledge.sources.get('politico-brussels-impasse')!;
    expect(politico.sentences.find((s) => s.text === 'Skip to content')?.nonClaim).toBe('boilerplate');
  });
});

describe('loading refuses broken knowledge, naming the file and the fact', () => {
  const expectProblem = (dir: string, ...parts: (string | RegExp)[]) => {
    let error: unknown;
    try {
      loadKnowledge(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    for (const part of parts) expect((error as Error).message).toMatch(part);
  };

  it('rejects a quote that is not in its source', () => {
    const dir = brokenKnowledge('facts/calls.yaml', (t) => t.replace('a regretté que', 'a déploré que'));
    expectProblem(
      dir,
      'knowledge/facts/calls.yaml',
      'putin-johnson-call',
      /not verbatim in source "putin-johnson-call"/,
    );
  });

  it('rejects an article credited to something that is no media entity', () => {
    const dir = brokenKnowledge('sources/politico-brussels-impasse.yaml', (t) =>
      t.replace('credited: [politico]', 'credited: [putin]'),
    );
    expectProblem(dir, 'politico-brussels-impasse.yaml', /credited "putin" is not an entity of kind media/);
  });

  it('rejects bad YAML', () => {
    const dir = brokenKnowledge('facts/calls.yaml', (t) =>
      t.replace('- id: putin-johnson-call\n', '- id: [putin-johnson-call\n'),
    );
    expectProblem(dir, 'knowledge/facts/calls.yaml', /bad YAML/);
  });

  it('rejects an unknown actor', () => {
    const dir = brokenKnowledge('facts/calls.yaml', (t) =>
      t.replace('by: [putin, johnson]', 'by: [putin, boris]'),
    );
    expectProblem(dir, 'putin-johnson-call', /by names unknown entity "boris"/);
  });

  it('rejects an unknown counterpart', () => {
    const dir = brokenKnowledge('entities.yaml', (t) =>
      t.replace('counterparts: [stoltenberg, sherman]', 'counterparts: [stoltenberg, ryabkov]'),
    );
    expectProblem(dir, 'entities.yaml', /entity "grushko" has unknown counterpart "ryabkov"/);
  });

  it('rejects a duplicate fact id', () => {
    const dir = brokenKnowledge('facts/calls.yaml', (t) =>
      t.replace('- id: macron-putin-call-jan-31', '- id: macron-putin-call-feb-3'),
    );
    expectProblem(dir, 'macron-putin-call-feb-3', /duplicate fact id/);
  });

  it('rejects an impossible date', () => {
    const dir = brokenKnowledge('facts/calls.yaml', (t) => t.replace('on: 2022-02-03', 'on: 2022-02-30'));
    expectProblem(dir, 'macron-putin-call-feb-3', /date\.on: no such calendar day/);
  });

  it('rejects a contested claim whose statement lost its attribution', () => {
    const dir = brokenKnowledge('facts/military-situation.yaml', (t) =>
      t.replace('According to Western countries, Russia has massed', 'Russia has massed'),
    );
    expectProblem(dir, 'russia-masses-troops-on-border', /must say who asserts it/);
  });

  it('rejects a misspelt field', () => {
    const dir = brokenKnowledge('facts/calls.yaml', (t) =>
      t.replace(
        '  keywords: [initiative, idea, initiated, tensions]',
        '  keyword: [initiative, idea, initiated, tensions]',
      ),
    );
    expectProblem(dir, 'macron-putin-call-feb-3', /Unrecognized key: "keyword"/);
  });

  it('rejects an alias that names two entities', () => {
    const dir = brokenKnowledge('entities.yaml', (t) =>
      t.replace('    - Grouchko\n', '    - Grouchko\n    - Poutine\n'),
    );
    expectProblem(dir, 'knowledge/entities.yaml', /alias "Poutine" names both/);
  });

  it('rejects an entity described by a fact that is unknown or does not name it', () => {
    const unknown = brokenKnowledge('entities.yaml', (t) =>
      t.replace('described_by: osce-meeting-vienna', 'described_by: osce-meeting-vilnius'),
    );
    expectProblem(
      unknown,
      'knowledge/entities.yaml',
      /"osce" is described_by unknown fact "osce-meeting-vilnius"/,
    );
    const unrelated = brokenKnowledge('entities.yaml', (t) =>
      t.replace('described_by: osce-meeting-vienna', 'described_by: putin-johnson-call'),
    );
    expectProblem(
      unrelated,
      'knowledge/entities.yaml',
      /"osce" is described_by fact "putin-johnson-call", which does not name it/,
    );
  });

  it('rejects a fact carried by a fact that is unknown or sent no document', () => {
    const unknown = brokenKnowledge('facts/written-proposals.yaml', (t) =>
      t.replace(
        'carried_by: us-nato-letters-sent # « Washington y propose »',
        'carried_by: us-nato-letter-sent',
      ),
    );
    expectProblem(
      unknown,
      'knowledge/facts/written-proposals.yaml',
      /carried_by names unknown fact "us-nato-letter-sent"/,
    );
    const noDocument = brokenKnowledge('facts/written-proposals.yaml', (t) =>
      t.replace(
        'carried_by: us-nato-letters-sent # « Washington y propose »',
        'carried_by: el-pais-publishes-documents',
      ),
    );
    expectProblem(
      noDocument,
      'knowledge/facts/written-proposals.yaml',
      /carried_by names fact "el-pais-publishes-documents", which has no document/,
    );
  });

  it('rejects an alias that reads as the start of a question', () => {
    const dir = brokenKnowledge('entities.yaml', (t) =>
      t.replace("l'est de l'Ukraine]", "est de l'Ukraine]"),
    );
    expect(() => actorPatterns(loadKnowledge(dir))).toThrow(
      /alias "est de l'Ukraine" of "donbass" reads as "is ukraine", the start of a question/,
    );
  });
});
