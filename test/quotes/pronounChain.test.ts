import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extractQuotes';

/**
 * A he/she whose name is out of reach continues the speaker of the same pronoun in the paragraph
 * before: "“…,” she said. ¶ “…,” she said." are one speaker's words.
 */
describe('a pronoun continuing the same pronoun’s speaker', () => {
  const text = 'Jen Psaki leads the press office at the White House.\n\n' +
    'Black turnout fell sharply in 2014, and organisers worry.\n\n' +
    '“The campaign is in panic mode,” she said.\n\n' +
    '“They have a big problem,” she said.';

  it('takes the speaker of the previous paragraph’s "she"', () => {
    expect(extractQuotes(text).map((q) => q.speaker)).toEqual(['Jen Psaki', 'Jen Psaki']);
  });

  it('not from further back than the paragraph before, nor across genders', () => {
    const far = text.replace('“They have', 'Turnout in Miami fell too.\n\n“They have');
    expect(extractQuotes(far).map((q) => q.speaker)).toEqual(['Jen Psaki', null]);
    const he = text.replace('big problem,” she said', 'big problem,” he said');
    expect(extractQuotes(he).map((q) => q.speaker)).toEqual(['Jen Psaki', null]);
  });
});

describe('a pronoun after an unnamed person became the subject', () => {
  it('is not the named person further back ("the questioner quickly cut her off. “…,” he exclaimed")', () => {
    const text = [
      'In the coverage, President Vladimir V. Putin is depicted as a modernizing leader.',
      'Most analysts toe the line, and any who do not are rebuked.',
      'When one analyst recently said on the air that the annexation remained an issue, the questioner quickly cut her off. "Crimea is off the table," he exclaimed.',
    ].join('\n\n');
    const q = extractQuotes(text).find((x) => x.text.includes('Crimea'))!;
    expect(q.speaker).not.toBe('Vladimir V. Putin');
  });
});
