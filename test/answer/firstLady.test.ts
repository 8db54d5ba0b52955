/**
 * "The first lady" is one title (issue #14): read as words, "first" was taken for an owner and
 * "lady" for a relation, and the question named the first President George Bush.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      published: '2016-07-26',
      body: [
        'First lady Michelle Obama spoke on the first night of the convention.',
        '“When they go low, we go high,” Michelle Obama said.',
        'The first President George Bush sent a letter to the delegates.',
        '“I wish the party well,” George Bush said in the letter.',
        'Former first lady Laura Bush did not attend the convention.',
      ].join('\n\n'),
    },
  ]),
);

const speakers = (q: string) => [...new Set(desk.ask(q).answers.map((a) => a.speaker))];

describe('the first lady', () => {
  it('is the person the corpus introduces with that title, never a first president', () => {
    expect(speakers('what did the first lady say')).toEqual(['Michelle Obama']);
    expect(speakers('what did first lady say about the convention')).toEqual(['Michelle Obama']);
  });
});
