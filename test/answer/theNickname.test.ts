/**
 * "The <given name>" as chat names a person the corpus itself calls so ("what did the donald
 * say", issue #14): that speaker, only when the corpus prints "the Donald" as a name, never for
 * "the Bill of Rights" or a name joined to others.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const story = (extra: string[]) =>
  createDesk(
    deskFrom([
      {
        outlet: 'Alpha News',
        body: [
          'Republican candidate Donald Trump spoke at a rally in Ohio.',
          '“We are going to win so much,” Trump said.',
          'A top Donald Trump adviser says the campaign is on a glide path.',
          'Former President Bill Clinton spoke at a fundraiser.',
          '“We will keep fighting for working families,” Bill Clinton said.',
          ...extra,
        ].join('\n\n'),
      },
    ]),
  );

const speakers = (desk: ReturnType<typeof story>, q: string) => [...new Set(desk.ask(q).answers.map((a) => a.speaker))];

describe('"the <given name>"', () => {
  it('is the speaker the corpus calls so', () => {
    const desk = story(['Critics say the Donald is just getting started.']);
    expect(speakers(desk, 'what did the donald say')).toEqual(['Donald Trump']);
    expect(speakers(desk, 'what did the Donald say about winning')).toEqual(['Donald Trump']);
  });

  it('is no one when the corpus never prints it as a name', () => {
    const desk = story(['The speech cited the Bill of Rights and the Bill and Melinda Gates Foundation.']);
    expect(speakers(desk, 'what did the donald say')).not.toContain('Donald Trump');
    expect(speakers(desk, 'what did the bill say')).not.toContain('Bill Clinton');
  });
});
