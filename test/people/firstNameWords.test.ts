import { describe, expect, it } from 'vitest';
import { readPeopleText } from '../../src/people/readPeopleText';
import { extractStatements } from '../../src/quotes/extractQuotes';

const names = (text: string) => readPeopleText(text).people.people.map((p) => p.name);

/** "Bill" is a common word the name rules refuse (the farm bill), and a first name before a surname. */
describe('a first name that is also a common word', () => {
  it('"Former President Bill Clinton" is Bill Clinton, and his quotations are not his wife\'s', () => {
    const text = 'Former President Bill Clinton campaigned in Flint for his wife, Hillary Clinton, on Monday.\n\n' +
      '“It doesn’t make any sense,” Clinton said of the insurance markets.';
    expect(names(text)).toContain('Bill Clinton');
    const quotes = extractStatements(text).filter((q) => q.kind === 'quote');
    expect(quotes.map((q) => q.speaker)).toEqual(['Bill Clinton']);
  });

  it('a bill after a capitalised word, or with no name after it, stays a bill', () => {
    expect(names('The Senate passed the Farm Bill Tuesday, and Ted Cruz voted against it.')).toEqual(['Ted Cruz']);
    expect(names('Bill passage was delayed until Monday, Ted Cruz said.')).toEqual(['Ted Cruz']);
  });
});
