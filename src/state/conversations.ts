/**
 * Conversation memory for follow-up questions, kept per user and channel with an expiry. A store
 * that fails or is slow never holds an answer up: the question is answered without context.
 */
import type { ConversationContext } from '../answer/followup.ts';
import type { Store } from './store.ts';
import { IGNORE_STORE_FAULTS, type StoreWatcher } from './store-health.ts';
import { withTimeout } from './with-timeout.ts';

/** Store calls on the answer path get this long before the bot answers without them. */
export const STORE_BUDGET_MS = 300;

export class Conversations {
  constructor(
    private readonly store: Store,
    private readonly ttlMs: number,
    private readonly watcher: StoreWatcher = IGNORE_STORE_FAULTS,
  ) {}

  async get(userId: string, channelId: string): Promise<ConversationContext | null> {
    try {
      const context = await withTimeout(
        this.store.get<ConversationContext>(key(userId, channelId)),
        STORE_BUDGET_MS,
      );
      this.watcher.ok();
      return context ?? null;
    } catch (error) {
      this.watcher.failed(error);
      return null;
    }
  }

  async remember(userId: string, channelId: string, context: ConversationContext): Promise<void> {
    try {
      await withTimeout(this.store.set(key(userId, channelId), context, this.ttlMs), STORE_BUDGET_MS);
      this.watcher.ok();
    } catch (error) {
      this.watcher.failed(error);
    }
  }
}

const key = (userId: string, channelId: string) => `${userId}:${channelId}`;
