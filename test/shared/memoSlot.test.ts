import { describe, expect, it } from 'vitest';
import { MemoSlot } from '../../src/shared/memoSlot';

describe('MemoSlot', () => {
  it('keeps one value per owner, apart from other slots and owners', () => {
    const tables = new MemoSlot<string>('tables');
    const names = new MemoSlot<string>('names');
    const a = { id: 'a' };
    const b = { id: 'b' };
    tables.set(a, 'tables of a');
    names.set(a, 'names of a');
    expect(tables.get(a)).toBe('tables of a');
    expect(names.get(a)).toBe('names of a');
    expect(tables.has(b)).toBe(false);
    expect(tables.get(b)).toBeUndefined();
    tables.set(a, 'again');
    expect(tables.get(a)).toBe('again');
    tables.delete(a);
    expect(tables.has(a)).toBe(false);
    expect(names.get(a)).toBe('names of a');
  });

  it('is invisible to copies, keys and JSON of the owner', () => {
    const slot = new MemoSlot<number[]>('memo');
    const owner = { sentences: 3 };
    slot.set(owner, [1, 2, 3]);
    expect(Object.keys(owner)).toEqual(['sentences']);
    expect(JSON.stringify(owner)).toBe('{"sentences":3}');
    expect({ ...owner }).toStrictEqual({ sentences: 3 });
    expect(slot.has({ ...owner })).toBe(false);
  });

  it('works for frozen owners and arrays', () => {
    const slot = new MemoSlot<string>('memo');
    const frozen = Object.freeze({ id: 1 });
    const list: readonly string[] = ['Jens Stoltenberg'];
    slot.set(frozen, 'frozen');
    slot.set(list, 'list');
    expect(slot.get(frozen)).toBe('frozen');
    expect(slot.get(list)).toBe('list');
    expect(slot.has(Object.freeze({ id: 1 }))).toBe(false);
    slot.delete(frozen);
    expect(slot.has(frozen)).toBe(false);
  });
});
