/** What the engine gives back for one question: the same shape for the terminal, JSON and Discord. */
import type { Fact } from '../knowledge/model.ts';
import type { QuestionKind } from '../nlp/lexicon.ts';

export interface Citation {
  /** The source's readable id. */
  source: string;
  title: string;
  outlet: string | null;
  /** The source's publication date, as a label. */
  published: string;
  /** Verbatim text of the source. */
  quote: string;
  factId: string;
}

export type RefusalReason =
  | 'empty'
  /** A question about the bot itself (its sources, what it can do) or a greeting: answered from no fact. */
  | 'about-me'
  | 'unknown-name'
  | 'unknown-topic'
  | 'no-such-event'
  | 'no-date'
  | 'no-place'
  | 'no-quantity'
  | 'out-of-scope'
  | 'opinion';

export interface Answer {
  question: string;
  /** False when the sources do not answer; `answer` then says so in words. */
  answered: boolean;
  answer: string;
  citations: Citation[];
  kind: QuestionKind;
  events: string[];
  actors: string[];
  /** The date the question asked about, as understood. */
  date: string | null;
  factIds: string[];
  /** For refusals: facts the sources do have that come close, mentioned in the answer. */
  related: string[];
  confidence: number;
  /** Why it was refused; undefined when answered. */
  refusal: RefusalReason | undefined;
}

/** How respond() and its helpers build an answer, or a refusal with the facts it points to. */
export type Answered = (answer: string, facts: Fact[], confidence: number) => Answer;
export type Refused = (refusal: RefusalReason, answer: string, related?: Fact[]) => Answer;
