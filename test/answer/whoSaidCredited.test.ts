/**
 * "Who said …" when one outlet printed the words alone, credited to no one, and another printed
 * them with the person who said them (issue #14): the credited sentence answers first.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      published: '2016-07-02',
      body: ['The debate over the border wall went on all week.', '“Immigrants are less likely to be criminals than the native born.”'].join('\n\n'),
    },
    {
      outlet: 'Beta Times',
      published: '2016-07-01',
      body: [
        'Univision anchor Jorge Ramos answered the candidate on Twitter.',
        'Ramos tweeted back a study showing that “immigrants are less likely to be criminals than the native born,” and asked for a debate.',
      ].join('\n\n'),
    },
  ]),
);

describe('who said, words printed credited and uncredited', () => {
  it('answers first with the sentence that credits them to someone', () => {
    const answers = desk.ask('who said "Immigrants are less likely to be criminals than"').answers;
    expect(answers.length).toBeGreaterThan(0);
    expect(answers[0]!.speaker).toBe('Jorge Ramos');
  });
});
