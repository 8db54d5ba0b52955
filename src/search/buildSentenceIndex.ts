import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { processQueryTerm, processTerm, tokenize } from './analyzeText';

/** What gets indexed for one sentence. `id` is the sentence's position in the corpus arrays. */
export interface IndexedSentence {
  id: number;
  /** Sentence text, run-together words repaired. */
  text: string;
  /** Canonical names, aliases and roles of the people the sentence names or quotes. */
  people: string;
}

/** Field boosts: a match on a person's name or role counts more than one word of the text. */
export const FIELD_BOOST = { text: 1, people: 2 } as const;

const INDEX_OPTIONS: Options<IndexedSentence> = {
  fields: ['text', 'people'],
  storeFields: [],
  tokenize,
  processTerm,
};

/**
 * Query defaults. Prefix matching from 4 characters ("Zelensk" → "Zelenskyy"); fuzzy matching
 * from 5 characters, one edit per 5 ("Stoltenburg" → "Stoltenberg") — shorter words would
 * match too many unrelated words.
 */
export const SEARCH_OPTIONS: SearchOptions = {
  boost: FIELD_BOOST,
  combineWith: 'OR',
  prefix: (term) => term.length >= 4,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  processTerm: processQueryTerm,
  weights: { prefix: 0.5, fuzzy: 0.4 },
};

/** Builds the sentence index. */
export function buildSentenceIndex(docs: readonly IndexedSentence[]): MiniSearch<IndexedSentence> {
  const index = new MiniSearch<IndexedSentence>({ ...INDEX_OPTIONS, searchOptions: SEARCH_OPTIONS });
  index.addAll(docs);
  return index;
}

/** Restores an index saved with `JSON.stringify(index)`. */
export function loadSentenceIndex(json: string): MiniSearch<IndexedSentence> {
  return MiniSearch.loadJSON<IndexedSentence>(json, { ...INDEX_OPTIONS, searchOptions: SEARCH_OPTIONS });
}

/**
 * Document frequency of each processed term over the sentences, for weighting how much of
 * a question a sentence answers (rare words matter, "Russia" hardly does).
 */
export function countDocumentFrequencies(docs: readonly IndexedSentence[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const token of tokenize(`${doc.text} ${doc.people}`)) {
      for (const term of processTerm(token) ?? []) seen.add(term);
    }
    for (const term of seen) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return df;
}
