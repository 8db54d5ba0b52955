import { describe, expect, it } from 'vitest';
import { readPeopleText } from '../../src/people/readPeopleText';
import { tokenize } from '../../src/people/tokens';
import { extractQuotes } from '../../src/quotes/extractQuotes';

const names = (text: string) => readPeopleText(text).people.people.map((p) => p.name);

/**
 * Scraped text sometimes holds UTF-8 read as Latin-1 ("FranÃ§ois", "PeÃ±a"), composed or decomposed. wink-nlp splits
 * such a word at its Latin-1 sign, so the name was no name and its quotation went to no one, or its "he" to the last
 * familiar name.
 */
describe('names with mis-decoded letters', () => {
  it('stay one token', () => {
    for (const form of ['FranÃ§ois', 'FranÃ§ois'.normalize('NFD'), 'PeÃ±a', 'GÃ1⁄4len']) {
      expect(tokenize(`Then ${form} spoke.`).map((t) => t.text)).toEqual(['Then', form, 'spoke', '.']);
    }
    // The possessive and the punctuation after such a word stay tokens of their own.
    expect(tokenize('GÃ1⁄4len’s résumé: GarcÃa, ok').map((t) => t.text)).toEqual(['GÃ1⁄4len', '’s', 'résumé', ':', 'GarcÃa', ',', 'ok']);
  });

  it('are people, who speak and whom the pronoun after them is', () => {
    const text = 'Donald Trump said the wall would be paid for.\n\n' +
      '"Let everyone know that Europe must be able to defend itself," French President FranÃ§ois Hollande said Friday. ' +
      'He added, "We will act."';
    expect(names(text.normalize('NFD'))).toContain('FranÃ§ois Hollande'.normalize('NFD'));
    expect(extractQuotes(text).map((q) => q.speaker)).toEqual(['FranÃ§ois Hollande', 'FranÃ§ois Hollande']);
    expect(extractQuotes('Mexican President Enrique PeÃ±a Nieto urged people not to "choose the road toward isolationism."').map((q) => q.speaker))
      .toEqual(['Enrique PeÃ±a Nieto']);
  });
});
