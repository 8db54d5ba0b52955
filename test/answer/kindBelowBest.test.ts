import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

// "When did biden phone scholz": the sentence holding every word of the question ("Biden has
// spoken by phone with … Scholz") gives no day, and the one that does ("Biden held a secure call
// Wednesday with … Scholz") covers too little of the question beside it to be kept (the answers
// keep a share of the best match's coverage): the question got no answer.
const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha',
      title: 'Leaders talk',
      body:
        'Biden has spoken by phone with Putin, Macron and Scholz.\n\n' +
        'Biden held a secure call Wednesday with German Chancellor Olaf Scholz.\n\n' +
        'Scholz visited Moscow to meet Putin.',
    },
    {
      outlet: 'Beta',
      title: 'Diplomacy',
      body:
        'Biden said diplomacy still had a chance.\n\n' +
        'Scholz said the door to talks was open.\n\n' +
        'Macron travelled to Kyiv and Moscow.',
    },
  ]),
);

describe('a match of the kind asked below the best match', () => {
  it('answers a when question with the sentence giving the day when the best-covering ones give none', () => {
    expect(desk.ask('when did biden phone scholz').answers[0]?.text).toContain('Wednesday');
  });
  it('gives nothing when the only sentence giving a day covers too little of the question', () => {
    // "Biden held a secure call Wednesday …" holds Biden but neither "phone" nor Macron.
    expect(desk.ask('when did biden phone macron').answers).toEqual([]);
  });
});
