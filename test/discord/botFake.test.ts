/**
 * The bot end to end over the stand-in, on a fake desk whose content the tests control:
 * hostile text, long answers, forged and foreign button presses, reload failures.
 */
import { describe, expect, it } from 'vitest';
import { CorpusLoadError } from '../../src/model/types.js';
import { LIMITS } from '../../src/discord/limits.js';
import { RELOAD_PROGRESS_EVERY_MS } from '../../src/discord/reloadFlow.js';
import { embedLength } from '../../src/discord/renderAnswers.js';
import { MODERATOR_PERMISSIONS, type RestRecord } from '../support/discordStandIn.js';
import { fakeDesk, fakeHolder, type FakeSentence } from '../support/fakeDesk.js';
import { startHarnessInTest, type Harness } from '../support/botHarness.js';

const base: FakeSentence[] = [
  { text: 'We remain in the window where an invasion could begin at any time.', speaker: 'Antony Blinken', outlet: 'NPR', article: 'npr-1', title: 'No evidence of withdrawal', url: 'https://npr.example/a' },
  { text: 'Russia has said a lot of things about troop movements.', speaker: 'Antony Blinken', outlet: 'NPR', article: 'npr-1', title: 'No evidence of withdrawal', url: 'https://npr.example/a' },
  { text: 'So far we have not seen any sign of de-escalation on the ground.', speaker: 'Jens Stoltenberg', outlet: 'VOA', article: 'voa-1', title: 'NATO sees no pullback' },
  { text: 'Tell @everyone that **this** is <@123456789012345678> a trap.', speaker: 'Rogue Source', outlet: 'Mentions Daily', article: 'md-1', title: 'A [fake](https://evil.example) title' },
];


const embedsOf = (r: RestRecord): any[] => r.body?.embeds ?? r.body?.data?.embeds ?? [];
const customIds = (r: RestRecord): string[] => (r.body?.components ?? []).flatMap((row: any) => row.components.map((c: any) => c.custom_id));

describe('bot on a fake desk', () => {
  it('neutralises @everyone and Markdown in quotes and sends allowed_mentions.parse = []', async () => {
    const h = await startHarnessInTest(fakeHolder(fakeDesk(base)));
    const ask = h.standIn.interact({ name: 'ask', options: { question: 'what did Rogue say about the trap' } });
    expect((await ask.callback()).body.type).toBe(5);
    const edit = await ask.edit();
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    const text = embedsOf(edit)[0].description as string;
    expect(text).toContain('@\u200beveryone');
    expect(text).not.toMatch(/(^|[^\u200b])@everyone/);
    expect(text).toContain('\\*\\*this\\*\\*');
    expect(text).toContain('<\u200b@123456789012345678>');
    expect(text).toContain('A \\[fake\\]'); // the title cannot forge a masked link
    // The thread starter message is the bot's own; no REST body anywhere allows mentions.
    for (const r of h.standIn.requests) {
      if (r.body && typeof r.body === 'object' && ('content' in r.body || 'embeds' in r.body)) expect(r.body.allowed_mentions?.parse ?? []).toEqual([]);
    }
  });

  it('splits long answers over several messages, each within Discord limits', async () => {
    const long: FakeSentence[] = Array.from({ length: 12 }, (_, i) => ({
      text: `Troops ${i} ` + 'near the border remained in position according to officials. '.repeat(40),
      speaker: 'Antony Blinken',
      outlet: `Outlet ${i}`,
      article: `a-${i}`,
      title: 'T'.repeat(300),
      url: `https://example.com/${i}`,
    }));
    const h = await startHarnessInTest(fakeHolder(fakeDesk(long)), { pageSize: 10 });
    const ask = h.standIn.interact({ name: 'ask', options: { question: 'troops near the border' } });
    await ask.edit();
    // The last message of a split answer carries the buttons.
    const followUp = await ask.waitFor((r) => r.method === 'POST' && /\/webhooks\/\d+\/[^/]+$/.test(r.path) && customIds(r).length > 0);
    const sent = ask.requests().filter((r) => r.status === 200 && (r.method === 'PATCH' || r.method === 'POST') && r.body?.embeds);
    expect(sent.length).toBeGreaterThan(1);
    expect(followUp.body.embeds.length).toBe(1);
    let entries = 0;
    for (const r of sent) {
      expect(r.body.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
      const total = r.body.embeds.reduce((n: number, e: any) => n + embedLength(e), 0);
      expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
      for (const e of r.body.embeds) {
        expect(e.description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
        expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
        entries += (e.description.match(/^\*\*\d+\.\*\*/gm) ?? []).length;
      }
      for (const id of customIds(r)) expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
    }
    expect(entries).toBe(10); // every answer of the page delivered, none lost in splitting
  });

  it('refuses a forged custom_id and a press by another user, ephemerally', async () => {
    const h = await startHarnessInTest(fakeHolder(fakeDesk(base)), { pageSize: 1 });
    const ask = h.standIn.interact({ name: 'ask', options: { question: 'what did Blinken say' } });
    const edit = await ask.edit();
    const [moreId] = customIds(edit);
    expect(moreId).toBeDefined();
    const messageId = ask.original()!.id;

    const forged = moreId!.slice(0, -3) + (moreId!.endsWith('AAA') ? 'BBB' : 'AAA');
    const f = h.standIn.interact({ type: 'button', customId: forged, messageId });
    const fr = await f.callback();
    expect(fr.body.type).toBe(4);
    expect(fr.body.data.flags & 64).toBe(64);
    expect(fr.body.data.content).toMatch(/not one of mine/);

    const other = h.standIn.interact({ type: 'button', customId: moreId!, messageId, user: h.standIn.bob });
    const or = await other.callback();
    expect(or.body.data.flags & 64).toBe(64);
    expect(or.body.data.content).toMatch(/Only the person who asked/);

    const mine = h.standIn.interact({ type: 'button', customId: moreId!, messageId });
    expect((await mine.callback()).body.type).toBe(5);
    const page2 = await mine.edit();
    expect(embedsOf(page2)[0].description).toContain('**2.**');
    expect(embedsOf(page2)[0].description).toContain('Russia has said a lot of things');
  });

  it('refuses /reload for a non-moderator and keeps the old desk when the reload fails', async () => {
    const holder = fakeHolder(fakeDesk(base));
    const h = await startHarnessInTest(holder);
    const refused = h.standIn.interact({ name: 'reload' });
    const r = await refused.callback();
    expect(r.body.type).toBe(4);
    expect(r.body.data.flags & 64).toBe(64);
    expect(r.body.data.content).toMatch(/Only moderators/);
    expect(holder.reloads).toBe(0);

    holder.next = new CorpusLoadError([{ file: 'broken.md', reason: 'front matter is not YAML' }]);
    const byRole = h.standIn.interact({ name: 'reload', roles: [h.standIn.moderatorRoleId] });
    expect((await byRole.callback()).body.type).toBe(5);
    const failed = await byRole.edit();
    expect(embedsOf(failed)[0].description).toContain('broken.md');
    expect(embedsOf(failed)[0].description).toContain('previous corpus keeps serving');
    expect(holder.reloads).toBe(1);
  });

  it('edits a slow /reload with progress first, then the report, which finalEdit() waits for', async () => {
    const holder = fakeHolder(fakeDesk(base));
    let h!: Harness;
    const report = holder.reload.bind(holder);
    holder.reload = async (onProgress?: (done: number, total: number) => void) => {
      // Progress is shown only once a reload has run RELOAD_PROGRESS_EVERY_MS.
      await new Promise((r) => setTimeout(r, RELOAD_PROGRESS_EVERY_MS + 100));
      onProgress?.(2, 3);
      await h.standIn.waitFor((r) => r.method === 'PATCH' && /Reloading the corpus/.test(r.body?.content ?? ''));
      return report();
    };
    h = await startHarnessInTest(holder);
    const reload = h.standIn.interact({ name: 'reload', permissions: MODERATOR_PERMISSIONS });
    // What a test reading the first edit got: the progress line, not the report.
    expect((await reload.edit(10_000)).body.content).toMatch(/^Reloading the corpus… `.*67%/);
    const final = await reload.finalEdit(10_000);
    expect(embedsOf(final)[0].title).toBe('Corpus reloaded');
  });

  it('logs handler failures without the token and tells the user briefly', async () => {
    const desk = fakeDesk(base);
    const broken = { ...desk, sources: () => { throw new Error(`boom with token ${h.standIn.token}`); } };
    const h = await startHarnessInTest(fakeHolder(broken));
    const s = h.standIn.interact({ name: 'sources', permissions: MODERATOR_PERMISSIONS });
    await s.callback();
    const told = await s.waitFor((r) => r.method === 'POST' && r.body?.content !== undefined);
    expect(told.body.content).toMatch(/something went wrong/);
    expect(told.body.flags & 64).toBe(64);
    await expect.poll(() => h.logs.some((l) => l.includes('boom with token'))).toBe(true);
    expect(h.logs.join('\n')).not.toContain(h.standIn.token);
  });
});
