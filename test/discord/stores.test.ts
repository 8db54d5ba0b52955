/** Button ids, thread memory, cooldowns, config and log redaction: the bot's small pieces, on an injected clock. */
import { describe, expect, it } from 'vitest';
import { ButtonIds } from '../../src/discord/buttonIds.js';
import { ConfigError, loadDiscordConfig } from '../../src/discord/config.js';
import { Cooldowns, DEFAULT_RATE_LIMIT } from '../../src/discord/cooldowns.js';
import { stripBotMention } from '../../src/discord/events/messageCreate.js';
import { createLogger } from '../../src/discord/logger.js';
import { ThreadContexts } from '../../src/discord/threadContexts.js';

describe('ButtonIds', () => {
  it('round-trips, refuses forgeries, other users and expired state', () => {
    const clock = { t: 0 };
    const ids = new ButtonIds<{ n: number }>(undefined, { ttlMs: 1000, now: () => clock.t });
    const id = ids.create('more', '123456789012345678', { n: 1 });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(ids.check(id, '123456789012345678')).toEqual({ ok: true, action: 'more', userId: '123456789012345678', state: { n: 1 } });
    expect(ids.check(id, '999')).toEqual({ ok: false, reason: 'other-user' });
    // Changing the user id in the custom_id breaks the signature.
    expect(ids.check(id.replace('123456789012345678', '999'), '999')).toEqual({ ok: false, reason: 'forged' });
    expect(ids.check('cd1.m.1.2.3', '1')).toEqual({ ok: false, reason: 'forged' });
    expect(new ButtonIds().check(id, '123456789012345678')).toEqual({ ok: false, reason: 'forged' }); // another process' secret
    clock.t = 2000;
    expect(ids.check(id, '123456789012345678')).toEqual({ ok: false, reason: 'stale' });
  });
});

describe('ThreadContexts', () => {
  it('keeps the last turns, expires after the ttl and evicts the least recently used thread', () => {
    const clock = { t: 0 };
    const store = new ThreadContexts({ maxTurns: 2, ttlMs: 1000, maxThreads: 2, now: () => clock.t });
    store.record('a', { question: '1' });
    store.record('a', { question: '2' });
    store.record('a', { question: '3' });
    expect(store.turns('a').map((t) => t.question)).toEqual(['2', '3']);
    expect(store.latest('a')?.question).toBe('3');
    store.record('b', { question: 'b' });
    store.latest('a'); // touch a
    store.record('c', { question: 'c' });
    expect(store.has('b')).toBe(false);
    expect(store.has('a')).toBe(true);
    clock.t = 1500;
    expect(store.has('a')).toBe(false);
  });
});

describe('Cooldowns', () => {
  it('lets a user go once per period', () => {
    const clock = { t: 0 };
    const c = new Cooldowns(3000, () => clock.t);
    expect(c.take('u')).toBe(0);
    clock.t = 1000;
    expect(c.take('u')).toBe(2000);
    expect(c.take('v')).toBe(0);
    clock.t = 3000;
    expect(c.take('u')).toBe(0);
  });

  it('by default lets a user ask 5 questions in any 30 s, then says when the next one may go, replying once per stretch', () => {
    const clock = { t: 0 };
    const c = new Cooldowns(DEFAULT_RATE_LIMIT, () => clock.t);
    for (let i = 0; i < 5; i++) {
      clock.t = i * 1000;
      expect(c.take('u'), `question ${i + 1}`).toBe(0);
    }
    clock.t = 4500;
    expect(c.take('u')).toBe(25_500); // the first question, at 0, leaves the window at 30 s
    expect(c.notice('u', 25_500)).toBe('reply');
    expect(c.notice('u', 25_000)).toBe('react');
    expect(c.take('v')).toBe(0);
    clock.t = 30_000;
    expect(c.take('u')).toBe(0);
    expect(c.take('u')).toBe(1000);
    expect(c.notice('u', 1000)).toBe('reply'); // a new stretch: told again
  });
});

describe('config', () => {
  const good = { DISCORD_TOKEN: 'MTA1234567890123456789012.GAbcde.abcdefghijklmnopqrstuvwxyz0123', DISCORD_CLIENT_ID: '123456789012345678' };
  it('loads defaults', () => {
    expect(loadDiscordConfig(good)).toMatchObject({ corpusDir: 'corpus/', messageContentIntent: false, shardCount: 1, fetchAllowPrivate: false });
    expect(loadDiscordConfig({ ...good, FETCH_ALLOW_PRIVATE: 'true' }).fetchAllowPrivate).toBe(true);
  });
  it.each([
    [{ ...good, DISCORD_CLIENT_ID: 'abc' }, /DISCORD_CLIENT_ID is not a snowflake/],
    [{ DISCORD_CLIENT_ID: '123456789012345678' }, /DISCORD_TOKEN is not set/],
    [{ ...good, DISCORD_TOKEN: 'nope' }, /does not look like a bot token/],
    [{ ...good, SHARD_COUNT: 'auto' }, /SHARD_COUNT must be a whole number/],
    [{ ...good, BUILD_THREADS: 'two' }, /BUILD_THREADS must be a whole number/],
    [{ ...good, CACHE_MAX_BYTES: 'lots' }, /CACHE_MAX_BYTES must be a size/],
    [{ ...good, FETCH_ALLOW_PRIVATE: 'yes' }, /FETCH_ALLOW_PRIVATE must be true or false/],
    [{ ...good, MESSAGE_CONTENT_INTENT: 'yes' }, /MESSAGE_CONTENT_INTENT must be true or false/],
    [{ ...good, DISCORD_API_URL: 'ftp://x' }, /DISCORD_API_URL must start with http/],
    [{ ...good, MODERATOR_ROLE_ID: 'mods' }, /MODERATOR_ROLE_ID is not a snowflake/],
  ])('refuses a bad setting with one line (%#)', (env, message) => {
    expect(() => loadDiscordConfig(env)).toThrow(ConfigError);
    expect(() => loadDiscordConfig(env)).toThrow(message);
  });
});

describe('helpers', () => {
  it('redacts the token and token-shaped strings from log lines', () => {
    const lines: string[] = [];
    const log = createLogger({ secrets: ['sekrit-token'], write: (l) => lines.push(l) });
    log.error('failed with sekrit-token', new Error('Authorization: Bot abc.def.ghi'));
    log.info('MTA1234567890123456789012.GAbcde.abcdefghijklmnopqrstuvwxyz0123');
    expect(lines.join('\n')).not.toMatch(/sekrit-token|abc\.def\.ghi|GAbcde/);
  });
  it('strips the bot mention from a question', () => {
    expect(stripBotMention('<@42> what else did he say?', '42')).toBe('what else did he say?');
    expect(stripBotMention('and <@!42> NPR?', '42')).toBe('and NPR?');
  });
});
