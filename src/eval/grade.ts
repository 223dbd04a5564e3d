/**
 * Grades answers against a question set. Correct means: answered or refused as expected; an answer
 * names everything it must; and at least one citation comes from an article that says it, with a
 * quote that is verbatim in that article.
 */
import type { Answer } from '../answer/answer.ts';
import type { Engine } from '../engine.ts';
import type { KnowledgeBase } from '../knowledge/model.ts';
import { fold } from '../text/fold.ts';
import type { QuestionItem } from './question-set.ts';

export interface Graded {
  item: QuestionItem;
  answer: Answer;
  correct: boolean;
  problems: string[];
}

export function grade(item: QuestionItem, answer: Answer, knowledge: KnowledgeBase): Graded {
  const problems: string[] = [];
  if (item.expect === 'refuse') {
    if (answer.answered) problems.push('answered a question it should refuse');
  } else if (!answer.answered) {
    problems.push('refused a question it should answer');
  } else {
    const text = fold(answer.answer);
    for (const needed of item.mention)
      if (!text.includes(fold(needed))) problems.push(`does not mention "${needed}"`);
    const good = answer.citations.filter(
      (c) =>
        (item.sources.length === 0 || item.sources.includes(c.source)) &&
        knowledge.sources.get(c.source)?.text.includes(c.quote),
    );
    if (good.length === 0) problems.push(`no verbatim citation from ${item.sources.join(' or ')}`);
  }
  return { item, answer, correct: problems.length === 0, problems };
}

export function runQuestionSet(engine: Engine, items: QuestionItem[]): Graded[] {
  return items.map((item) => {
    const context = item.after ? engine.ask(item.after).context : null;
    return grade(item, engine.ask(item.question, context).answer, engine.knowledge);
  });
}

export interface KindAccuracy {
  kind: string;
  total: number;
  correct: number;
}

export function accuracyByKind(results: Graded[]): KindAccuracy[] {
  const byKind = new Map<string, KindAccuracy>();
  for (const result of results) {
    const entry = byKind.get(result.item.kind) ?? { kind: result.item.kind, total: 0, correct: 0 };
    entry.total++;
    if (result.correct) entry.correct++;
    byKind.set(result.item.kind, entry);
  }
  return [...byKind.values()];
}
