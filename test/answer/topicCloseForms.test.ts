/**
 * A speaker's statements about a topic they print only in a close form of the asked word
 * ("diplomatic means" for "diplomacy", "negotiating" for "negotiations"), which the stemmer keeps
 * apart: they come first, before the speaker's other statements (issue #14).
 */
import { describe, expect, it } from 'vitest';
import { topicRoots } from '../../src/answer/topicCloseForms';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      body: [
        '“Our troops are returning to their bases,” Russian President Vladimir Putin said on Tuesday.',
        '“The exercises in Belarus are over,” Putin said.',
        'Putin said that it is Russia’s intention to reach an agreement “by diplomatic means.”',
        '“We are interested in negotiating with the United States,” Putin said.',
      ].join('\n\n'),
    },
  ]),
);

describe('a topic printed in a close form', () => {
  it('puts the statements printing it first, with no note that none is about it', () => {
    const result = desk.ask('what did putin say about diplomacy');
    expect(result.note ?? '').not.toContain('None of');
    expect(result.answers[0]?.text).toContain('diplomatic means');
    const negotiations = desk.ask('what did putin say about negotiations');
    expect(negotiations.answers[0]?.text).toContain('negotiating');
  });

  it('still says so when no statement prints the topic in any form', () => {
    expect(desk.ask('what did putin say about sanctions').note).toContain('None of');
  });

  it('cuts long words to their root, leaves short ones and names alone', () => {
    expect(topicRoots('diplomacy')).toBe('diplom');
    expect(topicRoots('negotiations')).toBe('negotiati');
    expect(topicRoots('the troops')).toBeNull();
    expect(topicRoots('Zelenskyy')).toBeNull();
  });
});
