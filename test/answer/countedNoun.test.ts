import { describe, expect, it } from 'vitest';
import { countedNoun } from '../../src/answer/countedNoun';

describe('countedNoun', () => {
  it('is the head of the phrase after "how many", not its first word', () => {
    expect(countedNoun('how many american soldiers are advising in iraq')).toBe('soldiers');
    expect(countedNoun('how many gitmo prisoners cant be tried or released')).toBe('prisoners');
    expect(countedNoun('how many gop senators were willing to meet the nominee')).toBe('senators');
    expect(countedNoun('how many troops does lindsey graham want')).toBe('troops');
    expect(countedNoun('how many countries r in the anti-isis coalition')).toBe('countries');
  });
  it('reads "how many of X\'s Y" as counting Y', () => {
    expect(countedNoun("how many of hillary's emails had top secret info")).toBe('emails');
  });
  it('is undefined when no noun is counted', () => {
    expect(countedNoun('how much did it cost')).toBeUndefined();
    expect(countedNoun('what is the figure')).toBeUndefined();
  });
});
