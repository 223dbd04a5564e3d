import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { Conversations } from '../src/state/conversations.ts';
import { createStore } from '../src/state/store.ts';
import { UnansweredLog } from '../src/state/unanswered.ts';
import { sharedEngine } from './helpers/engine.ts';

describe('the unanswered-question log', () => {
  it('counts the same question however it is typed, and keeps it across a restart', async () => {
    const url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'depeche-')), 'state.sqlite')}`;
    const first = createStore(url, 'unanswered');
    const log = new UnansweredLog(first);
    await log.record('Did Biden call Putin?', 'unknown-name');
    await log.record('did biden call putin', 'unknown-name');
    await log.record('What is the weather in Brussels?', 'unknown-topic');
    await first.disconnect();

    const reopened = createStore(url, 'unanswered');
    const entries = await new UnansweredLog(reopened).list();
    expect(entries.map((e) => [e.question, e.count])).toEqual([
      ['Did Biden call Putin?', 2],
      ['What is the weather in Brussels?', 1],
    ]);
    await reopened.disconnect();
  });
});

describe('conversation memory', () => {
  it('remembers a conversation per user and channel, and forgets it after the expiry', async () => {
    const conversations = new Conversations(createStore('memory:', 'conversations'), 200);
    const { context } = sharedEngine().ask('who called Putin on 3 February?');
    await conversations.remember('u1', 'c1', context);
    expect((await conversations.get('u1', 'c1'))?.factIds).toEqual(context.factIds);
    expect(await conversations.get('u1', 'c2')).toBeNull();
    expect(await conversations.get('u2', 'c1')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await conversations.get('u1', 'c1')).toBeNull();
  });

  it('answers without context when the store fails or hangs, and reports the fault', async () => {
    const faults: unknown[] = [];
    const failing = new Keyv({ store: new Map() });
    failing.get = (() => Promise.reject(new Error('store down'))) as typeof failing.get;
    const hanging = new Keyv({ store: new Map() });
    hanging.get = (() => new Promise(() => undefined)) as typeof hanging.get;
    for (const store of [failing, hanging]) {
      const conversations = new Conversations(store, 60_000, {
        ok: () => undefined,
        failed: (error) => faults.push(error),
      });
      expect(await conversations.get('u', 'c')).toBeNull();
    }
    expect(faults.map((f) => (f as Error).message)).toEqual(['store down', 'timed out after 300 ms']);
  });
});
