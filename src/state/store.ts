/**
 * The key-value stores behind conversations, rate limits and the unanswered-question log, chosen by
 * STORE_URL: a SQLite file by default (survives restarts, no server to run), `redis://` when several
 * processes or shards must share state, `memory:` for throwaway runs and tests.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import KeyvRedis, { type RedisClientConnectionType } from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import Keyv, { type KeyvStoreAdapter } from 'keyv';

export type Store = Keyv;

/** Reconnect quickly, and fail commands at once while disconnected rather than queue them. */
const REDIS_OPTIONS = {
  disableOfflineQueue: true,
  socket: {
    connectTimeout: 1_000,
    reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 1_000),
  },
} as const;

export function createStoreAdapter(url: string): KeyvStoreAdapter | Map<string, unknown> {
  if (url.startsWith('memory:')) return new Map();
  if (url.startsWith('sqlite:')) {
    const path = resolve(url.replace(/^sqlite:(\/\/)?/, ''));
    mkdirSync(dirname(path), { recursive: true });
    return new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: 5_000 });
  }
  if (url.startsWith('redis:') || url.startsWith('rediss:')) {
    const adapter = new KeyvRedis(
      { url, ...REDIS_OPTIONS },
      { throwOnConnectError: true, throwErrors: true, connectionTimeout: 1_000 },
    );
    // Connection errors surface as the calls that fail (and StoreHealth logs them once); node-redis also
    // emits them on the client, where an unheard 'error' would end the process.
    adapter.on('error', () => undefined);
    adapter.client.on('error', () => undefined);
    return adapter;
  }
  throw new Error(`STORE_URL "${url}" is not supported (use sqlite:, redis: or memory:)`);
}

/** One keyv per namespace; each has its own connection, so namespaces never step on each other. */
export function createStore(url: string, namespace: string): Store {
  const store = new Keyv({ store: createStoreAdapter(url), namespace, throwOnErrors: true });
  store.on('error', () => undefined); // failures surface as rejected calls, handled by their callers
  return store;
}

/** A connected Redis client under a store, for operations keyv has no word for (atomic increments). */
export async function redisClientOf(store: Store): Promise<RedisClientConnectionType | null> {
  const adapter = store.store as unknown;
  return adapter instanceof KeyvRedis ? adapter.getClient() : null;
}

/** Whether a store is backed by Redis. */
export function isRedis(store: Store): boolean {
  return (store.store as unknown) instanceof KeyvRedis;
}
