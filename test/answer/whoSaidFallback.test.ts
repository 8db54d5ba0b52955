import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

/** Quote marks the quotation reader does not know ('' … '', as some archives print them). */
const desk = createDesk(deskFrom([
  {
    outlet: 'Alpha News',
    body: [
      'Leonard Burman, a tax economist, has studied the proposal for years.',
      "However laudable the goal, using the capital gains tax ''is a misguided approach,'' Mr. Burman said.",
      'The plan faces a difficult vote in the Senate next month.',
    ].join('\n\n'),
  },
]));

describe('who said: words no extracted statement holds', () => {
  it('answers with the sentence holding them, credited to the person its own cue names', () => {
    const answers = desk.ask('who said "using the capital gains tax is a misguided approach"').answers;
    expect(answers[0]?.text).toContain('misguided approach');
    expect(answers[0]?.speaker).toBe('Leonard Burman');
  });

  it('still gives nothing for words the corpus does not hold', () => {
    expect(desk.ask('who said "the moon landing was staged in a studio"').answers).toEqual([]);
  });
});
