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
        'The council said it had repaired the harbor lights, but the port authority said the ferry pier remained unsafe for passengers.',
      ].join('\n\n'),
    },
  ]),
);

describe('who said, in a sentence with two speakers', () => {
  it('credits the statement that prints the words', () => {
    const answers = desk.ask('who said fix the bridge now').answers;
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.map((a) => a.speaker)).not.toContain('Rita Vance');
    expect(answers[0]!.speaker).toBe('the crowd');
  });

  it('credits the second source of a contrasted report with its own words', () => {
    expect(desk.ask('who said the ferry pier remained unsafe').answers[0]?.speaker).toBe('the port authority');
    expect(desk.ask('who said the harbor lights were repaired').answers[0]?.speaker).toBe('The council');
  });
});
