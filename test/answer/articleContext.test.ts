import { describe, expect, it } from 'vitest';
import { headlineCover, questionWords } from '../../src/answer/articleContext';
import { prepareDeskLookups } from '../../src/answer/deskLookups';
import { deskFrom } from '../claims/support';

describe('headlineCover', () => {
  const desk = () =>
    deskFrom([
      { outlet: 'Alpha News', title: 'Poll: Trump and Clinton hold narrow leads in Pennsylvania', body: 'Trump earned 39 percent of likely voters.' },
      { outlet: 'Beta Times', title: 'Storm hits the coast', body: 'Trump earned praise for his speech in Pennsylvania.' },
    ]);

  it('credits the question words a sentence lacks but its headline has', () => {
    const data = desk();
    const words = questionWords(data, 'what share of likely voters back Trump in Pennsylvania');
    expect(headlineCover(data, words, 0)).toBeGreaterThan(0);
    expect(headlineCover(data, words, 1)).toBe(0);
  });

  it('has every headline read before the first question once the desk is prepared (a reload does it before the swap)', async () => {
    const data = desk();
    const words = questionWords(data, 'what share of likely voters back Trump in Pennsylvania');
    await prepareDeskLookups(data, () => undefined);
    let headlinesRead = 0;
    const byId = data.articleById;
    data.articleById = new Proxy(byId, {
      get(target, key) {
        if (key === 'get') return (id: string) => (headlinesRead++, target.get(id));
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const covers = [headlineCover(data, words, 0), headlineCover(data, words, 1)];
    expect(headlinesRead).toBe(0);
    data.articleById = byId;
    const fresh = desk();
    expect(covers).toEqual([headlineCover(fresh, words, 0), headlineCover(fresh, words, 1)]);
  });
});
