/**
 * The seed speaker questions (test/eval/speakers.dev.json, speakers.holdout.json; scored by
 * `npm run eval:speakers`) are well-formed: every expected snippet is printed verbatim in the
 * corpus (after quote normalisation), forms and fields are consistent, and the counts meet the
 * rules of issue #14 (≥ 60 questions, ≥ 30 of them held out).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SeedQuestion as SpeakerQuestion } from '../../scripts/speakers/seedQuestion';

const root = join(import.meta.dirname, '..', '..');
const read = (set: string) => JSON.parse(readFileSync(join(root, 'test', 'eval', `speakers.${set}.json`), 'utf8')) as SpeakerQuestion[];
const normalise = (t: string) => t.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
const corpus = readdirSync(join(root, 'corpus'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => normalise(readFileSync(join(root, 'corpus', f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')));
const sets = { dev: read('dev'), holdout: read('holdout') };
// Written blind in the eighth session (`npm run eval:speakers -- --blind`): checked like the others.
const blind = read('blind');

describe('seed speaker questions', () => {
  it('meet the counts: ≥ 60 in all, ≥ 30 held out, every form present in both', () => {
    expect(corpus.length).toBeGreaterThan(0);
    expect(sets.dev.length + sets.holdout.length).toBeGreaterThanOrEqual(60);
    expect(sets.holdout.length).toBeGreaterThanOrEqual(30);
    for (const list of Object.values(sets)) {
      for (const form of ['what-said', 'what-said-about', 'who-said', 'absent']) expect(list.some((x) => x.form === form)).toBe(true);
    }
  });

  it('ask each question once across the files', () => {
    const all = [...sets.dev, ...sets.holdout, ...blind].map((x) => x.q.trim().toLowerCase());
    expect(new Set(all).size).toBe(all.length);
  });

  for (const [set, list] of Object.entries({ ...sets, blind })) {
    it(`${set}: fields match the form`, () => {
      for (const x of list) {
        expect(x.q.trim(), JSON.stringify(x)).not.toBe('');
        expect(x.speaker.trim(), x.q).not.toBe('');
        expect(['what-said', 'what-said-about', 'who-said', 'absent'], x.q).toContain(x.form);
        if (x.form === 'absent') expect(x.expect, x.q).toEqual([]);
        else expect(x.expect.length, x.q).toBeGreaterThan(0);
        if (x.form === 'who-said') expect(x.expectSpeaker, x.q).toBe(x.speaker);
        expect(new Set(x.expect).size, `${x.q}: repeated snippet`).toBe(x.expect.length);
      }
    });

    it(`${set}: every expected snippet is printed verbatim in the corpus`, () => {
      const missing = list.flatMap((x) => x.expect.filter((e) => !corpus.some((body) => body.includes(normalise(e)))).map((e) => `${x.q}: ${e}`));
      expect(missing).toEqual([]);
    });

    it(`${set}: people asked about as absent are not in the corpus at all`, () => {
      for (const x of list.filter((y) => y.form === 'absent' && y.style === 'absent')) {
        const surname = x.speaker.split(' ').pop()!;
        expect(corpus.some((body) => body.includes(surname)), x.q).toBe(false);
      }
    });
  }
});
