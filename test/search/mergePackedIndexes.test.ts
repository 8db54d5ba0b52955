import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPackedIndex, type IndexedSentence } from '../../src/search/packedIndex';
import { mergePackedIndexes } from '../../src/search/mergePackedIndexes';

const WORDS = ['Stoltenberg', 'said', 'troops', 'Russia', 'Ukraine', 'NATO', 'withdraw', 'border', '150,000', 'Kyiv', 'the', 'Blinken', 'wärme', 'Zelenskyy'];

/** Indexes each run of `docs` apart (ids from 0 within the run), as a build worker does. */
function indexInParts(docs: readonly IndexedSentence[], cuts: readonly number[]) {
  const bounds = [0, ...cuts, docs.length];
  const parts = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    parts.push(buildPackedIndex(docs.slice(bounds[i], bounds[i + 1]).map((doc, id) => ({ ...doc, id }))));
  }
  return mergePackedIndexes(parts);
}

describe('mergePackedIndexes', () => {
  it('gives exactly the index built over all sentences at once', () => {
    const docs: IndexedSentence[] = [
      { id: 0, text: 'NATO Secretary General Jens Stoltenberg said troops were moving.', people: 'Jens Stoltenberg NATO Secretary General' },
      { id: 1, text: 'Russia said it would withdraw some troops from the border.', people: '' },
      { id: 2, text: 'Blinken said there was no sign of a withdrawal.', people: 'Antony Blinken Secretary of State' },
      { id: 3, text: 'About 150,000 troops are near Ukraine, Biden said.', people: 'Joe Biden President' },
      { id: 4, text: 'Kyiv was calm.', people: '' },
    ];
    const whole = buildPackedIndex(docs);
    const merged = indexInParts(docs, [2, 3]);
    expect(merged).toEqual(whole);
    // Terms only one part has are in the joined vocabulary, with their postings moved to global ids.
    expect(merged.vocabulary.split('\n')).toContain('kyiv');
    expect(merged.docCount).toBe(5);
  });

  it('holds for any sentences and any cut points', () => {
    const doc = fc.record({
      text: fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' ')),
      people: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((w) => w.join(' ')),
    });
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 30 }), fc.array(fc.nat(), { maxLength: 4 }), (raw, cutSeeds) => {
        const docs = raw.map((d, id) => ({ id, ...d }));
        const cuts = [...new Set(cutSeeds.map((c) => c % docs.length))].filter((c) => c > 0).sort((a, b) => a - b);
        expect(indexInParts(docs, cuts)).toEqual(buildPackedIndex(docs));
      }),
      { numRuns: 60 },
    );
  });
});
