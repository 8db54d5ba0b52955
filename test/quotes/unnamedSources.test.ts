import { describe, expect, it } from 'vitest';
import { extractQuotes, extractStatements } from '../../src/quotes/extractQuotes';
import { readPeopleText } from '../../src/people/readPeopleText';
import { firstDescription } from '../../src/quotes/unnamedSources';

const find = (text: string, needle: string) => {
  const q = extractStatements(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no statement containing ${needle}`);
  return q;
};

/** firstDescription on the mention spelt `mention` (its last occurrence), as text. */
function describe1(text: string, mention: string): string | null {
  const { toks } = readPeopleText(text);
  const at = text.lastIndexOf(mention);
  const s = toks.findIndex((t) => t.start === at);
  const e = toks.findIndex((t) => t.end === at + mention.length) + 1;
  const r = firstDescription(toks, [s, e], () => false);
  return r ? text.slice(toks[r[0]]!.start, toks[r[1] - 1]!.end) : null;
}

describe('unnamed sources: a short mention is linked to the first full description', () => {
  it('gives "the official said" the speaker "a senior administration official"', () => {
    const text = '“We expect a decision this week,” a senior administration official said on Monday.\n' +
      'Antony Blinken met his Russian counterpart in Geneva.\n' +
      '“Nothing has been agreed yet,” the official said.';
    const first = find(text, 'decision this week');
    const later = find(text, 'Nothing has been agreed');
    expect(first.speaker).toBe('a senior administration official');
    expect(later.mention).toBe('the official');
    expect(later.speaker).toBe('a senior administration official');
    expect(later.named).toBe(false);
  });

  it('links a reported statement and a description that came without a quotation', () => {
    const text = 'A spokesman for the Russian defence ministry, who declined to be named, spoke to reporters on Tuesday.\n' +
      'The spokesman said the drills would end on Sunday.';
    const q = find(text, 'drills would end');
    expect(q.kind).toBe('reported');
    expect(q.speaker).toBe('A spokesman for the Russian defence ministry');
  });

  it('needs every word the short mention adds, and the same number', () => {
    const text = 'A Pentagon official said the troops were ready. Two State Department officials described the talks as tense.\n' +
      '“We are watching closely,” the Pentagon official said. “They are not serious,” the officials said. “No comment,” the senior official said.';
    expect(find(text, 'watching closely').speaker).toBe('A Pentagon official');
    expect(find(text, 'not serious').speaker).toBe('Two State Department officials');
    // No earlier official was "senior": the mention stays as written.
    expect(find(text, 'No comment').speaker).toBe('the senior official');
  });

  it('takes the nearest matching description, and none from inside a quotation', () => {
    const text = 'A European diplomat said talks had stalled. Later, an Asian diplomat said they had not.\n' +
      '“We saw it coming,” the diplomat said.';
    expect(find(text, 'saw it coming').speaker).toBe('an Asian diplomat');
    const quoted = 'Blinken said “a source close to Moscow told us so.” “It is untrue,” the source said.';
    expect(find(quoted, 'It is untrue').speaker).toBe('the source');
  });

  it('leaves named people, pronouns and first mentions alone', () => {
    const text = '“We are ready,” NATO Secretary-General Jens Stoltenberg said. “We stand united,” the secretary-general said.\n“It is a bluff,” an analyst said.';
    expect(find(text, 'stand united').speaker).toBe('Jens Stoltenberg');
    expect(find(text, 'a bluff').speaker).toBe('an analyst');
    expect(describe1('An aide said it. The aide left.', 'The aide')).toBe('An aide');
    expect(describe1('An aide said it. He left.', 'He')).toBeNull();
    expect(describe1('The aide left.', 'The aide')).toBeNull();
  });

  it('keeps extractQuotes and extractStatements in step', () => {
    const text = '“We expect a decision,” a senior administration official said.\n“Nothing is agreed,” the official said.';
    expect(extractQuotes(text).map((q) => q.speaker)).toEqual(['a senior administration official', 'a senior administration official']);
  });
});

describe('unnamed sources: what the description keeps', () => {
  it('keeps "for/with/familiar with …" phrases but not a time', () => {
    expect(describe1('An official familiar with the talks spoke. The official left.', 'The official')).toBe('An official familiar with the talks');
    expect(describe1('A commission in January ruled. The commission said so.', 'The commission')).toBe('A commission');
  });
});
