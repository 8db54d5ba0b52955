/**
 * Roles typed in chat shorthand (issue #14): an initialism of a role the corpus prints ("the AG",
 * "the VP"), and chat's "gov" as a governor when no government speaks ("the NJ gov").
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
        '“We will enforce the law in every state,” Attorney General Loretta Lynch said on Monday.',
        '“Our allies can count on us,” Vice President Joe Biden said in Kosovo.',
        '“The boardwalk will reopen in May,” New Jersey Gov. Chris Christie said.',
        '“Atlantic City will pay its debts,” said Mayor Don Palmer.',
      ].join('\n\n'),
    },
  ]),
);

const speakers = (q: string) => [...new Set(desk.ask(q).answers.map((a) => a.speaker))];

describe('roles typed in shorthand', () => {
  it('reads an initialism as the role whose printed words it spells', () => {
    expect(speakers('what did the AG say')).toEqual(['Loretta Lynch']);
    expect(speakers('what did the VP say')).toEqual(['Joe Biden']);
  });

  it('reads chat "gov" as a governor when no government speaks', () => {
    expect(speakers('what did the NJ gov say')).toEqual(['Chris Christie']);
    expect(speakers('what did the nj governor say')).toEqual(['Chris Christie']);
  });

  it('still finds nobody for an initialism no printed role spells', () => {
    const result = desk.ask('what did the DA say');
    expect(result.answers).toEqual([]);
    expect(result.note).toContain('No statements by the DA');
  });
});

describe('the note for a role nobody in the corpus holds', () => {
  it('names it as a description, with its article', () => {
    expect(desk.ask('what did the first lady say').note).toBe('No statements by the first lady in the corpus.');
  });
});

describe('relations and roles typed without punctuation', () => {
  const chat = createDesk(
    deskFrom([
      {
        outlet: 'Alpha News',
        published: '2016-08-10',
        body: [
          'Donald Trump said on Monday that the ticket was strong.',
          'Trump’s running mate, Indiana Gov. Mike Pence, said the ticket would win the state.',
          '“We will carry Indiana,” Republican vice presidential nominee Mike Pence said.',
          '“Virginia is ours,” Democratic vice presidential nominee Tim Kaine said.',
          'The senators spoke to aides on Tuesday.',
        ].join('\n\n'),
      },
    ]),
  );
  const who = (q: string) => [...new Set(chat.ask(q).answers.map((a) => a.speaker))];

  it('reads a possessive typed without its apostrophe ("trumps running mate")', () => {
    expect(who('what did trumps running mate say')).toEqual(['Mike Pence']);
  });

  it('reads chat\'s "vp nominee" as a vice-presidential nominee', () => {
    expect(who('what did the republican vp nominee say')).toEqual(['Mike Pence']);
    expect(who('what did the democratic vp nominee say')).toEqual(['Tim Kaine']);
  });

  it('keeps a plural noun before another noun a plural ("the senators aides" is nobody\'s relation)', () => {
    expect(chat.ask('what did the senators aides say').answers).toEqual([]);
  });
});
