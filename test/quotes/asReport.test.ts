import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/extractQuotes';

const reported = (text: string) => extractStatements(text).filter((q) => q.kind === 'reported');

describe('reported speech: a sentence opening with "as" and a report', () => {
  it('"As <mention> noted, <clause>" is the mention\'s clause', () => {
    const text = 'Inspector Helen Marsh spoke on Monday. As Marsh noted, residents of the valley could still face heavy fines.';
    const [r] = reported(text);
    expect(r?.text).toBe('residents of the valley could still face heavy fines');
    expect(r?.speaker).toBe('Helen Marsh');
  });

  it('"As reported by <mention>, <clause>" and a short phrase after the cue ("as Marsh said in her testimony on Tuesday,")', () => {
    const a = reported('As reported by the Valley Courier, inspectors found over 200 faulty pipes in the district.');
    expect(a.map((r) => [r.text, r.speaker])).toEqual([['inspectors found over 200 faulty pipes in the district', 'the Valley Courier']]);
    const b = reported('Inspector Helen Marsh testified. As Marsh said in her testimony on Tuesday, the inspectors found no sign of fraud.');
    expect(b.map((r) => r.speaker)).toEqual(['Helen Marsh']);
    expect(b[0]!.text).toBe('the inspectors found no sign of fraud');
  });

  it('reads no report from "as he said he would," or a modal ("As Marsh would say,")', () => {
    expect(reported('Inspector Helen Marsh arrived. As she said she would, Marsh visited the plant on Friday.').filter((r) => r.text.includes('visited'))).toEqual([]);
    expect(reported('Inspector Helen Marsh arrived. As Marsh would say, the plant is a mess of old pipes.')).toEqual([]);
  });

  it('reads the report after an opening phrase or clause and its comma ("Weeks ago, as the Courier reported, …")', () => {
    const a = reported('Just a few weeks ago, as the Valley Courier reported, two inspectors were discussing a cover-up.');
    expect(a.map((r) => [r.text, r.speaker])).toEqual([['two inspectors were discussing a cover-up', 'the Valley Courier']]);
    const b = reported('Inspector Helen Marsh spoke. Owners can still get in trouble, and as Marsh noted, residents could face heavy fines.');
    expect(b.map((r) => [r.text, r.speaker])).toEqual([['residents could face heavy fines', 'Helen Marsh']]);
  });

  it('keeps an earlier report the outer one ("Hale said that …, as Marsh noted, …" is Hale\'s)', () => {
    const r = reported('Inspector Helen Marsh and Mayor Tom Hale spoke. Hale said that the pipes leaked, as Marsh noted, and residents could face fines.');
    expect(r.map((x) => x.speaker)).toEqual(['Tom Hale']);
  });
});
