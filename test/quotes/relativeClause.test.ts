import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extractQuotes';

const find = (text: string, needle: string) => {
  const q = extractQuotes(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no quote containing ${needle}`);
  return q;
};

describe('extractQuotes: a quotation inside a relative clause set off by a comma', () => {
  it('is the clause subject\'s, "who", resolved as its antecedent, not the sentence subject\'s', () => {
    const text = 'The mayor’s grim tone was a sharp contrast to the warm welcome by his sister Laura Pike, who portrayed him as a patient, tireless neighbor who would be “the town’s best friend” and “a builder.”';
    for (const needle of ['best friend', 'a builder']) {
      const q = find(text, needle);
      expect(q.speaker).toBe('Laura Pike');
      expect(q.mention).toBe('who');
    }
  });

  it('is the antecedent\'s when the clause interrupts its own subject ("Beck, who has called him “…,” went on")', () => {
    const q = find('Walter Greer, who has long cast himself as “the last honest man,” went on to praise the budget.', 'last honest man');
    expect(q.speaker).toBe('Walter Greer');
  });

  it('is not the clause\'s once a comma has closed it ("Jeb Bush, who ended his bid Saturday, as “…”")', () => {
    const q = find('Senator Amos Hale is praising Governor Ruth Cole, who ended her campaign Saturday, as “a leader who never went to the gutter.”', 'never went');
    expect(q.speaker).toBe('Amos Hale');
  });

  it('is not the clause\'s when the clause is passive ("who was labeled “…”")', () => {
    const q = find('The senator defended Ruth Cole, who was labeled “a radical” in the ads.', 'a radical');
    expect(q.speaker).not.toBe('Ruth Cole');
  });

  it('leaves a restrictive clause alone ("a coach at a game who is “…”")', () => {
    const q = find('Professor Dana Kimball compared Hale to a coach at a basketball game who is “working the referees” all night.', 'working the referees');
    expect(q.speaker).toBe('Dana Kimball');
  });
});
