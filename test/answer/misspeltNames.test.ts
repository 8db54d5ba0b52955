/**
 * Names typed with a slip (issue #14): a misspelt first name ("hilary"), two swapped letters in
 * a surname ("Wallcae"); never a look-alike of someone else the corpus names.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { typoDistance } from '../../src/text/editDistance';
import { deskFrom } from '../claims/support';
import { speakersDesk } from './speakerDesks';

const desk = createDesk(speakersDesk());
const speakers = (question: string) => desk.ask(question).answers.map((a) => a.speaker);

describe('misspelt names', () => {
  it('finds a speaker by a first name typed with one slip', () => {
    expect(speakers('what did hilary say')).toEqual(['Hillary Clinton']);
    expect(speakers('what did Hilalry say')).toEqual(['Hillary Clinton']);
  });

  it('takes two swapped letters of a short surname as one slip', () => {
    expect(speakers('what did Wallcae say')).toEqual(['Ben Wallace']);
    expect(speakers('what did Ben Wallcae say')).toEqual(['Ben Wallace']);
  });

  it('reads a long surname with two slips in chat\'s "X quotes?" as in "what did X say"', () => {
    // Zelenskyy: a swap and a missing letter, as the surname rule allows from eight letters.
    expect(speakers('what did zelenksy say')).toEqual(['Volodymyr Zelenskyy']);
    expect(speakers('zelenksy quotes?')).toEqual(['Volodymyr Zelenskyy']);
  });

  it('never takes a first name for a misspelling of another', () => {
    expect(speakers('what did Emmanuel say')).toEqual([]);
    const other = createDesk(
      deskFrom([
        {
          outlet: 'Alpha News',
          body: [
            'Former Secretary of State Hillary Clinton spoke at a fundraiser.',
            '“We will keep fighting for working families,” Clinton said.',
            'Labour lawmaker Hilary Benn was in the audience.',
          ].join('\n\n'),
        },
      ]),
    );
    expect(other.ask('what did Hilary say').answers).toEqual([]);
    expect(other.ask('what did Hillray say').answers.map((a) => a.speaker)).toEqual(['Hillary Clinton']);
  });
});

describe('typoDistance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(typoDistance('trupm', 'trump')).toBe(1);
    expect(typoDistance('bernei', 'bernie')).toBe(1);
    expect(typoDistance('macron', 'emanuel', 1)).toBe(2);
    expect(typoDistance('hilary', 'hillary')).toBe(1);
  });
});
