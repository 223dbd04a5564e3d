/**
 * The bot as a process, the way it runs in production: `src/main.ts` with a token, and the sharding
 * manager with two shards, each against the fake Discord. Signals stop them gracefully.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { FakeDiscord, user, FAKE_TOKEN } from '../src/testing/fake-discord.ts';
import { V8_FLAGS } from '../src/v8-flags.ts';
import { freePort, skipRedis, TestRedis } from './helpers/redis.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const TOKEN = FAKE_TOKEN;

let discord: FakeDiscord;
let child: ChildProcess | undefined;
let output = '';

beforeEach(async () => {
  discord = await FakeDiscord.start();
  output = '';
});

afterEach(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await discord.stop();
});

interface Running {
  process: ChildProcess;
  /** Resolves with the exit code; attached at spawn so a quick exit is not missed. */
  exited: Promise<number | null>;
}

function run(script: string, env: Record<string, string> = {}): Running {
  const started = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: {
      ...process.env,
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_BASE: discord.apiBase,
      STORE_URL: 'memory:',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  started.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child = started;
  return { process: started, exited: once(started, 'exit').then(([code]) => code as number | null) };
}

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out; output so far:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('finishes the reply in flight on SIGTERM, then exits 0', async () => {
  const bot = run('src/main.ts');
  await until(() => output.includes('"msg":"ready"'));
  discord.responseDelayMs = 1_000; // the reply is still on its way when the signal comes
  const id = discord.slashCommand('ask', [{ name: 'question', value: 'who called Putin on 3 February?' }]);
  const callback = await discord.callbackFor(id);
  bot.process.kill('SIGTERM');
  expect(await bot.exited).toBe(0);
  expect(discord.answered.has(callback)).toBe(true);
  expect(output).toMatch(/"msg":"stopping: finishing replies in flight"[\s\S]*"msg":"stopped"/);
  expect(output).not.toContain(TOKEN);
});

it('stops taking new messages once it is shutting down', async () => {
  const bot = run('src/main.ts');
  await until(() => output.includes('"msg":"ready"'));
  discord.responseDelayMs = 1_000; // keep the bot draining a reply while a new question comes
  discord.slashCommand('ask', [{ name: 'question', value: 'who called Putin on 3 February?' }]);
  await until(() => discord.requests.some((r) => r.path.includes('/callback')));
  bot.process.kill('SIGINT');
  await until(() => output.includes('stopping'));
  const id = discord.slashCommand('ask', [{ name: 'question', value: 'what did NATO offer?' }]);
  expect(await bot.exited).toBe(0);
  expect(discord.requests.some((r) => r.path.includes(`/interactions/${id}/`))).toBe(false);
});

it.skipIf(skipRedis)(
  'runs two shards under the ShardingManager, sharing one rate limit through Redis',
  async () => {
    const redis = new TestRedis(await freePort());
    await redis.start();
    const manager = run('src/cli/start-sharded.ts', {
      SHARD_COUNT: '2',
      STORE_URL: redis.url,
      RATE_LIMIT_QUESTIONS: '3',
      RATE_LIMIT_WINDOW_SECONDS: '86400' /* clock-aligned windows: a day never splits the test */,
    });
    await until(() => discord.identifies >= 2);
    const shards = discord.received.filter((p) => p.op === 2).map((p) => (p.d as { shard: number[] }).shard);
    expect(shards).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
      ]),
    );
    await until(() => (output.match(/"msg":"ready"/g) ?? []).length >= 2);

    // One person asks twice on each shard: the fourth question is over the limit the shards share.
    const asker = user('400000000000000042', 'asker');
    const replies = [];
    for (const shard of [0, 1, 0, 1]) {
      const id = discord.slashCommand(
        'ask',
        [{ name: 'question', value: 'what did NATO offer?' }],
        asker,
        shard,
      );
      replies.push(await discord.callbackFor(id, 0));
    }
    expect(replies.map((r) => (r.body.data.embeds ? 'answer' : 'slow down'))).toEqual([
      'answer',
      'answer',
      'answer',
      'slow down',
    ]);

    manager.process.kill('SIGTERM');
    expect(await manager.exited).toBe(0);
    await redis.stop();
  },
);

it('runs `npm start` with the V8 flags the shards and the benchmark use', () => {
  const start = (JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { scripts: { start: string } })
    .scripts.start;
  expect(start).toContain(`node ${V8_FLAGS.join(' ')} dist/src/main.js`);
});
