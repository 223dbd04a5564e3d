/**
 * `npm run bench`: how fast the bot answers, on this machine, in one run — throughput and latency over a
 * realistic mix repeated to 20,000 answers, cold start, memory, wink-nlp's own readDoc as the floor, and
 * the Discord path against the fake Discord. Writes docs/benchmarks.md and reports/bench.json.
 * Not a test: nothing here fails on timing.
 */
import { execFileSync, fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Events } from 'discord.js';
import { createEngine } from '../engine.ts';
import { startBot } from '../discord/bot.ts';
import { loadQuestionSet, type QuestionItem } from '../eval/question-set.ts';
import { normaliseQuestion } from '../nlp/normalise.ts';
import { createLogger } from '../logger.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { parseSettings } from '../settings.ts';
import { FAKE_TOKEN, FakeDiscord } from '../testing/fake-discord.ts';
import type { FloorRound } from './floor.ts';
import { V8_FLAGS } from '../v8-flags.ts';

const ANSWERS = 20_000;
/** Engine and floor alternate in this many rounds; the reported ratio is the median round's. */
const ROUNDS = 100;
/** Passes over the mix per stage when timing the pipeline's stages alone. */
const STAGE_PASSES = 30;
const COLD_STARTS = 5;
const DISCORD_INTERACTIONS = 300;
const TARGETS = { p99Ms: 1, ratio: 2, coldStartMs: 1000, rssMb: 150 };

const mb = (bytes: number) => bytes / 1_048_576;

/** A floor process (floor.ts): `round` times readDoc over the questions given, in milliseconds. */
async function startFloor(pipeline: 'default' | 'bot') {
  const child = fork(fileURLToPath(new URL('./floor.js', import.meta.url)), ['--pipeline', pipeline]);
  await new Promise((resolve) => child.once('message', resolve)); // 'ready'
  return {
    round: (questions: string[]) =>
      new Promise<number>((resolve) => {
        child.once('message', (ms) => resolve(ms as number));
        child.send({ questions } satisfies FloorRound);
      }),
    stop: () => child.kill(),
  };
}
const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// --- The mix: every question of the development and held-out sets, follow-ups asked after their lead.
const SETS = ['dev.jsonl', 'heldout.jsonl', 'heldout-2.jsonl', 'heldout-3.jsonl', 'probes.jsonl'];
const items: QuestionItem[] = SETS.map((name) => `tests/questions/${name}`).flatMap((set) =>
  loadQuestionSet(join(PROJECT_ROOT, set)),
);
const mix = {
  total: items.length,
  refused: items.filter((i) => i.expect === 'refuse').length,
  french: items.filter((i) =>
    /[àâçéèêëîïôûù]|\b(qui|que|qu'|quand|où|combien|pourquoi|le|la|les)\b/i.test(i.question),
  ).length,
  followUps: items.filter((i) => i.after).length,
};

// --- The bot's own process, run as `npm start` runs it: cold start to the first answer, and resident memory
// after loading and after answering the mix 20,000 times.
const footprint = fileURLToPath(new URL('./footprint.js', import.meta.url));
const runFootprint = (answers: number) =>
  JSON.parse(
    execFileSync(process.execPath, [...V8_FLAGS, footprint, '--answers', String(answers)], {
      encoding: 'utf8',
    }),
  ) as {
    firstAnswerMs: number;
    rssAfterLoad: number;
    rssAfterRun: number;
  };
const colds = Array.from({ length: COLD_STARTS }, () => runFootprint(0));
const coldStartMs = median(colds.map((c) => c.firstAnswerMs));
const footprintRun = runFootprint(ANSWERS);

// --- The engine, in this process on one thread, and as the floor wink-nlp's readDoc alone on the very same
// questions, each floor in a process of its own (see floor.ts). Engine and floors run in alternating rounds
// and are compared round by round, so that the machine's drift (a shared VM's CPU) falls on all alike.
const floors = {
  default: await startFloor('default'),
  bot: await startFloor('bot'),
};
const engine = createEngine();
const warmUp = items.flatMap((item) => (item.after ? [item.after, item.question] : [item.question]));
for (let i = 0; i < 5; i++) {
  for (const item of items) engine.ask(item.question, item.after ? engine.ask(item.after).context : null);
  await floors.default.round(warmUp);
  await floors.bot.round(warmUp);
}

const latencies: number[] = [];
const roundRatios: number[] = [];
const botRoundRatios: number[] = [];
let answered = 0;
let answerMs = 0;
let floorMs = 0;
let botFloorMs = 0;
let next = 0;
for (let round = 0; round < ROUNDS; round++) {
  const asked: string[] = [];
  const roundStarted = performance.now();
  while (asked.length < ANSWERS / ROUNDS) {
    const item = items[next++ % items.length]!;
    const context = item.after ? engine.ask(item.after).context : null;
    const before = performance.now();
    engine.ask(item.question, context);
    latencies.push(performance.now() - before);
    if (item.after) asked.push(item.after);
    asked.push(item.question);
  }
  const roundAnswerMs = performance.now() - roundStarted;
  const roundFloorMs = await floors.default.round(asked); // the very questions this round answered
  const roundBotFloorMs = await floors.bot.round(asked);
  botRoundRatios.push(roundAnswerMs / roundBotFloorMs);
  botFloorMs += roundBotFloorMs;
  roundRatios.push(roundAnswerMs / roundFloorMs);
  answered += asked.length;
  answerMs += roundAnswerMs;
  floorMs += roundFloorMs;
}
floors.default.stop();
floors.bot.stop();

// --- Where an answer's time goes: each half of the pipeline (engine.ts) timed alone over the mix, least of a
// few passes (the least is its own cost; the machine only ever adds to it), and the whole answer the same way.
const stageUs = (stage: (item: QuestionItem) => unknown) => {
  let least = Infinity;
  for (let pass = 0; pass < STAGE_PASSES; pass++) {
    const started = performance.now();
    for (const item of items) stage(item);
    least = Math.min(least, performance.now() - started);
  }
  return (least * 1000) / items.length;
};
const leads = new Map(items.map((item) => [item, item.after ? engine.ask(item.after).context : null]));
const understood = new Map(items.map((item) => [item, engine.understand(item.question, leads.get(item))]));
const stagesUs = {
  whole: stageUs((item) => engine.ask(item.question, leads.get(item))),
  normalising: stageUs((item) => normaliseQuestion(item.question)),
  understanding: stageUs((item) => engine.understand(item.question, leads.get(item))),
  answering: stageUs((item) => engine.answer(understood.get(item)!)),
};
latencies.sort((a, b) => a - b);
const throughput = (answered / answerMs) * 1000;
const floorThroughput = (answered / floorMs) * 1000;
const floorUs = (floorMs * 1000) / answered;
const botReadDocUs = (botFloorMs * 1000) / answered;
const ratio = median(roundRatios);
const botRatio = median(botRoundRatios);

// --- The Discord path: dispatching /ask on the fake gateway to the reply arriving over REST.
const discord = await FakeDiscord.start();
const bot = await startBot(
  parseSettings({
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_API_BASE: discord.apiBase,
    STORE_URL: 'memory:',
  }),
  { engine, logger: createLogger('silent') },
);
if (!bot.context.client.isReady())
  await new Promise((resolve) => bot.context.client.once(Events.ClientReady, resolve));
const discordLatencies: number[] = [];
const standalone = items.filter((item) => !item.after && item.question.trim() !== '');
for (let i = 0; i < DISCORD_INTERACTIONS; i++) {
  const item = standalone[i % standalone.length]!;
  const sent = performance.now();
  const id = discord.slashCommand('ask', [{ name: 'question', value: item.question.slice(0, 400) }]);
  const callback = await discord.callbackFor(id);
  discordLatencies.push(discord.arrivals.get(callback)! - sent);
}
await bot.stop();
await discord.stop();
discordLatencies.sort((a, b) => a - b);

// --- Report.
const results = {
  date: new Date().toISOString(),
  machine: {
    os: type(),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(mb(totalmem()) / 1024),
    node: process.version,
  },
  mix: { ...mix, answers: answered },
  throughputPerSecond: throughput,
  latencyMs: {
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies[latencies.length - 1]!,
  },
  floor: {
    readDocPerSecond: floorThroughput,
    costRatio: ratio,
    roundRatios,
    botPipelineCostRatio: botRatio,
    botPipelineRoundRatios: botRoundRatios,
  },
  stagesUs: { ...stagesUs, floorReadDoc: floorUs, botReadDoc: botReadDocUs },
  coldStartMs: { median: coldStartMs, runs: colds.map((c) => c.firstAnswerMs) },
  rssMb: {
    afterLoad: mb(footprintRun.rssAfterLoad),
    afterRun: mb(footprintRun.rssAfterRun),
    v8Flags: V8_FLAGS,
  },
  discordMs: {
    p50: percentile(discordLatencies, 0.5),
    p99: percentile(discordLatencies, 0.99),
    interactions: DISCORD_INTERACTIONS,
  },
};
const stageRows: [string, number][] = [
  ['wink-nlp `readDoc` as it ships (the floor)', floorUs],
  ['a whole answer (`engine.ask`)', stagesUs.whole],
  ['… understanding the question alone (`engine.understand`)', stagesUs.understanding],
  ['… … normalising the text (`src/nlp/normalise.ts`)', stagesUs.normalising],
  ["… … the bot's own `readDoc` (POS and custom entities; in its own process)", botReadDocUs],
  [
    '… … the rest: tokens, actors, dates, events, roles, topics, kind, follow-ups',
    stagesUs.understanding - stagesUs.normalising - botReadDocUs,
  ],
  [
    '… answering the understood question alone (`engine.answer`: scoring, writing, citing)',
    stagesUs.answering,
  ],
  [
    '… the two halves run one after the other, beyond their costs alone (caches and V8 feedback they share)',
    stagesUs.whole - stagesUs.understanding - stagesUs.answering,
  ],
];
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
const f = (n: number, digits = 2) => n.toFixed(digits);
const markdown = `# Benchmarks

Produced by \`npm run bench\` (compiled JavaScript, one Node.js thread) on ${results.date.slice(0, 10)}:
${results.machine.os}, ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGb} GB, Node ${results.machine.node}.

The mix: the ${mix.total} questions of ${SETS.map((set) => `\`${set}\``).join(', ')} in \`tests/questions\` — ${mix.refused} to refuse,
about ${mix.french} in French, ${mix.followUps} follow-ups asked after their lead question — repeated to ${answered} answers.

| measure | result | target | |
| --- | ---: | ---: | --- |
| answers per second (one core) | ${f(throughput, 0)} | — | |
| latency p50 / p95 / p99 / max | ${f(results.latencyMs.p50, 3)} / ${f(results.latencyMs.p95, 3)} / ${f(results.latencyMs.p99, 3)} / ${f(results.latencyMs.max, 2)} ms | p99 < ${TARGETS.p99Ms} ms | ${verdict(results.latencyMs.p99 < TARGETS.p99Ms)} |
| wink-nlp \`readDoc\` alone (the floor: \`winkNLP(model)\` as it ships) | ${f(floorThroughput, 0)} per second | — | |
| answer cost ÷ readDoc cost (median of ${ROUNDS} alternating rounds; spread ${f(Math.min(...roundRatios))}–${f(Math.max(...roundRatios))}) | ${f(ratio)} | ≤ ${TARGETS.ratio} | ${verdict(ratio <= TARGETS.ratio)} |
| for reference: answer cost ÷ the bot's own readDoc call (POS + custom entities) | ${f(botRatio)} | — | |
| cold start to first answer (median of ${COLD_STARTS}) | ${f(coldStartMs, 0)} ms | < ${TARGETS.coldStartMs} ms | ${verdict(coldStartMs < TARGETS.coldStartMs)} |
| resident memory after load / after ${ANSWERS} answers | ${f(results.rssMb.afterLoad, 0)} / ${f(results.rssMb.afterRun, 0)} MB | < ${TARGETS.rssMb} MB | ${verdict(Math.max(results.rssMb.afterLoad, results.rssMb.afterRun) < TARGETS.rssMb)} |
| Discord: /ask dispatched → reply received, p50 / p99 (${DISCORD_INTERACTIONS} interactions, fake Discord on 127.0.0.1) | ${f(results.discordMs.p50)} / ${f(results.discordMs.p99)} ms | well inside 3 s | ${verdict(results.discordMs.p99 < 3000)} |

The floor is wink-nlp's own \`readDoc\` — \`winkNLP(model)\` with the pipeline it ships with — on the very
questions each round answered; the ratio is what holds from machine to machine. Each floor runs in a process
of its own (\`src/bench/floor.ts\`): two wink-nlp instances in one process slow each other down. The second
ratio divides by the bot's own wink-nlp call alone (POS and the custom entities learnt from the knowledge; the
bot finds dates itself): the share of an answer that is not wink-nlp. Cold start and memory are
measured in a separate process run as \`npm start\` runs the bot (\`node ${V8_FLAGS.join(' ')}\`): V8's default
young generation reserves about 30 MB more that the bot never keeps live, and its default bound on the old one
lets the heap grow some 25 MB further before it collects.

## Where an answer's time goes

Each half of the pipeline (\`src/engine.ts\`), and the whole answer, timed alone over the mix, least of
${STAGE_PASSES} passes in this process; the two \`readDoc\` calls as measured in their own processes during the
rounds above. Run one after the other as every answer runs them, the two halves cost more than alone: each
most likely evicting the other's data from the processor's caches.

| stage | µs a question | × the floor |
| --- | ---: | ---: |
${stageRows.map(([name, us]) => `| ${name} | ${f(us, 1)} | ${f(us / floorUs)} |`).join('\n')}
`;
mkdirSync(join(PROJECT_ROOT, 'reports'), { recursive: true });
mkdirSync(join(PROJECT_ROOT, 'docs'), { recursive: true });
writeFileSync(join(PROJECT_ROOT, 'reports/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(PROJECT_ROOT, 'docs/benchmarks.md'), markdown);
console.log(markdown);
process.exit(0);
