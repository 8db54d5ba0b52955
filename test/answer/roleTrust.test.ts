/**
 * Role questions a user typed that were answered with someone else's words (eleventh
 * session's spot checks on PolNeAR): "the president" in a corpus of US politics answered with
 * a South Korean president and a Mexican one, because the corpus names its own president
 * mostly by surname ("President Obama") beside a namesake ("Michelle Obama").
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const speakersOf = (desk: ReturnType<typeof createDesk>, question: string) => desk.ask(question).answers.map((a) => a.speaker);

const presidents = () =>
  createDesk(
    deskFrom([
      {
        outlet: 'Capitol Daily',
        body: ['President Barack Obama and Michelle Obama hosted a dinner.', '“Guns have no place in our schools,” President Obama said.'].join('\n\n'),
      },
      ...[1, 2, 3].map((i) => ({
        outlet: `Wire ${i}`,
        body: [`President Obama spoke in Ohio on day ${i}.`, `“We will pass the budget by day ${i + 10},” Mr. Obama said.`, 'Michelle Obama visited a school.'].join('\n\n'),
      })),
      {
        outlet: 'History Weekly',
        body: ['President George W. Bush wrote a memoir.', '“I made hard calls,” Bush said.'].join('\n\n'),
      },
      {
        outlet: 'World Desk',
        body: [
          'South Korean President Park Geun-hye said the North had crossed a line.',
          'The Mexican president said that trade had been good for both countries.',
        ].join('\n\n'),
      },
    ]),
  );

describe('a surname a title introduced, then a full name of the other gender', () => {
  it('are two people: "Mr. Obama" is not Michelle Obama', () => {
    const desk = presidents();
    expect(desk.ask('what did michelle obama say').answers).toEqual([]);
    const speakers = speakersOf(desk, 'who said we will pass the budget by day 12');
    expect(speakers[0]).toMatch(/Obama/);
    expect(speakers[0]).not.toBe('Michelle Obama');
  });
});

describe('a role the corpus gives its holder mostly with the surname alone', () => {
  it('is that holder ("President Obama" beside one "President Barack Obama" and a Michelle Obama)', () => {
    const speakers = speakersOf(presidents(), 'what did the president say');
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(['Barack Obama']));
  });
});

describe('a role several people hold equally', () => {
  const tied = () =>
    createDesk(
      deskFrom([
        { outlet: 'Capitol Daily', body: ['President Barack Obama spoke in Ohio.', '“We will pass the budget,” Obama said.'].join('\n\n') },
        { outlet: 'History Weekly', body: ['President George W. Bush wrote a memoir.', '“I made hard calls,” Bush said.'].join('\n\n') },
        {
          outlet: 'World Desk',
          body: [
            'South Korean President Park Geun-hye said the North had crossed a line.',
            'The Mexican president said that trade had been good for both countries.',
          ].join('\n\n'),
        },
      ]),
    );

  it('is answered by none of them, nor by a president of a country the question did not name', () => {
    const result = tied().ask('what did the president say');
    expect(result.answers).toEqual([]);
    expect(result.note).toMatch(/^Several people in the corpus fit “the president”: (Barack Obama, George W\. Bush|George W\. Bush, Barack Obama)\./);
  });

  it('still reaches the president of the country asked', () => {
    expect(tied().ask('what did the mexican president say').answers.map((a) => a.text)).toEqual([
      'The Mexican president said that trade had been good for both countries.',
    ]);
  });
});
