import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extractQuotes';

const find = (text: string, needle: string) => {
  const q = extractQuotes(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no quote containing ${needle}`);
  return q;
};

describe('extractQuotes: a time phrase between the subject and its verb', () => {
  it('reads "on Wednesday" as a whole before the cue ("Vance, whom Marlow on Wednesday called “…”")', () => {
    const q = find('Most of the anger fell on the planner, whom Marlow on Wednesday called “a reckless amateur.”', 'reckless');
    expect(q.speaker).toBe('Marlow');
    expect(q.cue).toBe('called');
  });

  it('still hands a participle after a thing and a time phrase to the sentence subject ("a string of posts early Monday saying")', () => {
    const q = find('Governor Hale fired back. Hale published a string of posts early Monday saying the council had treated the report “as gospel.”', 'gospel');
    expect(q.speaker).toBe('Hale');
  });
});

describe('extractQuotes: a reporting verb right before the quotation', () => {
  it('owns it over a verb after it that reports nothing ("what Gingrich called “…,” the former speaker is intrigued")', () => {
    const q = find('As the town braces for what Mayor Ellen Ward called “the hardest winter in memory,” the former teacher is intrigued by the job.', 'hardest winter');
    expect(q.speaker).toBe('Ellen Ward');
    expect(q.cue).toBe('called');
  });

  it('gives the next quotation to the subject of the clause between them ("that the judge called “…,” Santilli expressed a wish to “…”")', () => {
    const text = 'And, in a clip that Judge Nora Bellamy called “distasteful,” Tom Reddick expressed a wish to “burn the whole place down.” The hearing went on.';
    expect(find(text, 'distasteful').speaker).toBe('Nora Bellamy');
    expect(find(text, 'burn the whole').speaker).toBe('Tom Reddick');
  });

  it('keeps a naming participle out of it ("in a box labeled “…,” a doctor had typed “…”")', () => {
    const text = 'On the form, in a box labeled “reason for visit,” a nurse had typed “severe anxiety.” Nothing else was noted.';
    expect(find(text, 'severe anxiety').speaker).toBe('a nurse');
  });
});
