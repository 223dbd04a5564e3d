/**
 * Per-user rate limit: at most `limit` questions per `windowMs`, counted in fixed windows in the store,
 * so that on Redis the limit holds across every process and shard. On Redis the count is an atomic
 * INCR; elsewhere (one process) a read and a write, queued per key so that simultaneous questions
 * cannot read the same count. A store that fails lets the question through.
 */
import { STORE_BUDGET_MS } from './conversations.ts';
import { IGNORE_STORE_FAULTS, type StoreWatcher } from './store-health.ts';
import { isRedis, redisClientOf, type Store } from './store.ts';
import { withTimeout } from './with-timeout.ts';

export interface RateVerdict {
  allowed: boolean;
  /** The first refusal of a window: the moment to say so, once. */
  firstRefusal: boolean;
  retryAfterMs: number;
}

export class RateLimiter {
  /** Increments in flight per key, for stores without an atomic increment. */
  private readonly queues = new Map<string, Promise<number>>();

  constructor(
    private readonly store: Store,
    readonly limit: number,
    readonly windowMs: number,
    private readonly watcher: StoreWatcher = IGNORE_STORE_FAULTS,
    private readonly now: () => number = Date.now,
  ) {}

  async hit(userId: string): Promise<RateVerdict> {
    const now = this.now();
    const window = Math.floor(now / this.windowMs);
    const retryAfterMs = (window + 1) * this.windowMs - now;
    try {
      const count = await withTimeout(this.increment(`${userId}:${window}`), STORE_BUDGET_MS);
      this.watcher.ok();
      return { allowed: count <= this.limit, firstRefusal: count === this.limit + 1, retryAfterMs };
    } catch (error) {
      this.watcher.failed(error);
      return { allowed: true, firstRefusal: false, retryAfterMs: 0 };
    }
  }

  private increment(key: string): Promise<number> {
    if (isRedis(this.store)) return this.incrementOnRedis(key);
    const previous = this.queues.get(key) ?? Promise.resolve(0);
    const next = previous.catch(() => 0).then(() => this.readAndWrite(key));
    this.queues.set(key, next);
    const forget = () => {
      if (this.queues.get(key) === next) this.queues.delete(key);
    };
    next.then(forget, forget);
    return next;
  }

  private async incrementOnRedis(key: string): Promise<number> {
    const redis = (await redisClientOf(this.store))!;
    const fullKey = `${this.store.namespace ?? 'ratelimit'}:${key}`;
    const [count] = (await redis
      .multi()
      .incr(fullKey)
      .pExpire(fullKey, this.windowMs * 2)
      .exec()) as unknown as [number];
    return Number(count);
  }

  private async readAndWrite(key: string): Promise<number> {
    const count = ((await this.store.get<number>(key)) ?? 0) + 1;
    await this.store.set(key, count, this.windowMs * 2);
    return count;
  }
}
