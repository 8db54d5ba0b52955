import { describe, expect, it } from 'vitest';
import { readPeopleText } from '../../src/people/readPeopleText';
import { buildPeopleRegistry } from '../../src/people/registry';
import { extractQuotes } from '../../src/quotes/extractQuotes';

/**
 * "Harry B. Harris Jr." had the surname "Jr.", so "Admiral Harris" became a surname-only person,
 * which the registry then folded into the corpus's one other full-named Harris: his quotations went
 * to Kamala Harris (PolNeAR train).
 */
describe('a generational suffix is not the surname', () => {
  const admiral = "Adm. Harry B. Harris Jr. spoke in Beijing. ''I view them as a professional military,'' Admiral Harris said.";

  it('a titled surname is the same person as the full name with a suffix', () => {
    const { people } = readPeopleText(admiral).people;
    expect(people.map((p) => p.name)).toEqual(['Harry B. Harris Jr.']);
    expect(extractQuotes(admiral).map((q) => q.speaker)).toEqual(['Harry B. Harris Jr.']);
  });

  it('the registry does not give him to another person of that surname', () => {
    const registry = buildPeopleRegistry([
      { id: 'a', text: 'Attorney General Kamala Harris spoke in Sacramento on Monday.' },
      { id: 'b', text: admiral },
    ]);
    expect(registry.lookup('Admiral Harris')?.name).toBe('Harry B. Harris Jr.');
    expect(registry.lookup('Kamala Harris')?.name).toBe('Kamala Harris');
  });
});
