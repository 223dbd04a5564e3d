/**
 * `npm run eval [set.jsonl ...]`: runs question sets (every set under tests/questions by default)
 * through the engine and writes reports/eval.json and reports/eval.md; prints the markdown.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createEngine } from '../engine.ts';
import { runQuestionSet } from '../eval/grade.ts';
import { loadQuestionSet } from '../eval/question-set.ts';
import { buildReport, reportMarkdown } from '../eval/report.ts';
import { measureCoverage } from '../knowledge/coverage.ts';
import { PROJECT_ROOT } from '../paths.ts';

const root = `${PROJECT_ROOT}/`;
const sets =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : readdirSync(`${PROJECT_ROOT}/tests/questions`)
        .filter((name) => name.endsWith('.jsonl'))
        .sort()
        .map((name) => `tests/questions/${name}`);
const engine = createEngine();
const results = sets.flatMap((set) => runQuestionSet(engine, loadQuestionSet(set)));
const report = buildReport(sets, results, engine.knowledge, measureCoverage(engine.knowledge));
const markdown = reportMarkdown(report);
mkdirSync(`${root}reports`, { recursive: true });
writeFileSync(`${root}reports/eval.json`, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(`${root}reports/eval.md`, markdown);
console.log(markdown);
console.log(`Written to reports/eval.json and reports/eval.md.`);
