/**
 * A capital asked as the owner of a role ("Washington's NATO ambassador", as news prints
 * "Moscow's ambassador") is its country's; a country asked is never a capital's local office.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      body: [
        '“The facts on the ground have proven otherwise,” Julie Smith, the U.S. Ambassador to NATO, said Wednesday.',
        'Russian Ambassador Vladimir Chizhov spoke in Brussels.',
        '“Wars in Europe rarely start on a Wednesday,” Chizhov said.',
        'Washington Gov. Jay Inslee spoke in Seattle.',
        '“We will keep the ferries running,” Inslee said.',
      ].join('\n\n'),
    },
  ]),
);
const speakers = (question: string) => [...new Set(desk.ask(question).answers.map((a) => a.speaker))];

describe('a capital owning a role', () => {
  it('is the country the role is printed with', () => {
    expect(speakers("what did washington's nato ambassador say")).toEqual(['Julie Smith']);
    expect(speakers("what did moscow's ambassador say")).toEqual(['Vladimir Chizhov']);
  });

  it('is never read the other way round: a country asked is no capital printed', () => {
    expect(speakers('what did the us governor say')).not.toContain('Jay Inslee');
    expect(speakers("what did moscow's nato ambassador say")).toEqual([]);
  });
});
