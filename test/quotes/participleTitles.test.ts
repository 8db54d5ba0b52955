import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/extractQuotes';

const speakerOf = (text: string, needle: string) => {
  const q = extractStatements(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no statement containing ${needle}`);
  return q.speaker;
};

describe('a participle between a possessive and its noun ("Trump’s fired campaign manager")', () => {
  it('is part of the appositive: the name before it speaks, not the possessor', () => {
    expect(speakerOf('Corey Lewandowski, Donald Trump’s fired campaign manager, said “we will win.”', 'we will win')).toBe('Corey Lewandowski');
  });

  it('is no reporting verb, even one that can report ("fired back")', () => {
    const text = 'Corey Lewandowski, Donald Trump’s fired campaign manager, ripped the director for acting as “the judge and the jury” in the probe.';
    expect(speakerOf(text, 'judge and the jury')).toBe('Corey Lewandowski');
    expect(speakerOf('Rubio fired back: “You lost.”', 'You lost')).toBe('Rubio');
  });

  it('keeps a participle after a determiner in the phrase too', () => {
    expect(speakerOf('Jane Doe, the newly elected mayor, said “we will rebuild.”', 'rebuild')).toBe('Jane Doe');
  });
});
