import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(deskFrom([
  {
    outlet: 'Alpha News',
    body: [
      'NATO officials said they had not seen any withdrawal of troops from the border.',
      'Russia said its troops were returning to their bases after the drills.',
      'U.S. Ambassador to NATO Julie Smith said the claims had been made before and proven false.',
    ].join('\n\n'),
  },
]));

describe('an organisation or country named in a note', () => {
  it('is written as the corpus prints it, not as typed ("None of us’s statements")', () => {
    expect(desk.ask('what did nato say about the weather').note).toMatch(/^None of NATO’s statements/);
    expect(desk.ask('what did russia say about the weather').note).toMatch(/^None of Russia’s statements/);
    expect(desk.ask('what did the us say about the weather').note).toMatch(/^None of the US’s statements/);
  });

  it('takes a plural’s apostrophe alone ("None of Americans’ statements", not "Americans’s")', () => {
    expect(desk.ask('what did the americans say about the weather').note).toMatch(/^None of Americans’ statements/);
  });
});
