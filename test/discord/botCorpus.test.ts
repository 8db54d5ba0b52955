/**
 * The bot end to end on the real desk (createDeskHolder) over a temp copy of the bundled
 * corpus, plus one article with a hostile quote: every command's reply, deferral,
 * autocomplete, More/Context, thread follow-ups, /reload for moderators with a broken
 * article keeping the old corpus.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeskHolder } from '../../src/desk/deskHolder.js';
import { LIMITS } from '../../src/discord/limits.js';
import { MODERATOR_PERMISSIONS, type RestRecord } from '../support/discordStandIn.js';
import { startHarness, type Harness } from '../support/botHarness.js';

const HOSTILE = `---
outlet: Test Gazette
title: Ministry urges calm
published: 2022-02-16
url: https://example.com/ministry-urges-calm
---
Officials in the ministry met on Wednesday to discuss the troop buildup.

"Tell @everyone to stay calm and **do not panic** about the troops," said Maria Testova, a spokeswoman for the ministry.
`;

let dir: string;
let h: Harness;
const embeds = (r: RestRecord): any[] => r.body?.embeds ?? [];
const buttons = (r: RestRecord): { label: string; custom_id: string }[] => (r.body?.components ?? []).flatMap((row: any) => row.components);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crisis-desk-corpus-'));
  await cp('corpus', dir, { recursive: true });
  await writeFile(join(dir, 'test-gazette-2022-02-16-calm.md'), HOSTILE);
  const holder = await createDeskHolder(dir);
  h = await startHarness(holder, { pageSize: 3 });
}, 120_000);

afterAll(async () => {
  await h?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('bot on the bundled corpus', () => {
  it('/ask defers, then answers Blinken verbatim with speaker, outlet and title, More and Context, and opens a thread', async () => {
    const ask = h.standIn.interact({ name: 'ask', options: { question: 'what did Blinken say' } });
    expect((await ask.callback()).body.type).toBe(5);
    const edit = await ask.edit();
    const [embed] = embeds(edit);
    expect(embed.title).toBe('what did Blinken say');
    expect(embed.description).toContain('Antony Blinken');
    expect(embed.description).toMatch(/no meaningful pullback/);
    expect(embed.description).toMatch(/NPR|USA TODAY|USA Today/);
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    const labels = buttons(edit).map((b) => b.label);
    expect(labels).toContain('Context');
    expect(labels).toContain('More');
    const thread = await h.standIn.waitFor((r) => r.path.endsWith('/threads') && r.status === 201);
    expect((thread.response as { name: string }).name).toBe('what did Blinken say');
  });

  it('More shows the next answers and Context the sentences around the top quote', async () => {
    const ask = h.standIn.interact({ name: 'ask', options: { question: 'what did Stoltenberg say' } });
    const edit = await ask.edit();
    const first = embeds(edit)[0].description as string;
    const messageId = ask.original()!.id;
    const more = buttons(edit).find((b) => b.label === 'More')!;
    const ctxButton = buttons(edit).find((b) => b.label === 'Context')!;

    const pressMore = h.standIn.interact({ type: 'button', customId: more.custom_id, messageId });
    expect((await pressMore.callback()).body.type).toBe(5);
    const page2 = embeds(await pressMore.edit())[0].description as string;
    expect(page2).toContain('**4.**');
    expect(page2).not.toContain('**1.**');
    const quotes = (s: string) => [...s.matchAll(/^> (.+)$/gm)].map((m) => m[1]);
    for (const q of quotes(page2)) expect(quotes(first)).not.toContain(q);

    const pressContext = h.standIn.interact({ type: 'button', customId: ctxButton.custom_id, messageId });
    const context = embeds(await pressContext.edit())[0];
    expect(context.description).toMatch(/\*\*.+\*\*/); // the focus sentence in bold
    expect(context.footer.text.length).toBeGreaterThan(0);
  });

  it('a follow-up by mention in the thread resolves "he" to the previous speaker', async () => {
    const ask = h.standIn.interact({ name: 'ask', options: { question: 'what did Stoltenberg say about troops' } });
    await ask.edit();
    const threadId = ask.original()!.id;
    await expect.poll(() => h.bot.ctx.threads.has(threadId)).toBe(true);
    const from = h.standIn.requests.length;
    h.standIn.postMessage({ channelId: threadId, content: `${h.standIn.botMention} what else did he say?`, mentions: [h.standIn.botUser] });
    const reply = await h.standIn.waitFor((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages` && r.status === 200, { from });
    expect(embeds(reply)[0].description).toContain('Stoltenberg');
    expect(reply.body.allowed_mentions.parse).toEqual([]);
  });

  it('/quote autocompletes speakers quickly and answers with their quotations', async () => {
    const started = Date.now();
    const ac = h.standIn.interact({ type: 'autocomplete', name: 'quote', options: { speaker: 'Stol' }, focused: 'speaker' });
    const cb = await ac.callback();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(cb.body.type).toBe(8);
    const choices = cb.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
    expect(choices.map((c) => c.value)).toContain('Jens Stoltenberg');

    const quote = h.standIn.interact({ name: 'quote', options: { speaker: 'Jens Stoltenberg', topic: 'troops' } });
    expect((await quote.callback()).body.type).toBe(5);
    const e = embeds(await quote.edit())[0];
    expect(e.title).toBe('what did Jens Stoltenberg say about troops');
    expect(e.description).toContain('Jens Stoltenberg');
  });

  it('a quote containing @everyone and ** is sent as text with mentions disabled', async () => {
    const ask = h.standIn.interact({ name: 'ask', options: { question: 'what did Maria Testova say about staying calm', private: true } });
    const edit = await ask.edit();
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    const text = embeds(edit)[0].description as string;
    expect(text).toContain('@\u200beveryone');
    expect(text).not.toMatch(/(^|[^\u200b])@everyone/);
    expect(text).toContain('\\*\\*do not panic\\*\\*');
  });

  it('/sources and /help answer from the loaded corpus', async () => {
    const sources = h.standIn.interact({ name: 'sources' });
    expect((await sources.callback()).body.type).toBe(5);
    const s = embeds(await sources.edit())[0].description as string;
    expect(s).toMatch(/^6 articles from 6 outlets/);
    expect(s).toContain('**NPR**');
    expect(s).toContain('Ministry urges calm');

    const help = h.standIn.interact({ name: 'help' });
    const helpText = embeds(await help.edit())[0].description as string;
    expect(helpText).toContain('/ask');
    expect(helpText).toContain('**Try:**');
  });

  it('/reload: refused for a member, works for a moderator, and a broken article keeps the old corpus', async () => {
    const member = h.standIn.interact({ name: 'reload' });
    const refused = await member.callback();
    expect(refused.body.type).toBe(4);
    expect(refused.body.data.flags & 64).toBe(64);

    await rm(join(dir, 'test-gazette-2022-02-16-calm.md'));
    const mod = h.standIn.interact({ name: 'reload', permissions: MODERATOR_PERMISSIONS });
    expect((await mod.callback()).body.type).toBe(5);
    const ok = embeds(await mod.finalEdit())[0];
    expect(ok.title).toBe('Corpus reloaded');
    expect(ok.description).toMatch(/Reloaded in \d+ ms: 5 articles/);
    expect(ok.description).toContain('**Removed** (1)');

    await writeFile(join(dir, 'broken.md'), '---\noutlet: [unclosed\n---\nbody\n');
    const mod2 = h.standIn.interact({ name: 'reload', permissions: MODERATOR_PERMISSIONS });
    const failed = embeds(await mod2.finalEdit())[0];
    expect(failed.title).toBe('Reload failed');
    expect(failed.description).toContain('broken.md');
    expect(failed.description).toContain('previous corpus keeps serving');

    const still = h.standIn.interact({ name: 'ask', options: { question: 'what did Blinken say', private: true } });
    expect(embeds(await still.edit())[0].description).toContain('Antony Blinken');
  });
});
