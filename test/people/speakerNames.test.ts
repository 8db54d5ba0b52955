import { describe, expect, it } from 'vitest';
import { readPeopleText } from '../../src/people/readPeopleText';
import { extractQuotes } from '../../src/quotes/extractQuotes';

const names = (text: string) => readPeopleText(text).people.people.map((p) => p.name);

/** A full name with an unfamiliar first name is a person when it speaks: "noted NBC’s Dante Chinni". */
describe('an unfamiliar full name next to a speech verb', () => {
  it('is a person, and the pronoun after it resolves to it', () => {
    const text = 'Debates are not likely to alter the race, noted NBC’s Dante Chinni.\n\n' +
      '“Remember debates happen late in the campaign,” he wrote.';
    expect(names(text)).toContain('Dante Chinni');
    expect(extractQuotes(text).map((q) => q.speaker)).toEqual(['Dante Chinni']);
    expect(names('“We will keep pushing,” said Keron Blair, the group’s director.')).toContain('Keron Blair');
  });

  it('not a place after a preposition, a place name, or the listener of "told"', () => {
    expect(names('Officials in Grand Rapids said the count was on time.')).toEqual([]);
    expect(names('South Carolina said it would certify the result.')).toEqual([]);
    expect(names('The senator told Vanity Fair that he would run.')).toEqual([]);
  });
});
