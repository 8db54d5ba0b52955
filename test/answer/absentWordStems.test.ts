import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

// The user's "spokesperson" is the article's "spokeswoman": a long word the corpus lacks
// is read as the corpus's words beginning like it, not as the corpus's rarest word (which
// left every sentence below the coverage floor).
const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha',
      body:
        'The ministry spokeswoman arrived in Geneva on Tuesday.\n\n' +
        'Delegates arrived in Geneva on Monday.\n\n' +
        'Tourists arrived in Geneva on Sunday.\n\n' +
        'Bankers arrived in Geneva last week.',
    },
    {
      outlet: 'Beta',
      body:
        'Diplomats arrived in Geneva by train.\n\n' +
        'Reporters arrived in Geneva on Friday.\n\n' +
        'Students arrived in Geneva in May.\n\n' +
        'Skiers arrived in Geneva in January.\n\n' +
        'The weather was cold.\n\n' +
        'Prices rose in the shops.\n\n' +
        'The lake froze early.',
    },
  ]),
);

describe('a long word the corpus lacks', () => {
  it('is matched by the corpus words sharing its stem', () => {
    expect(desk.ask('when did the spokesperson arrive in geneva').answers[0]?.text).toContain('spokeswoman');
  });
  it('still weighs as absent when no corpus word begins like it', () => {
    expect(desk.ask('when did the skateboarders arrive in geneva').answers).toEqual([]);
  });
});
