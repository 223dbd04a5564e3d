/** `npm start`: the terminal chat, so anyone can try the bot with no Discord set up. */
import { runChat } from './cli/chat.ts';

await runChat();
