/**
 * "How many refugees is costa rica willing to take": the answer counts them as people ("host up
 * to 200 people from El Salvador … as refugees"), and the figure of the counted noun was looked
 * for only next to "refugees", so the count gate dropped the question.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Wire One',
      body:
        'The government of Costa Rica has also agreed to temporarily host up to 200 people from El Salvador, Guatemala and Honduras who are waiting to come to the U.S. as refugees.\n\n' +
        'Costa Rica is willing to take part in the talks, officials said.\n\n' +
        'Refugees from Central America have waited for years.',
    },
    { outlet: 'Wire Two', body: 'Costa Rica pledged $20 million to a fund for refugees in the region.\n\nThe fund was set up in 2014.' },
  ]),
);

// The same story with no figure of people: the sum pledged does not count refugees.
const fundOnly = createDesk(
  deskFrom([
    { outlet: 'Wire One', body: 'Costa Rica is willing to take in people fleeing violence, officials said.\n\nRefugees from Central America have waited for years.' },
    { outlet: 'Wire Two', body: 'Costa Rica pledged $20 million to a fund for refugees in the region.\n\nThe fund was set up in 2014.' },
  ]),
);

describe('refugees and migrants counted as people', () => {
  it('answers how many refugees with a figure of people', () => {
    expect(desk.ask('how many refugees is costa rica willing to take').answers[0]?.text).toContain('up to 200 people');
  });
  it('still wants a figure that counts them: a sum of money is none', () => {
    expect(fundOnly.ask('how many refugees is costa rica willing to take').answers).toEqual([]);
  });
});
