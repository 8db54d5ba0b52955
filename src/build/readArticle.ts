import { cleanArticle } from '../corpus/cleanArticle';
import type { Article } from '../corpus/types';
import { readPeopleText } from '../people/readPeopleText';
import { repairRunTogether } from '../people/repairText';
import { extractStatements } from '../quotes/extractQuotes';
import { splitSentences } from '../text/splitSentences';
import { articleCacheKey, readCachedArticle, writeCachedArticle, type ArticleCacheRef, type ReadArticle } from '../store/articleCache';
import type { BuildTimings } from './buildTimings';

export type { ReadArticle } from '../store/articleCache';

/**
 * Cleans one article, splits its kept paragraphs into sentences and finds its quotations and
 * people: the per-article (and costly, wink-nlp) part of a build, so it can run on any thread.
 */
export function readArticle(article: Article, timings?: BuildTimings): ReadArticle {
  let clock = performance.now();
  const sentences = splitSentences(article, cleanArticle(article).paragraphs, repairRunTogether);
  const split = performance.now();
  const read = readPeopleText(article.body);
  const quotes = extractStatements(article.body, read);
  if (timings) {
    timings.sentencesMs += split - clock;
    timings.quotesMs += performance.now() - split;
  }
  return { sentences, quotes, people: read.people.people };
}

/**
 * `readArticle`, or its result from the per-article cache when this content was read before
 * by this code (see `src/store/articleCache.ts`); a result read now is stored there. Without
 * `cache`, plain `readArticle`.
 */
export function readArticleCached(article: Article, cache: ArticleCacheRef | undefined, timings?: BuildTimings): ReadArticle {
  if (!cache) return readArticle(article, timings);
  const clock = performance.now();
  const key = articleCacheKey(article, cache.salt);
  const cached = readCachedArticle(cache, key, article);
  if (cached) {
    if (timings) {
      timings.cachedArticles++;
      timings.cacheMs += performance.now() - clock;
    }
    return cached;
  }
  const read = readArticle(article, timings);
  writeCachedArticle(cache, key, article, read);
  return read;
}
