import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extractQuotes';

const find = (text: string, needle: string) => {
  const q = extractQuotes(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no quote containing ${needle}`);
  return q;
};

describe('a quotation that ends its sentence and the sentence after it', () => {
  it('does not give the quotation to the next sentence when that sentence reports a clause of its own', () => {
    const text = 'Senator Maria Lopez called the ruling “reckless.” Tom Becker, a county official, warned Friday that the decision could be appealed.';
    const q = find(text, 'reckless');
    expect(q.speaker).toBe('Maria Lopez');
  });

  it('still gives it to a closing report after the quotation', () => {
    const text = '“We will appeal.” Tom Becker said on Friday.';
    expect(find(text, 'appeal').speaker).toBe('Tom Becker');
  });
});
