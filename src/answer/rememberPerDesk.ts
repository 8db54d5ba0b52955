import { MemoSlot } from '../shared/memoSlot';

/** How many results `rememberPerDesk` keeps per corpus, by default. */
export const REMEMBERED_PER_DESK = 32;

const memos = new MemoSlot<Map<string, unknown>>('remembered per desk');

/**
 * `make()`'s result for `key`, worked out once per corpus (`data`) and kept for the `size`
 * most recently used keys, so asking again (the next page of a prolific speaker's quotations,
 * the same question from another member) does not redo it. Dropped with the corpus on reload.
 * `make` must depend only on the corpus and the key.
 */
export function rememberPerDesk<T>(data: object, key: string, make: () => T, size = REMEMBERED_PER_DESK): T {
  let memo = memos.get(data);
  if (!memo) memos.set(data, (memo = new Map()));
  if (memo.has(key)) {
    const value = memo.get(key) as T;
    // Most recently used last: a Map iterates in insertion order.
    memo.delete(key);
    memo.set(key, value);
    return value;
  }
  const value = make();
  memo.set(key, value);
  if (memo.size > size) memo.delete(memo.keys().next().value!);
  return value;
}

/** Forgets everything remembered for `data` (the bench times questions asked for the first time). */
export function forgetPerDesk(data: object): void {
  memos.delete(data);
}
