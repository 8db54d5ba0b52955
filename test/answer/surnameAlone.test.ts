/**
 * A person's statements the quotation reader credited to the surname alone ("Law said") are
 * theirs in an article printing their full name and no other with that surname; never in an
 * article naming a namesake too.
 */
import { describe, expect, it } from 'vitest';
import { quotesBySurnameAlone } from '../../src/answer/surnameAlone';
import { deskFrom } from '../claims/support';

const data = deskFrom([
  {
    outlet: 'Alpha News',
    body: [
      'Steven Law, who runs the Senate Leadership Fund, met donors on Tuesday.',
      '“We will not cede a single seat this fall,” said Steven Law.',
      'The fund has raised $24 million, Law said.',
      '“There is a sense of urgency among our donors,” Law said.',
    ].join('\n\n'),
  },
  {
    outlet: 'Beta Times',
    body: [
      'Steven Law spoke first; Jenny Law, a county judge, spoke later.',
      '“The courts are overwhelmed this year,” Law said.',
    ].join('\n\n'),
  },
]);
const found = (name: string) => quotesBySurnameAlone(data, name).map((q) => [q.speaker, q.text]);

describe('statements credited to a surname alone', () => {
  it('are the full name’s where the article names no one else so', () => {
    expect(found('Steven Law')).toEqual([
      ['Steven Law', 'The fund has raised $24 million'],
      ['Steven Law', '“There is a sense of urgency among our donors,”'],
    ]);
  });

  it('are no one’s in an article naming a namesake, nor a one-word name’s', () => {
    expect(found('Jenny Law')).toEqual([]);
    expect(found('Law')).toEqual([]);
  });
});
