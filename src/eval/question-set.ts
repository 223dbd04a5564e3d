/** Question sets: JSON lines under tests/questions/, one expected behaviour per line, validated. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const questionItem = z.strictObject({
  question: z.string(),
  /** The kind of question, for per-kind accuracy: who, what, when, where, how-many, why, timeline, refusal... */
  kind: z.string().min(1),
  expect: z.enum(['answer', 'refuse']),
  /** Every one of these must appear in the answer (case and accents ignored). */
  mention: z.array(z.string()).default([]),
  /** At least one citation must come from one of these articles. */
  sources: z.array(z.string()).default([]),
  /** A previous question in the same conversation, asked first. */
  after: z.string().optional(),
  /**
   * A known miss: why the bot still gets this wrong. The tests' 95% gate leaves it out and fails once it is
   * answered right (so the mark goes); the evaluation counts it as the failure it is.
   */
  miss: z.string().min(1).optional(),
});
export type QuestionItem = z.infer<typeof questionItem>;

export function loadQuestionSet(path: string): QuestionItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = questionItem.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`${path}:${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data;
    });
}
