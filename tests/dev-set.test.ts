/**
 * The question sets as a gate: at least 95% correct on each, known misses (marked "miss", with the
 * reason) aside. The development set must keep its size and its refusals; the held-out sets were written
 * later, to check that fixes generalise. The per-kind table is printed so a drop shows where understanding
 * broke.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { accuracyByKind, runQuestionSet } from '../src/eval/grade.ts';
import { loadQuestionSet } from '../src/eval/question-set.ts';
import { sharedEngine } from './helpers/engine.ts';

const QUESTIONS = fileURLToPath(new URL('./questions/', import.meta.url));
const DEV_SET = `${QUESTIONS}dev.jsonl`;
const REQUIRED_ACCURACY = 0.95;

it('keeps a development set of 120 questions or more, 25 of them to refuse', () => {
  const items = loadQuestionSet(DEV_SET);
  expect(items.length).toBeGreaterThanOrEqual(120);
  expect(items.filter((item) => item.expect === 'refuse').length).toBeGreaterThanOrEqual(25);
});

it.each(readdirSync(QUESTIONS).filter((name) => name.endsWith('.jsonl')))(
  'answers or refuses %s correctly',
  (name) => {
    const items = loadQuestionSet(`${QUESTIONS}${name}`);
    const results = runQuestionSet(sharedEngine(), items);
    const table = accuracyByKind(results)
      .map(
        (k) =>
          `  ${k.kind.padEnd(14)} ${String(k.correct).padStart(3)}/${String(k.total).padEnd(3)} ${((k.correct / k.total) * 100).toFixed(0)}%`,
      )
      .join('\n');
    const failures = results
      .filter((r) => !r.correct)
      .map(
        (r) => `  ✗ ${r.item.question} — ${r.problems.join('; ')}\n      → ${r.answer.answer.slice(0, 160)}`,
      )
      .join('\n');
    // Known misses are reported, kept out of the gate, and must still fail: a fix removes the mark.
    const gated = results.filter((r) => !r.item.miss);
    const accuracy = gated.filter((r) => r.correct).length / gated.length;
    console.log(
      `${name}: ${(accuracy * 100).toFixed(1)}% of ${gated.length}, ${results.length - gated.length} known misses\n${table}${failures ? `\n${failures}` : ''}`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
    const fixed = results.filter((r) => r.item.miss && r.correct).map((r) => r.item.question);
    expect(fixed, 'known misses now answered right: remove their "miss" mark').toEqual([]);
  },
);
