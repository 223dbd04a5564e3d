/**
 * State shared through a real Redis server (Debian's redis-server, started by the test itself on
 * 127.0.0.1 so it can be stopped and started again), and the SQLite default across a restart.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot } from '../src/discord/bot.ts';
import { createLogger } from '../src/logger.ts';
import { parseSettings } from '../src/settings.ts';
import { Conversations } from '../src/state/conversations.ts';
import { createStore } from '../src/state/store.ts';
import { FakeDiscord, user, FAKE_TOKEN } from '../src/testing/fake-discord.ts';
import { sharedEngine } from './helpers/engine.ts';
import { freePort, skipRedis, TestRedis } from './helpers/redis.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const TOKEN = FAKE_TOKEN;

/** Runs src/testing/state-worker.ts as its own process and returns what it printed. */
function worker(...args: string[]): unknown {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/testing/state-worker.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

describe.skipIf(skipRedis)('on Redis', () => {
  let redis: TestRedis;
  /** The server .ci/run starts (REDIS_URL); the test's own when there is none. */
  const shared = () => process.env.REDIS_URL ?? redis.url;

  beforeAll(async () => {
    redis = new TestRedis(await freePort());
    await redis.start();
  });

  afterAll(async () => {
    await redis?.stop();
  });

  it('reads in one process the conversation another process wrote', async () => {
    const { remembered } = worker(shared(), 'remember', 'u1', 'c1', 'who called Putin on 3 February?') as {
      remembered: string[];
    };
    expect(remembered).toContain('macron-putin-call-feb-3');
    const store = createStore(shared(), 'conversations');
    const context = await new Conversations(store, 60_000).get('u1', 'c1');
    expect(context?.factIds).toEqual(remembered);
    // …and so a follow-up in this process resolves against it.
    expect(sharedEngine().ask('and on 2 February?', context).answer.answer).toMatch(/Johnson/);
    await store.disconnect();
  });

  it('holds one rate limit across two processes', () => {
    const flooder = `flooder-${Date.now()}`; // a shared server outlives this run
    // Windows are aligned to the clock: a day-long one keeps both processes in the same window.
    const day = String(86_400_000);
    const first = worker(shared(), 'hit', flooder, '3', '4', day) as { allowed: boolean[] };
    const second = worker(shared(), 'hit', flooder, '3', '4', day) as { allowed: boolean[] };
    expect(first.allowed).toEqual([true, true, true]);
    expect(second.allowed).toEqual([true, false, false]);
  });

  it('keeps answering while Redis is stopped, says so once, and recovers when it returns', async () => {
    const discord = await FakeDiscord.start();
    const lines: string[] = [];
    const bot = await startBot(
      parseSettings({
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_BASE: discord.apiBase,
        STORE_URL: redis.url,
        RATE_LIMIT_QUESTIONS: '100',
      }),
      {
        engine: sharedEngine(),
        logger: createLogger('info', TOKEN, { write: (line: string) => void lines.push(line) }),
      },
    );
    if (!bot.context.client.isReady())
      await new Promise((resolve) => bot.context.client.once(Events.ClientReady, resolve));
    const ask = async (question: string) => {
      const id = discord.slashCommand(
        'ask',
        [{ name: 'question', value: question }],
        user('400000000000000055', 'asker'),
      );
      return (await discord.callbackFor(id)).body.data.embeds[0].description as string;
    };
    try {
      expect(await ask('who called Putin on 3 February?')).toMatch(/Macron/);
      await new Promise((resolve) => setTimeout(resolve, 100)); // the conversation is written after the reply

      await redis.stop();
      expect(await ask('who called Putin on 3 February?')).toMatch(/Macron/);
      expect(await ask('what did NATO offer?')).toMatch(/NATO/);
      expect(await ask('and on 2 February?')).toBeTruthy(); // answered, without the lost context
      expect(lines.filter((line) => line.includes('store unavailable')).length).toBe(1);

      await redis.start();
      await new Promise((resolve) => setTimeout(resolve, 1_500)); // node-redis reconnects by itself
      expect(await ask('who called Putin on 3 February?')).toMatch(/Macron/);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await ask('and on 2 February?')).toMatch(/Johnson/); // context is kept again
      expect(lines.some((line) => line.includes('store available again'))).toBe(true);
    } finally {
      await bot.stop();
      await discord.stop();
    }
  });
});

describe('the SQLite default', () => {
  it('keeps a conversation across a restart', async () => {
    const url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'depeche-')), 'state.sqlite')}`;
    const before = createStore(url, 'conversations');
    const { context } = sharedEngine().ask('who called Putin on 3 February?');
    await new Conversations(before, 60_000).remember('u', 'c', context);
    await before.disconnect();

    const after = createStore(url, 'conversations');
    const restored = await new Conversations(after, 60_000).get('u', 'c');
    expect(sharedEngine().ask('and on 2 February?', restored).answer.answer).toMatch(/Johnson/);
    await after.disconnect();
  });
});
