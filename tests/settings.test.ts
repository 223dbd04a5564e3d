import { describe, expect, it } from 'vitest';
import { FAKE_TOKEN } from '../src/testing/fake-discord.ts';
import { parseSettings, SettingsError } from '../src/settings.ts';
import { createLogger, scrub } from '../src/logger.ts';

const TOKEN = FAKE_TOKEN;

describe('settings', () => {
  it('defaults to the terminal: nothing is required without Discord', () => {
    const settings = parseSettings({});
    expect(settings.token).toBeUndefined();
    expect(settings.storeUrl).toBe('sqlite://data/depeche.sqlite');
    expect(settings.conversationTtlMs).toBe(15 * 60_000);
  });

  it('names a missing setting and says where to get it', () => {
    expect(() => parseSettings({ DISCORD_TOKEN: TOKEN }, { discord: true })).toThrow(
      /DISCORD_CLIENT_ID is missing — Developer Portal → your application → General Information → Application ID/,
    );
  });

  it('names a malformed setting without repeating its value', () => {
    const badToken = 'not-a-token-but-secret';
    let error: unknown;
    try {
      parseSettings({ DISCORD_TOKEN: badToken, DISCORD_GUILD_ID: '12', DISCORD_API_BASE: 'ftp://x' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    const message = (error as Error).message;
    expect(message).toMatch(/DISCORD_TOKEN does not look like a bot token/);
    expect(message).toMatch(/DISCORD_GUILD_ID is not a Discord id/);
    expect(message).toMatch(/DISCORD_API_BASE is not an http\(s\) URL/);
    expect(message).not.toContain(badToken);
  });

  it('asks for the Message Content intent only when told to answer whole channels', () => {
    const settings = parseSettings({ ANSWER_CHANNEL_IDS: '300000000000000001, 300000000000000002' });
    expect(settings.answerChannelIds).toEqual(['300000000000000001', '300000000000000002']);
  });
});

describe('logging', () => {
  it('never writes the token, even inside an error message', () => {
    const lines: string[] = [];
    const logger = createLogger('info', TOKEN, { write: (line: string) => void lines.push(line) });
    logger.error({ err: new Error(`login failed with ${TOKEN}`), token: TOKEN }, `bad token ${TOKEN}`);
    expect(lines.join('')).not.toContain(TOKEN);
    expect(lines.join('')).toContain('[redacted]');
    expect(scrub(`a ${TOKEN} b`, TOKEN)).toBe('a [redacted] b');
  });
});
