/**
 * "Reaffirmed" reports words as "affirmed" and "reiterated" do: "Foreign Minister Vladimir Makei
 * reaffirmed that all Russian troops will leave …" is his statement, found by name and by role.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      body: [
        'Russian fighter jets flew training missions over Belarus on Wednesday.',
        'Belarusian Foreign Minister Vladimir Makei reaffirmed that all Russian troops will leave the country after the maneuvers wrap up Sunday.',
      ].join('\n\n'),
    },
  ]),
);

describe('a statement reported with "reaffirmed"', () => {
  it('is the speaker’s, by name and by role', () => {
    for (const question of ['what did makei say', 'what did the belarusian foreign minister say']) {
      const answers = desk.ask(question).answers;
      expect(answers.map((a) => [a.speaker, a.kind])).toEqual([['Vladimir Makei', 'reported']]);
      expect(answers[0]!.text).toContain('all Russian troops will leave the country');
    }
  });
});
