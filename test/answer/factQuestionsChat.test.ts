import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';
import { takeFactGate } from '../../src/answer/factGates';

// Fact questions as chat types them (issue #15, ninth session): small desks where only the
// mechanism under test finds the answer.

describe('fact questions: contractions typed without their apostrophe', () => {
  // "margin" and "Ohio" are common here; only one sentence has both. Read as a word, "whats"
  // (which no sentence has) would weigh as the rarest word and leave that sentence too little.
  const filler = (word: string) => Array.from({ length: 10 }, (_, i) => `The ${word} story number ${i + 1} ran on page ${i + 2}.`);
  const desk = createDesk(
    deskFrom([
      { outlet: 'Alpha', body: [...filler('margin'), 'The margin in Ohio was 3 points.'].join('\n\n') },
      { outlet: 'Beta', body: filler('Ohio').join('\n\n') },
    ]),
  );
  it('"whats" reads as "what\'s": it is not searched for as a word the corpus lacks', () => {
    expect(desk.ask('whats the margin in ohio').answers[0]?.text).toContain('3 points');
  });
});

describe('fact questions: chat shorthand reads as its word', () => {
  // One tweet prints "ppl": left as typed it weighs as the rarest word and that tweet answers.
  const filler = (word: string) => Array.from({ length: 10 }, (_, i) => `The ${word} story number ${i + 1} ran on page ${i + 2}.`);
  const desk = createDesk(
    deskFrom([
      { outlet: 'Alpha', body: [...filler('town'), 'About 13,000 people live in the town of Clarkston.'].join('\n\n') },
      { outlet: 'Beta', body: [...filler('people'), 'so many ppl at the rally today lol, said one post.'].join('\n\n') },
    ]),
  );
  it('"ppl" is searched as "people", not as a word one tweet prints', () => {
    expect(desk.ask('how many ppl live in clarkston').answers[0]?.text).toContain('13,000 people');
  });
});

describe('fact questions: the counted noun is the head of its phrase', () => {
  const desk = createDesk(
    deskFrom([
      { outlet: 'Alpha', body: 'About 3,500 soldiers are in Iraq, the Pentagon said.\n\nThe weather in Iraq was hot.' },
      { outlet: 'Beta', body: 'Nearly 2 million American voters live abroad, some in Iraq.\n\nAmerican diplomats met on Monday.' },
    ]),
  );
  it('"how many american soldiers" counts soldiers, not Americans', () => {
    expect(desk.ask('how many american soldiers are in iraq').answers[0]?.text).toContain('3,500 soldiers');
  });
});

describe('fact questions: an answer of the kind asked', () => {
  const desk = createDesk(
    deskFrom([
      { outlet: 'Alpha', body: 'Boston went on to win Game 7 and then the World Series.\n\nThe series drew big crowds.' },
      { outlet: 'Beta', body: 'Teens use Snapchat and Instagram every day, he said.\n\nA blog about Snapchat grew fast.' },
    ]),
  );
  it('a when question whose matches give no date gets no answers', () => {
    expect(desk.ask('when did the cubs last win the world series').answers).toEqual([]);
  });
  it('a question asking for a share gets no answers when no match gives a percentage', () => {
    expect(desk.ask('what percent of teens use snapchat').answers).toEqual([]);
  });
  it('the same questions are answered when a match gives what they ask', () => {
    const answered = createDesk(
      deskFrom([
        { outlet: 'Alpha', body: 'Boston won the World Series in 2004 after a long wait.\n\nThe series drew big crowds.' },
        { outlet: 'Beta', body: 'About 41 percent of teens use Snapchat every day.\n\nA blog about Snapchat grew fast.' },
      ]),
    );
    expect(answered.ask('when did boston last win the world series').answers[0]?.text).toContain('2004');
    expect(answered.ask('what percent of teens use snapchat').answers[0]?.text).toContain('41 percent');
  });
});

describe('fact questions: a duration of one unit', () => {
  const desk = createDesk(
    deskFrom([
      { outlet: 'Alpha', body: 'The analyst was suspended for a month after a post on Twitter.\n\nThe network praised his analysis.' },
      { outlet: 'Beta', body: 'Two hours after his tweet, the analyst posted again.\n\nThe tweet was deleted.' },
    ]),
  );
  it('"for a month" answers "how long was he suspended"', () => {
    expect(desk.ask('how long was the analyst suspended for the tweet').answers[0]?.text).toContain('for a month');
  });
});

describe('fact questions: "how much is X" asks a price', () => {
  const desk = createDesk(
    deskFrom([
      { outlet: 'Alpha', body: 'Iowa will play Stanford in the 102nd Rose Bowl.\n\nThe Rose Bowl tickets sold out in 3 days.' },
      { outlet: 'Beta', body: 'Fans of Iowa travelled west.\n\nStanford fans filled 40 buses.' },
    ]),
  );
  it('gets no answers when no match gives a sum of money', () => {
    expect(desk.ask('how much were rose bowl tickets').answers).toEqual([]);
  });
  it('is answered by the price when a match gives one', () => {
    const priced = createDesk(deskFrom([{ outlet: 'Alpha', body: 'Rose Bowl tickets cost $150 each.\n\nIowa will play Stanford in the 102nd Rose Bowl.' }]));
    expect(priced.ask('how much were rose bowl tickets').answers[0]?.text).toContain('$150');
  });
});

describe('fact questions: what is it called', () => {
  const desk = createDesk(
    deskFrom([
      { outlet: 'Alpha', body: 'The book about ESPN pleased Schilling.\n\nThe network hired new analysts.' },
      { outlet: 'Beta', body: 'The book about ESPN is by Jim Miller and Tom Shales.\n\nReviews of the network were mixed.' },
    ]),
  );
  it('a name of several words fits better than one capitalised word', () => {
    expect(desk.ask("what's the name of the book about espn").answers[0]?.text).toContain('Jim Miller');
  });
});

describe('fact questions: which gate left a question without answers', () => {
  const desk = createDesk(
    deskFrom([
      { outlet: 'Alpha', body: 'The stadium in Kyiv is the largest in the country.\n\nThe flag was 650 feet long.' },
      { outlet: 'Beta', body: 'Fans filled the stadium on Monday.\n\nThe match ended late.' },
    ]),
  );
  it('is recorded for the eval: the kind asked, coverage, an absent name; none when answered', () => {
    takeFactGate();
    expect(desk.ask('how old is the stadium in Kyiv').answers).toEqual([]);
    expect(takeFactGate()).toBe('measure-kind');
    expect(desk.ask('what did the referee eat for breakfast').answers).toEqual([]);
    expect(takeFactGate()).toBe('coverage');
    expect(desk.ask('how long was the flag Emmanuel Macron carried').answers).toEqual([]);
    expect(takeFactGate()).toBe('absent-name');
    expect(desk.ask('how long was the flag').answers[0]?.text).toContain('650 feet');
    expect(takeFactGate()).toBeNull();
  });
});
