import { describe, expect, it } from 'vitest';
import { loadDesk } from '../../src/desk/loadDesk';
import { rememberPerDesk } from '../../src/answer/rememberPerDesk';
import { CORPUS_DIR } from '../support/seedCorpus';

describe('rememberPerDesk', () => {
  it('works a key out once per corpus and forgets the least recently used beyond its size', () => {
    const data = {};
    const made: string[] = [];
    const remember = (key: string) => rememberPerDesk(data, key, () => (made.push(key), `${key}!`), 2);
    expect([remember('a'), remember('b'), remember('a')]).toEqual(['a!', 'b!', 'a!']);
    remember('c'); // "b" is now the least recently used, and goes
    remember('a');
    remember('b');
    expect(made).toEqual(['a', 'b', 'c', 'b']);
    // Another corpus has its own results.
    expect(rememberPerDesk({}, 'a', () => 'other')).toBe('other');
  });
});

describe('remembered quotations in answers', () => {
  it('answers a speaker question the same whatever was asked before (topic scores, outlet filters and pages do not leak)', async () => {
    const fresh = async () => (await loadDesk(CORPUS_DIR, { cacheDir: false })).desk;
    const questions: [string, object?][] = [
      ['what did Stoltenberg say'],
      ['what did Stoltenberg say about withdrawing forces'],
      ['what did Stoltenberg say', { outlet: 'NPR' }],
      ['what did Stoltenberg say', { limit: 2, offset: 1 }],
      ['what did Blinken say about diplomacy'],
    ];
    const used = await fresh();
    for (const [question, options] of [...questions, ...[...questions].reverse()]) {
      const expected = (await fresh()).ask(question, options);
      expect(used.ask(question, options)).toEqual(expected);
    }
  });
});
