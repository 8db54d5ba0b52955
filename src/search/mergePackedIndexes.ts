import type { PackedField, PackedIndex } from './packedIndex';

/**
 * Joins packed indexes of consecutive runs of sentences (part 0 holds sentences
 * 0 … n₀-1, part 1 the next n₁, …) into the index `buildPackedIndex` gives for all of them
 * at once: the same vocabulary, postings, frequencies and field lengths. A large corpus is
 * indexed in parts on several threads and joined here; nothing in a part depends on the
 * sentences of another, except document frequencies and average lengths, which are summed.
 */
export function mergePackedIndexes(parts: readonly PackedIndex[]): PackedIndex {
  if (parts.length === 1) return parts[0]!;
  const vocabularies = parts.map((part) => (part.vocabulary === '' ? [] : part.vocabulary.split('\n')));
  const terms = mergeSorted(vocabularies);
  const termCount = terms.length;
  // Each part's term numbers in the joined vocabulary.
  const globalOf = vocabularies.map((words) => {
    const map = new Uint32Array(words.length);
    let g = 0;
    words.forEach((word, t) => {
      while (terms[g] !== word) g++;
      map[t] = g;
    });
    return map;
  });
  const df = new Uint32Array(termCount);
  parts.forEach((part, p) => part.df.forEach((count, t) => (df[globalOf[p]![t]!]! += count)));
  const offsets: number[] = [];
  let docCount = 0;
  for (const part of parts) {
    offsets.push(docCount);
    docCount += part.docCount;
  }
  const fieldCount = parts[0]?.fields.length ?? 0;
  const fields: PackedField[] = [];
  for (let f = 0; f < fieldCount; f++) {
    const start = new Uint32Array(termCount + 1);
    parts.forEach((part, p) => {
      const local = part.fields[f]!.start;
      for (let t = 0; t + 1 < local.length; t++) start[globalOf[p]![t]! + 1]! += local[t + 1]! - local[t]!;
    });
    for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!;
    const docs = new Uint32Array(start[termCount]!);
    const tf = new Uint8Array(start[termCount]!);
    const fill = start.slice(0, termCount);
    // Parts in sentence order, so each term's postings stay ascending.
    parts.forEach((part, p) => {
      const field = part.fields[f]!;
      for (let t = 0; t + 1 < field.start.length; t++) {
        let at = fill[globalOf[p]![t]!]!;
        for (let i = field.start[t]!; i < field.start[t + 1]!; i++, at++) {
          docs[at] = field.docs[i]! + offsets[p]!;
          tf[at] = field.tf[i]!;
        }
        fill[globalOf[p]![t]!] = at;
      }
    });
    const lengths = new Uint16Array(docCount);
    parts.forEach((part, p) => lengths.set(part.fields[f]!.lengths, offsets[p]));
    let sum = 0;
    for (const length of lengths) sum += length;
    fields.push({ start, docs, tf, lengths, averageLength: docCount > 0 ? sum / docCount : 0 });
  }
  return { docCount, vocabulary: terms.join('\n'), df, fields };
}

/** Union of sorted, duplicate-free word lists, sorted by UTF-16 code units like `buildPackedIndex`'s vocabulary. */
function mergeSorted(lists: readonly string[][]): string[] {
  const all = new Set<string>();
  for (const list of lists) for (const word of list) all.add(word);
  return [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
