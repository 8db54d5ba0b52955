/**
 * The indexed wire-copy merge groups exactly as comparing every item with every earlier group
 * (the obvious quadratic algorithm) does, and the capped search keeps the best hits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeNearIdentical, nearIdentical } from '../../src/answer/mergeDuplicates';
import { progressBar } from '../../src/cli/progressBar';

function mergeNaively<T>(items: readonly T[], key: (item: T) => readonly string[]): T[][] {
  const groups: { key: readonly string[]; items: T[] }[] = [];
  for (const item of items) {
    const group = groups.find((g) => nearIdentical(g.key, key(item)));
    if (group) group.items.push(item);
    else groups.push({ key: key(item), items: [item] });
  }
  return groups.map((g) => g.items);
}

// A small vocabulary so that near-identical keys are common.
const word = fc.constantFrom(...'abcdefghijklmnopqrst'.split('').map((c) => `${c}${c}`));
const key = fc.array(word, { minLength: 0, maxLength: 14 });

describe('wire-copy merge at scale', () => {
  it('groups exactly like the pairwise merge', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), (keys) => {
        const items = keys.map((k, i) => ({ i, k }));
        expect(mergeNearIdentical(items, (x) => x.k)).toEqual(mergeNaively(items, (x) => x.k));
      }),
      { numRuns: 300 },
    );
  });

  it('groups variants of one sentence among a thousand others', () => {
    const base = 'the senator said the vote on the border bill would come on thursday'.split(' ');
    const items = Array.from({ length: 1200 }, (_, i) => (i % 200 === 0 ? [...base, `v${i % 3}`] : [`w${i}`, `x${i % 97}`, 'the', 'said', `y${i % 13}`]));
    const groups = mergeNearIdentical(items, (x) => x);
    expect(groups.find((g) => g.includes(items[0]!))).toHaveLength(6);
    expect(groups).toEqual(mergeNaively(items, (x) => x));
  });

  it('draws a progress bar', () => {
    expect(progressBar(1, 4, 8)).toBe('[##------]  25%  1/4');
    expect(progressBar(4, 4, 8)).toBe('[########] 100%  4/4');
  });
});
