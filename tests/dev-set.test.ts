/**
 * The development question set as a gate: at least 95% correct overall. The per-kind table is printed
 * so a drop shows where understanding broke.
 */
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { accuracyByKind, runQuestionSet } from '../src/eval/grade.ts';
import { loadQuestionSet } from '../src/eval/question-set.ts';
import { sharedEngine } from './helpers/engine.ts';

const DEV_SET = fileURLToPath(new URL('./questions/dev.jsonl', import.meta.url));
const REQUIRED_ACCURACY = 0.95;

it('answers or refuses the development questions correctly', () => {
  const items = loadQuestionSet(DEV_SET);
  expect(items.length).toBeGreaterThanOrEqual(120);
  expect(items.filter((item) => item.expect === 'refuse').length).toBeGreaterThanOrEqual(25);

  const results = runQuestionSet(sharedEngine(), items);
  const table = accuracyByKind(results)
    .map(
      (k) =>
        `  ${k.kind.padEnd(14)} ${String(k.correct).padStart(3)}/${String(k.total).padEnd(3)} ${((k.correct / k.total) * 100).toFixed(0)}%`,
    )
    .join('\n');
  const failures = results
    .filter((r) => !r.correct)
    .map((r) => `  ✗ ${r.item.question} — ${r.problems.join('; ')}\n      → ${r.answer.answer.slice(0, 160)}`)
    .join('\n');
  const accuracy = results.filter((r) => r.correct).length / results.length;
  console.log(
    `development set: ${(accuracy * 100).toFixed(1)}% of ${results.length}\n${table}${failures ? `\n${failures}` : ''}`,
  );
  expect(accuracy).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
});
