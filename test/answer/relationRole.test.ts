/**
 * Speakers named by their relation to another person (issue #14): "Trump's running mate",
 * "Trump's daughter", resolved from how the corpus introduces them, and only when it is clear.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      body: [
        'Republican nominee Donald Trump held a rally in Ohio on Monday.',
        '“We are going to win this state,” Trump said.',
        'Trump’s running mate, Indiana Gov. Mike Pence, spoke before him.',
        '“Ohio is ready for change,” Pence said.',
        'Businesswoman Ivanka Trump joined them on stage.',
        '“My father will fight for working mothers,” Ivanka Trump said.',
      ].join('\n\n'),
    },
    {
      outlet: 'Beta Times',
      body: [
        'Trump’s daughter Ivanka spoke at the convention.',
        'Senator Bernie Sanders campaigned in Iowa with two aides.',
        'Sanders’s adviser, Jeff Weaver, said the campaign would go on.',
        '“We are staying in until the convention,” Weaver said.',
        'Sanders’s adviser, Tad Devine, disagreed.',
        '“The math is hard for us,” Devine said.',
        'Planned Parenthood’s president Cecile Richards spoke in Ohio.',
        '“We will take this fight state by state,” Richards said.',
      ].join('\n\n'),
    },
  ]),
);
const speakers = (question: string) => [...new Set(desk.ask(question).answers.map((a) => a.speaker))];

describe('a speaker named by a relation', () => {
  it('is the person the corpus introduces so, after or before the relation', () => {
    expect(speakers("what did trump's running mate say")).toEqual(['Mike Pence']);
    expect(speakers("what did Trump's daughter say")).toEqual(['Ivanka Trump']);
  });

  it('reads the owner as chat types it: without the apostrophe, or by a first name', () => {
    expect(speakers('what did trumps running mate say')).toEqual(['Mike Pence']);
    expect(speakers("what did donald's running mate say")).toEqual(['Mike Pence']);
    expect(speakers('what did donalds running mate say')).toEqual(['Mike Pence']);
  });

  it('reads an owner of several words, an organisation\'s name', () => {
    expect(speakers("what did Planned Parenthood's president say")).toEqual(['Cecile Richards']);
    expect(speakers("what did the planned parenthood’s president say")).toEqual(['Cecile Richards']);
  });

  it('reads no relation from a plural that names nobody ("the parents running mate")', () => {
    expect(desk.ask('what did the parents running mate say').answers).toEqual([]);
  });

  it('is nobody when the corpus introduces several people so, or nobody', () => {
    // Two advisers so introduced: neither is "the" adviser.
    const several = speakers("what did sanders's adviser say");
    expect(several).not.toContain('Jeff Weaver');
    expect(several).not.toContain('Tad Devine');
    expect(desk.ask("what did trump's son say").answers).toEqual([]);
  });
});
