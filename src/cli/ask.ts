/**
 * `npm run ask -- "question"` prints one answer for a person.
 * `npm run --silent ask -- --json` reads questions from standard input, one per line, and writes one
 * JSON object per line, in order, and nothing else on standard output.
 */
import { createInterface } from 'node:readline';
import { createEngine } from '../engine.ts';
import { formatForTerminal } from './format.ts';

const args = process.argv.slice(2);
const engine = createEngine();

if (args.includes('--json')) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    let output: unknown;
    try {
      const { answer } = engine.ask(line);
      output = answer;
    } catch (error) {
      // One bad line must not stop the batch: report it in the same shape, as unanswered.
      output = {
        question: line,
        answered: false,
        answer: 'Sorry, something went wrong answering this question.',
        citations: [],
        error: (error as Error).message,
      };
    }
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
} else {
  const question = args.join(' ').trim();
  if (!question) {
    console.error(
      'usage: npm run ask -- "who called Putin on 3 February?"   (or --json to read lines from stdin)',
    );
    process.exitCode = 2;
  } else {
    console.log(formatForTerminal(engine.ask(question).answer));
  }
}
