/**
 * Levenshtein distance between two strings, giving up early: returns `limit + 1` as soon
 * as the distance must exceed `limit`, so comparing a word against many names stays cheap.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  return alignmentDistance(a, b, limit, false);
}

/**
 * Typing distance between two words: Levenshtein's edits plus the swap of two neighbouring
 * letters as one edit ("trupm" → "trump", "bernei" → "bernie"), the commonest slip in a typed
 * name (optimal string alignment). Gives up early like `editDistance`.
 */
export function typoDistance(a: string, b: string, limit = Infinity): number {
  return alignmentDistance(a, b, limit, true);
}

/** The dynamic programme behind both, row by row; `swaps`: a neighbouring swap is one edit. */
function alignmentDistance(a: string, b: string, limit: number, swaps: boolean): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
