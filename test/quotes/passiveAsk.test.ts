import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extractQuotes';

const find = (text: string, needle: string) => {
  const q = extractQuotes(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no quote containing ${needle}`);
  return q;
};

describe('a quotation put to someone in the passive ("was asked")', () => {
  it('is not the words of the one asked', () => {
    const text = 'In an interview published on Wednesday, Mayor Ellen Brody was asked, “What is the most dangerous place you have been to?”';
    expect(find(text, 'dangerous').speaker).toBeNull();
  });

  it('is the asker’s when the asker is named after "by"', () => {
    const text = 'Mayor Ellen Brody was asked by host Bill Maher, who supports her, “Has that story moved, or not?”';
    expect(find(text, 'story moved').speaker).toBe('Bill Maher');
  });

  it('keeps a report of its own after the question', () => {
    const text = 'When she was asked about the budget, Mayor Ellen Brody said, “We will balance it.”';
    expect(find(text, 'balance').speaker).toBe('Ellen Brody');
  });
});
