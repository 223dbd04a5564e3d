/**
 * Questions the sources could not answer, counted, so that a curator sees what people ask that the
 * facts do not cover (`npm run unanswered`). Keyed by the normalised question, so "Did Biden call
 * Putin?" and "did biden call putin" count together.
 */
import { fold } from '../text/fold.ts';
import { STORE_BUDGET_MS } from './conversations.ts';
import type { Store } from './store.ts';
import { IGNORE_STORE_FAULTS, type StoreWatcher } from './store-health.ts';
import { withTimeout } from './with-timeout.ts';

export interface UnansweredEntry {
  question: string;
  count: number;
  reason: string;
  lastAsked: string;
}

export class UnansweredLog {
  constructor(
    private readonly store: Store,
    private readonly watcher: StoreWatcher = IGNORE_STORE_FAULTS,
  ) {}

  async record(question: string, reason: string): Promise<void> {
    const key = fold(question)
      .replace(/[^\p{L}\p{N} ]/gu, '')
      .trim();
    if (!key) return;
    try {
      const entry = await withTimeout(this.store.get<UnansweredEntry>(key), STORE_BUDGET_MS);
      const next: UnansweredEntry = {
        question: entry?.question ?? question.trim(),
        count: (entry?.count ?? 0) + 1,
        reason,
        lastAsked: new Date().toISOString(),
      };
      await withTimeout(this.store.set(key, next), STORE_BUDGET_MS);
      this.watcher.ok();
    } catch (error) {
      this.watcher.failed(error);
    }
  }

  /** Most asked first. */
  async list(): Promise<UnansweredEntry[]> {
    const entries: UnansweredEntry[] = [];
    if (!this.store.iterator) return entries;
    for await (const [, value] of this.store.iterator(this.store.namespace)) {
      if (value) entries.push(value as UnansweredEntry);
    }
    return entries.sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked));
  }
}
