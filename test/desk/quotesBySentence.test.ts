import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotesBySentenceOf } from '../../src/model/quotesBySentence';

describe('quotesBySentenceOf', () => {
  it('lists, for each sentence, the quotations spanning it, in order (property)', () => {
    const span = fc.tuple(fc.nat(29), fc.nat(3)).map(([first, extra]) => [first, Math.min(29, first + extra)] as const);
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), (spans) => {
        const table = quotesBySentenceOf(30, spans.map((s) => s[0]), spans.map((s) => s[1]));
        for (let s = -1; s <= 30; s++) {
          const expected = spans.flatMap(([first, last], q) => (first <= s && s <= last ? [q] : []));
          expect(table.get(s)).toEqual(expected.length > 0 ? expected : undefined);
          expect(table.has(s)).toBe(expected.length > 0);
        }
      }),
    );
  });
});
