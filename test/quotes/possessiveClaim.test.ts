import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extractQuotes';

const find = (text: string, needle: string) => {
  const q = extractQuotes(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no quote containing ${needle}`);
  return q;
};

describe('a quotation inside what a named owner’s claim says', () => {
  it('goes to the owner of "X’s claim that …", not the sentence’s subject', () => {
    const text = 'Governor Mike Bell on Thursday blamed the press for making an issue of Senator Ann Cole’s claim that the mayor “wrecked the budget,” saying it missed the point.';
    const q = find(text, 'wrecked');
    expect(q.speaker).toBe('Ann Cole');
  });

  it('goes to the owner of "X’s response was:"', () => {
    const text = 'Reporters asked about the delay. Ann Cole’s response was: “Is the bridge in Ohio or Kentucky?”';
    expect(find(text, 'bridge').speaker).toBe('Ann Cole');
  });

  it('needs a named owner', () => {
    const text = 'The group’s claim that the mayor “wrecked the budget” was disputed.';
    expect(find(text, 'wrecked').speaker).toBeNull();
  });

  it('goes to the owner of a quoted claim: "X’s “…” comment"', () => {
    const text = 'Voters had not forgotten. Senator Ann Cole’s “47 percent” comment was nearly as dismissive.';
    expect(find(text, '47 percent').speaker).toBe('Ann Cole');
  });
});

describe('"as X put it"', () => {
  it('gives the quotation to X, past an appositive', () => {
    const text = 'Few senators would meet him. As John Cornyn, the No. 2 in the party leadership, put it: "This person will not be confirmed."';
    const q = find(text, 'confirmed');
    expect(q.speaker).toBe('John Cornyn');
    expect(q.cue).toBe('put');
  });

  it('gives it to a pronoun’s person', () => {
    const text = 'Senator Ann Cole likes the low rates. That is because, as she puts it, “the best thing we have going for us is cheap money.”';
    expect(find(text, 'best thing').speaker).toBe('Ann Cole');
  });
});
