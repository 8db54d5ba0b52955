import { describe, expect, it } from 'vitest';
import { buildDeskData, newBuildTimings } from '../../src/build/buildDeskData';
import { buildDeskDataInParallel } from '../../src/build/buildDeskDataInParallel';
import type { DeskData } from '../../src/model/deskData';
import { seedArticles } from '../support/seedCorpus';

const AT = new Date('2022-02-16T12:00:00Z');

/** Everything a desk answers from, as plain data. */
function contents(data: DeskData) {
  return {
    sentences: data.sentences,
    quotes: data.quotes,
    quotesBySentence: data.sentences.map((_, s) => data.quotesBySentence.get(s)),
    people: data.people.people,
    index: data.index.packed,
  };
}

describe('buildDeskDataInParallel', () => {
  it('builds the same desk as the single-threaded build, on worker threads', async () => {
    const articles = await seedArticles();
    const serial = buildDeskData(articles, AT);
    const timings = newBuildTimings();
    const progress: number[] = [];
    // One article per request, so both threads read and each indexes a part that must be joined.
    const parallel = await buildDeskDataInParallel(articles, AT, { threads: 2, articlesPerRequest: 1, timings, onProgress: (done) => progress.push(done) });
    expect(contents(parallel)).toEqual(contents(serial));
    expect(parallel.quotes.some((q) => q.speaker === 'Jens Stoltenberg')).toBe(true);
    expect(timings.threads).toBe(2);
    expect(timings.sentencesMs).toBeGreaterThan(0);
    expect(timings.indexMs).toBeGreaterThan(0);
    expect(progress[progress.length - 1]).toBe(articles.length * 3);
  }, 60_000);

  it('rejects when a worker fails', async () => {
    const [article] = await seedArticles();
    // A body that is not a string fails inside the worker's reading.
    const broken = { ...article!, body: 42 as unknown as string };
    await expect(buildDeskDataInParallel([broken], AT, { threads: 2 })).rejects.toThrow(/build worker failed/);
  }, 60_000);
});
