/**
 * Speaker questions by role (issue #14): an owner typed without the apostrophe still qualifies
 * an unnamed source ("putins spokesman" is no company's spokesman, "trumps press secretary" no
 * other politician's). Made-up sentences of the shape news prints.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      body: [
        'Russian President Dmitri Volkov met the delegation in the capital on Monday.',
        'A Coca-Cola spokesman said the company had given money to the foundation.',
        'A spokesman for the Senate campaign said it would spend more on ads.',
      ].join('\n\n'),
    },
    {
      outlet: 'Beta Times',
      body: [
        'Dmitri K. Volkov spoke to the press in Moscow on Tuesday.',
        '“We want a lasting peace,” Mr. Volkov said.',
        '“The sanctions will not change our course,” Mr. Volkov told reporters.',
      ].join('\n\n'),
    },
  ]),
);
const speakers = (question: string) => [...new Set(desk.ask(question).answers.map((a) => a.speaker))];

describe('unnamed sources by role', () => {
  it('never answer for an owner typed without the apostrophe with anyone’s spokesman', () => {
    expect(speakers('what did volkovs spokesman say')).not.toContain('A Coca-Cola spokesman');
    expect(desk.ask('what did volkovs spokesman say').answers.filter((a) => /spokesman/i.test(a.speaker ?? ''))).toEqual([]);
  });
});
