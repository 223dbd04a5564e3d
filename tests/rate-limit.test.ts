/** The per-user rate limit, end to end: a flood from one person is refused politely; others are not slowed. */
import { Events } from 'discord.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBot, type Bot } from '../src/discord/bot.ts';
import { createLogger } from '../src/logger.ts';
import { parseSettings } from '../src/settings.ts';
import { FakeDiscord, IDS, user, FAKE_TOKEN } from '../src/testing/fake-discord.ts';
import { sharedEngine } from './helpers/engine.ts';

let discord: FakeDiscord;
let bot: Bot;

beforeAll(async () => {
  discord = await FakeDiscord.start();
  const settings = parseSettings({
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_API_BASE: discord.apiBase,
    STORE_URL: 'memory:',
    RATE_LIMIT_QUESTIONS: '3',
    RATE_LIMIT_WINDOW_SECONDS: '86400' /* clock-aligned windows: a day never splits the test */,
  });
  bot = await startBot(settings, { engine: sharedEngine(), logger: createLogger('silent') });
  if (!bot.context.client.isReady())
    await new Promise((resolve) => bot.context.client.once(Events.ClientReady, resolve));
});

afterAll(async () => {
  await bot?.stop();
  await discord?.stop();
});

it('answers three questions a window per person, refuses the rest politely, and serves others meanwhile', async () => {
  const flooder = user(IDS.user, 'flooder');
  const ids = Array.from({ length: 6 }, () =>
    discord.slashCommand('ask', [{ name: 'question', value: 'what did NATO offer?' }], flooder),
  );
  const other = discord.slashCommand(
    'ask',
    [{ name: 'question', value: 'who called Putin on 3 February?' }],
    user(IDS.stranger, 'other'),
  );
  const replies = await Promise.all(ids.map((id) => discord.callbackFor(id)));
  expect(replies.slice(0, 3).every((r) => r.body.data.embeds?.length === 1)).toBe(true);
  for (const refusal of replies.slice(3)) {
    expect(refusal.body.data.flags).toBe(64); // ephemeral: only the flooder sees it
    expect(refusal.body.data.content).toMatch(/faster than I can keep up with — please try again in \d+ s/);
  }
  expect((await discord.callbackFor(other)).body.data.embeds[0].description).toMatch(/Macron/);
});

it('tells a flooding mentioner once per window, then stays quiet', async () => {
  const flooder = user('400000000000000077', 'mentioner');
  const ids = Array.from({ length: 6 }, () =>
    discord.guildMessage(`<@${IDS.bot}> who called Putin?`, { mentionBot: true, author: flooder }),
  );
  const replies = await Promise.all(
    ids.slice(0, 4).map((id) => discord.waitForRequest((r) => r.body?.message_reference?.message_id === id)),
  );
  expect(replies[3]!.body.content).toMatch(/faster than I can keep up with/);
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (const id of ids.slice(4))
    expect(discord.requests.some((r) => r.body?.message_reference?.message_id === id)).toBe(false);
});
