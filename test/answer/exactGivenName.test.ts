/**
 * A full name asked that fits two speakers loosely, neither leading: the one printed with the
 * very given name and surname asked ("Joseph Biden" is the corpus's "Joseph R. Biden Jr.",
 * not its "Joe Biden", who may be another person for all the corpus says).
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      body: [
        'Vice President Joe Biden spoke in Scranton on Monday.',
        '“Clinton is the only choice for working families,” Joe Biden said.',
      ].join('\n\n'),
    },
    {
      outlet: 'Beta Times',
      body: [
        'Vice President Joseph R. Biden Jr. spoke in Ohio on Tuesday.',
        '“Our allies are worried about the remarks,” Mr. Biden said.',
      ].join('\n\n'),
    },
  ]),
);

describe('a full name fitting two speakers loosely', () => {
  it('is the one printed with the given name asked', () => {
    const result = desk.ask('what did Joseph Biden say');
    expect(result.answers.map((a) => a.speaker)).toEqual(['Joseph R. Biden Jr.']);
  });

  it('keeps the short form for the speaker printed so', () => {
    expect(desk.ask('what did Joe Biden say').answers.map((a) => a.speaker)).toEqual(['Joe Biden']);
  });
});
