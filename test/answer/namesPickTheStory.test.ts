import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

// "how much profit did exxon make in the quarter": Disney's quarterly profit matches "profit" and
// "quarter", and another match names Exxon, so every name was matched somewhere and a sum of
// money was among the matches. The names pick the story: the kind of answer asked must be in an
// article that mentions them.
const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha',
      title: 'Disney results',
      body: 'Disney made a profit of $2.1 billion in the quarter, the company said.\n\nIts parks drew record crowds.',
    },
    {
      outlet: 'Beta',
      title: 'Markets',
      body: 'The Dow was held back by a drop in the oil giant Exxon Mobil in the quarter.\n\nOil prices fell for a third week.',
    },
  ]),
);

describe('the names a question gives pick the story', () => {
  it('gets no answers when the story they name gives no answer of the kind asked', () => {
    expect(desk.ask('how much profit did Exxon make in the quarter').answers).toEqual([]);
  });
  it('answers from the story they name', () => {
    expect(desk.ask('how much profit did Disney make in the quarter').answers[0]?.text).toContain('$2.1 billion');
  });
});
