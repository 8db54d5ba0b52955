import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

// A month's takings are reported after the month: "how much did the casinos take in October"
// is answered by a November article, so the month names the event, not the coverage.
const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha',
      published: '2015-11-12',
      body: 'The casinos took in $200 million in October, down 3 percent from a year earlier.\n\nRegulators released the figures on Thursday.',
    },
    {
      outlet: 'Beta',
      published: '2015-10-20',
      body: 'The casinos were busy with conventions this month.\n\nVisitors filled the hotels along the boardwalk.',
    },
  ]),
);

describe('a month in a question about money', () => {
  it('dates what the figure is about, not when it was reported', () => {
    const result = desk.ask('how much money did the casinos take in october');
    expect(result.frame).toBeUndefined();
    expect(result.answers[0]?.text).toContain('$200 million');
  });
  it('still frames the coverage of a count of things ("how many delegates … in April")', () => {
    expect(desk.ask('how many visitors came to the casinos in october').frame).toEqual({ since: '2015-10-01', until: '2015-10-31' });
  });
});
