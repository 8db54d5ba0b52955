/**
 * Whether two sentences are near-identical (word sets overlapping by Jaccard ≥ 0.8, or the
 * shorter almost wholly inside the longer and at least 60 % of its length). Used only to
 * gather the sentences that give one figure (same value, same qualifier) when outlets word
 * them a little differently; never to show one outlet's words as another's (that is
 * `printedWords`).
 */
export function nearIdentical(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  for (const w of setA) if (setB.has(w)) shared++;
  const union = setA.size + setB.size - shared;
  if (shared / union >= 0.8) return true;
  const small = Math.min(setA.size, setB.size);
  const large = Math.max(setA.size, setB.size);
  return shared / small >= 0.95 && small / large >= 0.6;
}
