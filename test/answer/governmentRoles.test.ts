/**
 * Roles in a government asked the way users ask them (issue #14, seed dev questions of the
 * sixteenth session): by the leader ("biden's press secretary"), by the country when the
 * corpus prints the seat ("the american press secretary": "White House press secretary"), an
 * envoy for an ambassador, a top diplomat for a foreign minister or secretary of state; never
 * someone who holds the role in an office the question did not name.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      body: [
        'In Washington, President Tom Becker held a call with allies on Monday.',
        '“Diplomacy is not dead,” Becker said.',
        'White House press secretary Karen Doyle said the talks would go on.',
        '“We remain hopeful about the talks,” Doyle said.',
        'U.S. Secretary of State Lena Hart said the troops had not left the border.',
      ].join('\n\n'),
    },
    {
      outlet: 'Beta Times',
      body: [
        'Belarusian President Ivan Dronov said the drills would end on Sunday.',
        'Belarusian Foreign Minister Pavel Sushko said all foreign troops would leave after the drills.',
        'Russian President Dmitri Volkov said the West ignored his demands.',
        'Russian Foreign Ministry spokeswoman Olga Petrenko said the warnings were hysteria.',
        'Russian Ambassador to the European Union Sergei Malkin said there would be no war this month.',
        'British Defence Secretary Tom Hale said the buildup of field hospitals went on.',
      ].join('\n\n'),
    },
  ]),
);
const speakers = (question: string) => [...new Set(desk.ask(question).answers.map((a) => a.speaker))];

describe('roles in a government', () => {
  it('reads a country asked where the corpus prints its seat of government', () => {
    expect(speakers('what did the american press secretary say')).toEqual(['Karen Doyle']);
  });

  it('reads a leader’s role as the role in the country they lead', () => {
    // Becker is printed "President" with no country, placed in Washington by "In Washington, …".
    expect(speakers('what did beckers press secretary say')).toEqual(['Karen Doyle']);
    expect(speakers("what did becker's press secretary say")).toEqual(['Karen Doyle']);
    // Dronov is printed "Belarusian President".
    expect(speakers('what did dronovs foreign minister say')).toEqual(['Pavel Sushko']);
  });

  it('reads a top diplomat as the foreign minister, the US one as the secretary of state', () => {
    expect(speakers('what did beckers top diplomat say')).toEqual(['Lena Hart']);
    expect(speakers('what did the us foreign minister say')).toEqual(['Lena Hart']);
    expect(speakers('what did the belarusian top diplomat say')).toEqual(['Pavel Sushko']);
  });

  it('reads an envoy as an ambassador', () => {
    expect(speakers('what did russias eu envoy say')).toEqual(['Sergei Malkin']);
  });

  it('reads a portfolio’s chief as its minister or secretary, a seat’s boss as its country’s leader', () => {
    expect(speakers('what did the british defense chief say')).toEqual(['Tom Hale']);
    expect(speakers('what did the uk defence boss say')).toEqual(['Tom Hale']);
    expect(speakers('what did the kremlin boss say')).toEqual(['Dmitri Volkov']);
    // A seat's spokesman is not any spokeswoman of the country.
    expect(speakers('what did the kremlin spokesman say')).not.toContain('Olga Petrenko');
  });

  it('never gives a leader’s role to someone holding it in an office not asked', () => {
    // Petrenko speaks for the foreign ministry, not for the president.
    expect(desk.ask('what did volkovs spokesman say').answers).toEqual([]);
    expect(speakers('what did the russian foreign ministry spokeswoman say')).toEqual(['Olga Petrenko']);
  });
});
