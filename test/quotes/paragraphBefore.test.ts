import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extractQuotes';

/** A quotation standing as its own paragraph after a paragraph that reports someone speaking (own sentences, no corpus text). */
const quoteWith = (text: string, needle: string) => {
  const q = extractQuotes(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no quote containing ${needle}`);
  return q;
};

describe('a quotation paragraph after a report paragraph', () => {
  it('goes to the subject of the previous paragraph’s closing report', () => {
    const text = 'The minister spoke in Geneva on Monday.\n\nMaria Olsen said that the talks would resume in the spring, but that no date was set.\n\n“We are patient people, and we will wait for them.”\n';
    expect(quoteWith(text, 'patient').speaker).toBe('Maria Olsen');
  });

  it('takes a speech verb other than say ("praised")', () => {
    const text = 'Peter Lang praised the governor’s leadership after the storm.\n\n“He is the one who gets things done for this state.”\n';
    expect(quoteWith(text, 'gets things done').speaker).toBe('Peter Lang');
  });

  it('not when the previous paragraph’s last sentence reports no speaking', () => {
    const text = 'Peter Lang visited the harbour after the storm.\n\n“He is the one who gets things done for this state.”\n';
    expect(quoteWith(text, 'gets things done').speaker).toBeNull();
  });

  it('not when the quotation has a verb of its own after it in its paragraph', () => {
    const text = 'The network reported that six planes flew over the parade.\n\n“Vote for anyone else,” read one of the banners.\n';
    expect(quoteWith(text, 'anyone else').speaker).not.toBe('The network');
  });
});
