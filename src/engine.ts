/**
 * The answer engine: load the knowledge, build the question parser and the fact index once, then
 * answer questions. Everything that shows answers — terminal, JSON batch, Discord — goes through here.
 */
import type { Answer } from './answer/answer.ts';
import { buildFactIndex, type FactIndex } from './answer/fact-index.ts';
import { conversationContext, resolveFollowUp, type ConversationContext } from './answer/followup.ts';
import { joinAnswers } from './answer/joined.ts';
import { respond } from './answer/respond.ts';
import { datedByAnchor } from './answer/time-anchor.ts';
import { loadKnowledge } from './knowledge/load.ts';
import type { Fact, KnowledgeBase } from './knowledge/model.ts';
import { selectTimeline, timelineQuery, type TimelineFilter } from './answer/timeline.ts';
import { compoundParts } from './nlp/compound.ts';
import { describedByDeed } from './nlp/described.ts';
import { createQuestionParser, type QuestionParser } from './nlp/parse.ts';
import type { Query } from './nlp/query.ts';
import { createWink } from './nlp/wink.ts';

export interface Reply {
  answer: Answer;
  /** Pass back with the next question of the same conversation to resolve follow-ups. */
  context: ConversationContext;
}

export interface Engine {
  readonly knowledge: KnowledgeBase;
  readonly index: FactIndex;
  readonly parse: QuestionParser;
  /**
   * Ask a question: `answer(understand(question, previous))`; two questions in one ("who called Putin and
   * when?") are asked in turn, the second as a follow-up of the first, and answered together.
   */
  ask(question: string, previous?: ConversationContext | null): Reply;
  /** The first half of `ask`: the question parsed, with what the conversation and the facts' days fill in. */
  understand(question: string, previous?: ConversationContext | null): Query;
  /** The second half of `ask`: the answer to an understood question, and what to remember of it. */
  answer(query: Query): Reply;
  /** Dated events in order; `problems` explains options it could not read. */
  timeline(filter: TimelineFilter): { facts: Fact[]; problems: string[] };
}

export function createEngine(options: { knowledgeDir?: string; knowledge?: KnowledgeBase } = {}): Engine {
  const knowledge = options.knowledge ?? loadKnowledge(options.knowledgeDir);
  const wink = createWink();
  const parse = createQuestionParser(knowledge, wink);
  const index = buildFactIndex(knowledge, wink);

  const understand = (question: string, previous?: ConversationContext | null) =>
    datedByAnchor(resolveFollowUp(parse(question), previous, knowledge), index);
  const answer = (query: Query): Reply => {
    let answered = respond(query, index, knowledge);
    // "Who visited Kyiv?" → "who did he call?": the day of the last answer was a guess; another day's answer
    // is still the answer
    if (!answered.answered && query.date?.guessed) {
      const anyDay = respond({ ...query, date: null }, index, knowledge);
      if (anyDay.answered) [answered, query] = [anyDay, { ...query, date: null }];
    }
    return { answer: answered, context: conversationContext(query, answered, knowledge) };
  };
  /**
   * One question; someone named by what they did ("what did the man who led the Russian delegation say?") is
   * found first, by the who-question the description asks, and the rest asked of them as a follow-up.
   */
  const askOne = (question: string, previous?: ConversationContext | null): Reply => {
    const described = describedByDeed(question);
    const found = described && answer(understand(described.who, previous));
    if (!found?.answer.answered) return answer(understand(question, previous));
    const reply = answer(understand(described!.then, found.context));
    return { ...reply, answer: { ...reply.answer, question } };
  };
  return {
    knowledge,
    index,
    parse,
    understand,
    answer,
    ask(question, previous) {
      const parts = compoundParts(question);
      if (parts.length === 1) return askOne(question, previous);
      let context = previous ?? null;
      const answers = parts.map((part) => {
        const reply = askOne(part, context);
        context = reply.context;
        return reply.answer;
      });
      return { answer: joinAnswers(question, answers), context: context! };
    },
    timeline(filter) {
      const { query, problems } = timelineQuery(filter, parse, (id) => knowledge.entities.has(id));
      return { facts: problems.length > 0 ? [] : selectTimeline(query, index), problems };
    },
  };
}
