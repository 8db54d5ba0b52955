import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extractQuotes';

describe('the subject of the sentence as the speaker', () => {
  it('reads a first name the tagger takes for a verb as the start of the subject name', () => {
    // wink-nlp tags "Ted" as a verb: the subject was skipped and the quotation left without a speaker.
    const text = 'Ted Cruz, when asked specifically what was wrong with the plan, responded that the governor “is right about the problems, but his solutions don’t work.”';
    const q = extractQuotes(text).find((x) => x.text.includes('right about'))!;
    expect(q.speaker).toBe('Ted Cruz');
  });
});
