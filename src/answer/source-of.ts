/**
 * "Who said so?", "says who?", "is that true?": where the last answer comes from, asked in the conversation;
 * "which article mentions Gaddafi?": the articles that report something.
 */
import type { Fact, KnowledgeBase } from '../knowledge/model.ts';
import { SPEECH } from '../nlp/lexicon.ts';
import type { Answer, Answered, Refused } from './answer.ts';
import { articleLabel, listNames, SCOPE } from './compose.ts';
import { capitalise } from '../text/capitalise.ts';

/**
 * "Who said so?": who each of the last answer's facts comes from — whoever it is attributed to, else who said
 * it when it is something said, else the article itself. A contested claim is only as true as its source.
 */
export function sourceAnswer(
  factIds: string[],
  knowledge: KnowledgeBase,
  answered: Answered,
  refused: Refused,
): Answer {
  const facts = factIds.flatMap((id) => knowledge.factById.get(id) ?? []);
  if (facts.length === 0)
    return refused('out-of-scope', `Who said what? Ask me about the story first. ${SCOPE}`);
  const sourced = facts.map((fact) => {
    const source = knowledge.sources.get(fact.evidence[0]!.sourceId)!;
    const sayers = fact.accordingTo.length > 0 ? fact.accordingTo : SPEECH.includes(fact.type) ? fact.by : [];
    const outlet = source.outlet ?? 'the article';
    const who =
      sayers.length > 0
        ? `${capitalise(listNames(sayers, knowledge))}, as ${outlet} reports it`
        : `${capitalise(outlet)} reports it as fact, on no one's word`;
    return `${who}: ${fact.statement}`;
  });
  return answered(sourced.join('\n'), facts, 1);
}

/**
 * "Which article mentions Gaddafi?", "who wrote the article about the letters?": each article that reports the
 * facts found, with its outlet (or that it names none) and date, then what it reports.
 */
export function articlesReporting(facts: Fact[], knowledge: KnowledgeBase, answered: Answered): Answer {
  const sourceIds = [...new Set(facts.flatMap((fact) => fact.evidence.map((e) => e.sourceId)))];
  const lines = sourceIds.map((id) => `• ${articleLabel(knowledge.sources.get(id)!, knowledge)}`);
  const what = facts.map((fact) => fact.statement).join(' ');
  return answered(`Reported in:\n${lines.join('\n')}\nWhat they report: ${what}`, facts, 1);
}
