import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extractQuotes';

const find = (text: string, needle: string) => {
  const q = extractQuotes(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no quote containing ${needle}`);
  return q;
};

describe('a naming participle before a quotation ("a class called “…”")', () => {
  it('does not make the named thing the speaker', () => {
    const text = 'Later on Sunday, Mayor Ellen Brody shared a flyer for a community class called “Seeing Clearly” on her Facebook page.';
    // The sentence's subject, as for any quotation with no cue of its own.
    expect(find(text, 'Seeing').speaker).toBe('Ellen Brody');
  });

  it('keeps "called" as a report after a person', () => {
    const text = 'Mayor Ellen Brody called the plan “a disgrace to the city.”';
    expect(find(text, 'disgrace').speaker).toBe('Ellen Brody');
  });
});
