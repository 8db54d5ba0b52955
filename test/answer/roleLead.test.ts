/**
 * A role several speakers hold (issue #14): the one the corpus gives it to most is answered when
 * they lead on both counts (more articles printing the role beside their statements, at least as
 * many statements), the others named in the note; an even split still lists them all, unless
 * the conversation is about one of them.
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
        '“The hearing will go ahead next week,” said Judiciary Committee Chairman Carl Hobbs.',
        '“We have the votes to confirm the nominee,” Hobbs said.',
      ].join('\n\n'),
    },
    {
      outlet: 'Beta Times',
      published: '2022-02-12',
      body: [
        '“No deal has been offered to the minority,” said Judiciary Committee Chairman Carl Hobbs.',
        '“The schedule will not change,” Hobbs added.',
      ].join('\n\n'),
    },
    {
      outlet: 'Gamma Post',
      published: '2022-02-14',
      body: [
        '“The state bill is dead for this session,” said Judiciary Committee Chairman Dana Pruitt.',
        '“We will try again in the spring,” said Fire Chief Alma Ruiz.',
        '“Crews are ready for the storm,” said Fire Chief Ben Ochoa.',
      ].join('\n\n'),
    },
  ]),
);

describe('a role several speakers hold', () => {
  it('answers with the holder the corpus gives it to most, naming the others', () => {
    const result = desk.ask('what did the judiciary committee chairman say');
    expect(result.answers.length).toBeGreaterThan(0);
    expect(result.answers.every((a) => a.speaker === 'Carl Hobbs')).toBe(true);
    expect(result.note).toContain('Dana Pruitt');
  });

  it('still lists them when neither leads', () => {
    const result = desk.ask('what did the fire chief say');
    expect(result.answers).toEqual([]);
    expect(result.note).toMatch(/Several people.*(Alma Ruiz.*Ben Ochoa|Ben Ochoa.*Alma Ruiz)/);
  });

  it('is the person the conversation is about, when they hold it', () => {
    const first = desk.ask('what did ben ochoa say');
    const result = desk.ask('what did the fire chief say', { context: first.context });
    expect(result.answers.map((a) => a.speaker)).toEqual(['Ben Ochoa']);
    expect(result.note).toContain('Alma Ruiz');
  });

  it('and so is a surname several speakers carry', () => {
    const cruzes = createDesk(
      deskFrom([
        { outlet: 'Outlet', body: ['Sen. Ted Cruz spoke in Iowa.', '“We will win this state,” Cruz said.'].join('\n\n') },
        { outlet: 'Voices', body: ['Veronica Cruz, a student, watched the debate.', '“He is nowhere near qualified for the job,” Veronica Cruz said.'].join('\n\n') },
      ]),
    );
    expect(cruzes.ask('what did cruz say').answers).toEqual([]);
    const first = cruzes.ask('what did veronica cruz say');
    const result = cruzes.ask('what did cruz say', { context: first.context });
    expect(result.answers.map((a) => a.speaker)).toEqual(['Veronica Cruz']);
  });
});
