import type { Article } from '../corpus/types';
import { mergePackedIndexes } from '../search/mergePackedIndexes';
import { assembleDesk, deskDataOf, type BuildHooks } from './buildDeskData';
import { createBuildPool } from './buildPool';
import { newBuildTimings, type BuildTimings } from './buildTimings';
import type { DeskData } from '../model/deskData';
import type { ReadArticle } from './readArticle';

/** Options of `buildDeskDataInParallel`. */
export interface ParallelBuildOptions extends BuildHooks {
  /** Worker threads (at least 1). */
  threads: number;
  /** Articles per read request: small enough that threads finish together. Default 40. */
  articlesPerRequest?: number;
}

/**
 * The desk `buildDeskData` builds, with its two costly stages spread over worker threads:
 * reading articles (cleaning, wink-nlp sentences, quotations and people) in small runs, and
 * indexing the sentences in one run per thread, the parts joined by `mergePackedIndexes`.
 * The corpus-wide middle (the people registry, speakers, quotation placement) stays on the
 * calling thread. A 10,000-article build takes minutes on one thread; this divides the bulk
 * of it by the number of cores.
 */
export async function buildDeskDataInParallel(articles: readonly Article[], loadedAt: Date, options: ParallelBuildOptions): Promise<DeskData> {
  const timings = options.timings ?? newBuildTimings();
  const progress = options.onProgress ?? (() => undefined);
  const total = articles.length * 3;
  const threads = Math.max(1, Math.floor(options.threads));
  const runLength = Math.max(1, options.articlesPerRequest ?? 40);
  const pool = createBuildPool(threads);
  try {
    timings.threads = threads;
    let readCount = 0;
    // Articles whose reading is known already are not sent to the threads.
    const read: ReadArticle[] = new Array<ReadArticle>(articles.length);
    const toRead: number[] = [];
    articles.forEach((article, i) => {
      const known = options.known?.(article);
      if (known) read[i] = known;
      else toRead.push(i);
    });
    readCount = articles.length - toRead.length;
    const runs: Promise<void>[] = [];
    for (let at = 0; at < toRead.length; at += runLength) {
      const run = toRead.slice(at, at + runLength);
      runs.push(
        pool.read(run.map((i) => articles[i]!), options.articleCache).then(({ read: got, timings: spent }) => {
          addTimings(timings, spent);
          got.forEach((r, j) => (read[run[j]!] = r));
          readCount += run.length;
          progress(2 * readCount, total);
        }),
      );
    }
    await Promise.all(runs);
    const shortcut = options.afterRead?.(read);
    if (shortcut) {
      progress(total, total);
      return shortcut;
    }
    const assembled = assembleDesk(articles, read, timings);
    const { texts, speakers, people } = assembled.toIndex;
    // One run per thread, in sentence order (the parts are joined in that order).
    const per = Math.max(1, Math.ceil(texts.length / threads));
    const parts = await Promise.all(
      Array.from({ length: Math.max(1, Math.ceil(texts.length / per)) }, (_, p) =>
        pool.index({ texts: texts.slice(p * per, (p + 1) * per), speakers: speakers.slice(p * per, (p + 1) * per), people }).then(({ index, timings: spent }) => {
          addTimings(timings, spent);
          return index;
        }),
      ),
    );
    const merging = performance.now();
    const index = mergePackedIndexes(parts);
    timings.indexMs += performance.now() - merging;
    progress(total, total);
    return deskDataOf(articles, assembled, index, loadedAt);
  } finally {
    await pool.close();
  }
}

function addTimings(into: BuildTimings, spent: BuildTimings): void {
  into.sentencesMs += spent.sentencesMs;
  into.quotesMs += spent.quotesMs;
  into.peopleMs += spent.peopleMs;
  into.indexMs += spent.indexMs;
  into.cachedArticles += spent.cachedArticles;
  into.cacheMs += spent.cacheMs;
}
