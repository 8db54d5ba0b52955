/**
 * "Who said …" answered from sentences that only share some of the asked words (issue #14): an
 * answer must print most of the asked content words, and a phrase mostly of function words must
 * share a run of its words in order; else the user is told no quotation has them.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      published: '2022-02-10',
      body: [
        'Mayor Rita Vance spoke at the plant on Monday.',
        '“Prices are high this winter, and stocks are low,” Vance said.',
        '“Programs vary depending on when they were funded and whether demand is high or low,” said Tom Ochoa, a county clerk.',
        '“And the county will pay for the new bridge, every cent of it,” Vance said.',
        '“Our shelters are ready for the storm,” said Fire Chief Alma Ruiz.',
        '“Zorvath is a fine bridge,” said Ben Wallace, an engineer.',
        '“Believe me, that election is going to be rigged,” said Hal Drummond, a candidate.',
        '“We will build that dam and the road,” said Ada Kerr, an engineer.',
      ].join('\n\n'),
    },
    {
      outlet: 'Beta Times',
      published: '2022-02-11',
      body: Array.from({ length: 60 }, (_, i) => `The county board met for the ${i + 1}th time and the plan helps farmers.`).join('\n\n'),
    },
  ]),
);

describe('who said, from sentences that share only some words', () => {
  it('finds no quotation for a phrase of function words no sentence prints in order', () => {
    const result = desk.ask('who said when they go low we go high');
    expect(result.answers).toEqual([]);
    expect(result.note).toBe('No quotation in the corpus matches those words.');
  });

  it('still answers a paraphrase that prints a run of the words', () => {
    const result = desk.ask('who said the county will pay for the bridge');
    expect(result.answers[0]?.speaker).toBe('Rita Vance');
  });

  it('answers a paraphrase in other function words by its content words, in order and close together', () => {
    expect(desk.ask('who said the election was rigged').answers[0]?.speaker).toBe('Hal Drummond');
    // Not from words far apart or in another order, nor another form of a verb (a promise is no claim it happened).
    expect(desk.ask('who said the rigged ones were elected').answers).toEqual([]);
    expect(desk.ask('who said they built that dam').answers).toEqual([]);
  });

  it('needs most of the content words printed, not a word or two of them', () => {
    // "Zorvath" is rare enough to carry the search's weighted coverage on its own.
    expect(desk.ask('who said Zorvath helps the county').answers).toEqual([]);
    expect(desk.ask('who said Zorvath is a bridge').answers[0]?.speaker).toBe('Ben Wallace');
  });
});
