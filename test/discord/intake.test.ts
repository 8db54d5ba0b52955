/**
 * /add, /remove and Undo end to end: the real bot (discord.js) against the stand-in, a real
 * desk over a temp copy of the bundled corpus, attachments from the stand-in's CDN route and
 * links from a local web server serving saved pages (loopback only).
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDeskHolder } from '../../src/desk/deskHolder.js';
import type { DeskHolder } from '../../src/model/types.js';
import { MODERATOR_PERMISSIONS, type InteractionHandle, type RestRecord } from '../support/discordStandIn.js';
import { startHarness, type Harness } from '../support/botHarness.js';
import { startPageServer, type PageServer } from '../support/pageServer.js';
import { jsonLdPage, metaTagPage, STORY } from '../support/savedPages.js';

let dir: string;
let holder: DeskHolder;
let pages: PageServer;
/** The bot with FETCH_ALLOW_PRIVATE=true (pages are on loopback) and a short fetch deadline. */
let h: Harness;
/** The same corpus, the production fetch rules: private addresses refused. */
let strict: Harness;

const mod = { permissions: MODERATOR_PERMISSIONS };
const embeds = (r: RestRecord): any[] => r.body?.embeds ?? [];
const buttons = (r: RestRecord): { label: string; custom_id: string }[] => (r.body?.components ?? []).flatMap((row: any) => row.components);
const corpusFiles = async () => (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
const ask = (harness: Harness, question: string) => harness.standIn.interact({ name: 'ask', options: { question, private: true } });

/** The last edit of a deferred reply: the result, not the "thinking…" placeholder. */
async function result(handle: InteractionHandle): Promise<RestRecord> {
  const cb = await handle.callback();
  expect(cb.body.type).toBe(5); // deferred
  expect(cb.body.data.flags & 64).toBe(64); // ephemeral
  const edit = await handle.edit(30_000);
  expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  return edit;
}

let seedFiles: string[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crisis-desk-intake-e2e-'));
  await cp('corpus', dir, { recursive: true });
  seedFiles = (await readdir(dir)).sort();
  holder = await createDeskHolder(dir);
  pages = await startPageServer();
  h = await startHarness(holder, { fetch: { allowPrivate: true, timeoutMs: 1500 } });
  strict = await startHarness(holder);
}, 120_000);

afterAll(async () => {
  await h?.stop();
  await strict?.stop();
  await pages?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('/add and /remove', () => {
  beforeEach(async () => {
    // Each test starts from the bundled corpus, served.
    for (const name of await readdir(dir)) if (!seedFiles.includes(name)) await rm(join(dir, name), { recursive: true, force: true });
    await holder.reload();
  });

  it('/add by url: saves the article without the page boilerplate, reloads, answers from it, and Undo takes it out', async () => {
    const add = h.standIn.interact({ name: 'add', options: { url: pages.url('/news/quay-closed') }, ...mod });
    const reply = await result(add);
    const [embed] = embeds(reply);
    expect(embed.title).toBe('Article added');
    expect(embed.description).toContain('Northern quay closed after cracks found in sea wall');
    expect(embed.description).toContain('The Harbour Ledger · 2024-03-12 · Ingrid Saar');
    expect(embed.description).toMatch(/6 sentences · 2 quotations · speakers: .*Mara Lindqvist/);
    expect(embed.description).toContain('Corpus reloaded: 6 articles.');
    const file = (await corpusFiles()).find((n) => !seedFiles.includes(n))!;
    const text = await readFile(join(dir, file), 'utf8');
    expect(text).toContain(`url: ${pages.url('/news/quay-closed')}`);
    expect(text).not.toMatch(/BOILERPLATE|Advertisement|cookie|newsletter|Share on/i);

    // The new article answers questions now.
    const answer = embeds(await ask(h, 'what did Mara Lindqvist say').edit())[0].description as string;
    expect(answer).toContain('We are not going to take chances');

    // Undo: a signed button, the file moved to .removed/, the corpus back to the seeds.
    const undo = buttons(reply).find((b) => b.label === 'Undo')!;
    expect(undo.custom_id).toMatch(/^cd1\.u\./);
    const bob = h.standIn.interact({ type: 'button', customId: undo.custom_id, messageId: add.original()!.id, user: h.standIn.bob, ...mod });
    expect((await bob.callback()).body.data.content).toMatch(/Only the person who asked/);
    const press = h.standIn.interact({ type: 'button', customId: undo.custom_id, messageId: add.original()!.id, ...mod });
    const undone = await result(press);
    expect(undone.body.content).toMatch(/^Undone: .+ is out of the corpus \(kept in `\.removed\/`\)\. Corpus reloaded: 5 articles\.$/);
    expect(await corpusFiles()).toEqual(seedFiles);
    expect(await readdir(join(dir, '.removed'))).toEqual([file]);
    expect(embeds(await ask(h, 'what did Mara Lindqvist say').edit())[0].description).not.toContain('We are not going to take chances');
  });

  it('/add by attachment from the CDN route: .html, .md with front matter and .txt with the metadata given', async () => {
    const html = h.standIn.addAttachment('courier.html', jsonLdPage().html, 'text/html; charset=utf-8');
    const fromHtml = embeds(await result(h.standIn.interact({ name: 'add', attachments: { file: html }, ...mod })))[0];
    expect(fromHtml.description).toContain('Coastal Courier · 2024-03-13 · Petra Holm');

    const md = h.standIn.addAttachment('ferry.md', `---\noutlet: Ferry Post\ntitle: Ferries change routes\npublished: 2024-03-14\n---\nFerries will use the southern terminal from Monday, the operator said.\n`, 'text/markdown; charset=utf-8');
    const fromMd = embeds(await result(h.standIn.interact({ name: 'add', attachments: { file: md }, ...mod })))[0];
    expect(fromMd.description).toContain('Ferry Post · 2024-03-14');

    const txt = h.standIn.addAttachment('notes.txt', 'Dock workers met on Wednesday to discuss the closure.\n', 'text/plain');
    const missing = await result(h.standIn.interact({ name: 'add', attachments: { file: txt }, ...mod }));
    expect(missing.body.content).toBe("Not added: I could not find the article's outlet and title and publication date. Add `outlet:`, `title:`, `published:` (YYYY-MM-DD) to /add and try again.");
    const given = h.standIn.interact({ name: 'add', attachments: { file: txt }, options: { outlet: 'Dock News', title: 'Dock workers meet', published: '2024-03-15' }, ...mod });
    expect(embeds(await result(given))[0].description).toContain('Corpus reloaded: 8 articles.');
    expect((await corpusFiles()).length).toBe(seedFiles.length + 3);
  });

  it('refuses /add and /remove to a non-moderator, fetching nothing', async () => {
    const hits = pages.hits.length;
    const before = await corpusFiles();
    const add = h.standIn.interact({ name: 'add', options: { url: pages.url('/news/quay-closed') } });
    const refused = await add.callback();
    expect(refused.body.type).toBe(4);
    expect(refused.body.data.flags & 64).toBe(64);
    expect(refused.body.data.content).toMatch(/Only moderators/);
    const remove = h.standIn.interact({ name: 'remove', options: { article: 'npr-2022-02-16-no-withdrawal-evidence' } });
    expect((await remove.callback()).body.data.content).toMatch(/Only moderators/);
    expect(await corpusFiles()).toEqual(before);
    expect(pages.hits.length).toBe(hits);
  });

  it('/remove autocompletes over titles and outlets, moves the file to .removed/ and Undo restores it', async () => {
    const ac = h.standIn.interact({ type: 'autocomplete', name: 'remove', options: { article: 'npr withdrawal' }, focused: 'article' });
    const choices = (await ac.callback()).body.data.choices as { name: string; value: string }[];
    expect(choices).toEqual([{ name: expect.stringMatching(/^NPR: U\.S\. and NATO officials .+… \(2022-02-16\)$/), value: 'npr-2022-02-16-no-withdrawal-evidence' }]);
    expect(choices[0]!.name.length).toBeLessThanOrEqual(100);

    const remove = h.standIn.interact({ name: 'remove', options: { article: 'npr-2022-02-16-no-withdrawal-evidence' }, ...mod });
    const reply = await result(remove);
    expect(embeds(reply)[0].title).toBe('Article removed');
    expect(embeds(reply)[0].description).toContain('Corpus reloaded: 4 articles.');
    expect(await corpusFiles()).not.toContain('npr-2022-02-16-no-withdrawal-evidence.md');
    expect(await readdir(join(dir, '.removed'))).toEqual(['npr-2022-02-16-no-withdrawal-evidence.md']);
    expect(holder.desk.sources().articles.map((a) => a.outlet)).not.toContain('NPR');

    const undo = buttons(reply).find((b) => b.label === 'Undo')!;
    const undone = await result(h.standIn.interact({ type: 'button', customId: undo.custom_id, messageId: remove.original()!.id, ...mod }));
    expect(undone.body.content).toBe('Undone: npr-2022-02-16-no-withdrawal-evidence is back in the corpus. Corpus reloaded: 5 articles.');
    expect(await corpusFiles()).toEqual(seedFiles.filter((n) => n.endsWith('.md')));
    expect(holder.desk.sources().articles.map((a) => a.outlet)).toContain('NPR');

    const unknown = await result(h.standIn.interact({ name: 'remove', options: { article: 'no-such-article' }, ...mod }));
    expect(unknown.body.content).toBe('Not removed: no article with the id no-such-article is in the corpus.');
  });

  it('refuses a private address without FETCH_ALLOW_PRIVATE, and oversize, slow, redirect-loop, non-HTML, binary and empty pages, writing nothing', async () => {
    const before = await corpusFiles();
    const privateRefused = await result(strict.standIn.interact({ name: 'add', options: { url: pages.url('/news/quay-closed') }, ...mod }));
    expect(privateRefused.body.content).toBe('Not added: that address is on a private or local network, which I do not fetch from.');

    const cases: [string, RegExp][] = [
      ['/huge', /^Not added: the page is over the 5 MB limit\.$/],
      ['/slow', /^Not added: the page took longer than 1\.5 s to fetch\.$/], // the test's deadline: 1.5 s, so a 5 MB page streams in time on a loaded machine
      ['/loop', /^Not added: the address redirected more than 3 times\.$/],
      ['/data.json', /^Not added: the address serves application\/json, not a web page or text/],
      ['/photo.png', /^Not added: the address serves image\/png/],
      ['/binary.html', /^Not added: the content is binary \(NUL bytes\), not a text article\.$/],
      ['/empty', /^Not added: no article text was found on that page\.$/],
    ];
    for (const [path, message] of cases) {
      const reply = await result(h.standIn.interact({ name: 'add', options: { url: pages.url(path) }, ...mod }));
      expect(reply.body.content, path).toMatch(message);
      expect(reply.body.components ?? [], path).toEqual([]);
    }
    const scheme = await result(h.standIn.interact({ name: 'add', options: { url: 'file:///etc/passwd' }, ...mod }));
    expect(scheme.body.content).toBe('Not added: only http:// and https:// addresses can be fetched.');
    // Attachments come only from the CDN host.
    const both = h.standIn.interact({ name: 'add', options: { url: pages.url('/news/quay-closed') }, attachments: { file: h.standIn.addAttachment('a.txt', 'x') }, ...mod });
    expect((await both.callback()).body.data.content).toMatch(/either a `file`/);
    const foreign = { ...h.standIn.addAttachment('quay.html', 'x', 'text/html'), url: pages.url('/news/quay-closed') };
    const offCdn = await result(h.standIn.interact({ name: 'add', attachments: { file: foreign }, ...mod }));
    expect(offCdn.body.content).toBe(`Not added: files are only downloaded from 127.0.0.1:${h.standIn.port}.`);
    const pdf = await result(h.standIn.interact({ name: 'add', attachments: { file: h.standIn.addAttachment('report.pdf', '%PDF-1.4', 'application/pdf') }, ...mod }));
    expect(pdf.body.content).toBe('Not added: only .md, .txt or .html files can be added.');
    expect(await corpusFiles()).toEqual(before);
    expect((await readdir(dir)).filter((n) => n.startsWith('.') && n !== '.removed')).toEqual([]); // no temp file left
  });

  it('refuses a duplicate (same url, or the same text from an attachment) naming the existing id', async () => {
    const first = await result(h.standIn.interact({ name: 'add', options: { url: pages.url('/news/quay-closed') }, ...mod }));
    const id = /Saved as `(.+)\.md`/.exec(embeds(first)[0].description)![1]!;
    const sameUrl = await result(h.standIn.interact({ name: 'add', options: { url: `${pages.url('/news/quay-closed')}?utm_source=newsletter` }, ...mod }));
    expect(sameUrl.body.content).toBe(`Not added: that article is already in the corpus as ${id}.`);
    const pasted = h.standIn.addAttachment('pasted.txt', STORY.join('\n\n'), 'text/plain; charset=utf-8');
    const sameText = await result(h.standIn.interact({ name: 'add', attachments: { file: pasted }, options: { outlet: 'Copy Desk', title: 'Quay', published: '2024-03-12' }, ...mod }));
    expect(sameText.body.content).toBe(`Not added: that article is already in the corpus as ${id}.`);
    expect((await corpusFiles()).length).toBe(seedFiles.length + 1);
  });

  it('two moderators adding at once both land and both are served', async () => {
    const alice = h.standIn.interact({ name: 'add', options: { url: pages.url('/news/quay-closed') }, ...mod });
    const bob = h.standIn.interact({ name: 'add', options: { url: pages.url('/courier/sea-wall') }, user: h.standIn.bob, roles: [h.standIn.moderatorRoleId] });
    const [a, b] = await Promise.all([result(alice), result(bob)]);
    expect(embeds(a)[0].title).toBe('Article added');
    expect(embeds(b)[0].title).toBe('Article added');
    expect((await corpusFiles()).length).toBe(seedFiles.length + 2);
    const outlets = holder.desk.sources().articles.map((x) => x.outlet);
    expect(outlets).toEqual(expect.arrayContaining(['The Harbour Ledger', 'Coastal Courier']));
    // The later of the two reloads read both files.
    expect(embeds(a)[0].description + embeds(b)[0].description).toContain('Corpus reloaded: 7 articles.');
  });
});
