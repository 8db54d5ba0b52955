/**
 * "Who warned about a brokered convention", "who commented on the flag": the words after the
 * verb are a topic, not words someone printed. Statements on it answer, in any word order; a
 * sentence that merely prints "about a brokered convention" is nobody's statement on it.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      published: '2016-03-10',
      body: [
        'Moderator Hugh Hewitt also confronted the candidates with the growing chatter about a brokered convention if no one wins a majority.',
        'Senator Ted Cruz warned against the “fevered dreams” of a brokered convention, but had a more ominous take.',
        'Volunteers unfolded a huge blue-and-yellow flag at the stadium.',
        '“This number of people united around the Ukrainian flag will show that we stand together,” said resident Olena Tkachova.',
      ].join('\n\n'),
    },
  ]),
);

const speakers = (q: string) => desk.ask(q).answers.map((a) => a.speaker);

describe('who spoke about a topic', () => {
  it('is the speaker of a statement on it, not the subject of a sentence printing "about <topic>"', () => {
    expect(speakers('who warned about a brokered convention')).toEqual(['Ted Cruz']);
  });

  it('does not need the topic’s words in the asked order ("the flag" for "the Ukrainian flag")', () => {
    expect(speakers('who spoke about the flag')).toEqual(['Olena Tkachova']);
    expect(speakers('who commented on the flag')).toEqual(['Olena Tkachova']);
  });
});
