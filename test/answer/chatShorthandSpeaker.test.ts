/**
 * Speaker questions in chat's shorthand (issue #14, seed dev questions of the sixteenth
 * session): "wut"/"bout", "ok and X?", "X's take" typed without the apostrophe or a topic.
 * Made-up sentences of the shape news prints.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      body: [
        'Foreign Minister Anna Korvald spoke in Oslo on Monday.',
        '“The border is calm and our patrols will stay,” Korvald said.',
        '“We will talk to Minsk about the drills,” Korvald said.',
        'Senator Paul Dressler disagreed with the plan.',
        '“The treaty is dead and everyone knows it,” Dressler said.',
        'The fishing fleet bout was held in Bergen on Sunday.',
      ].join('\n\n'),
    },
  ]),
);
const speakers = (question: string) => [...new Set(desk.ask(question).answers.map((a) => a.speaker))];
const first = (question: string) => desk.ask(question).answers[0]?.text ?? '';

describe('speaker questions in chat shorthand', () => {
  it('reads "bout" as "about" and "wut" as "what" in a what-said question', () => {
    expect(speakers('what did korvald say bout the drills')).toEqual(['Anna Korvald']);
    expect(first('what did korvald say bout the drills')).toContain('drills');
    expect(speakers('wut did dressler say')).toEqual(['Paul Dressler']);
  });

  it('reads "ok and X?" with no thread as X’s statements', () => {
    expect(speakers('ok and dressler?')).toEqual(['Paul Dressler']);
    expect(speakers('ok, and korvald')).toEqual(['Anna Korvald']);
  });

  it('reads "X’s take" without the apostrophe, with or without a topic', () => {
    expect(speakers('korvalds take on the border')).toEqual(['Anna Korvald']);
    expect(first('korvalds take on the border')).toContain('border');
    expect(speakers('dresslers take?')).toEqual(['Paul Dressler']);
    expect(speakers("dressler's take")).toEqual(['Paul Dressler']);
  });

  it('leaves a take whose owner is no speaker to the search', () => {
    expect(desk.ask('what is the fleets take on the treaty').intent).not.toBe('what-said');
  });
});
