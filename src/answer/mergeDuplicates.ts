/**
 * Merging of near-identical text printed by several outlets (wire copy): the same sentence
 * with a comma or a curly quote changed, or the same quotation with a different attribution.
 */

const WORD = /[\p{L}\p{N}]+/gu;

/** Lowercase word tokens, apostrophes and punctuation ignored. */
export function fingerprint(text: string): string[] {
  return (text.toLowerCase().replace(/['’]/g, '').match(WORD) ?? []);
}

/**
 * True when two texts are near-identical: their word sets overlap by Jaccard ≥ 0.8, or the
 * shorter is (almost) wholly contained in the longer and is at least 60 % of its length.
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

/**
 * Groups items whose keys are near-identical, keeping the input order: each group is led by
 * its first (best-ranked) item. Quadratic in the number of groups, so callers pass a ranked
 * shortlist, not the corpus.
 */
export function mergeNearIdentical<T>(items: readonly T[], key: (item: T) => readonly string[]): T[][] {
  const groups: { key: readonly string[]; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const group = groups.find((g) => nearIdentical(g.key, k));
    if (group) group.items.push(item);
    else groups.push({ key: k, items: [item] });
  }
  return groups.map((g) => g.items);
}
