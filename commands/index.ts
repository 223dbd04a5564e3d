/** Every slash command, in the order /about lists them; deploy-commands and the bot both read this list. */
import type { Command } from '../src/discord/command.ts';
import * as about from './about.ts';
import * as ask from './ask.ts';
import * as sources from './sources.ts';
import * as timeline from './timeline.ts';

export const commands: readonly Command[] = [ask, timeline, sources, about];
