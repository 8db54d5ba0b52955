import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extractQuotes';

const find = (text: string, needle: string) => {
  const q = extractQuotes(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no quote containing ${needle}`);
  return q;
};

describe('the cue after a quotation', () => {
  it('reads a role phrase with "of" and then the name in apposition before the verb', () => {
    const text = 'The vote is set for Tuesday.\n“We will win this one,” Ohio Rep. Dana Miller’s chief of staff, Joe Kasper, told reporters before the vote.';
    const q = find(text, 'win this');
    expect(q.speaker).toBe('Joe Kasper');
    expect(q.cue).toBe('told');
  });

  it('reads a reporting verb the tagger took for the last noun of the phrase after an open quotation', () => {
    const text = 'The paper was shared with lawmakers.\n"Today, the kingdom is a leading partner in fighting terrorism," the Saudis state in the white paper.';
    const q = find(text, 'kingdom');
    expect(q.mention).toBe('the Saudis');
    expect(q.cue).toBe('state');
  });
});
