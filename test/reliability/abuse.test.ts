/**
 * Abuse: the per-user cooldown on /ask and /quote (friendly, ephemeral, per user, on an
 * injected clock), forged or replayed button custom_ids refused without touching the
 * desk, /reload refused to non-moderators even when the interaction arrives anyway
 * (command permissions changed in the server), and the token redacted from every log line.
 */
import { describe, expect, it } from 'vitest';
import { ButtonIds } from '../../src/discord/buttonIds.js';
import { createLogger, MIN_SECRET_FRAGMENT } from '../../src/discord/logger.js';
import { makeUser, MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, Perm, snowflake, type RestRecord } from '../support/discordStandIn.js';
import { fakeDesk, fakeHolder, type FakeSentence } from '../support/fakeDesk.js';
import { startHarnessInTest, type Harness } from '../support/botHarness.js';
import type { Desk } from '../../src/model/types.js';

const base: FakeSentence[] = [
  { text: 'We remain in the window where an invasion could begin at any time.', speaker: 'Antony Blinken', outlet: 'NPR', article: 'npr-1', title: 'No evidence of withdrawal' },
  { text: 'Russia has said a lot of things about troop movements.', speaker: 'Antony Blinken', outlet: 'NPR', article: 'npr-1', title: 'No evidence of withdrawal' },
  { text: 'So far we have not seen any sign of de-escalation on the ground.', speaker: 'Jens Stoltenberg', outlet: 'VOA', article: 'voa-1', title: 'NATO sees no pullback' },
];


/** A holder whose desk counts the questions it is asked. */
function countingHolder() {
  const desk = fakeDesk(base);
  const counted: Desk & { asks: number } = { ...desk, asks: 0, ask: (q, o) => (counted.asks++, desk.ask(q, o)) };
  return { holder: fakeHolder(counted), desk: counted };
}

const ephemeral = (r: RestRecord) => (r.body.data.flags & 64) === 64;

describe('per-user cooldown on /ask and /quote', () => {
  it('refuses a second question within the cooldown with a friendly ephemeral message, per user, shared by /ask and /quote', async () => {
    const { holder, desk } = countingHolder();
    const h = await startHarnessInTest(holder, { cooldownMs: 3000 });
    const first = h.standIn.interact({ name: 'ask', options: { question: 'what did Blinken say' } });
    expect((await first.callback()).body.type).toBe(5);
    await first.edit();
    expect(desk.asks).toBe(1);

    h.now.t += 1000;
    const again = h.standIn.interact({ name: 'ask', options: { question: 'what did Stoltenberg say' } });
    const refused = await again.callback();
    expect(refused.body.type).toBe(4);
    expect(ephemeral(refused)).toBe(true);
    expect(refused.body.data.content).toBe('You are asking quickly: try again in 2 s.');
    expect(refused.body.data.allowed_mentions).toEqual({ parse: [] });

    const quote = h.standIn.interact({ name: 'quote', options: { speaker: 'Jens Stoltenberg' } });
    const quoteRefused = await quote.callback();
    expect(quoteRefused.body.type).toBe(4);
    expect(quoteRefused.body.data.content).toMatch(/You are asking quickly: try again in \d s\./);
    expect(desk.asks).toBe(1); // neither refused question reached the desk

    // Another user is not held up by alice's cooldown, and /help is not rate limited.
    const bob = h.standIn.interact({ name: 'ask', options: { question: 'what did Stoltenberg say' }, user: h.standIn.bob });
    expect((await bob.callback()).body.type).toBe(5);
    const help = h.standIn.interact({ name: 'help' });
    expect((await help.callback()).body.type).toBe(5);

    h.now.t += 2000; // the cooldown is over
    const later = h.standIn.interact({ name: 'quote', options: { speaker: 'Jens Stoltenberg' } });
    expect((await later.callback()).body.type).toBe(5);
    await later.edit();
    await bob.edit();
    expect(desk.asks).toBe(3);
  });
});

describe('button custom_ids', () => {
  it('refuses forged, tampered, replayed-by-another-user and foreign-secret ids without asking the desk', async () => {
    const { holder, desk } = countingHolder();
    const h = await startHarnessInTest(holder, { pageSize: 1 });
    const ask = h.standIn.interact({ name: 'ask', options: { question: 'what did Blinken say' } });
    const edit = await ask.edit();
    const ids: string[] = (edit.body.components ?? []).flatMap((row: any) => row.components.map((c: any) => c.custom_id));
    const [more, context] = ids;
    expect(more).toMatch(/^cd1\.m\./);
    expect(context).toMatch(/^cd1\.c\./);
    const messageId = ask.original()!.id;
    const asksBefore = desk.asks;

    const [prefix, , user, state, mac] = more!.split('.');
    const otherState = context!.split('.')[3];
    const forgeries: [string, string, RegExp][] = [
      ['tampered mac', `${prefix}.m.${user}.${state}.${mac!.slice(0, -2)}${mac!.endsWith('AA') ? 'BB' : 'AA'}`, /not one of mine/],
      ['no mac', `${prefix}.m.${user}.${state}`, /not one of mine/],
      ['action switched', `${prefix}.c.${user}.${state}.${mac}`, /not one of mine/],
      ['state swapped', `${prefix}.m.${user}.${otherState}.${mac}`, /not one of mine/],
      ['user swapped to the presser', `${prefix}.m.${h.standIn.bob.id}.${state}.${mac}`, /not one of mine/],
      ['signed by another process', new ButtonIds(undefined).create('more', h.standIn.bob.id, {}), /not one of mine/],
      ['not our prefix', 'ask:more:1', /not one of mine/],
      ['extra parts', `${more}.x`, /not one of mine/],
      ['garbage', 'cd1.' + '\u0000<@&1>'.repeat(12), /not one of mine/],
      ['a real id pressed by someone else', more!, /Only the person who asked/],
    ];
    for (const [label, customId, reply] of forgeries) {
      const press = h.standIn.interact({ type: 'button', customId, messageId, user: h.standIn.bob });
      const cb = await press.callback();
      expect(cb.body.type, label).toBe(4);
      expect(ephemeral(cb), label).toBe(true);
      expect(cb.body.data.content, label).toMatch(reply);
    }
    expect(desk.asks).toBe(asksBefore);

    // The genuine press by the asker still works.
    const mine = h.standIn.interact({ type: 'button', customId: more!, messageId });
    expect((await mine.callback()).body.type).toBe(5);
    await mine.edit();
    expect(desk.asks).toBe(asksBefore + 1);
  });
});

describe('/reload permissions', () => {
  it('is refused to a member without Manage Server or the moderator role, even though the interaction arrives', async () => {
    const { holder } = countingHolder();
    const h = await startHarnessInTest(holder);
    const impostorRole = snowflake();
    const cases: [string, { permissions: bigint; roles?: string[] }][] = [
      ['plain member', { permissions: MEMBER_PERMISSIONS }],
      ['member with another role', { permissions: MEMBER_PERMISSIONS, roles: [impostorRole] }],
      ['member with many permissions but not Manage Server', { permissions: MEMBER_PERMISSIONS | Perm.CreatePublicThreads | (1n << 13n) /* ManageMessages */ | (1n << 28n) /* ManageRoles */ }],
      ['no permissions at all', { permissions: 0n }],
    ];
    for (const [label, who] of cases) {
      const r = h.standIn.interact({ name: 'reload', user: makeUser(label.replace(/\W/g, '')), ...who });
      const cb = await r.callback();
      expect(cb.body.type, label).toBe(4); // refused outright, never deferred
      expect(ephemeral(cb), label).toBe(true);
      expect(cb.body.data.content, label).toMatch(/Only moderators/);
    }
    expect(holder.reloads).toBe(0);

    const byPermission = h.standIn.interact({ name: 'reload', permissions: MODERATOR_PERMISSIONS });
    expect((await byPermission.callback()).body.type).toBe(5);
    await byPermission.edit();
    const byRole = h.standIn.interact({ name: 'reload', roles: [h.standIn.moderatorRoleId] });
    expect((await byRole.callback()).body.type).toBe(5);
    await byRole.edit();
    expect(holder.reloads).toBe(2);
  });
});

describe('token redaction', () => {
  const token = 'MTA1234567890123456789012.GAbcde.abcdefghijklmnopqrstuvwxyz0123';
  /** No piece of the token as long as the redactor promises to catch. */
  function expectNoTokenPiece(lines: string[]) {
    const all = lines.join('\n');
    for (let i = 0; i + MIN_SECRET_FRAGMENT <= token.length; i++) expect(all).not.toContain(token.slice(i, i + MIN_SECRET_FRAGMENT));
  }

  it('removes the token from messages, errors, stacks, objects and pieces split across arguments', () => {
    const lines: string[] = [];
    const log = createLogger({ secrets: [token], write: (l) => lines.push(l), debug: true });
    log.info(`logging in with ${token}`);
    log.error('login failed', new Error(`401 for token ${token}`));
    const stackOnly = new Error('request failed');
    stackOnly.stack = `Error: request failed\n    at fetch (https://discord.com/api?token=${token})\n    at Bot ${token}`;
    log.error('request failed', stackOnly);
    log.warn('headers', { headers: { Authorization: `Bot ${token}` }, nested: [{ t: token }] });
    log.debug(`token starts ${token.slice(0, 30)}`, token.slice(30)); // split across the two arguments
    log.info(`a ${token.slice(0, 12)}`, { rest: token.slice(12, 40), tail: token.slice(40) });
    log.error('string thrown', `${token.slice(0, 25)}\n${token.slice(25)}`); // split across lines
    const circular: Record<string, unknown> = { token };
    circular.self = circular;
    log.error('circular', circular);
    expect(lines).toHaveLength(8);
    expectNoTokenPiece(lines);
    expect(lines.slice(0, 7).filter((l) => !l.includes('[redacted]'))).toEqual([]);
  });

  it('keeps the token out of the log when a command handler throws it, end to end', async () => {
    const desk = fakeDesk(base);
    let t = '';
    const leaky: Desk = {
      ...desk,
      ask: () => {
        const e = new Error(`desk failed near ${t.slice(0, 16)}`);
        e.stack = `${e.message}\n    at ${t.slice(16)}`;
        throw e;
      },
    };
    const h = await startHarnessInTest(fakeHolder(leaky));
    t = h.standIn.token;
    const ask = h.standIn.interact({ name: 'ask', options: { question: 'what did Blinken say' } });
    await ask.callback();
    const told = await ask.waitFor((r) => r.method === 'POST' && typeof r.body?.content === 'string');
    expect(told.body.content).toMatch(/something went wrong/);
    await expect.poll(() => h.logs.some((l) => l.includes('desk failed near'))).toBe(true);
    const all = h.logs.join('\n');
    for (let i = 0; i + MIN_SECRET_FRAGMENT <= t.length; i++) expect(all).not.toContain(t.slice(i, i + MIN_SECRET_FRAGMENT));
  });
});
