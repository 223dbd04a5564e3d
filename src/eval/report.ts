/**
 * The evaluation report: what `npm run eval` measures over graded answers. Per question kind,
 * precision, recall and F1 as Rasa reports intents; the answered/refused split as SQuAD 2.0 scores
 * has-answer and no-answer questions; citation precision and recall after ALCE.
 */
import type { KnowledgeBase } from '../knowledge/model.ts';
import type { SourceCoverage } from '../knowledge/coverage.ts';
import type { Graded } from './grade.ts';

export interface KindScore {
  kind: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalReport {
  sets: string[];
  questions: number;
  accuracy: number;
  byKind: KindScore[];
  /** "asked X, answered with a fact of kind Y" among wrong answers, most frequent first. */
  confusions: { asked: string; got: string; count: number }[];
  answerability: {
    hasAnswer: { total: number; correct: number; wrong: number; wronglyRefused: number };
    noAnswer: { total: number; correctlyRefused: number; wronglyAnswered: number };
  };
  citations: { precision: number; recall: number; citations: number; answers: number };
  failures: {
    question: string;
    kind: string;
    expected: string;
    got: string;
    problems: string[];
    /** Why it is a known miss, when it is one. */
    miss?: string;
  }[];
  coverage: { source: string; cited: number; claimSentences: number; share: number; uncited: string[] }[];
}

/** The label a response earns: the kind it answered as, or "refusal". */
const predicted = (graded: Graded) => (graded.answer.answered ? graded.answer.kind : 'refusal');

export function buildReport(
  sets: string[],
  results: Graded[],
  knowledge: KnowledgeBase,
  coverage: SourceCoverage[],
): EvalReport {
  const kinds = [...new Set(results.map((r) => r.item.kind))].sort();
  const byKind = kinds.map((kind): KindScore => {
    const support = results.filter((r) => r.item.kind === kind).length;
    const predictedAs = results.filter((r) => predicted(r) === kind).length;
    const hits = results.filter((r) => r.item.kind === kind && predicted(r) === kind && r.correct).length;
    const precision = predictedAs === 0 ? 0 : hits / predictedAs;
    const recall = support === 0 ? 0 : hits / support;
    return {
      kind,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
      support,
    };
  });

  const confusionCounts = new Map<string, number>();
  for (const r of results.filter((r) => !r.correct)) {
    const fact = r.answer.factIds[0] ? knowledge.factById.get(r.answer.factIds[0]) : undefined;
    const got = r.answer.answered
      ? `${r.answer.kind} answer from a ${fact?.type ?? 'no'} fact`
      : `refusal (${r.answer.refusal ?? '?'})`;
    const key = `${r.item.kind}\u0000${got}`;
    confusionCounts.set(key, (confusionCounts.get(key) ?? 0) + 1);
  }
  const confusions = [...confusionCounts]
    .map(([key, count]) => {
      const [asked, got] = key.split('\u0000') as [string, string];
      return { asked, got, count };
    })
    .sort((a, b) => b.count - a.count);

  const hasAnswer = results.filter((r) => r.item.expect === 'answer');
  const noAnswer = results.filter((r) => r.item.expect === 'refuse');
  // A citation is good when its quote is verbatim in its article and that article states the answer.
  const answeredWell = hasAnswer.filter((r) => r.answer.answered);
  const citations = answeredWell.flatMap((r) =>
    r.answer.citations.map(
      (c) =>
        (knowledge.sources.get(c.source)?.text.includes(c.quote) ?? false) &&
        (r.item.sources.length === 0 || r.item.sources.includes(c.source)),
    ),
  );
  const withGoodCitation = answeredWell.filter(
    (r) => !r.problems.some((p) => p.startsWith('no verbatim citation')),
  );

  return {
    sets,
    questions: results.length,
    accuracy: results.filter((r) => r.correct).length / Math.max(1, results.length),
    byKind,
    confusions,
    answerability: {
      hasAnswer: {
        total: hasAnswer.length,
        correct: hasAnswer.filter((r) => r.correct).length,
        wrong: hasAnswer.filter((r) => r.answer.answered && !r.correct).length,
        wronglyRefused: hasAnswer.filter((r) => !r.answer.answered).length,
      },
      noAnswer: {
        total: noAnswer.length,
        correctlyRefused: noAnswer.filter((r) => !r.answer.answered).length,
        wronglyAnswered: noAnswer.filter((r) => r.answer.answered).length,
      },
    },
    citations: {
      precision: citations.length === 0 ? 1 : citations.filter(Boolean).length / citations.length,
      recall: answeredWell.length === 0 ? 1 : withGoodCitation.length / answeredWell.length,
      citations: citations.length,
      answers: answeredWell.length,
    },
    failures: results
      .filter((r) => !r.correct)
      .map((r) => ({
        question: r.item.after ? `${r.item.after} → ${r.item.question}` : r.item.question,
        kind: r.item.kind,
        expected:
          r.item.expect === 'refuse'
            ? 'a refusal'
            : `an answer naming ${r.item.mention.map((m) => `"${m}"`).join(', ') || 'nothing in particular'}, citing ${r.item.sources.join(' or ')}`,
        got: r.answer.answer,
        problems: r.problems,
        miss: r.item.miss,
      })),
    coverage: coverage.map((c) => ({
      source: c.sourceId,
      cited: c.cited,
      claimSentences: c.claimSentences,
      share: c.share,
      uncited: c.uncited.map((s) => s.text),
    })),
  };
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

export function reportMarkdown(report: EvalReport): string {
  const a = report.answerability;
  const lines = [
    '# Evaluation',
    '',
    `Question sets: ${report.sets.join(', ')} — ${report.questions} questions. **Accuracy ${pct(report.accuracy)}.**`,
    '',
    '## Per question kind',
    '',
    '| kind | precision | recall | F1 | support |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...report.byKind.map(
      (k) => `| ${k.kind} | ${pct(k.precision)} | ${pct(k.recall)} | ${pct(k.f1)} | ${k.support} |`,
    ),
    '',
    '## Answered or refused (SQuAD 2.0 split)',
    '',
    '| | total | right | wrong answer | wrongly refused | wrongly answered |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| has an answer | ${a.hasAnswer.total} | ${a.hasAnswer.correct} | ${a.hasAnswer.wrong} | ${a.hasAnswer.wronglyRefused} | — |`,
    `| must be refused | ${a.noAnswer.total} | ${a.noAnswer.correctlyRefused} | — | — | ${a.noAnswer.wronglyAnswered} |`,
    '',
    '## Citations',
    '',
    `- Precision ${pct(report.citations.precision)}: of ${report.citations.citations} citations, the share whose quote is verbatim in the cited article and whose article states the answer.`,
    `- Recall ${pct(report.citations.recall)}: of ${report.citations.answers} answers, the share with at least one such citation.`,
    '',
    '## Most frequent confusions',
    '',
    ...(report.confusions.length === 0
      ? ['None.']
      : report.confusions.slice(0, 10).map((c) => `- asked **${c.asked}**, got ${c.got}: ${c.count}`)),
    '',
    '## Failing questions',
    '',
    ...(report.failures.length === 0
      ? ['None.']
      : report.failures.flatMap((f) => [
          `- **${f.question}** (${f.kind}) — ${f.problems.join('; ')}${f.miss ? ` _(known miss: ${f.miss})_` : ''}`,
          `  - expected ${f.expected}`,
          `  - got: ${f.got.replace(/\n/g, ' ').slice(0, 300)}`,
        ])),
    '',
    '## Knowledge coverage',
    '',
    '| article | claim-bearing sentences cited |',
    '| --- | ---: |',
    ...report.coverage.map((c) => `| ${c.source} | ${c.cited}/${c.claimSentences} (${pct(c.share)}) |`),
    ...report.coverage.flatMap((c) => c.uncited.map((s) => `- uncited in ${c.source}: ${s}`)),
    '',
  ];
  return lines.join('\n');
}
