/**
 * Conversation memory for follow-up questions, kept per user and channel with an expiry. A store
 * that fails or is slow never holds an answer up: the question is answered without context.
 */
import type { ConversationContext } from '../answer/followup.ts';
import type { Store } from './store.ts';
import { withTimeout } from './with-timeout.ts';

/** Store calls on the answer path get this long before the bot answers without them. */
export const STORE_BUDGET_MS = 300;

export class Conversations {
  constructor(
    private readonly store: Store,
    private readonly ttlMs: number,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  async get(userId: string, channelId: string): Promise<ConversationContext | null> {
    try {
      return (
        (await withTimeout(this.store.get<ConversationContext>(key(userId, channelId)), STORE_BUDGET_MS)) ??
        null
      );
    } catch (error) {
      this.onError(error);
      return null;
    }
  }

  async remember(userId: string, channelId: string, context: ConversationContext): Promise<void> {
    try {
      await withTimeout(this.store.set(key(userId, channelId), context, this.ttlMs), STORE_BUDGET_MS);
    } catch (error) {
      this.onError(error);
    }
  }
}

const key = (userId: string, channelId: string) => `${userId}:${channelId}`;
