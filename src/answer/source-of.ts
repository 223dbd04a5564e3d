/** "Who said so?", "says who?": where the last answer comes from, asked in the conversation. */
import type { KnowledgeBase } from '../knowledge/model.ts';
import { SPEECH } from '../nlp/lexicon.ts';
import type { Answer, Answered, Refused } from './answer.ts';
import { capitalise, listNames, SCOPE } from './compose.ts';

/**
 * "Who said so?": who the last answer's fact comes from — whoever it is attributed to, else who said it
 * when it is something said, else the article itself.
 */
export function sourceAnswer(
  factIds: string[],
  knowledge: KnowledgeBase,
  answered: Answered,
  refused: Refused,
): Answer {
  const fact = knowledge.factById.get(factIds[0] ?? '');
  if (!fact) return refused('out-of-scope', `Who said what? Ask me about the story first. ${SCOPE}`);
  const source = knowledge.sources.get(fact.evidence[0]!.sourceId)!;
  const sayers = fact.accordingTo.length > 0 ? fact.accordingTo : SPEECH.includes(fact.type) ? fact.by : [];
  const outlet = source.outlet ?? 'the article';
  const who =
    sayers.length > 0
      ? `${capitalise(listNames(sayers, knowledge))}, as ${outlet} reports it`
      : `${capitalise(outlet)} reports it as fact, on no one's word`;
  return answered(`${who}: ${fact.statement}`, [fact], 1);
}
