/** How an answer reads in a terminal: the answer, then each source with its French quote. */
import type { Answer } from '../answer/answer.ts';

export function formatForTerminal(answer: Answer): string {
  const lines = [answer.answer];
  if (answer.citations.length > 0) {
    lines.push('', 'Sources:');
    for (const citation of answer.citations) {
      const outlet = citation.outlet ? `${citation.outlet}, ` : '';
      lines.push(`  [${citation.source}] ${outlet}${citation.published} — « ${citation.quote} »`);
    }
  }
  return lines.join('\n');
}
