import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extractQuotes';

const find = (text: string, needle: string) => {
  const q = extractQuotes(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no quote containing ${needle}`);
  return q;
};

describe('extractQuotes: a time phrase between the subject and its verb', () => {
  it('reads "on Wednesday" as a whole before the cue ("Vance, whom Marlow on Wednesday called “…”")', () => {
    const q = find('Most of the anger fell on the planner, whom Marlow on Wednesday called “a reckless amateur.”', 'reckless');
    expect(q.speaker).toBe('Marlow');
    expect(q.cue).toBe('called');
  });

  it('still hands a participle after a thing and a time phrase to the sentence subject ("a string of posts early Monday saying")', () => {
    const q = find('Governor Hale fired back. Hale published a string of posts early Monday saying the council had treated the report “as gospel.”', 'gospel');
    expect(q.speaker).toBe('Hale');
  });
});
