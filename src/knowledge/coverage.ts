/**
 * Knowledge coverage: for each article, which claim-bearing sentences no fact cites. A sentence counts
 * as cited when quotes cover at least half of it; boilerplate, headings and credits are left out.
 */
import { coveredShare } from './load.ts';
import type { KnowledgeBase, Sentence } from './model.ts';

export const CITED_SHARE = 0.5;

export interface SourceCoverage {
  sourceId: string;
  claimSentences: number;
  cited: number;
  share: number;
  uncited: Sentence[];
}

export function measureCoverage(knowledge: KnowledgeBase): SourceCoverage[] {
  return [...knowledge.sources.values()].map((source) => {
    const spans = knowledge.facts.flatMap((fact) => fact.evidence.filter((e) => e.sourceId === source.id));
    const claims = source.sentences.filter((sentence) => !sentence.nonClaim);
    const uncited = claims.filter((sentence) => coveredShare(sentence, spans) < CITED_SHARE);
    const cited = claims.length - uncited.length;
    return {
      sourceId: source.id,
      claimSentences: claims.length,
      cited,
      share: claims.length === 0 ? 1 : cited / claims.length,
      uncited,
    };
  });
}
