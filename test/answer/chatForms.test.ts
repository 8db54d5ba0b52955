import { describe, expect, it } from 'vitest';
import { withChatApostrophes, withChatWords } from '../../src/answer/chatForms';

describe('withChatApostrophes', () => {
  it('gives chat contractions their apostrophe', () => {
    expect(withChatApostrophes('whats the margin of error')).toBe("what's the margin of error");
    expect(withChatApostrophes('Wheres the convention')).toBe("Where's the convention");
    expect(withChatApostrophes('whens the invasion supposed to happen')).toBe("when's the invasion supposed to happen");
    expect(withChatApostrophes('how many prisoners cant be tried')).toBe("how many prisoners can't be tried");
    expect(withChatApostrophes('voters who havent decided')).toBe("voters who haven't decided");
  });

  it('leaves words that only look like them', () => {
    expect(withChatApostrophes('its army, wont, whatsoever, thatch')).toBe('its army, wont, whatsoever, thatch');
  });
});

describe('withChatWords', () => {
  it('reads chat shorthand as its word', () => {
    expect(withChatWords('how many ppl r in the govt rn')).toBe('how many people are in the government now');
    expect(withChatWords('10 yrs ago')).toBe('10 years ago');
  });

  it('leaves abbreviations, names and longer words alone', () => {
    expect(withChatWords('the u.s. army, R&D, u-boat, Rn, rnc, pplx')).toBe('the u.s. army, R&D, u-boat, Rn, rnc, pplx');
  });
});
