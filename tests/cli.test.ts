/** The terminal interfaces, run as a person or a tool would run them: real processes, real stdin. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = (args: string[], input: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('ask --json', () => {
  it('writes exactly one JSON object per input line, in order, and nothing else', () => {
    const lines = [
      'who called Putin on 3 February?',
      '',
      'Did Biden call Putin?',
      '🤖 @everyone',
      'Qu’a proposé l’OTAN ?',
    ];
    const run = tsx(['src/cli/ask.ts', '--json'], `${lines.join('\n')}\n`);
    expect(run.status).toBe(0);
    const output = run.stdout.trimEnd().split('\n');
    expect(output).toHaveLength(lines.length);
    const answers = output.map(
      (line) =>
        JSON.parse(line) as {
          question: string;
          answered: boolean;
          citations: { source: string; quote: string }[];
        },
    );
    expect(answers.map((a) => a.question)).toEqual(lines);
    expect(answers.map((a) => a.answered)).toEqual([true, false, false, false, true]);
    const knowledge = loadKnowledge();
    for (const citation of answers.flatMap((a) => a.citations)) {
      expect(knowledge.sources.get(citation.source)!.text).toContain(citation.quote);
    }
  });
});

describe('chat', () => {
  it('holds a conversation with follow-ups until /quit', () => {
    const run = tsx(['src/cli/chat.ts'], 'who called Putin on 3 February?\nand on 2 February?\n/quit\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Macron[\s\S]*Johnson/);
  });
});
