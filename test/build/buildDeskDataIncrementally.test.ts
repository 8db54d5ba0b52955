/**
 * The incremental build: from the previous desk (as the cache file holds it) and the corpus
 * after articles were added, changed or removed, the very desk a full build gives — same
 * sentences, quotations, people, index and answers — indexing again only what can differ.
 */
import { describe, expect, it } from 'vitest';
import { buildDeskData, builtSpeakers } from '../../src/build/buildDeskData';
import { buildDeskDataIncrementally, speakerIdsBySentence, type PreviousDesk } from '../../src/build/buildDeskDataIncrementally';
import { newBuildTimings } from '../../src/build/buildTimings';
import { fingerprintArticles } from '../../src/build/fingerprintArticles';
import { readArticle } from '../../src/build/readArticle';
import type { Article } from '../../src/corpus/types';
import { readCorpusDir } from '../../src/corpus/readCorpusDir';
import { packDeskData, unpackDeskData } from '../../src/store/packDeskData';
import { CORPUS_DIR } from '../support/seedCorpus';
import { byFile, deskSnapshot, seedChanges } from '../support/deskChanges';

const AT = new Date(0);
/** The previous desk as a start-up or the build process reads it: packed, then unpacked lazily. */
async function previousDesk(articles: Article[]): Promise<PreviousDesk> {
  const built = buildDeskData(articles, AT);
  const packed = packDeskData(built, fingerprintArticles(articles), []);
  const { data, fingerprints } = await unpackDeskData(structuredClone(packed), () => undefined, { lazyText: true });
  return { data, fingerprints, index: data.index.packed };
}

function incrementally(previous: PreviousDesk, articles: Article[]) {
  const result = buildDeskDataIncrementally(previous, articles, fingerprintArticles(articles), articles.map((a) => readArticle(a)), AT, newBuildTimings());
  if (!result) throw new Error('no incremental build');
  return result;
}

describe('buildDeskDataIncrementally', async () => {
  const { articles: seed } = await readCorpusDir(CORPUS_DIR);
  const { npr, added, namesake, changedNpr } = seedChanges(seed);
  // Jens Stoltenberg with a role and a form the seed does not give him: sentences naming him elsewhere change their people field.
  const newRole: Article = {
    ...npr,
    id: 'zzy-role',
    file: 'zzy-role.md',
    body: 'OSLO - Former Norwegian prime minister Jens Stoltenberg said the fund would grow. "The fund is patient," said JensStoltenberg, who chairs the board.',
  };

  const cases: [string, Article[]][] = [
    ['one article added', byFile([...seed, added])],
    ['one article changed', seed.map((a) => (a.id === npr.id ? changedNpr : a))],
    ['one article removed', seed.filter((a) => !a.id.startsWith('usatoday'))],
    ['added, changed and removed at once', byFile([...seed.filter((a) => !a.id.startsWith('usatoday')).map((a) => (a.id === npr.id ? changedNpr : a)), added])],
    ['an article that makes a surname shared', byFile([...seed, namesake])],
    ['an article that gives a named person another role and form of name', byFile([...seed, newRole])],
    ['a shared surname and another role at once, an article removed', byFile([...seed.filter((a) => !a.id.startsWith('usatoday')), namesake, newRole])],
    ['nothing changed', seed],
  ];

  for (const [name, articles] of cases) {
    it(`gives the desk a full build gives: ${name}`, async () => {
      const previous = await previousDesk(seed);
      const { data, reindexed } = incrementally(previous, articles);
      const full = buildDeskData(articles, AT);
      expect(deskSnapshot(data)).toStrictEqual(deskSnapshot(full));
      // Only what can differ is indexed again: never every sentence.
      expect(reindexed).toBeLessThan(full.sentences.length);
    });
  }

  for (const [name, articles] of cases) {
    it(`from a desk built in this process (a kept build process's, its speakers kept), gives the desk a full build gives: ${name}`, () => {
      const built = buildDeskData(seed, AT);
      const { data } = incrementally({ data: built, fingerprints: fingerprintArticles(seed), index: built.index.packed }, articles);
      expect(deskSnapshot(data)).toStrictEqual(deskSnapshot(buildDeskData(articles, AT)));
    });
  }

  it('keeps the speakers per sentence a build worked out, as they are worked out again from its quotations', async () => {
    const built = buildDeskData(byFile([...seed, namesake]), AT);
    const kept = builtSpeakers(built)!;
    expect(kept).toHaveLength(built.sentences.length);
    expect(kept.some((ids) => ids.length > 0)).toBe(true);
    const computed = speakerIdsBySentence(built.quotes, built.people, built.people.people);
    expect(kept.map((ids) => [...ids])).toStrictEqual(kept.map((_, s) => computed.get(s) ?? []));
    // A desk unpacked from its file was not built here: nothing kept.
    expect(builtSpeakers((await previousDesk(seed)).data)).toBeUndefined();
  });

  it('indexes again the unchanged sentences whose people field the new registry changes', async () => {
    const previous = await previousDesk(seed);
    const articles = byFile([...seed, namesake]);
    const { reindexed } = incrementally(previous, articles);
    const newSentences = readArticle(namesake).sentences.length;
    // Sentences naming "Stoltenberg" alone named Jens Stoltenberg; now they name nobody.
    expect(reindexed).toBeGreaterThan(newSentences);
    const nothing = incrementally(previous, seed);
    expect(nothing.reindexed).toBe(0);
  });
});
