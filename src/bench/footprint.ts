/**
 * Run as its own process by the benchmark, with the V8 flags `npm start` uses: time from process start
 * to the first answer, resident memory then, and again after answering the mix `--answers` times.
 */
import { join } from 'node:path';
import { createEngine } from '../engine.ts';
import { loadQuestionSet } from '../eval/question-set.ts';
import { PROJECT_ROOT } from '../paths.ts';

const answers = Number(process.argv[process.argv.indexOf('--answers') + 1] ?? 0) || 0;
const engine = createEngine();
engine.ask('who called Putin on 3 February?');
const firstAnswerMs = performance.now();
const rssAfterLoad = process.memoryUsage().rss;
const questions = ['dev.jsonl', 'heldout.jsonl'].flatMap((set) =>
  loadQuestionSet(join(PROJECT_ROOT, 'tests/questions', set)).map((item) => item.question),
);
for (let i = 0; i < answers; i++) engine.ask(questions[i % questions.length]!);
process.stdout.write(JSON.stringify({ firstAnswerMs, rssAfterLoad, rssAfterRun: process.memoryUsage().rss }));
