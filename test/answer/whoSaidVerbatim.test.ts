import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { longestVerbatimRun, printedTokens } from '../../src/text/verbatimRun';
import { deskFrom } from '../claims/support';

/** Two speakers whose quotations share the asked content words; only one printed them in that order. */
const desk = createDesk(deskFrom([
  {
    outlet: 'Alpha News',
    body: [
      'Campaign manager Robby Mook spoke to CBS on Sunday.',
      'Mook told CBS, “We are focused on the issues.”',
      'Senator Bernie Sanders spoke at a rally in Ohio.',
      '“I’ll tell you, there is an issue that is bringing the people who voted for me, I think, together, and that is the long and hard fight against bigotry in all its forms across this country,” Sanders said.',
      '“Either one of them will be president. The contrast is stark,” Sanders added.',
    ].join('\n\n'),
  },
]));

describe('who said: the words printed as asked', () => {
  it('answers with the quotation that printed the words in order, not one sharing some of them', () => {
    const answers = desk.ask('who said "I\'ll tell you, there is an issue that"').answers;
    expect(answers[0]?.speaker).toBe('Bernie Sanders');
    expect(answers.map((a) => a.speaker)).not.toContain('Robby Mook');
  });

  it('finds words that run on into the next sentence', () => {
    const answers = desk.ask('who said "Either one of them will be president. The contrast"').answers;
    expect(answers[0]?.speaker).toBe('Bernie Sanders');
    expect(answers[0]?.text).toContain('Either one of them');
  });

  it('still searches paraphrased words as before', () => {
    expect(desk.ask('who said we are focused on issues').answers[0]?.speaker).toBe('Robby Mook');
  });
});

describe('who said: a slogan of three words', () => {
  it('is the statement that printed it whole, not one sharing its one searchable word', () => {
    const slogans = createDesk(deskFrom([
      {
        outlet: 'Convention Daily',
        body: [
          '“I’m bilingual, I’m bicultural. I’m not part of the establishment,” former Florida Gov. Jeb Bush said.',
          '“I’m proud to say that I’m with her,” Sarah McBride said.',
        ].join('\n\n'),
      },
    ]));
    expect(slogans.ask("who said i'm with her").answers[0]?.speaker).toBe('Sarah McBride');
  });
});

describe('longestVerbatimRun', () => {
  it('compares words without case, quote marks or apostrophe style', () => {
    const asked = printedTokens("''They pay us a lot of money, and");
    const text = printedTokens('“They pay us a lot of money, and we need money,” Mr. King said.');
    expect(longestVerbatimRun(asked, text)).toEqual({ length: 8, start: 0 });
    expect(printedTokens('I’ll')).toEqual(["i'll"]);
  });
});
