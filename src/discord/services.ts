/**
 * What the Discord layer is given to work with. Handlers call `answerQuestion` and render the result;
 * how the answer is found is the engine's business.
 */
import type { Answer } from '../answer/answer.ts';
import type { Engine } from '../engine.ts';
import type { Logger } from '../logger.ts';
import type { Conversations } from '../state/conversations.ts';
import type { UnansweredLog } from '../state/unanswered.ts';

export interface Asker {
  userId: string;
  channelId: string;
}

export interface BotServices {
  engine: Engine;
  logger: Logger;
  /** How long /timeline page buttons answer after the last click. */
  pagingIdleMs: number;
  answerQuestion(question: string, asker: Asker): Promise<Answer>;
}

/** One question in a conversation: recall its context, answer, remember, and log what went unanswered. */
export function createBotServices(
  engine: Engine,
  conversations: Conversations,
  unanswered: UnansweredLog,
  logger: Logger,
  pagingIdleMs = 5 * 60_000,
): BotServices {
  return {
    engine,
    logger,
    pagingIdleMs,
    async answerQuestion(question, asker) {
      const previous = await conversations.get(asker.userId, asker.channelId);
      const { answer, context } = engine.ask(question, previous);
      // Remembering is not on the reply's path: the answer goes out while the store writes.
      void conversations.remember(asker.userId, asker.channelId, context);
      if (!answer.answered && answer.refusal !== 'empty')
        void unanswered.record(question, answer.refusal ?? 'unknown');
      return answer;
    },
  };
}
