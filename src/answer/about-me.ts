/** What the bot says of itself: its sources, how to ask, a greeting returned. */
import type { KnowledgeBase } from '../knowledge/model.ts';
import type { Query } from '../nlp/query.ts';
import { EXAMPLES, SCOPE, sourceLines } from './compose.ts';

export function aboutMe(topic: NonNullable<Query['aboutTheBot']>, knowledge: KnowledgeBase): string {
  switch (topic) {
    case 'sources':
      return `My answers come from five French news articles, each answer quoting them word for word:\n${sourceLines(knowledge)}`;
    case 'help':
      return `Ask me about one story, in English or French. ${SCOPE} ${EXAMPLES} /timeline lists the events in order, /sources the articles.`;
    case 'greeting':
      return `Hello! ${SCOPE} ${EXAMPLES}`;
    case 'language':
      // The answers are the curated English statements; the quotes stay as the articles wrote them.
      return `I understand questions in English and French, and I answer in English, quoting the French articles word for word. ${EXAMPLES}`;
    case 'thanks':
      return `You're welcome. ${EXAMPLES}`;
  }
}
