/** `npm run validate`: load knowledge/ the way start-up does and say what is wrong, or how much is there. */
import { KnowledgeError, loadKnowledge } from '../knowledge/load.ts';

try {
  const knowledge = loadKnowledge(process.argv[2]);
  const quotes = knowledge.facts.reduce((sum, fact) => sum + fact.evidence.length, 0);
  console.log(
    `knowledge ok: ${knowledge.sources.size} sources, ${knowledge.entities.size} entities, ${knowledge.facts.length} facts, ${quotes} verbatim quotes`,
  );
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
