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
});
