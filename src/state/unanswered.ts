/**
 * Questions the sources could not answer, counted, so that a curator sees what people ask that the
 * facts do not cover (`npm run unanswered`). Keyed by the normalised question, so "Did Biden call
 * Putin?" and "did biden call putin" count together.
 */
import { fold } from '../text/fold.ts';
import type { Store } from './store.ts';

export interface UnansweredEntry {
  question: string;
  count: number;
  reason: string;
  lastAsked: string;
}

export class UnansweredLog {
  constructor(
    private readonly store: Store,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  async record(question: string, reason: string): Promise<void> {
    const key = fold(question)
      .replace(/[^\p{L}\p{N} ]/gu, '')
      .trim();
    if (!key) return;
    try {
      const entry = await this.store.get<UnansweredEntry>(key);
      await this.store.set(key, {
        question: entry?.question ?? question.trim(),
        count: (entry?.count ?? 0) + 1,
        reason,
        lastAsked: new Date().toISOString(),
      } satisfies UnansweredEntry);
    } catch (error) {
      this.onError(error);
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
