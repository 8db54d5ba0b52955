import { describe, expect, it } from 'vitest';
import { readPeopleText } from '../../src/people/readPeopleText';

const names = (text: string) => readPeopleText(text).people.people.map((p) => p.name);

describe('a capitalised gerund is a verb, not a first name', () => {
  // "Spanish" also stands alone in the text, as a surname would ("Spanish and English").
  const text =
    'He moved between two cultures, fritas and hamburgers, Spanish and English, in a city at ease with both.\n\n' +
    'Celebrating Christmas Eve with family and then watching the Miami Dolphins on New Year’s Day. Speaking Spanish on Univision, English on Fox.';

  it('"Speaking Spanish" is no person', () => {
    expect(names(text)).not.toContain('Speaking Spanish');
  });

  it('after Title Case words that are no title ("More Important Than Electing Obama") too, but not after a title', () => {
    const text = 'Former Obama speechwriter Jon Favreau published a column entitled “Why Electing Hillary in ‘16 is More Important Than Electing Obama in ‘08.” Chelsea Manning said so.';
    expect(names(text)).not.toContain('Electing Obama');
    expect(names(text)).toContain('Chelsea Manning');
    expect(names('President Sterling Jones spoke on Monday.')).toEqual(['Sterling Jones']);
  });

  it('the name after the gerund is still found', () => {
    expect(names('Electing Hillary Clinton would be a mistake, he wrote.')).toEqual(['Hillary Clinton']);
  });
});

describe('an imperative, a quantifier or a country is no name', () => {
  it('"Say Mexico demanded …", "Many Mexicans felt …", "Poor Mexico" are no people', () => {
    const text = 'There are other tools in the toolbox, Jorge Castañeda argues. Say Mexico demanded that the United States prove it. ' +
      'Many Mexicans felt betrayed when Enrique Peña Nieto invited Donald Trump. Mexicans often say, “Poor Mexico, so far from God.”';
    const found = names(text);
    expect(found).not.toContain('Say Mexico');
    expect(found).not.toContain('Many Mexicans');
    expect(found).not.toContain('Poor Mexico');
    expect(found).toContain('Donald Trump');
  });

  it('a known first name opening a sentence still opens a name ("Bill Clinton said")', () => {
    expect(names('The vote came late. Bill Clinton said the plan would pass.')).toEqual(['Bill Clinton']);
  });
});

describe('a number word is no name', () => {
  it('"Marine One" is no person, so a sentence opening "One …" names nobody', () => {
    const text = 'Donald Trump boarded Marine One on Tuesday.\n\nTrump invited employees to the microphone. One put on a cap. Another said he supported Trump.';
    const read = readPeopleText(text);
    expect(read.people.people.map((p) => p.name)).toEqual(['Donald Trump']);
    const one = read.toks.findIndex((t) => t.text === 'One' && t.para === 1);
    expect(read.people.refs.some((r) => r.start <= one && r.end > one)).toBe(false);
  });
});

describe('the rest of an organisation\'s name is no person', () => {
  it('"the University of Nevada-Las Vegas" names no "Las Vegas"; a title naming it still introduces the person after it', () => {
    expect(names('Political scientists at the University of Nevada-Las Vegas said the race was close.')).toEqual([]);
    expect(names('University of Central Missouri professor Robert Jones said so.')).toEqual(['Robert Jones']);
    expect(names('Secretary of State John Kerry said so.')).toEqual(['John Kerry']);
  });
});
