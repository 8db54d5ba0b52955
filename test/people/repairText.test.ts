import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addKnownNames, repairRunTogether, repairWithInsertions, runTogetherRepairer, toOriginalOffset, repairName } from '../../src/people/repairText';

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

describe('repairName', () => {
  // Names as a registry normalises them: run together, glued to a function word, a count, plain.
  const mentions = ['JensStoltenberg', 'Jens Stoltenbergat', 'Stoltenbergat', 'Clinton', 'Anderson', 'estimated14,000', 'Mr. Trump', 'HillaryClinton', 'YouTube', 'McDonald', 'Rep. LaHood', ''];

  it('repairs a name as repairRunTogether does, with the known names of each call (nothing known is remembered)', () => {
    const lists: (readonly string[])[] = [[], ['Jens Stoltenberg', 'Hillary Clinton'], ['Clint Eastwood'], []];
    for (let round = 0; round < 2; round++) {
      for (const known of lists) {
        for (const mention of mentions) expect(repairName(mention, known), `${mention} / ${known.join(', ')}`).toBe(repairRunTogether(mention, known));
      }
    }
    // The known names still decide, whatever was asked before.
    expect(repairName('Jens Stoltenbergat', ['Jens Stoltenberg'])).toBe('Jens Stoltenberg at');
    expect(repairName('Jens Stoltenbergat', [])).toBe('Jens Stoltenbergat');
  });

  it('holds for any mention and known names, asked in any order', () => {
    const piece = fc.constantFrom('Jens', 'Stoltenberg', 'Clinton', 'Hillary', 'at', 'on', 'said', '14,000', 'estimated', 'Mc', 'Donald', ' ', '-', '.');
    const text = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
    const name = fc.array(fc.constantFrom('Jens', 'Stoltenberg', 'Clinton', 'Hillary', 'Donald', 'McDonald'), { minLength: 1, maxLength: 3 }).map((p) => p.join(' '));
    fc.assert(fc.property(fc.array(fc.tuple(text, fc.array(name, { maxLength: 4 })), { maxLength: 8 }), (calls) => {
      for (const [mention, known] of calls) expect(repairName(mention, known)).toBe(repairRunTogether(mention, known));
    }));
  });
});
