import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';
import { takeFactGate } from '../../src/answer/factGates';

// "whats the brujas instagram account called": the article says they post "on their Instagram
// account" and never gives its name. A what-called question wants a name; matches naming only
// what the question names do not answer it.
const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha',
      body:
        'The Brujas skate in the Bronx every weekend.\n\n' +
        'Often, they filmed moves to show off later on their Instagram account.\n\n' +
        'Their skate park is called Mullaly Park.',
    },
  ]),
);

describe('a what-called question whose matches give no name', () => {
  it('gets no answers', () => {
    takeFactGate();
    expect(desk.ask("what's the brujas instagram account called").answers).toEqual([]);
    expect(takeFactGate()).toBe('kind-asked');
  });
  it('is answered when a match gives one', () => {
    expect(desk.ask("what's the skate park called").answers[0]?.text).toContain('Mullaly Park');
  });
});
