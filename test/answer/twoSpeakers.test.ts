/**
 * Questions about two speakers at once (issue #14): "what did X and Y say about T", "did X and
 * Y agree on T", "did X agree with Y on T" hold both speakers' statements; one the corpus lacks
 * is named in the note, never answered for by a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { speakersDesk } from './speakerDesks';

const desk = createDesk(speakersDesk());
const speakers = (q: string) => [...new Set(desk.ask(q).answers.map((a) => a.speaker))].sort();

describe('two speakers in one question', () => {
  it('"what did X and Y say" holds the statements of both', () => {
    expect(speakers('what did stoltenberg and zelenskyy say')).toEqual(['Jens Stoltenberg', 'Volodymyr Zelenskyy']);
    expect(speakers('what did Wallace and Stoltenberg say about withdrawal')).toEqual(['Ben Wallace', 'Jens Stoltenberg']);
  });

  it('"did X and Y agree on T" and "did X agree with Y on T" hold both', () => {
    expect(speakers('did stoltenberg and wallace agree on the pullback')).toEqual(['Ben Wallace', 'Jens Stoltenberg']);
    expect(speakers('did peskov agree with stoltenberg on the troops')).toEqual(['Dmitry Peskov', 'Jens Stoltenberg']);
  });

  it('names a speaker the corpus lacks in the note, and answers only for the other', () => {
    const result = desk.ask('what did stoltenberg and macron say');
    expect([...new Set(result.answers.map((a) => a.speaker))]).toEqual(['Jens Stoltenberg']);
    expect(result.note).toMatch(/macron/i);
  });
});
