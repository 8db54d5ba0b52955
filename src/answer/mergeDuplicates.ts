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
  return similarEnough(shared, setA.size, setB.size);
}

/** The rule of `nearIdentical`, from the number of shared distinct words and the two set sizes. */
function similarEnough(shared: number, sizeA: number, sizeB: number): boolean {
  const union = sizeA + sizeB - shared;
  if (shared / union >= 0.8) return true;
  const small = Math.min(sizeA, sizeB);
  const large = Math.max(sizeA, sizeB);
  return shared / small >= 0.95 && small / large >= 0.6;
}

/**
 * Groups items whose keys are near-identical, keeping the input order: each group is led by
 * its first (best-ranked) item, and an item joins the earliest group it is near-identical to.
 *
 * Compared only with groups that can qualify (prefix filtering, exact): with words ordered
 * rarest first, two keys sharing at least o words share a word among the first n − o + 1 of
 * each. Jaccard ≥ 0.8 needs o ≥ 0.8 × either size; containment needs o ≥ 0.95 × the smaller,
 * which is ≥ 0.6 × the larger, so o ≥ 0.57 × the larger. Groups are indexed by their long
 * (57 %) and short (95 %) prefixes; an item probes the long index with its Jaccard prefix and
 * the short index with its long prefix. The same groups as comparing with every group, in
 * near-linear time, so a common question over a large corpus (thousands of matching
 * sentences) stays fast.
 */
export function mergeNearIdentical<T>(items: readonly T[], key: (item: T) => readonly string[]): T[][] {
  const words = items.map((item) => new Set(key(item)));
  const frequency = new Map<string, number>();
  for (const k of words) for (const w of k) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  // Each word becomes its rank, rarest first (ties in order of first appearance: any fixed
  // order keeps the filtering exact): a key is then an ascending array of ranks. Counted into
  // frequency buckets rather than sorted, as a prolific speaker's answers have thousands of words.
  const byFrequency: string[][] = [];
  for (const [w, f] of frequency) (byFrequency[f] ??= []).push(w);
  const rank = new Map<string, number>();
  for (const bucket of byFrequency) if (bucket) for (const w of bucket) rank.set(w, rank.size);
  const keys = words.map((k) => Uint32Array.from(k, (w) => rank.get(w)!).sort());
  const groups: { key: Uint32Array; items: T[] }[] = [];
  const byLongPrefix = new Map<number, number[]>();
  const byShortPrefix = new Map<number, number[]>();
  const index = (map: Map<number, number[]>, ranks: Uint32Array, group: number) => {
    for (const r of ranks) {
      const list = map.get(r);
      if (list) list.push(group);
      else map.set(r, [group]);
    }
  };
  const joins = (group: Uint32Array, k: Uint32Array): boolean => {
    if (group.length === 0 || k.length === 0) return false;
    const small = Math.min(group.length, k.length);
    const large = Math.max(group.length, k.length);
    // Both rules need the smaller set to be at least 60 % of the larger.
    if (small / large < 0.6) return false;
    const needed = atLeast(0.57, large);
    let shared = 0;
    let a = 0;
    let b = 0;
    while (a < group.length && b < k.length) {
      if (group[a] === k[b]) {
        shared++;
        a++;
        b++;
      } else if (group[a]! < k[b]!) a++;
      else b++;
      if (shared + Math.min(group.length - a, k.length - b) < needed) return false;
    }
    return similarEnough(shared, group.length, k.length);
  };
  items.forEach((item, i) => {
    const k = keys[i]!;
    const long = k.subarray(0, prefix(0.57, k.length));
    const candidates = new Set<number>();
    for (const r of k.subarray(0, prefix(0.8, k.length))) for (const g of byLongPrefix.get(r) ?? []) candidates.add(g);
    for (const r of long) for (const g of byShortPrefix.get(r) ?? []) candidates.add(g);
    const group = [...candidates].sort((a, b) => a - b).find((g) => joins(groups[g]!.key, k));
    if (group !== undefined) {
      groups[group]!.items.push(item);
      return;
    }
    groups.push({ key: k, items: [item] });
    index(byLongPrefix, long, groups.length - 1);
    index(byShortPrefix, k.subarray(0, prefix(0.95, k.length)), groups.length - 1);
  });
  return groups.map((g) => g.items);
}

/** Least whole number of shared words that is at least `share` of `size` (the slack absorbs float rounding). */
function atLeast(share: number, size: number): number {
  return Math.ceil(share * size - 1e-9);
}

/** How many of a key's rarest words must include one shared with any key sharing `share` of it. */
function prefix(share: number, size: number): number {
  return size - atLeast(share, size) + 1;
}
