import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

/** A son printed with his suffix beside his father, and asked for as chat types him. */
const desk = createDesk(deskFrom([
  {
    outlet: 'Alpha News',
    body: [
      'Republican nominee Donald Trump spoke in Ohio on Monday.',
      '“We are going to win this state,” Trump said.',
      'Donald Trump Jr. spoke to reporters in Denver.',
      '“My father is going to fix the economy,” Trump Jr. said.',
    ].join('\n\n'),
  },
]));

describe('a name with a suffix typed without its period', () => {
  it('"trump jr", "donald trump jr" are Donald Trump Jr., not his father', () => {
    for (const question of ['what did trump jr say', 'what did donald trump jr say', 'trump jr quotes?']) {
      const answers = desk.ask(question).answers;
      expect(answers.map((a) => a.speaker), question).toEqual(['Donald Trump Jr.']);
      expect(answers[0]?.text).toContain('fix the economy');
    }
  });

  it('the surname alone in the article is the father, not the son printed with his suffix', () => {
    const answers = desk.ask('what did trump say').answers;
    expect(answers.map((a) => a.speaker)).toEqual(['Donald Trump']);
    expect(answers[0]?.text).toContain('win this state');
  });
});
