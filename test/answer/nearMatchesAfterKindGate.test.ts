import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

// "when did the jnf honour trump": the sentence holding every word of the question ("The JNF
// honored Trump …") gives no date, so the kind gate dropped the question; the one that gives it
// ("… gave Trump its Tree of Life award in 1983") lacks "honour", the question's rarest word, and
// covers too little of the question to be kept beside the best match or to reach the floor.
const trumpNews = [
  'Trump spoke in Ohio.',
  'Trump praised the crowd.',
  'Trump attacked the press.',
  'Trump held a rally in Iowa.',
  'Trump flew to Florida.',
  'Trump met donors in Texas.',
  'Trump called the polls rigged.',
  'Trump took questions from reporters.',
  'Trump thanked his supporters.',
  'Trump criticized the debate moderators.',
];
const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha',
      title: 'Rabbis plan a walkout',
      body:
        'A JNF official said the group gave Trump its Tree of Life award in 1983.\n\n' +
        'The JNF plants trees in Israel.\n\n' +
        'The JNF honored Trump with a plaque, one rabbi recalled.\n\n' +
        'Rabbis said the JNF should speak out.',
    },
    { outlet: 'Beta', title: 'On the trail', body: trumpNews.join('\n\n') },
    { outlet: 'Gamma', title: 'Campaign notes', body: 'The rabbis met in New York.\n\nThe campaign bought ads in Iowa.\n\nThe debate drew record ratings.' },
  ]),
);

describe('near matches of the kind asked when the best matches give none', () => {
  it('answers a when question with a near match giving the date', () => {
    expect(desk.ask('when did the jnf honour trump').answers[0]?.text).toContain('Tree of Life award in 1983');
  });
  it('gives nothing when no near match gives a date either', () => {
    expect(desk.ask('when did the jnf honour the rabbis').answers).toEqual([]);
  });
});
