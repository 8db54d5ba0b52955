/**
 * An incremental build patches the previous index only when the new desk's index is first
 * read: a kept build process sends the serving process the delta (which carries the patch,
 * not the index) before that, so the patch is off the reload's critical path. The index, once
 * read, is a full build's.
 */
import { describe, expect, it, vi } from 'vitest';
import * as patching from '../../src/search/patchPackedIndex';
import { buildDeskData } from '../../src/build/buildDeskData';
import { buildDeskDataIncrementally } from '../../src/build/buildDeskDataIncrementally';
import { newBuildTimings } from '../../src/build/buildTimings';
import { fingerprintArticles } from '../../src/build/fingerprintArticles';
import { readArticle } from '../../src/build/readArticle';
import { readCorpusDir } from '../../src/corpus/readCorpusDir';
import { diffDeskData } from '../../src/store/deskDelta';
import { CORPUS_DIR } from '../support/seedCorpus';
import { byFile, deskSnapshot, seedChanges } from '../support/deskChanges';

vi.mock('../../src/search/patchPackedIndex', async (original) => {
  const real = await original<typeof import('../../src/search/patchPackedIndex')>();
  return { ...real, patchPackedIndex: vi.fn(real.patchPackedIndex) };
});

const AT = new Date(0);

describe('the incremental build’s index patch', async () => {
  const { articles: seed } = await readCorpusDir(CORPUS_DIR);
  const { npr, added, changedNpr } = seedChanges(seed);

  it('waits until the index is read, after the delta is made, and gives a full build’s index', () => {
    const before = buildDeskData(seed, AT);
    const articles = byFile([...seed.map((a) => (a.id === npr.id ? changedNpr : a)), added]);
    const patch = vi.mocked(patching.patchPackedIndex);
    patch.mockClear();
    const prints = fingerprintArticles(articles);
    const built = buildDeskDataIncrementally({ data: before, fingerprints: fingerprintArticles(seed), index: before.index.packed }, articles, prints, articles.map((a) => readArticle(a)), AT, newBuildTimings())!;
    const delta = diffDeskData({ data: before, fingerprints: fingerprintArticles(seed) }, { data: built.data, fingerprints: prints, warnings: [] }, built.patch, { base: 'a', generation: 'b' });
    expect(delta).toBeDefined();
    expect(patch).not.toHaveBeenCalled();
    const full = buildDeskData(articles, AT);
    expect(built.data.df.get('zeppelins')).toBe(full.df.get('zeppelins'));
    expect(patch).toHaveBeenCalledTimes(1);
    expect(built.data.index.packed).toStrictEqual(full.index.packed);
    expect(deskSnapshot(built.data)).toStrictEqual(deskSnapshot(full));
    // Made once: the index is then an ordinary property.
    expect(built.data.index).toBe(built.data.index);
    expect(patch).toHaveBeenCalledTimes(1);
  });
});
