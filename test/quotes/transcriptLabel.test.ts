import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extractQuotes';

/**
 * A transcript printed as quoted paragraphs ("Partial transcript as follows: ¶ "PENCE: …")
 * credits each paragraph to the person its label names, not to the line introducing it; a
 * label naming no one of the text is someone else's turn, and a stage direction is no words.
 */
describe('transcript labels', () => {
  const text = [
    'On “Fox News Sunday,” Republican vice-presidential nominee Gov. Mike Pence said the tweet was a joke.',
    'Partial transcript as follows:',
    '"WALLACE: Will Gennifer Flowers be at the debate tomorrow night?',
    '"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.',
    '"But the truth is that Donald Trump has a unique way of communicating to the American people.',
    '"(CROSSTALK.)',
    '"WALLACE: Governor, I don’t want to interrupt, but we are out of time.',
  ].join('\n\n');
  const quotes = extractQuotes(text);
  const speakerOf = (words: string) => quotes.find((q) => q.text.includes(words))?.speaker;

  it('credits a labelled paragraph, and the unlabelled one after it, to the person the label names', () => {
    expect(speakerOf('will not be attending')).toBe('Mike Pence');
    expect(speakerOf('unique way of communicating')).toBe('Mike Pence');
  });

  it('credits no one for a label naming no one of the text, nor the introducing line', () => {
    expect(speakerOf('Will Gennifer Flowers')).toBeNull();
    expect(speakerOf('out of time')).toBeNull();
    expect(quotes.some((q) => q.speaker === 'Partial transcript')).toBe(false);
  });

  it('drops a stage direction', () => {
    expect(quotes.some((q) => q.text.includes('CROSSTALK'))).toBe(false);
  });
});
