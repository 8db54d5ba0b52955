import { describe, expect, it } from 'vitest';
import { extractQuotes, extractStatements } from '../../src/quotes/extractQuotes';

const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker);

/**
 * "X, who …, said “…”": the relative clause between a subject and its reporting verb describes the subject. The
 * phrase before ", who" speaks; before, the verb found no subject and the quotation went to no one or to a phrase
 * elsewhere in the sentence.
 */
describe('a relative clause between the speaker and the reporting verb', () => {
  it('leaves the verb to the phrase before it', () => {
    expect(speakers('It was less than three years ago that Michael Bloomberg, who is thinking about running for president, said it was "impossible" for him to win.'))
      .toEqual(['Michael Bloomberg']);
    expect(speakers('Hillary Clinton lost the state by a wide margin.\n\nClinton, who called Sanders shortly after the winner was declared, told her supporters, "I still love New Hampshire, and I always will."'))
      .toEqual(['Hillary Clinton']);
  });

  it('reaches past an appositive to the name, not to a place or a preposition’s object', () => {
    expect(speakers("Jeb Bush, the former Florida governor, who has resented his rival’s rise, called him ''totally scripted.''"))
      .toEqual(['Jeb Bush']);
    expect(speakers('Willie Minor, an actor in Dallas, who runs a small theater company, recalled that in 2009, "I called all my lenders."'))
      .toEqual(['Willie Minor']);
    expect(speakers("Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said it brought back ''all the people who weren't here.''"))
      .toEqual(['Donna Rawlings']);
  });

  it('keeps a report after a closed relative clause as the subject’s statement', () => {
    const text = 'Donald Trump, who has relied on populist fervor in his bid, has said the movement had parallels with his own quest.';
    expect(extractStatements(text).map((q) => [q.kind, q.speaker])).toEqual([['reported', 'Donald Trump']]);
  });
});
