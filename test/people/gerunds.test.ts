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
