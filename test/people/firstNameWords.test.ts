import { describe, expect, it } from 'vitest';
import { findPersonMentions } from '../../src/people/findPersons';
import { readPeopleText } from '../../src/people/readPeopleText';
import { tokenize } from '../../src/people/tokens';
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

/** A title word after a lone first name is a surname ("Larry King"), and "Mr. King" is then that person. */
describe('a title word as a surname', () => {
  it('"Larry King" is a person, and "Mr. King" later is his', () => {
    const text = 'Larry King hosts a talk show on the network.\n\n“They pay us a lot of money,” Mr. King said.';
    expect(names(text)).toContain('Larry King');
    expect(extractStatements(text).filter((q) => q.kind === 'quote').map((q) => q.speaker)).toEqual(['Larry King']);
  });

  it('a title before a name, or a party word, is no surname', () => {
    const mentions = (text: string) => findPersonMentions(tokenize(text)).map((m) => m.name);
    expect(mentions('The Christian Democratic Union met on Monday, and Angela Merkel spoke.')).toEqual(['Angela Merkel']);
    expect(mentions('Larry King Charles spoke in London.')).not.toContain('Larry King');
  });
});
