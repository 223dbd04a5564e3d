/**
 * The bot end to end: the real discord.js Client of the bot, started as `npm start` starts it, against
 * a fake Discord on 127.0.0.1. Every assertion reads what the bot actually sent over HTTP.
 */
import { Events, SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { startBot, type Bot } from '../src/discord/bot.ts';
import { deployCommands } from '../src/discord/deploy-commands.ts';
import { LIMITS } from '../src/discord/limits.ts';
import { createLogger } from '../src/logger.ts';
import { parseSettings, type Settings } from '../src/settings.ts';
import { FakeDiscord, IDS, user, FAKE_TOKEN } from '../src/testing/fake-discord.ts';
import { sharedEngine } from './helpers/engine.ts';

const TOKEN = FAKE_TOKEN;
const PAGING_IDLE_MS = 1_500;

let discord: FakeDiscord;
let bot: Bot;
let settings: Settings;
const logs: string[] = [];

/** A command that always throws, to check that one broken handler does not take the bot down. */
const broken = {
  data: new SlashCommandBuilder().setName('broken').setDescription('always fails'),
  execute: () => Promise.reject(new Error(`handler failed (token ${TOKEN} must not be logged)`)),
};

beforeAll(async () => {
  discord = await FakeDiscord.start();
  settings = parseSettings({
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: IDS.app,
    DISCORD_GUILD_ID: IDS.guild,
    DISCORD_API_BASE: discord.apiBase,
    STORE_URL: 'memory:',
    LOG_LEVEL: 'info',
    RATE_LIMIT_QUESTIONS: '1000', // this suite asks a lot as one user; the limit has its own test
  });
  // The bot's structured log lines, captured to check what it logs.
  const logger = createLogger('info', TOKEN, { write: (line: string) => void logs.push(line) });
  bot = await startBot(settings, {
    engine: sharedEngine(),
    logger,
    commands: [...commands, broken],
    pagingIdleMs: PAGING_IDLE_MS,
  });
  if (!bot.context.client.isReady())
    await new Promise((resolve) => bot.context.client.once(Events.ClientReady, resolve));
});

afterAll(async () => {
  await bot?.stop();
  await discord?.stop();
});

const embedOf = (request: { body: { data?: { embeds?: { description?: string }[] } } }) =>
  request.body.data!.embeds![0]!;

describe('the bot against a fake Discord', () => {
  it('starts up to ready, identified with its intents', () => {
    expect(bot.context.client.isReady()).toBe(true);
    const identify = discord.received.find((p) => p.op === 2)!.d as { intents: number };
    // Guilds (1), GuildMessages (512), DirectMessages (4096): no privileged intent by default.
    expect(identify.intents).toBe(1 | 512 | 4096);
  });

  it('answers /ask with a cited embed, pinging nobody', async () => {
    const id = discord.slashCommand('ask', [{ name: 'question', value: 'who called Putin on 3 February?' }]);
    const callback = await discord.callbackFor(id);
    expect(callback.body.type).toBe(4);
    const embed = callback.body.data.embeds[0];
    expect(embed.title).toBe('who called Putin on 3 February?');
    expect(embed.description).toMatch(/Macron/);
    expect(embed.fields[0].value).toMatch(/^« Ce 3 février/);
    expect(embed.footer.text).toMatch(/macron-putin-call-feb-3/);
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(callback.authorization).toBeUndefined();
  });

  it('answers a mention by replying to the message', async () => {
    const messageId = discord.guildMessage(`<@${IDS.bot}> who did Putin speak to on 2 February?`, {
      mentionBot: true,
    });
    const reply = await discord.waitForRequest(
      (r) =>
        r.path === `/api/v10/channels/${IDS.channel}/messages` &&
        r.body.message_reference?.message_id === messageId,
    );
    expect(reply.body.embeds[0].description).toMatch(/Johnson/);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.authorization).toBe(`Bot ${TOKEN}`);
  });

  it('answers a direct message', async () => {
    const messageId = discord.directMessage("Qu'a proposé l'OTAN à la Russie ?");
    const reply = await discord.waitForRequest((r) => r.body?.message_reference?.message_id === messageId);
    expect(reply.path).toBe(`/api/v10/channels/${IDS.dmChannel}/messages`);
    expect(reply.body.embeds[0].description).toMatch(/NATO/);
  });

  it('ignores messages that neither mention it nor come by DM', async () => {
    const messageId = discord.guildMessage('who called Putin on 3 February?');
    const before = discord.requests.length;
    await expect(
      discord.waitForRequest((r) => r.body?.message_reference?.message_id === messageId, 800),
    ).rejects.toThrow();
    expect(discord.requests.length).toBe(before);
  });

  it('pings nobody when the question contains @everyone and a role mention', async () => {
    const messageId = discord.guildMessage(
      `@everyone <@&${IDS.everyoneRole}> <@${IDS.bot}> who called Putin?`,
      { mentionBot: true, everyone: true },
    );
    const reply = await discord.waitForRequest((r) => r.body?.message_reference?.message_id === messageId);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(reply.body)).not.toMatch(/@everyone/);
  });

  it('understands a follow-up in the same conversation', async () => {
    const first = discord.slashCommand(
      'ask',
      [{ name: 'question', value: 'who called Putin on 3 February?' }],
      user(IDS.stranger, 'other'),
    );
    await discord.callbackFor(first);
    const next = discord.slashCommand(
      'ask',
      [{ name: 'question', value: 'and on 2 February?' }],
      user(IDS.stranger, 'other'),
    );
    expect(embedOf(await discord.callbackFor(next)).description).toMatch(/Johnson/);
  });

  it('offers at most 25 actors to autocomplete', async () => {
    const id = discord.autocomplete('timeline', 'actor', 'pu');
    const callback = await discord.callbackFor(id);
    expect(callback.body.type).toBe(8);
    const choices = callback.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
    expect(choices[0]).toMatchObject({ value: 'putin' });
    const all = await discord.callbackFor(discord.autocomplete('timeline', 'actor', ''));
    expect(all.body.data.choices.length).toBe(LIMITS.choices);
  });

  it('pages /timeline for its owner only, and disables the buttons when they expire', async () => {
    const id = discord.slashCommand('timeline');
    const first = await discord.callbackFor(id);
    expect(first.body.data.embeds[0].footer.text).toMatch(/^Page 1 of \d+/);
    const buttons = first.body.data.components[0].components as { custom_id: string; disabled: boolean }[];
    expect(buttons.map((b) => b.custom_id)).toEqual(['timeline:previous', 'timeline:next']);

    const strangerClick = discord.button('timeline:next', id, user(IDS.stranger, 'stranger'));
    const refusal = await discord.callbackFor(strangerClick);
    expect(refusal.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(refusal.body.data.content).toMatch(/Only the person who asked/);

    const ownerClick = discord.button('timeline:next', id);
    const turned = await discord.callbackFor(ownerClick);
    expect(turned.body.type).toBe(7);
    expect(turned.body.data.embeds[0].footer.text).toMatch(/^Page 2 of/);

    const expired = await discord.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(`/webhooks/${IDS.app}/token-${id}/messages/@original`),
      PAGING_IDLE_MS * 4,
    );
    const after = expired.body.components[0].components as { disabled: boolean }[];
    expect(after.every((b) => b.disabled)).toBe(true);
  });

  it('filters /timeline by actor and dates', async () => {
    const id = discord.slashCommand('timeline', [
      { name: 'actor', value: 'macron' },
      { name: 'from', value: '30 January' },
      { name: 'to', value: '3 February' },
    ]);
    const callback = await discord.callbackFor(id);
    const description = callback.body.data.embeds[0].description as string;
    expect(description).toMatch(/31 January 2022[\s\S]*3 February 2022/);
    expect(description).not.toMatch(/12 January/);
  });

  it('filters /timeline by a topic typed in French', async () => {
    const callback = await discord.callbackFor(
      discord.slashCommand('timeline', [{ name: 'topic', value: 'appels' }]),
    );
    const description = callback.body.data.embeds[0].description as string;
    expect(description).toMatch(/31 January 2022[\s\S]*2 February 2022[\s\S]*3 February 2022/);
  });

  it('answers a failing handler with an apology, logs it without the token, and keeps going', async () => {
    const id = discord.slashCommand('broken');
    const apology = await discord.callbackFor(id);
    expect(apology.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(apology.body.data.content).toMatch(/Sorry/);
    const logged = logs.find((line) => line.includes('command failed'))!;
    expect(logged).toBeDefined();
    expect(logged).not.toContain(TOKEN);
    const next = discord.slashCommand('ask', [{ name: 'question', value: 'what did NATO offer?' }]);
    expect((await discord.callbackFor(next)).body.type).toBe(4);
  });

  it('resumes after the gateway closes the connection, and answers the next question', async () => {
    const resumesBefore = discord.resumes;
    const identifiesBefore = discord.identifies;
    discord.closeGateway(4000);
    await vitestWait(() => discord.resumes > resumesBefore || discord.identifies > identifiesBefore, 15_000);
    const id = discord.slashCommand('ask', [
      { name: 'question', value: 'How many troops has Russia massed?' },
    ]);
    expect(embedOf(await discord.callbackFor(id, 0)).description).toMatch(/100,000/);
  });

  it('deploys the same command definitions the handlers use', async () => {
    const { count } = await deployCommands(settings, commands);
    const put = await discord.waitForRequest((r) => r.method === 'PUT');
    expect(put.path).toBe(`/api/v10/applications/${IDS.app}/guilds/${IDS.guild}/commands`);
    expect(put.body).toEqual(commands.map((command) => command.data.toJSON()));
    expect(count).toBe(4);
    const handled = [...bot.context.commands.keys()];
    for (const definition of put.body as { name: string }[]) expect(handled).toContain(definition.name);
  });
});

async function vitestWait(condition: () => boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
