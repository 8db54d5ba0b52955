/**
 * The per-article cache: a build reads through wink-nlp only the articles whose content it has
 * not read before, and gives the same desk as a build without the cache; it is keyed by content,
 * so a file rewritten within the same second (same size, same modification time) is read again.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeskDataInParallel } from '../../src/build/buildDeskDataInParallel';
import { prepareDesk } from '../../src/build/prepareDesk';
import { readArticle, readArticleCached } from '../../src/build/readArticle';
import { newBuildTimings } from '../../src/build/buildTimings';
import { readCorpusDir } from '../../src/corpus/readCorpusDir';
import { createDesk } from '../../src/desk/createDesk';
import { articleCacheKey } from '../../src/store/articleCache';
import { articleCacheOf, cacheFile } from '../../src/store/deskCache';
import { packDeskData } from '../../src/store/packDeskData';
import type { DeskData } from '../../src/model/deskData';
import { CORPUS_DIR } from '../support/seedCorpus';

const QUESTIONS = [
  'what did Stoltenberg say',
  'who said we remain in the window',
  'how many troops has Russia massed near Ukraine',
  'what did Blinken say about withdrawal',
  'sanctions on Moscow',
  'zeppelins quartermaster',
];

function tempCorpus(): { corpus: string; cache: string } {
  const corpus = mkdtempSync(join(tmpdir(), 'article-cache-corpus-'));
  cpSync(CORPUS_DIR, corpus, { recursive: true });
  return { corpus, cache: mkdtempSync(join(tmpdir(), 'article-cache-')) };
}

async function build(corpus: string, cacheDir: string | false) {
  const prepared = await prepareDesk(corpus, { cacheDir, now: () => new Date(0) });
  if (prepared.source !== 'build') throw new Error('expected a build');
  return prepared;
}

/** Everything a desk answers from, and its answers, in a comparable form. */
function snapshot(data: DeskData) {
  const desk = createDesk(data);
  const packed = packDeskData(data, new Map(), []);
  return {
    answers: QUESTIONS.map((q) => desk.ask(q, { limit: 25 })),
    sources: desk.sources(),
    sentences: data.sentences,
    quotes: data.quotes,
    people: data.people.people,
    index: packed.index,
  };
}

describe('per-article cache', () => {
  it('gives back exactly what reading the article gives', async () => {
    const cache = { dir: mkdtempSync(join(tmpdir(), 'article-cache-')), salt: 'test' };
    const { articles } = await readCorpusDir(CORPUS_DIR);
    for (const article of articles) {
      const direct = readArticle(article);
      const timings = newBuildTimings();
      expect(readArticleCached(article, cache, timings)).toStrictEqual(direct);
      expect(timings.cachedArticles).toBe(0);
      // Equal but for keys holding undefined (a person's unknown gender), which JSON leaves out.
      expect(readArticleCached(article, cache, timings)).toEqual(direct);
      expect(timings.cachedArticles).toBe(1);
    }
    // Another salt (other code) never reads these entries.
    const timings = newBuildTimings();
    readArticleCached(articles[0]!, { ...cache, salt: 'other code' }, timings);
    expect(timings.cachedArticles).toBe(0);
  });

  it('builds the same desk from cached articles as without any cache, reading only changed articles', async () => {
    const { corpus, cache } = tempCorpus();
    const first = await build(corpus, cache);
    expect(first.timings.cachedArticles).toBe(0);
    // A changed article, an added one, a removed one.
    const names = readdirSync(corpus).sort();
    const npr = join(corpus, names.find((f) => f.startsWith('npr'))!);
    writeFileSync(npr, readFileSync(npr, 'utf8').replace(/\n*$/, '\n\nThe quartermaster counted eleven zeppelins.\n'));
    const voi = readFileSync(join(corpus, names.find((f) => f.startsWith('voi'))!), 'utf8');
    writeFileSync(join(corpus, 'aaa-added.md'), voi.replace(/^id: .*$/m, 'id: aaa-added').replace('Stoltenberg', 'Stoltenberg himself'));
    rmSync(join(corpus, names.find((f) => f.startsWith('usatoday'))!));
    rmSync(cacheFile(cache, corpus));

    const incremental = await build(corpus, cache);
    // Five articles: the three unchanged ones came from the cache, the changed and the added one were read.
    expect(incremental.data.articles).toHaveLength(5);
    expect(incremental.timings.cachedArticles).toBe(3);
    const full = await build(corpus, false);
    expect(full.timings.cachedArticles).toBe(0);
    expect(snapshot(incremental.data)).toStrictEqual(snapshot(full.data));
    expect(createDesk(incremental.data).ask('zeppelins quartermaster').answers[0]?.text).toBe('The quartermaster counted eleven zeppelins.');

    // Only the folder's articles as they are now stay cached.
    const ref = articleCacheOf(cache, corpus);
    const { articles } = await readCorpusDir(corpus);
    expect(readdirSync(ref.dir).sort()).toEqual(articles.map((a) => `${articleCacheKey(a, ref.salt)}.json`).sort());
  });

  it('reads a file rewritten within the same second again (same size, same modification time)', async () => {
    const { corpus, cache } = tempCorpus();
    const name = readdirSync(corpus).find((f) => f.startsWith('npr'))!;
    const file = join(corpus, name);
    // This second, whole: the rewrite below gets the very same modification time.
    const second = Math.floor(Date.now() / 1000);
    utimesSync(file, second, second);
    const before = statSync(file, { bigint: true });
    const text = readFileSync(file, 'utf8');
    await build(corpus, cache);
    // Same length, other words, the same modification time: only the content differs.
    expect(text).toContain('Stoltenberg');
    writeFileSync(file, text.replaceAll('Stoltenberg', 'Zeppelinxxx'));
    utimesSync(file, second, second);
    expect(statSync(file, { bigint: true }).size).toBe(before.size);
    expect(statSync(file, { bigint: true }).mtimeNs).toBe(before.mtimeNs);
    const again = await prepareDesk(corpus, { cacheDir: cache });
    expect(again.source).toBe('build');
    if (again.source !== 'build') return;
    expect(again.timings.cachedArticles).toBe(4);
    const desk = createDesk(again.data);
    expect(desk.ask('Zeppelinxxx').answers.some((a) => a.article.startsWith('npr') && a.text.includes('Zeppelinxxx'))).toBe(true);
    expect(desk.ask('Stoltenberg').answers.every((a) => !a.article.startsWith('npr'))).toBe(true);
  });

  it('reads an article again when its cache entry is garbled, and rewrites the entry', async () => {
    const { corpus, cache } = tempCorpus();
    const first = await build(corpus, cache);
    const ref = articleCacheOf(cache, corpus);
    const entries = readdirSync(ref.dir);
    expect(entries).toHaveLength(5);
    writeFileSync(join(ref.dir, entries[0]!), '{"k":"not this one"');
    writeFileSync(join(ref.dir, entries[1]!), JSON.stringify({ k: 'someone else', s: [], q: [], p: [] }));
    rmSync(cacheFile(cache, corpus));
    const again = await build(corpus, cache);
    expect(again.timings.cachedArticles).toBe(3);
    expect(snapshot(again.data)).toStrictEqual(snapshot(first.data));
    rmSync(cacheFile(cache, corpus));
    expect((await build(corpus, cache)).timings.cachedArticles).toBe(5);
  });

  it('serves the build threads too: a threaded build from cached articles is the same desk', async () => {
    const articleCache = { dir: mkdtempSync(join(tmpdir(), 'article-cache-')), salt: 'threads' };
    const { articles } = await readCorpusDir(CORPUS_DIR);
    const at = new Date(0);
    const first = newBuildTimings();
    const read = await buildDeskDataInParallel(articles, at, { threads: 2, articlesPerRequest: 2, articleCache, timings: first });
    expect(first.cachedArticles).toBe(0);
    const second = newBuildTimings();
    const cached = await buildDeskDataInParallel(articles, at, { threads: 2, articlesPerRequest: 2, articleCache, timings: second });
    expect(second.cachedArticles).toBe(articles.length);
    expect(second.sentencesMs).toBe(0);
    expect(snapshot(cached)).toStrictEqual(snapshot(read));
  });
});
