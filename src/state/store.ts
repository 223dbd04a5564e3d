/**
 * The key-value store behind conversations, rate limits and the unanswered-question log, chosen by
 * STORE_URL: a SQLite file by default (survives restarts, no server to run), `memory:` for throwaway
 * runs and tests.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv, { type KeyvStoreAdapter } from 'keyv';

export type Store = Keyv;

export function createStoreAdapter(url: string): KeyvStoreAdapter | Map<string, unknown> {
  if (url.startsWith('memory:')) return new Map();
  if (url.startsWith('sqlite:')) {
    const path = resolve(url.replace(/^sqlite:(\/\/)?/, ''));
    mkdirSync(dirname(path), { recursive: true });
    return new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: 5_000 });
  }
  throw new Error(`STORE_URL "${url}" is not supported here (use sqlite: or memory:)`);
}

/** One keyv per namespace over the same adapter. */
export function createStore(url: string, namespace: string): Store {
  return new Keyv({ store: createStoreAdapter(url), namespace });
}
