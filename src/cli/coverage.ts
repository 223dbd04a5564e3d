/** `npm run coverage`: per article, the share of claim-bearing sentences some fact cites, and the rest. */
import { measureCoverage } from '../knowledge/coverage.ts';
import { loadKnowledge } from '../knowledge/load.ts';

const report = measureCoverage(loadKnowledge());
for (const source of report) {
  console.log(
    `${source.sourceId}: ${source.cited}/${source.claimSentences} claim-bearing sentences cited (${Math.round(source.share * 100)}%)`,
  );
  for (const sentence of source.uncited) console.log(`  uncited: ${sentence.text}`);
}
const cited = report.reduce((sum, s) => sum + s.cited, 0);
const total = report.reduce((sum, s) => sum + s.claimSentences, 0);
console.log(`all articles: ${cited}/${total} (${Math.round((cited / total) * 100)}%)`);
