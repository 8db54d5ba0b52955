/**
 * Where a build's time went, in milliseconds (the benchmark prints them). A build on several
 * threads sums each stage over its threads, so stages can add up to more than the wall time.
 */
export interface BuildTimings {
  /** Cleaning and wink-nlp sentence splitting. */
  sentencesMs: number;
  /** Quotation extraction and people (wink-nlp tokens), speakers and the people registry. */
  quotesMs: number;
  /** The people field of each sentence. */
  peopleMs: number;
  /** Term analysis (wink-nlp lemmas and stems, memoised) and the packed index. */
  indexMs: number;
  /** Articles whose per-article results came from the per-article cache (not read through wink-nlp). */
  cachedArticles: number;
  /** Time spent reading per-article results from that cache. */
  cacheMs: number;
  /** Threads the per-article and indexing stages ran on (1: the building thread itself). */
  threads: number;
}

export function newBuildTimings(): BuildTimings {
  return { sentencesMs: 0, quotesMs: 0, peopleMs: 0, indexMs: 0, cachedArticles: 0, cacheMs: 0, threads: 1 };
}
