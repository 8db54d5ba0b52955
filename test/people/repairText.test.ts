import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addKnownNames, repairRunTogether, repairWithInsertions, runTogetherRepairer, toOriginalOffset } from '../../src/people/repairText';

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

describe('runTogetherRepairer', () => {
  it('repairs as repairRunTogether does at each call, while the known names grow between calls', () => {
    const known = { names: new Set<string>(), parts: new Set<string>(), surnames: new Set<string>() };
    const repair = runTogetherRepairer(known);
    const texts = ['Stoltenbergat', 'JensStoltenberg', 'Washington', 'Clinton', 'YouTube', 'McDonald', 'estimated14,000', 'Stoltenberg said Stoltenbergat', 'Clintonin', 'Harrison', 'Trumpsaid', 'DonaldTrump'];
    const check = () => {
      for (const text of texts) expect(repair(text)).toBe(repairRunTogether(text, known));
    };
    check();
    addKnownNames(known, ['Jens Stoltenberg', 'Hillary Clinton']);
    check();
    expect(repair('Stoltenbergat')).toBe('Stoltenberg at');
    addKnownNames(known, ['Stoltenbergat', 'Donald Trump', 'Harris']);
    check();
    expect(repair('Stoltenbergat')).toBe('Stoltenbergat');
  });

  it('equals repairRunTogether on arbitrary short texts and known names', () => {
    const word = fc.constantFrom('Jens', 'Stoltenberg', 'at', 'on', 'said', 'Clint', 'Clinton', 'Mc', 'Donald', 'estimated', '14,000', '2022', 'YouTube', 'Harris', 'in');
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join('')), { maxLength: 6 }), fc.array(fc.array(word, { minLength: 1, maxLength: 2 }).map((w) => w.join(' ')), { maxLength: 4 }), (texts, names) => {
        const known = { names: new Set<string>(), parts: new Set<string>(), surnames: new Set<string>() };
        const repair = runTogetherRepairer(known);
        for (const text of texts) expect(repair(text)).toBe(repairRunTogether(text, known));
        addKnownNames(known, names);
        for (const text of [...texts, texts.join(' ')]) expect(repair(text)).toBe(repairRunTogether(text, known));
      }),
    );
  });
});
