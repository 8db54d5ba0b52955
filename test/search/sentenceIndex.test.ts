import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processQueryTerm } from '../../src/search/analyzeText';
import { buildPackedIndex } from '../../src/search/packedIndex';
import { kthLargest, SentenceIndex, type QueryToken } from '../../src/search/sentenceIndex';

const WORDS = ['troops', 'russia', 'border', 'withdraw', 'nato', 'said', 'kyiv', 'tanks', 'forces', 'moscow'];

describe('kthLargest', () => {
  it('finds the k-th largest value, duplicates included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 60 }), fc.nat(), (values, seed) => {
        const k = (seed % values.length) + 1;
        const sorted = [...values].sort((a, b) => b - a);
        expect(kthLargest(Float64Array.from(values), k)).toBe(sorted[k - 1]);
      }),
    );
  });
});

describe('SentenceIndex.search with a limit', () => {
  it('keeps the best hits by score × coverage², ties by sentence order, as a full sort would', () => {
    const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    const query = fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 60 }), query, fc.integer({ min: 1, max: 20 }), (texts, words, limit) => {
        const index = new SentenceIndex(buildPackedIndex(texts.map((text, id) => ({ id, text, people: '' }))));
        const tokens: QueryToken[] = words.map((w, i) => ({ forms: processQueryTerm(w) ?? [], weight: 1 + i }));
        const all = index.search(tokens);
        const expected = [...all]
          .sort((a, b) => b.score * b.coverage ** 2 - a.score * a.coverage ** 2 || a.sentence - b.sentence)
          .slice(0, limit)
          .sort((a, b) => b.score - a.score || a.sentence - b.sentence);
        expect(index.search(tokens, { limit })).toEqual(expected);
      }),
      { numRuns: 80 },
    );
  });

  it('leaves out sentences below minCoverage, and returns nothing for a limit of 0', () => {
    const index = new SentenceIndex(buildPackedIndex(['troops at the border', 'troops', 'border'].map((text, id) => ({ id, text, people: '' }))));
    const tokens: QueryToken[] = ['troops', 'border'].map((word) => ({ forms: processQueryTerm(word) ?? [], weight: 1 }));
    expect(index.search(tokens, { minCoverage: 0.9 }).map((h) => h.sentence)).toEqual([0]);
    expect(index.search(tokens).map((h) => h.sentence).sort()).toEqual([0, 1, 2]);
    expect(index.search(tokens, { limit: 0 })).toEqual([]);
  });
});

describe('SentenceIndex.search fuzzy matching', () => {
  const index = new SentenceIndex(
    buildPackedIndex(['The residents left.', 'Presidents met.'].map((text, id) => ({ id, text, people: '' }))),
  );
  const search = (word: string) => index.search([{ forms: processQueryTerm(word) ?? [], weight: 1 }]).map((h) => h.sentence);

  it('does not match a word the corpus has under one of its forms fuzzily ("resident" is indexed as "resid")', () => {
    expect(processQueryTerm('resident')).toContain('resid');
    expect(search('resident')).toEqual([0]);
  });

  it('still matches a misspelt word fuzzily', () => {
    expect(search('presidentz')).toEqual([1]);
  });
});


describe('SentenceIndex.search in some fields', () => {
  it('reads only the fields asked for: a word matching a name in the people field alone is no hit for the text', () => {
    const index = new SentenceIndex(
      buildPackedIndex([
        { id: 0, text: 'I was worried about the speech', people: 'Brittany Lockwood' },
        { id: 1, text: 'the attendees chanted lock her up', people: '' },
      ]),
    );
    const tokens: QueryToken[] = [{ forms: processQueryTerm('lock') ?? [], weight: 1 }];
    expect(index.search(tokens).map((h) => h.sentence).sort()).toEqual([0, 1]);
    expect(index.search(tokens, { fields: ['text'] }).map((h) => h.sentence)).toEqual([1]);
    // Both fields, named: the same hits as by default.
    expect(index.search(tokens, { fields: ['text', 'people'] })).toEqual(index.search(tokens));
  });
});
