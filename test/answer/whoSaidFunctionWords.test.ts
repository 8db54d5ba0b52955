/**
 * "Who said …" with words mostly of function words (issue #14): "The issue that has been put out
 * is" shares its two content words with hundreds of shorter sentences that outrank the one that
 * printed it; every sentence holding both is read for the printed run, so its speaker is found.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      body: [
        'Retired neurosurgeon Ben Carson held a long town hall meeting in Iowa on Monday night.',
        '“The issue that has been put out is that because you are soft-spoken and nice you can’t possibly be tough, you can’t have the strength to deal with the security problems we face,” said Carson, speaking to a crowd of several hundred supporters in a school gymnasium.',
      ].join('\n\n'),
    },
    {
      outlet: 'Beta Times',
      body: Array.from({ length: 300 }, (_, i) => `“The issue was put off on day ${i + 1},” Reed said.`).join('\n\n'),
    },
  ]),
);

describe('who said, words mostly of function words', () => {
  it('finds the sentence that printed them among hundreds holding their content words', () => {
    expect(desk.ask('who said "The issue that has been put out is"').answers[0]?.speaker).toBe('Ben Carson');
  });

  it('still finds nothing when no sentence printed them in order', () => {
    expect(desk.ask('who said "the issue that was put out there is real"').answers).toEqual([]);
  });
});
