/**
 * A cabinet office asked by another country's title (issue #14): Britain's "Defence Secretary" is
 * what users call the British defence minister, and a minister of a portfolio is that portfolio's
 * secretary; a prime minister stays a prime minister.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';
import { cabinetCounterpart, roleTokens } from '../../src/answer/roleWords';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      published: '2022-02-10',
      body: [
        'British Defence Secretary Ben Wallace said the drills were a warning to the alliance.',
        '“We will not be intimidated,” Prime Minister Boris Johnson said.',
        '“The talks are not over,” Ukrainian Foreign Minister Dmytro Kuleba said.',
        '“No decision has been made,” Defense Minister Oleksii Reznikov said.',
      ].join('\n\n'),
    },
  ]),
);

const speakers = (q: string) => [...new Set(desk.ask(q).answers.map((a) => a.speaker))];

describe('a portfolio minister and secretary', () => {
  it('are one office under two titles', () => {
    expect(cabinetCounterpart(roleTokens('the British defence minister'))).toEqual(roleTokens('British Defense Secretary'));
    expect(cabinetCounterpart(roleTokens('foreign secretary'))).toEqual(roleTokens('foreign minister'));
    expect(cabinetCounterpart(roleTokens('prime minister'))).toBeNull();
    expect(cabinetCounterpart(roleTokens('the White House press secretary'))).toBeNull();
  });

  it('answer a question that uses the other one', () => {
    expect(speakers('what did the british defense minister say')).toEqual(['Ben Wallace']);
    expect(speakers('what did the ukrainian foreign secretary say')).toEqual(['Dmytro Kuleba']);
    expect(speakers('what did the prime minister say')).toEqual(['Boris Johnson']);
  });

  it('prefers the title as printed when someone holds it', () => {
    expect(speakers('what did the defense minister say')).toEqual(['Oleksii Reznikov']);
    expect(speakers('what did the defence secretary say')).toEqual(['Ben Wallace']);
  });
});
