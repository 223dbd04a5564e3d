/**
 * Two questions asked in one ("who called Putin and when?", see nlp/compound.ts): their answers in turn, as
 * one answer with the citations of both.
 */
import type { Answer, Citation } from './answer.ts';
import { MAX_CITATIONS } from './compose.ts';

const union = (lists: string[][]) => [...new Set(lists.flat())];
const citationKey = (citation: Citation) =>
  `${citation.factId}\u0000${citation.source}\u0000${citation.quote}`;

export function joinAnswers(question: string, replies: Answer[]): Answer {
  // A part answered only by facts an earlier part gave adds nothing ("how long did the Geneva talks last and
  // who took part?": the talks' statement names both sides).
  const parts = replies.filter(
    (part, k) =>
      k === 0 ||
      !part.answered ||
      part.factIds.some((id) => !replies.slice(0, k).some((earlier) => earlier.factIds.includes(id))),
  );
  const [first] = parts as [Answer, ...Answer[]];
  const answered = parts.filter((part) => part.answered);
  // Each part's best citations first, in turn, so that every part is cited within the usual number.
  const citations = new Map<string, Citation>();
  for (let rank = 0; citations.size < MAX_CITATIONS && parts.some((p) => p.citations[rank]); rank++)
    for (const citation of parts.flatMap((part) => part.citations[rank] ?? []))
      if (citations.size < MAX_CITATIONS) citations.set(citationKey(citation), citation);
  return {
    question,
    // (one part answered is an answer: the other part's text says what the articles do not)
    answered: answered.length > 0,
    answer: parts.map((part) => part.answer).join('\n\n'),
    citations: [...citations.values()],
    kind: first.kind,
    events: union(parts.map((part) => part.events)),
    actors: union(parts.map((part) => part.actors)),
    date: parts.find((part) => part.date !== null)?.date ?? null,
    factIds: union(parts.map((part) => part.factIds)),
    related: union(parts.map((part) => part.related)),
    confidence: Math.min(...(answered.length > 0 ? answered : parts).map((part) => part.confidence)),
    refusal: answered.length > 0 ? undefined : first.refusal,
  };
}
