/**
 * Watches the store on behalf of everything that uses it: the first failure of an outage is logged,
 * the rest are not, and the first success after it says the store is back. Callers never wait on it.
 */
import type { Logger } from '../logger.ts';

export class StoreHealth {
  private healthy = true;

  constructor(private readonly logger: Pick<Logger, 'warn' | 'info'>) {}

  get isHealthy(): boolean {
    return this.healthy;
  }

  ok(): void {
    if (this.healthy) return;
    this.healthy = true;
    this.logger.info('store available again');
  }

  failed(error: unknown): void {
    if (!this.healthy) return;
    this.healthy = false;
    this.logger.warn({ err: error }, 'store unavailable: answering without it until it returns');
  }
}

/** For tools and tests that do not care. */
export const IGNORE_STORE_FAULTS = { ok: () => undefined, failed: () => undefined } as const;
export type StoreWatcher = Pick<StoreHealth, 'ok' | 'failed'>;
