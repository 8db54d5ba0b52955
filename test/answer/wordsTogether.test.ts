import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';
import { takeFactGate } from '../../src/answer/factGates';

// "how much is harvard tuition": "Harvard" alone covers half of the question, and a sentence
// naming Harvard with a sum of money in it is about something else. An answer must hold two
// of the question's words together.
const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha',
      body:
        'A Harvard economist was paid $20,000 for one speech last spring.\n\n' +
        'The speech drew a small crowd of students.',
    },
    {
      outlet: 'Beta',
      body:
        'Tuition at state colleges rose to $9,142 a year, officials said.\n\n' +
        'Lawmakers in the state debated the budget on Monday.\n\n' +
        'The governor signed the bill in March.',
    },
  ]),
);

describe('a figure question whose words no match holds together', () => {
  it('gets no answers when each match holds only one of its words', () => {
    takeFactGate();
    expect(desk.ask('how much is harvard tuition').answers).toEqual([]);
    expect(takeFactGate()).toBe('apart');
  });
  it('is answered when one match holds them together', () => {
    expect(desk.ask('how much is state college tuition').answers[0]?.text).toContain('$9,142');
  });
});
