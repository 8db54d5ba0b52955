/**
 * Adding and removing articles in a corpus folder (no network): extraction without the page's
 * boilerplate, metadata from meta/OpenGraph/JSON-LD, overrides, missing metadata asked for,
 * duplicates refused, nothing written on a refusal, concurrent adds, .removed/ and restore.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../src/corpus/readCorpusDir.js';
import { addArticle } from '../../src/intake/addArticle.js';
import { IntakeError } from '../../src/intake/intakeError.js';
import type { ArticleSource } from '../../src/intake/readSource.js';
import { removeArticle, restoreArticle } from '../../src/intake/removeArticle.js';
import { jsonLdPage, metaTagPage, STORY, undatedPage, EMPTY_PAGE } from '../support/savedPages.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crisis-desk-intake-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const page = (html: string, url?: string): ArticleSource => ({ bytes: Buffer.from(html), kind: 'html', ...(url ? { url } : {}) });
const listing = async () => (await readdir(dir, { recursive: true })).sort();

async function refusal(promise: Promise<unknown>): Promise<IntakeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IntakeError);
  return error as IntakeError;
}

describe('addArticle', () => {
  it('writes a page as <id>.md with front matter, the url kept, the story only, and counts its sentences and quotations', async () => {
    const saved = metaTagPage();
    const added = await addArticle(dir, page(saved.html, 'https://ledger.example/news/quay-closed?utm_source=x'));
    expect(added).toMatchObject({ outlet: 'The Harbour Ledger', title: saved.title, published: '2024-03-12', byline: 'Ingrid Saar', sentences: 6, quotes: 2 });
    expect(added.speakers).toContain('Mara Lindqvist');
    expect(added.id).toBe('the-harbour-ledger-2024-03-12-northern-quay-closed-after-cracks-found-in-sea');
    expect(added.file).toBe(join(dir, `${added.id}.md`));
    const text = await readFile(added.file, 'utf8');
    expect(text).not.toMatch(/BOILERPLATE|Advertisement|cookie|Share on|Sign up|Related stories/i);
    for (const paragraph of STORY) expect(text).toContain(paragraph);
    // The file is a corpus file like any other.
    const { articles, problems } = await readCorpusDir(dir);
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({ id: added.id, url: 'https://ledger.example/news/quay-closed?utm_source=x', published: '2024-03-12' });
    expect(await listing()).toEqual([`${added.id}.md`]); // no temporary file left
  });

  it('reads JSON-LD metadata, and overrides fill or replace what was found', async () => {
    const added = await addArticle(dir, page(jsonLdPage().html), { outlet: 'The Courier', byline: 'P. Holm' });
    expect(added).toMatchObject({ outlet: 'The Courier', title: 'Sea wall cracks force port to divert ships south', published: '2024-03-13', byline: 'P. Holm' });
  });

  it('asks for metadata it cannot find, never guessing, and writes nothing', async () => {
    const undated = await refusal(addArticle(dir, page(undatedPage().html)));
    expect(undated.details.missing).toEqual(['published']);
    expect(undated.message).toMatch(/publication date could not be found/);
    const text = await refusal(addArticle(dir, { bytes: Buffer.from(STORY.join('\n')), kind: 'text' }));
    expect(text.details.missing).toEqual(['outlet', 'title', 'published']);
    await expect(addArticle(dir, page(undatedPage().html), { published: '2024-02-30' })).rejects.toThrow(/YYYY-MM-DD/);
    expect(await listing()).toEqual([]);
    // Given, it lands.
    const added = await addArticle(dir, page(undatedPage().html), { published: '2024-03-12' });
    expect(added.published).toBe('2024-03-12');
  });

  it('refuses empty and binary content and writes nothing', async () => {
    await expect(addArticle(dir, page(EMPTY_PAGE), { published: '2024-01-01', outlet: 'X' })).rejects.toThrow(/no article text was found/);
    await expect(addArticle(dir, { bytes: Buffer.from([0x3c, 0x70, 0, 1, 2]), kind: 'html' })).rejects.toThrow(/binary/);
    await expect(addArticle(dir, { bytes: Buffer.from([0xc3, 0x28, 0x41]), kind: 'text' }, { outlet: 'X', title: 'Y', published: '2024-01-01' })).rejects.toThrow(/not valid UTF-8/);
    await expect(addArticle(dir, { bytes: Buffer.from('---\noutlet: X\ntitle: Y\npublished: 2024-01-01\n---\n   \n'), kind: 'markdown' })).rejects.toThrow(/empty/);
    expect(await listing()).toEqual([]);
  });

  it('takes a .md file with front matter and a .txt file with the metadata given', async () => {
    const md = `---\noutlet: Quay Weekly\ntitle: "Cracks: what we know"\npublished: 2024-03-14\nurl: https://quay.example/cracks\n---\n${STORY.slice(0, 2).join('\n')}\n`;
    const fromMd = await addArticle(dir, { bytes: Buffer.from(md), kind: 'markdown' });
    expect(fromMd).toMatchObject({ outlet: 'Quay Weekly', title: 'Cracks: what we know', published: '2024-03-14', url: 'https://quay.example/cracks' });
    const fromTxt = await addArticle(dir, { bytes: Buffer.from(STORY.slice(3).join('\r\n')), kind: 'text' }, { outlet: 'Radio Quay', title: 'Freight firms react', published: '2024-03-15' });
    expect(fromTxt.sentences).toBe(3);
    expect((await readCorpusDir(dir)).articles.map((a) => a.id)).toEqual([fromMd.id, fromTxt.id].sort());
  });

  it('refuses a duplicate by url (tracking parameters, www and trailing slash aside) or by words, naming the existing id', async () => {
    const first = await addArticle(dir, page(metaTagPage().html, 'https://ledger.example/news/quay-closed'));
    const sameUrl = await refusal(addArticle(dir, page(jsonLdPage().html, 'https://www.ledger.example/news/quay-closed/?utm_campaign=a#top')));
    expect(sameUrl.details.existing).toBe(first.id);
    expect(sameUrl.message).toContain(first.id);
    // The same story pasted as text, other line breaks and quote marks.
    const pasted = STORY.join('\n\n').replace(/[“”]/g, '"').replace(/’/g, "'");
    const sameText = await refusal(addArticle(dir, { bytes: Buffer.from(pasted), kind: 'text' }, { outlet: 'Other', title: 'Other', published: '2024-03-12' }));
    expect(sameText.details.existing).toBe(first.id);
    // A canonical link naming a stored url is the same article.
    await rm(first.file);
    await addArticle(dir, { bytes: Buffer.from(`---\noutlet: L\ntitle: T\npublished: 2024-03-12\nurl: https://ledger.example/news/quay-closed\n---\nAnother text entirely.\n`), kind: 'markdown' });
    await expect(addArticle(dir, page(metaTagPage().html, 'https://mirror.example/q'))).rejects.toThrow(/already in the corpus/);
  });

  it('two adds at once with the same outlet, date and title both land, under different ids', async () => {
    const a = `${STORY[0]}\n${STORY[1]}`;
    const b = `${STORY[3]}\n${STORY[4]}`;
    const meta = { outlet: 'Quay Weekly', title: 'Quay closed', published: '2024-03-12' };
    const [one, two] = await Promise.all([
      addArticle(dir, { bytes: Buffer.from(a), kind: 'text' }, meta),
      addArticle(dir, { bytes: Buffer.from(b), kind: 'text' }, meta),
    ]);
    expect(new Set([one.id, two.id]).size).toBe(2);
    expect((await readCorpusDir(dir)).articles).toHaveLength(2);
  });

  it('the same article added twice at once lands once; the other is refused as its duplicate', async () => {
    const results = await Promise.allSettled([addArticle(dir, page(metaTagPage().html)), addArticle(dir, page(metaTagPage().html))]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason)).toMatch(/already in the corpus/);
    expect((await readCorpusDir(dir)).articles).toHaveLength(1);
  });
});

describe('removeArticle and restoreArticle', () => {
  it('moves the file to .removed/ (never read as corpus) and back', async () => {
    const added = await addArticle(dir, page(metaTagPage().html));
    const moved = await removeArticle(dir, added.id);
    expect(moved).toMatchObject({ id: added.id, file: `${added.id}.md`, removedFile: `${added.id}.md` });
    expect((await readCorpusDir(dir)).articles).toEqual([]);
    expect(await readdir(join(dir, '.removed'))).toEqual([`${added.id}.md`]);
    await restoreArticle(dir, moved);
    expect((await readCorpusDir(dir)).articles.map((a) => a.id)).toEqual([added.id]);
    expect(await readdir(join(dir, '.removed'))).toEqual([]);
  });

  it('keeps every removed copy, refuses an unknown id, and refuses a restore over a file that took the name', async () => {
    const added = await addArticle(dir, page(metaTagPage().html));
    const first = await removeArticle(dir, added.id);
    await restoreArticle(dir, first);
    const second = await removeArticle(dir, added.id);
    expect(second.removedFile).toBe(`${added.id}.md`);
    await writeFile(join(dir, `${added.id}.md`), `---\noutlet: X\ntitle: Y\npublished: 2024-01-01\n---\nA new text under the old name.\n`);
    await expect(restoreArticle(dir, second)).rejects.toThrow(/again, so the removed one was not restored/);
    const third = await removeArticle(dir, added.id);
    expect(third.removedFile).toBe(`${added.id}.removed-2.md`);
    await expect(removeArticle(dir, 'no-such-article')).rejects.toThrow(/no article with the id no-such-article/);
  });
});
