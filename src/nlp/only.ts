/**
 * "Was Macron the only leader to call Putin?", "did Putin speak only to Macron?", "did only the US reply?",
 * « Macron est-il le seul à avoir appelé Poutine ? » (glossed "the only"): the one a yes/no question says was
 * alone in what it did or underwent, which the answer checks against everyone else (answer/only.ts).
 */
import type { ActorSpan } from './find-actors.ts';
import { countOf } from './lexicon.ts';
import { PRONOUNS, type Tokens } from './tokens.ts';

const ONLY = new Set(['only', 'sole', 'alone']);
/** Words between "only" and the one it picks out: "only to Macron", "only the US". */
const LEADING = new Set(['to', 'with', 'by', 'the', 'for']);
const AFTER_SUBJECT = new Set(['the', 'he', 'she', 'it', 'they']);
/** "Only once", "only two calls": a count, which occurrences.ts answers. */
const isCount = (word: string) => countOf(word) !== undefined || ONCE.has(word);
const ONCE = new Set(['once', 'twice', 'one']);

/** The actor "only" picks out, or the pronoun that stands for them ("was he the only one?"); null if none. */
export function onlyOne(tokens: Tokens, spans: readonly ActorSpan[]): string | null {
  const words = tokens.normal;
  const at = words.findIndex((word) => ONLY.has(word));
  // ("the only one" is someone, not a count)
  if (at < 0 || (isCount(words[at + 1] ?? '') && words[at - 1] !== 'the')) return null;
  // "only (to) Macron", "did Putin only talk to Macron?": the one right after it, or after its verb
  let next = at + 1;
  if (tokens.pos[next] === 'VERB' && LEADING.has(words[next + 1] ?? '')) next++;
  while (LEADING.has(words[next] ?? '')) next++;
  const after = spans.find((span) => span.start === next);
  if (after) return after.id;
  // ("was Russia alone in sending draft treaties?", « Macron c'était le seul », glossed "macron was only"):
  // the one right before it
  const justBefore = spans.find((span) => span.end === at - 1);
  if (justBefore && (words[at] === 'alone' || tokens.pos[at + 1] !== 'VERB')) return justBefore.id;
  // "was Macron the only leader…", "Macron is he only to have called…" (« est-il le seul »): the one the
  // question is about
  if (!AFTER_SUBJECT.has(words[at - 1] ?? '')) return null;
  const before = spans.filter((span) => span.end < at);
  // ("was he the only one?": the pronoun, which a follow-up resolves)
  if (before.length === 0)
    return [words[at - 1], words[at - 2]].find((word) => PRONOUNS.has(word ?? '')) ?? null;
  return before[before.length - 1]!.id;
}
