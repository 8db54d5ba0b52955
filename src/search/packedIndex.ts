import MiniSearch, { type AsPlainObject } from 'minisearch';
import { processTerm, tokenize } from './analyzeText';

/**
 * The sentence index as plain data: a sorted vocabulary and, per field, postings in typed
 * arrays. Plain data because the same object is written to the cache file, sent from the
 * reload worker (its buffers transferred, not copied) and queried directly: nothing is
 * rebuilt on load, and a query allocates nothing proportional to the corpus.
 */
export interface PackedIndex {
  /** Number of indexed sentences (sentence ids are 0 … docCount-1). */
  docCount: number;
  /** Processed terms (wink-nlp stems, names as written), sorted by UTF-16 code units, joined by "\n". */
  vocabulary: string;
  /** Per term: sentences containing it in any field (the idf used for coverage weights). */
  df: Uint32Array;
  /** In `INDEX_FIELDS` order. */
  fields: PackedField[];
}

/** One field's postings: for term t, entries start[t] … start[t+1]-1 of docs/tf. */
export interface PackedField {
  start: Uint32Array;
  /** Sentence ids, ascending within a term. */
  docs: Uint32Array;
  /** Occurrences of the term in the sentence's field, capped at 255. */
  tf: Uint8Array;
  /** Distinct raw tokens per sentence (BM25's field length, as minisearch counts it). */
  lengths: Uint16Array;
  averageLength: number;
}

/** The fields indexed for each sentence, in `PackedIndex.fields` order. */
export const INDEX_FIELDS = ['text', 'people'] as const;

/** What gets indexed for one sentence. `id` is the sentence's position in the corpus arrays. */
export interface IndexedSentence {
  id: number;
  /** Sentence text, run-together words repaired. */
  text: string;
  /** Canonical names, aliases and roles of the people the sentence names or quotes. */
  people: string;
}

/**
 * Builds the packed index. minisearch indexes the sentences (fields `text` and `people`, our
 * `tokenize` and wink-nlp `processTerm`); its index is then frozen into typed arrays, so the
 * same terms, frequencies and field lengths serve queries, the cache file and the reload
 * worker without rebuilding a tree on load. Docs must be given in id order 0, 1, 2, …
 */
export function buildPackedIndex(docs: readonly IndexedSentence[]): PackedIndex {
  docs.forEach((doc, d) => {
    if (doc.id !== d) throw new Error(`sentence ${doc.id} indexed at position ${d}`);
  });
  const search = new MiniSearch<IndexedSentence>({ fields: [...INDEX_FIELDS], storeFields: [], tokenize, processTerm });
  search.addAll(docs);
  return packMiniSearch(search.toJSON(), docs.length);
}

/** Freezes minisearch's serialised index into the packed form. */
function packMiniSearch(json: AsPlainObject, docCount: number): PackedIndex {
  // minisearch numbers documents by insertion ("short ids"): map them back to sentence ids.
  const docOf = new Map<string, number>();
  for (const [short, id] of Object.entries(json.documentIds)) docOf.set(short, id as number);
  const fieldIds = INDEX_FIELDS.map((field) => json.fieldIds[field]!);
  const lengths = INDEX_FIELDS.map(() => new Uint16Array(docCount));
  for (const [short, perField] of Object.entries(json.fieldLength)) {
    const d = docOf.get(short)!;
    fieldIds.forEach((fieldId, f) => (lengths[f]![d] = Math.min(65_535, perField[fieldId] ?? 0)));
  }
  const names = json.index.map(([term]) => term);
  const df = new Uint32Array(names.length);
  const postings = INDEX_FIELDS.map(() => new Triples());
  const seen = new Set<number>();
  json.index.forEach(([, byField], t) => {
    seen.clear();
    fieldIds.forEach((fieldId, f) => {
      const entry = byField[String(fieldId)];
      if (!entry) return;
      // Sorted by sentence id so postings stay ascending within a term.
      const hits = Object.entries(entry).map(([short, tf]) => [docOf.get(short)!, tf] as const).sort((a, b) => a[0] - b[0]);
      for (const [d, tf] of hits) {
        postings[f]!.push(t, d, Math.min(255, tf));
        seen.add(d);
      }
    });
    df[t] = seen.size;
  });
  // Sorted vocabulary: prefix ranges by binary search and fuzzy matching as a walk over the
  // implicit trie, with no tree to build when the index loads.
  const order = names.map((_, i) => i).sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  const rank = new Uint32Array(names.length);
  order.forEach((id, r) => (rank[id] = r));
  return {
    docCount,
    vocabulary: order.map((id) => names[id]).join('\n'),
    df: Uint32Array.from(order, (id) => df[id]!),
    fields: postings.map((triples, f) => {
      const field = triples.pack(rank, names.length);
      const fieldLengths = lengths[f]!;
      let sum = 0;
      for (const length of fieldLengths) sum += length;
      return { ...field, lengths: fieldLengths, averageLength: docCount > 0 ? sum / docCount : 0 };
    }),
  };
}

/** Growable (term, doc, tf) triples, packed into per-term postings by a counting sort. */
class Triples {
  private terms = new Uint32Array(1024);
  private docs = new Uint32Array(1024);
  private tf = new Uint8Array(1024);
  private size = 0;

  push(term: number, doc: number, tf: number): void {
    if (this.size === this.terms.length) {
      const grow = <T extends Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.terms = grow(this.terms, (n) => new Uint32Array(n));
      this.docs = grow(this.docs, (n) => new Uint32Array(n));
      this.tf = grow(this.tf, (n) => new Uint8Array(n));
    }
    this.terms[this.size] = term;
    this.docs[this.size] = doc;
    this.tf[this.size] = tf;
    this.size++;
  }

  /** Postings in vocabulary (rank) order; docs stay ascending because they were pushed in doc order. */
  pack(rank: Uint32Array, termCount: number): Pick<PackedField, 'start' | 'docs' | 'tf'> {
    const start = new Uint32Array(termCount + 1);
    for (let i = 0; i < this.size; i++) start[rank[this.terms[i]!]! + 1]!++;
    for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!;
    const fill = start.slice(0, termCount);
    const docs = new Uint32Array(this.size);
    const tf = new Uint8Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const at = fill[rank[this.terms[i]!]!]!++;
      docs[at] = this.docs[i]!;
      tf[at] = this.tf[i]!;
    }
    return { start, docs, tf };
  }
}
