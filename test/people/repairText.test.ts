import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairRunTogether, repairWithInsertions, toOriginalOffset } from '../../src/people/repairText';

describe('repairRunTogether', () => {
  it('splits CamelCase joins of two words', () => {
    expect(repairRunTogether('NATO Secretary General JensStoltenberg said')).toBe('NATO Secretary General Jens Stoltenberg said');
  });

  it('splits a name glued to a function word when the name stands alone elsewhere', () => {
    expect(repairRunTogether('said Secretary-General Jens Stoltenbergat a meeting. Stoltenberg said'))
      .toBe('said Secretary-General Jens Stoltenberg at a meeting. Stoltenberg said');
    expect(repairRunTogether('Jens Stoltenbergat a meeting', ['Jens Stoltenberg'])).toBe('Jens Stoltenberg at a meeting');
    // Without evidence for the name the word is left alone.
    expect(repairRunTogether('Jens Stoltenbergat a meeting')).toBe('Jens Stoltenbergat a meeting');
  });

  it('splits a word glued to a number', () => {
    expect(repairRunTogether('An estimated14,000 people')).toBe('An estimated 14,000 people');
  });

  it('leaves real names and brands alone', () => {
    const s = 'McDonald, MacArthur, DeSantis and LaHood watched YouTube in Washington and Austin on an iPhone.';
    expect(repairRunTogether(s)).toBe(s);
  });

  it('only inserts spaces, and offsets map back to the original', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.array(fc.constantFrom('JensStoltenberg', 'Stoltenbergat', 'Stoltenberg', 'estimated14,000', ' ', 'a'), { maxLength: 6 }), (noise, parts) => {
      const text = noise + parts.join(' ');
      const { text: fixed, insertions } = repairWithInsertions(text);
      expect(fixed.replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      expect(fixed.length).toBe(text.length + insertions.length);
      for (let i = 0; i <= fixed.length; i++) {
        const o = toOriginalOffset(i, insertions);
        if (fixed[i] !== undefined && fixed[i] !== ' ') expect(text[o]).toBe(fixed[i]);
      }
    }));
  });
});
