/**
 * "Who said …" in the asker's own words (issue #14): synonyms and reordered words, or function
 * words the index drops ("not", "were", "what it does"), still find the statement when it prints
 * most of the asked content words, all of three or more, or a long run of the asked words in
 * order; words that only share one or two content words with a statement still find nothing.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      body: [
        'German Chancellor Olaf Scholz met Putin in Moscow on Tuesday.',
        'Scholz also said diplomatic options are “far from exhausted,” and praised the announcement as a “good signal.”',
        'Russia’s ambassador to the European Union Vladimir Chizhov quipped: “Wars in Europe rarely start on a Wednesday.”',
        '“Unfortunately, there’s a difference between what Russia says and what it does,” Secretary of State Antony Blinken said.',
        '“The troops will stay in their barracks this winter,” said Defence Minister Oleksii Reznikov.',
        'It would constitute a “gross violation of international law,” Mr. Blinken said in a statement.',
      ].join('\n\n'),
    },
    {
      outlet: 'Beta Times',
      body: Array.from({ length: 40 }, (_, i) => `Wars and talks filled the ${i + 1}th day of the crisis, and Russia says little.`).join('\n\n'),
    },
  ]),
);

/** The first answer's speaker, by surname (a small desk may credit the surname alone). */
const speaker = (q: string) => desk.ask(q).answers[0]?.speaker?.split(' ').pop() ?? null;

describe('who said, in other words', () => {
  it('finds a statement printing every one of three content words, in another order of function words', () => {
    expect(speaker('who said diplomatic options were not exhausted yet')).toBe('Scholz');
  });

  it('finds a statement printing most of the content words with synonyms for the rest', () => {
    expect(speaker('who said wars in europe dont usually begin on wednesdays')).toBe('Chizhov');
  });

  it('finds a statement printing a long run of the asked words in order', () => {
    expect(speaker('who said there is a gap between what russia says and what it does')).toBe('Blinken');
  });

  it('finds a statement printing half of six asked content words, three of them', () => {
    expect(speaker('who said recognizing the breakaway regions would violate international law')).toBe('Blinken');
  });

  it('finds nothing for words that share one or two content words with a statement', () => {
    expect(desk.ask('who said penguins like cold water').answers).toEqual([]);
    expect(desk.ask('who said the troops liked the cold barracks of europe').answers).toEqual([]);
    expect(desk.ask('who said russia does what it says').answers).toEqual([]);
  });
});
