import { readCorpusDir } from '../../src/corpus/readCorpusDir';
import type { Article } from '../../src/corpus/types';
import { fileURLToPath } from 'node:url';

/** The bundled corpus folder (the five seed articles). */
export const CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));

let cached: Promise<Article[]> | undefined;

/** The bundled seed articles, read once per test file. */
export function seedArticles(): Promise<Article[]> {
  cached ??= readCorpusDir(CORPUS_DIR).then((r) => {
    if (r.problems.length) throw new Error(`bundled corpus has problems: ${JSON.stringify(r.problems)}`);
    return r.articles;
  });
  return cached;
}

export async function seedArticle(outlet: string): Promise<Article> {
  const article = (await seedArticles()).find((a) => a.outlet === outlet);
  if (!article) throw new Error(`no seed article from ${outlet}`);
  return article;
}

let deskPromise: Promise<import('../../src/desk/loadDesk').LoadedDesk> | undefined;

/** The bundled corpus loaded into a desk, once per test file. */
export function seedDesk(): Promise<import('../../src/desk/loadDesk').LoadedDesk> {
  deskPromise ??= import('../../src/desk/loadDesk').then((m) => m.loadDesk(CORPUS_DIR));
  return deskPromise;
}
