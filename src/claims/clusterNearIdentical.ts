import { nearIdentical } from '../answer/mergeDuplicates';

/**
 * Clusters near-identical word lists (from `fingerprint`) without comparing all pairs.
 * Two copies of one wire sentence share nearly all words, so they share at least one of
 * their few rarest words: each text goes into the buckets of its KEY_WORDS rarest words
 * (rarity counted over the texts themselves), and only texts sharing a bucket are
 * compared, with `nearIdentical` from the answer module. Words in more than MAX_BUCKET
 * texts are not used as keys: a text whose rarest words are that common is boilerplate-short
 * and would cost a quadratic bucket.
 */
const KEY_WORDS = 3;
const MAX_BUCKET = 400;

export interface ClusterOptions {
  /** Texts with fewer distinct words are left out (default 6: "he said" is not wire copy). */
  minWords?: number;
}

/** Clusters (index lists, ascending, each of 2+ texts) of near-identical texts. */
export function clusterNearIdentical(texts: readonly (readonly string[])[], options: ClusterOptions = {}): number[][] {
  const minWords = options.minWords ?? 6;
  // Distinct words, sorted, so two texts' overlap is counted by one merge without allocating.
  const sets = texts.map((t) => [...new Set(t)].sort());
  const df = new Map<string, number>();
  for (const set of sets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const buckets = new Map<string, number[]>();
  sets.forEach((set, i) => {
    if (set.length < minWords) return;
    const keys = [...set].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : 1)).slice(0, KEY_WORDS);
    for (const key of keys) {
      if (df.get(key)! > MAX_BUCKET || df.get(key)! < 2) continue;
      const list = buckets.get(key) ?? [];
      list.push(i);
      buckets.set(key, list);
    }
  });
  const parent = texts.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const list of buckets.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a]!;
        const y = list[b]!;
        if (find(x) === find(y)) continue;
        if (mayBeNearIdentical(sets[x]!, sets[y]!) && nearIdentical(texts[x]!, texts[y]!)) parent[find(y)] = find(x);
      }
    }
  }
  const clusters = new Map<number, number[]>();
  texts.forEach((_, i) => {
    const root = find(i);
    const list = clusters.get(root) ?? [];
    list.push(i);
    clusters.set(root, list);
  });
  return [...clusters.values()].filter((c) => c.length >= 2).sort((a, b) => a[0]! - b[0]!);
}

/**
 * A necessary condition for `nearIdentical`, cheap enough to run on every bucketed pair:
 * both of its tests (Jaccard ≥ 0.8, or 95 % containment) need the texts to share at least
 * 80 % of the smaller one's distinct words. `nearIdentical` still decides.
 */
function mayBeNearIdentical(a: readonly string[], b: readonly string[]): boolean {
  const small = Math.min(a.length, b.length);
  if (small === 0 || small / Math.max(a.length, b.length) < 0.6) return false;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared >= 0.8 * small;
}
