import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyKey } from '../../src/answer/copyKey';
import { printedWords, withoutTrailingAttribution } from '../../src/text/printedWords';

const WORDS = ['russia', 'troops', 'border', 'nato', 'withdraw', 'kyiv', 'moscow', 'the', 'a', 'said', 'forces', 'we', 'see', 'more', 'sign', 'of', 'is', 'it', 'get'];
const word = fc.constantFrom(...WORDS);
const figure = fc.integer({ min: 1, max: 999_999 });
type Token = { w: string } | { n: number };
const token: fc.Arbitrary<Token> = fc.oneof(
  { weight: 4, arbitrary: word.map((w) => ({ w })) },
  { weight: 1, arbitrary: figure.map((n) => ({ n })) },
);
const sentence = fc.array(token, { minLength: 3, maxLength: 14 });
const style = fc.record({ separators: fc.boolean(), curly: fc.boolean() });

/** A sentence as an outlet might print it: figures with or without separators, either quote style. */
function print(tokens: readonly Token[], how: { separators: boolean; curly: boolean }): string {
  const body = tokens.map((t) => ('w' in t ? t.w : how.separators ? t.n.toLocaleString('en-US') : String(t.n))).join(' ');
  const [open, close] = how.curly ? ['“', '”'] : ['"', '"'];
  return `${open}${body[0]!.toUpperCase()}${body.slice(1)},${close}`;
}

describe('printedWords: copies merge only when they printed the same words', () => {
  it('ignores punctuation, quote style, case, spacing and thousands separators', () => {
    fc.assert(
      fc.property(sentence, style, style, (tokens, a, b) => {
        const variant = print(tokens, b).replace(/ /g, '  ').replace(/,(?!\d)/g, ' ,').toUpperCase();
        expect(printedWords(print(tokens, a))).toBe(printedWords(variant));
      }),
    );
  });

  it('ignores run-together words ("JensStoltenberg")', () => {
    fc.assert(
      fc.property(sentence, fc.nat(), (tokens, at) => {
        const text = print(tokens, { separators: true, curly: true });
        const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
        const cut = spaces[at % spaces.length]!;
        // Two figures run together make another figure: not a scraping slip to forgive.
        fc.pre(!/\d \d/.test(text.slice(cut - 1, cut + 2)));
        const joined = text.slice(0, cut) + text.slice(cut + 1);
        expect(printedWords(joined)).toBe(printedWords(text));
      }),
    );
  });

  it('never merges a copy with one figure changed', () => {
    fc.assert(
      fc.property(sentence, style, style, fc.nat(), fc.integer({ min: 1, max: 999 }), (tokens, a, b, at, delta) => {
        const figures = tokens.flatMap((t, i) => ('n' in t ? [i] : []));
        fc.pre(figures.length > 0);
        const i = figures[at % figures.length]!;
        const changed = tokens.map((t, j) => (j === i && 'n' in t ? { n: t.n + delta } : t));
        expect(printedWords(print(changed, b))).not.toBe(printedWords(print(tokens, a)));
      }),
    );
  });

  it('never merges a copy with a "not" or an "n’t" added', () => {
    fc.assert(
      fc.property(sentence, fc.nat(), fc.boolean(), (tokens, at, contracted) => {
        const text = print(tokens, { separators: true, curly: false });
        const words = text.split(' ');
        const i = at % words.length;
        const negated = contracted
          ? [...words.slice(0, i), `${words[i]!}n’t`, ...words.slice(i + 1)]
          : [...words.slice(0, i), 'not', ...words.slice(i)];
        expect(printedWords(negated.join(' '))).not.toBe(printedWords(text));
      }),
    );
  });

  it('never merges a copy with one word replaced by another', () => {
    fc.assert(
      fc.property(sentence, fc.nat(), word, (tokens, at, other) => {
        const i = at % tokens.length;
        const t = tokens[i]!;
        fc.pre('w' in t && t.w !== other);
        const changed = tokens.map((x, j) => (j === i ? { w: other } : x));
        const how = { separators: true, curly: true };
        expect(printedWords(print(changed, how))).not.toBe(printedWords(print(tokens, how)));
      }),
    );
  });

  it('keeps the pairs seen merged in review apart', () => {
    expect(printedWords('about 1.5 million people')).not.toBe(printedWords('about 15 million people'));
    expect(printedWords('Russia has massed about 150,000 troops near Ukraine.')).not.toBe(
      printedWords('Russia has massed about 100,000 troops near Ukraine.'),
    );
    expect(printedWords('I get it.')).not.toBe(printedWords('I don’t get it.'));
  });

  it('ignores a dateline, and only a dateline', () => {
    const text = 'Russia said on Wednesday that some units were returning to their bases.';
    for (const dateline of ['KYIV, Ukraine (AP) — ', 'MOSCOW (Reuters) - ', 'WASHINGTON — ']) {
      expect(printedWords(dateline + text)).toBe(printedWords(text));
    }
    expect(printedWords(`Officials — ${text}`)).not.toBe(printedWords(text));
  });
});

describe('copyKey: the same words by the same speaker', () => {
  const quote = '“We have not seen any withdrawal of Russian forces,”';

  it('merges copies whose trailing attribution differs when the speaker is the same', () => {
    expect(copyKey(`${quote} Stoltenberg said.`, 'Jens Stoltenberg')).toBe(copyKey(`${quote} the NATO chief told reporters on Wednesday.`, 'Jens Stoltenberg'));
    expect(copyKey('Troops are moving to the border, Stoltenberg said.', 'Jens Stoltenberg')).toBe(
      copyKey('Troops are moving to the border, said Stoltenberg', 'Jens Stoltenberg'),
    );
  });

  it('never merges one line credited to different speakers, or to a speaker and to none', () => {
    expect(copyKey(`${quote} he said.`, 'Jens Stoltenberg')).not.toBe(copyKey(`${quote} he said.`, 'Antony Blinken'));
    expect(copyKey(quote, 'Jens Stoltenberg')).not.toBe(copyKey(quote, null));
  });

  it('keeps a trailing clause that adds content, or whose speaker is unknown', () => {
    expect(withoutTrailingAttribution('Troops are moving, he said, and called for calm.')).toBe('Troops are moving, he said, and called for calm.');
    expect(withoutTrailingAttribution('Troops are moving, officials said 3 times.')).toBe('Troops are moving, officials said 3 times.');
    expect(copyKey('Troops are moving, he said.', null)).not.toBe(copyKey('Troops are moving, she said.', null));
  });
});
