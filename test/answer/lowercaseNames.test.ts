import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

// "exxon" typed in lower case is still a name: the corpus prints it "Exxon". A match that
// never mentions it (Disney's quarter) is about another story.
const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha',
      body: 'Disney made a profit of $2.1 billion in the quarter, beating forecasts.\n\nThe studio released two films.',
    },
    {
      outlet: 'Beta',
      body:
        'Shares of Exxon fell on Monday.\n\n' +
        'Analysts said Exxon was drilling in Texas.\n\n' +
        'The board of Exxon met in Houston.\n\n' +
        'Investors in Exxon sold stock.\n\n' +
        'A spokesman for Exxon declined to comment.\n\n' +
        'Energy companies had a weak year as oil prices slid in Moscow and elsewhere.',
    },
    {
      outlet: 'Gamma',
      body: 'Moscow said the drills would end soon.\n\nOfficials in Moscow met on Friday.\n\nTraders in Moscow were calm.\n\nBanks in Moscow opened late.\n\nThe mayor of Moscow spoke.',
    },
    {
      outlet: 'Delta',
      body: 'Russia has called the warnings hysteria, Russian officials said on Tuesday.',
    },
  ]),
);

describe('a name typed in lower case', () => {
  it('gets no answers when no match mentions it', () => {
    expect(desk.ask('how much profit did exxon make in the quarter').answers).toEqual([]);
  });
  it('still answers when a match mentions it', () => {
    expect(desk.ask('how much profit did disney make in the quarter').answers[0]?.text).toContain('$2.1 billion');
  });
  it('is no gate when it names a country by its capital: the match may say the country', () => {
    expect(desk.ask('what has moscow called the warnings').answers[0]?.text).toContain('hysteria');
  });
});
