import { describe, expect, it } from 'vitest';
import { lazyArray } from '../../src/store/packDeskData';

describe('lazyArray', () => {
  it('makes each item on first read, once, and behaves as an array', () => {
    const made: number[] = [];
    const items = lazyArray(5, (i) => {
      made.push(i);
      return { n: i * 10 };
    });
    expect(made).toEqual([]);
    expect(items.length).toBe(5);
    expect(items[3]).toEqual({ n: 30 });
    expect(items[3]).toBe(items[3]);
    expect(made).toEqual([3]);
    expect(items[5]).toBeUndefined();
    expect(items.map((x) => x.n)).toEqual([0, 10, 20, 30, 40]);
    expect(items.filter((x) => x.n > 15).length).toBe(3);
    expect(items.some((x) => x.n === 40)).toBe(true);
    expect([...items].length).toBe(5);
    expect([...items.keys()]).toEqual([0, 1, 2, 3, 4]);
    let count = 0;
    items.forEach(() => count++);
    for (const _ of items) count++;
    expect(count).toBe(10);
    expect(2 in items).toBe(true);
    expect(made.sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('is read-only', () => {
    const items = lazyArray(2, (i) => i);
    expect(() => {
      'use strict';
      (items as number[])[0] = 7;
    }).toThrow(TypeError);
    expect(items[0]).toBe(0);
  });
});
