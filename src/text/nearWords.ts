/**
 * Words of a sorted list within `maxDistance` edits (Levenshtein) of `query`, as a map from
 * index in `sorted` to distance: a depth-first walk over the trie the sorted list forms
 * implicitly (a node is a range of words sharing a prefix), one matrix row per level,
 * abandoning a branch once every cell exceeds the limit. It visits a small part of a large
 * vocabulary where comparing the query with every word would not. `sorted` must be sorted by
 * UTF-16 code units (the default `sort()`), without duplicates.
 */
export function nearWords(sorted: readonly string[], query: string, maxDistance: number): Map<number, number> {
  const found = new Map<number, number>();
  const n = query.length + 1;
  const rows = new Uint8Array((n + maxDistance + 1) * n);
  for (let j = 0; j < n; j++) rows[j] = j;
  const walk = (lo: number, hi: number, depth: number): void => {
    const prev = depth * n;
    if (lo < hi && sorted[lo]!.length === depth) {
      const distance = rows[prev + n - 1]!;
      if (distance <= maxDistance) found.set(lo, distance);
      lo++;
    }
    if (depth + 1 > n - 1 + maxDistance) return;
    while (lo < hi) {
      const code = sorted[lo]!.charCodeAt(depth);
      const end = groupEnd(sorted, lo, hi, depth, code);
      const row = prev + n;
      rows[row] = depth + 1;
      let min = rows[row]!;
      for (let j = 1; j < n; j++) {
        const replace = rows[prev + j - 1]! + (query.charCodeAt(j - 1) === code ? 0 : 1);
        const value = Math.min(replace, rows[prev + j]! + 1, rows[row + j - 1]! + 1);
        rows[row + j] = value;
        if (value < min) min = value;
      }
      if (min <= maxDistance) walk(lo, end, depth + 1);
      lo = end;
    }
  };
  walk(0, sorted.length, 0);
  return found;
}

/** First index in [lo, hi) whose word has a different character at `depth` (words there share the prefix). */
function groupEnd(sorted: readonly string[], lo: number, hi: number, depth: number, code: number): number {
  let a = lo + 1;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (sorted[mid]!.charCodeAt(depth) <= code) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** First index of `sorted` whose word is not below `word` (where words starting with it begin). */
export function lowerBound(sorted: readonly string[], word: string): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (sorted[mid]! < word) a = mid + 1;
    else b = mid;
  }
  return a;
}
