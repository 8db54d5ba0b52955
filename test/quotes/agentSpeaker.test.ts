import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extractQuotes';

const find = (text: string, needle: string) => {
  const q = extractQuotes(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no quote containing ${needle}`);
  return q;
};

describe('someone who speaks for a named person, before the verb', () => {
  it('is the speaker, not the one spoken for', () => {
    const text = 'Senator Ann Cole held her rally on Christmas Eve. The timing was so odd that a spokesman for Ann Cole could only quip: "I guess the week was booked."';
    const q = find(text, 'booked');
    expect(q.speaker).toBe('a spokesman for Ann Cole');
    expect(q.named).toBe(false);
  });

  it('leaves an appositive to the name before it', () => {
    const text = 'Tom Ralston, a spokesman for House Speaker Paul Ryan, said, “Instead of reassuring Americans, he attacked.”';
    expect(find(text, 'reassuring').speaker).toBe('Tom Ralston');
  });
});
