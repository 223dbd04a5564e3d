/**
 * `npm run chat` (and `npm start` with no Discord token): a conversation in the terminal. Follow-up
 * questions work as on Discord ("and on 2 February?"); /help, /sources and /quit do what they say.
 */
import { createInterface } from 'node:readline/promises';
import type { ConversationContext } from '../answer/followup.ts';
import { SCOPE, EXAMPLES } from '../answer/compose.ts';
import { createEngine } from '../engine.ts';
import { formatForTerminal } from './format.ts';

export async function runChat(): Promise<void> {
  const engine = createEngine();
  const terminal = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY,
  });
  const say = (text: string) => process.stdout.write(`${text}\n\n`);
  say(
    `Dépêche — ask about the January–February 2022 diplomacy over Ukraine, in English or French.\n${EXAMPLES}\nType /help for commands, /quit to leave.`,
  );

  let context: ConversationContext | null = null;
  terminal.setPrompt('you › ');
  terminal.prompt();
  for await (const line of terminal) {
    const input = line.trim();
    if (input === '/quit' || input === '/exit') break;
    if (input === '/help')
      say(`${SCOPE}\n${EXAMPLES}\nCommands: /sources, /new (forget the conversation), /quit.`);
    else if (input === '/sources') {
      for (const source of engine.knowledge.sources.values()) {
        const facts = engine.knowledge.facts.filter((f) =>
          f.evidence.some((e) => e.sourceId === source.id),
        ).length;
        say(
          `[${source.id}] ${source.outlet ?? 'outlet not named'}, ${source.published.label}: ${source.title} (${facts} facts)`,
        );
      }
    } else if (input === '/new') {
      context = null;
      say('Starting a new conversation.');
    } else if (input) {
      const reply = engine.ask(input, context);
      context = reply.context;
      say(formatForTerminal(reply.answer));
    }
    terminal.prompt();
  }
  terminal.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await runChat();
