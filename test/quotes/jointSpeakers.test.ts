import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/extractQuotes';

const find = (text: string, needle: string) => {
  const q = extractStatements(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no statement containing ${needle}`);
  return q;
};

describe('a statement made jointly ("X and Y said")', () => {
  it('is credited to both, never to the last of them alone', () => {
    const text = 'Senator Ann Cole and Governor Tom Ralston met in Denver. Cole and Ralston told reporters that they would campaign together.';
    const q = find(text, 'campaign together');
    expect(q.speaker).toBe('Cole and Ralston');
    expect(q.named).toBe(false);
  });

  it('keeps a group joined to another group whole', () => {
    const q = find('U.S. and NATO officials said they have not seen any movement away from the border.', 'movement away');
    expect(q.speaker).toBe('U.S. and NATO officials');
  });

  it('keeps a pair after "of" or "from" with the phrase it hangs on', () => {
    const q = find('Officials from the U.S. and NATO say they have not seen a major withdrawal.', 'major withdrawal');
    expect(q.speaker).toBe('Officials from the U.S. and NATO');
    const text = 'Senator Ann Cole met Tom Ralston in Denver. Cole met with Ralston and Mayor Jim Byrne said the meeting was fine.';
    expect(find(text, 'meeting was fine').speaker).toBe('Jim Byrne');
  });

  it('holds for a quotation before its cue too', () => {
    const text = 'Ann Cole and her husband said: "We are not going anywhere."';
    expect(find(text, 'not going').speaker).toBe('Ann Cole and her husband');
  });

  it('leaves an object before "and" out of the subject', () => {
    const text = 'Senator Ann Cole met Tom Ralston in Denver. Cole attacked Ralston and Mayor Jim Byrne said the attack was unfair.';
    expect(find(text, 'attack was unfair').speaker).toBe('Jim Byrne');
  });

  it('reads two descriptions of one person as that person', () => {
    const text = 'Former House speaker and Ohioan John Boehner said the party would unite.';
    expect(find(text, 'party would unite').speaker).toBe('John Boehner');
  });
});
