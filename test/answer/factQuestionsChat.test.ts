import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

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
