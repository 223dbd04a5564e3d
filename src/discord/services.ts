/**
 * What the Discord layer is given to work with. Handlers call `ask` and render the outcome; how the
 * answer is found is the engine's business, and how fast people may ask is the rate limiter's.
 */
import type { Answer } from '../answer/answer.ts';
import type { Engine } from '../engine.ts';
import type { Logger } from '../logger.ts';
import type { Conversations } from '../state/conversations.ts';
import type { RateLimiter } from '../state/rate-limit.ts';
import type { UnansweredLog } from '../state/unanswered.ts';

export interface Asker {
  userId: string;
  channelId: string;
}

export type AskOutcome =
  | { kind: 'answer'; answer: Answer }
  /** Over the rate limit. `tell` is true once per window: the moment to say so. */
  | { kind: 'slow-down'; retryAfterMs: number; tell: boolean };

export interface BotServices {
  engine: Engine;
  logger: Logger;
  /** How long /timeline page buttons answer after the last click. */
  pagingIdleMs: number;
  ask(question: string, asker: Asker): Promise<AskOutcome>;
}

export interface ServiceParts {
  engine: Engine;
  conversations: Conversations;
  unanswered: UnansweredLog;
  rateLimiter: RateLimiter;
  logger: Logger;
  pagingIdleMs?: number;
}

/** One question in a conversation: check the pace, recall its context, answer, remember, log what went unanswered. */
export function createBotServices(parts: ServiceParts): BotServices {
  const { engine, conversations, unanswered, rateLimiter, logger } = parts;
  return {
    engine,
    logger,
    pagingIdleMs: parts.pagingIdleMs ?? 5 * 60_000,
    async ask(question, asker) {
      const pace = await rateLimiter.hit(asker.userId);
      if (!pace.allowed)
        return { kind: 'slow-down', retryAfterMs: pace.retryAfterMs, tell: pace.firstRefusal };
      const previous = await conversations.get(asker.userId, asker.channelId);
      const { answer, context } = engine.ask(question, previous);
      // Remembering is not on the reply's path: the answer goes out while the store writes.
      void conversations.remember(asker.userId, asker.channelId, context);
      if (!answer.answered && answer.refusal !== 'empty' && answer.refusal !== 'about-me')
        void unanswered.record(question, answer.refusal ?? 'unknown');
      return { kind: 'answer', answer };
    },
  };
}

export function slowDownNotice(retryAfterMs: number): string {
  return `You're asking faster than I can keep up with — please try again in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s.`;
}
