/**
 * "Who said …" when the sentence printing the words holds statements of two speakers ("As Rita
 * Vance criticised the council, the crowd chanted, "Fix the bridge!""): the speaker is the one
 * whose own statement prints the words, never the other statement's speaker.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      published: '2022-02-10',
      body: [
        'Mayor Rita Vance spoke at the harbor rally on Monday.',
        'As Vance criticised the council, the crowd chanted, "Fix the bridge now!" as it had for earlier speakers.',
        'Vance then left the stage.',
      ].join('\n\n'),
    },
  ]),
);

describe('who said, in a sentence with two speakers', () => {
  it('credits the statement that prints the words', () => {
    const answers = desk.ask('who said fix the bridge now').answers;
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.map((a) => a.speaker)).not.toContain('Rita Vance');
  });
});
