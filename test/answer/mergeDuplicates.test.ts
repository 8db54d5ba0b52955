import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, mergeNearIdentical, nearIdentical } from '../../src/answer/mergeDuplicates';

describe('wire-copy merging', () => {
  const usa = '“Unfortunately, there\'s a difference between what Russia says and what it does and what we\'re seeing is no meaningful pullback,”';
  const npr = '"Unfortunately there\'s a difference between what Russia says and what it does, and what we\'re seeing is no meaningful pullback,"';
  const other = '“We continue to see critical units moving toward the border, not away from the border,”';

  it('treats punctuation and quote-mark variants of one sentence as identical', () => {
    expect(nearIdentical(fingerprint(usa), fingerprint(npr))).toBe(true);
  });

  it('keeps different sentences apart', () => {
    expect(nearIdentical(fingerprint(usa), fingerprint(other))).toBe(false);
  });

  it('treats a sentence contained in a longer copy as the same when it is most of it', () => {
    const long = 'If they really start to withdraw forces, that’s something we will welcome, but that remains to be seen.';
    const short = 'If they really start to withdraw forces, that’s something we will welcome but that remains to be seen';
    expect(nearIdentical(fingerprint(long), fingerprint(short))).toBe(true);
    expect(nearIdentical(fingerprint(long), fingerprint('that remains to be seen'))).toBe(false);
  });

  it('groups in input order, led by the first item', () => {
    const groups = mergeNearIdentical([usa, other, npr], fingerprint);
    expect(groups).toEqual([[usa, npr], [other]]);
  });

  it('forms the same groups as comparing every item with every group leader', () => {
    const words = ['troops', 'border', 'russia', 'said', 'nato', 'withdraw', 'kyiv', 'moscow', 'the', 'a'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), (keys) => {
        const naive: string[][][] = [];
        for (const k of keys) {
          const group = naive.find((g) => nearIdentical(g[0]!, k));
          if (group) group.push(k);
          else naive.push([k]);
        }
        expect(mergeNearIdentical(keys, (k) => k)).toEqual(naive);
      }),
      { numRuns: 200 },
    );
  });

  it('forms the same groups with more words and groups than its first buffers hold', () => {
    // Keys from 600 words, and copies of earlier keys with a word changed, dropped or added.
    const word = fc.integer({ min: 0, max: 599 }).map((n) => `w${n}`);
    const fresh = fc.array(word, { minLength: 3, maxLength: 12 });
    const keysOf = fc.array(fc.tuple(fresh, fc.nat(), fc.nat(), word), { minLength: 120, maxLength: 200 }).map((rows) => {
      const keys: string[][] = [];
      for (const [k, pick, how, w] of rows) {
        const base = keys.length > 0 && how % 3 === 0 ? [...keys[pick % keys.length]!] : k;
        if (base !== k) base.splice(pick % base.length, how % 2, ...(how % 4 === 0 ? [w] : []));
        keys.push(base.length > 0 ? base : k);
      }
      return keys;
    });
    fc.assert(
      fc.property(keysOf, (keys) => {
        const naive: string[][][] = [];
        for (const k of keys) {
          const group = naive.find((g) => nearIdentical(g[0]!, k));
          if (group) group.push(k);
          else naive.push([k]);
        }
        const groups = mergeNearIdentical(keys, (k) => k);
        expect(groups).toEqual(naive);
        expect(groups.length).toBeGreaterThan(64);
      }),
      { numRuns: 30 },
    );
  });
});
