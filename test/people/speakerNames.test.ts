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

/** A surname with an inner capital used alone makes its full name a person, as any surname does. */
describe('surnames with an inner capital', () => {
  it('"Ava DuVernay" … "DuVernay said" is one person', () => {
    const text = 'The documentary by Ava DuVernay opens on Friday.\n\n“Most people don’t know about that loophole,” DuVernay said.';
    expect(names(text)).toContain('Ava DuVernay');
    expect(extractQuotes(text).map((q) => q.speaker)).toEqual(['Ava DuVernay']);
  });
});

/**
 * News prints an unfamiliar name with its description before the verb: "Jenna Golden, Twitter’s director …, said",
 * "Aris Shirvanian of the Armenian Patriarchate of Jerusalem told". The name is a person, so the he/she of the
 * next quotation is theirs, not the last familiar name's.
 */
describe('an unfamiliar full name, its description, then a speech verb', () => {
  it('is a person past a description between commas', () => {
    expect(names('“They’re very open to trying new things,” Jenna Golden, Twitter’s director of political advertising, said.')).toContain('Jenna Golden');
    expect(names('“We’re not going to stop,” Quina Jones, 25, said as she marched.')).toContain('Quina Jones');
  });

  it('is a person past an "of" phrase naming an institution, and takes the pronoun after it', () => {
    const text = 'The Washington Post’s Ishaan Tharoor wrote about the vote last year.\n\n' +
      'As Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the Associated Press, “We have suffered the same fate.” ' +
      'He added, “So Israel should have been one of the first countries to recognize it.”';
    expect(names(text)).toContain('Archbishop Aris Shirvanian');
    expect(extractQuotes(text).map((q) => q.speaker)).toEqual(['Archbishop Aris Shirvanian', 'Archbishop Aris Shirvanian']);
  });

  it('not a place after a preposition, nor a description that runs into a quotation or another sentence', () => {
    expect(names('Officials in Grand Rapids, the county seat, said the count was on time.')).toEqual([]);
    expect(names('Then came Dorian Vex, a storm. Experts said it would pass.')).toEqual([]);
  });
});
