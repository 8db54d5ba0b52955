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

describe('withChatWords: clipped nouns', () => {
  it('reads "mag", "avg" and "admin" as the words the news prints', () => {
    expect(withChatWords('which mag did the candidates do the q&a with')).toBe('which magazine did the candidates do the q&a with');
    expect(withChatWords('whats the avg debt under the biden admin')).toBe('whats the average debt under the biden administration');
  });
  it('leaves them inside longer words and names alone', () => {
    expect(withChatWords('magnitude, Mag, average, administrator')).toBe('magnitude, Mag, average, administrator');
  });
});

describe('withChatWords: titles and time', () => {
  it('reads "VP", "ex", "intel" and "b4" as the words the news prints', () => {
    expect(withChatWords('where is the VP headed to see allies')).toBe('where is the vice president headed to see allies');
    expect(withChatWords("who's the ex party boss backing brooks")).toBe("who's the former party boss backing brooks");
    expect(withChatWords('how many more soldiers per us intel')).toBe('how many more soldiers per us intelligence');
    expect(withChatWords('how rich was she b4')).toBe('how rich was she before');
  });
  it('leaves "ex-wife" and names alone', () => {
    expect(withChatWords("what did trump's ex-wife say about Vpn Exeter")).toBe("what did trump's ex-wife say about Vpn Exeter");
  });
});
