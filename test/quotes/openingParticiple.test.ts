import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extractQuotes';

const find = (text: string, needle: string) => {
  const q = extractQuotes(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no quote containing ${needle}`);
  return q;
};

describe('extractQuotes: a quotation inside an opening participle phrase', () => {
  it('is the main clause subject\'s ("Acknowledging that X “…,” though, Allen did suggest")', () => {
    const q = find('Acknowledging that the mayor “talks a lot of nonsense,” though, Farrell did suggest that his budget has merit.', 'nonsense');
    expect(q.speaker).toBe('Farrell');
  });

  it('is the main clause subject\'s after a preposition and gerund ("After spending a week bickering over whether … “qualified” …, Clinton ripped")', () => {
    const q = find('After spending the past week bickering over whether the other is “fit” to lead the city, Whitcombe on Monday tore into Dalton.', 'fit');
    expect(q.speaker).toBe('Whitcombe');
  });

  it('takes no object of the opening participle for a speaker ("Citing the flood as a warning for their “dreams of growth,” …")', () => {
    const q = find('The council met again. Citing last week’s flood as a warning about “dreams of endless growth.” Nothing was decided.', 'endless growth');
    expect(q.speaker).not.toBe('last week’s flood');
  });

  it('leaves a subordinate clause with its own subject to that subject ("After Trump called her “…,” Sanders said")', () => {
    const q = find('After Dalton called the plan “a giveaway” on Monday, Whitcombe defended it at length.', 'giveaway');
    expect(q.speaker).toBe('Dalton');
  });
});
