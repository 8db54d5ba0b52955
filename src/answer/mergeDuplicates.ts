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
  // Words become numbers (ids in order of first appearance), each key's distinct ids listed
  // once: typed arrays and stamps instead of a Set per item and Maps of strings, as this runs
  // on every answer (thousands of items for a prolific speaker).
  const ids = new Map<string, number>();
  const itemIds: Int32Array[] = [];
  let seen = new Int32Array(256);
  let frequency = new Int32Array(256);
  items.forEach((item, i) => {
    const words = key(item);
    const list = new Int32Array(words.length);
    let length = 0;
    for (const word of words) {
      let id = ids.get(word);
      if (id === undefined) {
        id = ids.size;
        ids.set(word, id);
        if (id >= seen.length) {
          seen = grow(seen);
          frequency = grow(frequency);
        }
      }
      if (seen[id] === i + 1) continue;
      seen[id] = i + 1;
      frequency[id]!++;
      list[length++] = id;
    }
    itemIds.push(list.subarray(0, length));
  });
  // Each word's rank, rarest first (ties in order of first appearance: any fixed order keeps
  // the filtering exact), by counting sort on the frequencies; a key is then an ascending
  // array of ranks.
  const words = ids.size;
  const startOf = new Int32Array(items.length + 2);
  for (let id = 0; id < words; id++) startOf[frequency[id]! + 1]!++;
  for (let f = 1; f < startOf.length; f++) startOf[f]! += startOf[f - 1]!;
  const rank = new Int32Array(words);
  for (let id = 0; id < words; id++) rank[id] = startOf[frequency[id]!]!++;
  const keys = itemIds.map((list) => {
    const ranks = new Uint32Array(list.length);
    for (let j = 0; j < list.length; j++) ranks[j] = rank[list[j]!]!;
    return ranks.sort();
  });

  const groups: { key: Uint32Array; items: T[] }[] = [];
  // Groups by each rank of their long (57 %) and short (95 %) prefixes.
  const byLongPrefix: number[][] = [];
  const byShortPrefix: number[][] = [];
  const index = (lists: number[][], ranks: Uint32Array, group: number) => {
    for (const r of ranks) (lists[r] ??= []).push(group);
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
  // Candidate groups of the current item, without repeats (`marked` holds the item's stamp).
  let marked = new Int32Array(64);
  const candidates: number[] = [];
  const consider = (list: number[] | undefined, stamp: number) => {
    if (!list) return;
    for (const g of list) {
      if (marked[g] === stamp) continue;
      marked[g] = stamp;
      candidates.push(g);
    }
  };
  items.forEach((item, i) => {
    const k = keys[i]!;
    const long = k.subarray(0, prefix(0.57, k.length));
    candidates.length = 0;
    for (const r of k.subarray(0, prefix(0.8, k.length))) consider(byLongPrefix[r], i + 1);
    for (const r of long) consider(byShortPrefix[r], i + 1);
    // The earliest group it is near-identical to.
    candidates.sort((a, b) => a - b);
    const group = candidates.find((g) => joins(groups[g]!.key, k));
    if (group !== undefined) {
      groups[group]!.items.push(item);
      return;
    }
    groups.push({ key: k, items: [item] });
    if (groups.length > marked.length) marked = grow(marked);
    index(byLongPrefix, long, groups.length - 1);
    index(byShortPrefix, k.subarray(0, prefix(0.95, k.length)), groups.length - 1);
  });
  return groups.map((g) => g.items);
}

/** The array at twice the length, zeros added. */
function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Least whole number of shared words that is at least `share` of `size` (the slack absorbs float rounding). */
function atLeast(share: number, size: number): number {
  return Math.ceil(share * size - 1e-9);
}

/** How many of a key's rarest words must include one shared with any key sharing `share` of it. */
function prefix(share: number, size: number): number {
  return size - atLeast(share, size) + 1;
}
