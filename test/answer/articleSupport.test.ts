import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';
import { takeFactGate } from '../../src/answer/factGates';

// "whos the russia expert who posted that putin could still invade tomorrow": the answer says
// "analyst" and "noted on Twitter", sharing less than half the question; the article around it
// has the rest ("military experts", "posted"). A who-is question whose best sentence falls just
// short of the coverage floor is answered when the sentence's article holds the question well,
// and still not when the words are spread over articles about other things.
const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha',
      title: 'Russian troops stay near the border',
      body:
        'Military experts said the troops had not moved.\n\n' +
        'Russia could have invaded yesterday and can still invade tomorrow, analyst Mark Galeotti noted on Twitter.\n\n' +
        'Officials posted new photos of the border on Monday.',
    },
    {
      outlet: 'Beta',
      title: 'City budget',
      body:
        'The council will vote on the budget tomorrow, Mayor Jane Smith said.\n\n' +
        'The budget was debated for hours.',
    },
  ]),
);

describe('a who-is question just below the coverage floor', () => {
  it('is answered when the sentence\'s article holds the rest of the question', () => {
    const answers = desk.ask('whos the military expert who posted that russia could invade tomorrow').answers;
    expect(answers[0]?.text).toContain('Mark Galeotti');
  });
  it('gets no answers when no article holds the question', () => {
    takeFactGate();
    expect(desk.ask('whos the military expert who posted that the council will vote tomorrow').answers).toEqual([]);
  });
});
