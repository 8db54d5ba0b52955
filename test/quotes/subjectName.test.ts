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

describe('a place after a preposition before the cue ("…, in Columbus, Ohio, said")', () => {
  it('is not the speaker when the phrase interrupts the subject and its verb', () => {
    const text = 'Senator Ann Cole won the state easily. Cole, during a town hall meeting in Columbus, Ohio, said she was “going to put a lot of people back to work.”';
    expect(extractQuotes(text).find((x) => x.text.includes('back to work'))!.speaker).toBe('Ann Cole');
  });

  it('belongs to the person it describes', () => {
    const text = 'Governor John Kasich spoke in town. After a woman in Worcester, Massachusetts, told him she worries he is “too nice” to win.';
    const q = extractQuotes(text).find((x) => x.text.includes('too nice'))!;
    expect(q.speaker).toBe('a woman in Worcester, Massachusetts');
  });
});

describe('the subject of a later contrasted clause', () => {
  it('gives a quotation after "while <Name> <verb>" to that name, not the sentence subject', () => {
    const text = 'Gov. Rick Dalton on Monday signed an order to block the plan, while Mike Harlan, the former Iowa governor, proposed we "wake up and smell the coffee" and said the speaker should resign.';
    const q = extractQuotes(text).find((x) => x.text.includes('smell the coffee'))!;
    expect(q.speaker).toBe('Mike Harlan');
    expect(q.cue).toBe('proposed');
  });

  it('keeps the sentence subject when the later clause has no named subject of its own', () => {
    const text = 'Gov. Rick Dalton on Monday signed an order to block the plan, while the mayor watched, calling it "a good day for the state."';
    const q = extractQuotes(text).find((x) => x.text.includes('good day'))!;
    expect(q.speaker).toBe('Rick Dalton');
  });
});

describe('a subject described by the quoted words ("The deal is “pre-agreement”")', () => {
  it('is no speaker when it names no one and its verb is a copula', () => {
    // The quoted words were credited to "The choice" and "The deal": a thing was shown as a speaker.
    const text = 'The choice was between going after Trump as “uniquely unacceptable and unfit” or poking holes in his image. The deal is “pre-agreement” in all but name.';
    const quotes = extractQuotes(text);
    expect(quotes.find((x) => x.text.includes('unfit'))?.speaker ?? null).toBeNull();
    expect(quotes.find((x) => x.text.includes('pre-agreement'))?.speaker ?? null).toBeNull();
  });

  it('still speaks when it is people or a group', () => {
    const text = 'Senior officials were “deeply concerned” about the vote. Many voters are “fed up” with Washington.';
    const quotes = extractQuotes(text);
    expect(quotes.find((x) => x.text.includes('concerned'))!.speaker).toBe('Senior officials');
    expect(quotes.find((x) => x.text.includes('fed up'))!.speaker).toBe('Many voters');
  });
});
