/**
 * Run as its own process by the benchmark: wink-nlp's `readDoc` alone, the floor answers are compared
 * with. In a process of its own, because two wink-nlp instances with different pipelines in one process
 * share V8's feedback on wink's code and slow each other down by a quarter or more (measured), which the
 * bot, with its one instance, never suffers.
 *
 *   --pipeline default   wink-nlp as it ships: `winkNLP(model)`, its default pipeline (the issue's floor)
 *   --pipeline bot       the bot's own call: POS and custom entities learnt from the knowledge, no NER
 *
 * Each message is a round of questions; the reply is the milliseconds readDoc took over them.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadKnowledge } from '../knowledge/load.ts';
import { learnActors } from '../nlp/actors.ts';
import { createWink } from '../nlp/wink.ts';

export interface FloorRound {
  questions: string[];
}

const pipeline = process.argv[process.argv.indexOf('--pipeline') + 1];
const readDoc = (() => {
  if (pipeline === 'default') {
    const nlp = winkNLP(model);
    return (text: string) => nlp.readDoc(text);
  }
  const wink = createWink();
  learnActors(wink.nlp, loadKnowledge());
  return (text: string) => wink.nlp.readDoc(text);
})();

process.on('message', ({ questions }: FloorRound) => {
  const started = performance.now();
  for (const question of questions) readDoc(question);
  process.send!(performance.now() - started);
});
process.send!('ready');
