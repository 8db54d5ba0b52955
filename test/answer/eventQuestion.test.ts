/**
 * "What happened in Luhansk": the opening asks for events; the article need not print
 * "happened", so only the place or thing asked about is searched.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf, searchWords } from '../../src/answer/answerTypes';
import { seedDesk } from '../support/seedCorpus';

describe('a question asking what happened', () => {
  it('searches what it asks about, not the opening', () => {
    const words = (q: string) => searchWords(q, answerTypeOf(q));
    expect(words('what happened in luhansk')).toBe('in luhansk');
    expect(words('whats going on in kyiv')).toBe('in kyiv');
    expect(words('any news on the cyberattack')).toBe('on the cyberattack');
    expect(words('what happened')).toBe('what happened');
  });

  it('is answered by a sentence about the place that never says "happened" (seeds)', async () => {
    const { desk } = await seedDesk();
    expect(desk.ask('what happened in luhansk').answers[0]?.text).toContain('Luhansk');
  });
});
