import { describe, expect, it } from 'vitest';
import { asksForRecency, orderByDate, withoutRecencyWords } from '../../src/time/recency';

describe('questions asking for recency', () => {
  it.each([
    ['what’s the latest on the talks', true, 'the talks'],
    ['any news on the pipeline', true, 'the pipeline'],
    ['recent polls in Ohio', true, 'polls in Ohio'],
    ['what has Scholz said so far', true, 'what has Scholz said'],
    ['what is Putin saying now', true, 'what is Putin saying'],
    ['what’s Putin been saying', true, 'what’s Putin been saying'],
    // As typed in chat: "whats" without its apostrophe.
    ['whats the latest on comey', true, 'comey'],
    ['whats mook been saying', true, 'whats mook been saying'],
    ['whats Putin saying', true, 'whats Putin saying'],
    ['what did Putin say', false, 'what did Putin say'],
    ['how many troops has Russia massed near Ukraine', false, 'how many troops has Russia massed near Ukraine'],
  ])('%s', (question, asks, stripped) => {
    expect(asksForRecency(question)).toBe(asks);
    if (asks) expect(withoutRecencyWords(question)).toBe(stripped);
  });

  it('orders the relevant newest first for recency, and only near-ties otherwise', () => {
    const groups = [
      { s: 10, d: '2016-01-01' },
      { s: 9.9, d: '2016-03-01' },
      { s: 6, d: '2016-05-01' },
      { s: 2, d: '2016-09-01' },
    ];
    const order = (recency: boolean) => orderByDate(groups, (g) => g.s, (g) => g.d, recency).map((g) => g.d);
    expect(order(true)).toEqual(['2016-05-01', '2016-03-01', '2016-01-01', '2016-09-01']);
    expect(order(false)).toEqual(['2016-03-01', '2016-01-01', '2016-05-01', '2016-09-01']);
  });
});
