import type { SearchResult } from 'minisearch';
import type { DeskData } from '../desk/deskData';
import { processQueryTerm, tokenize } from '../search/analyzeText';
import { editDistance } from '../text/editDistance';

/** A sentence found for a query, with how much of the query it covers. */
export interface SentenceHit {
  /** Index into `DeskData.sentences`. */
  sentence: number;
  /** minisearch's BM25 score (with field boosts). */
  score: number;
  /**
   * Share of the query's weight (rare words weigh more) that the sentence matches, 0..1.
   * Exact matches count fully, prefix matches 0.8, fuzzy matches 0.6.
   */
  coverage: number;
}

interface QueryToken {
  forms: string[];
  weight: number;
}

/**
 * Searches the sentence index and measures coverage, the signal used to abstain: a
 * sentence that shares only a common word with the question does not answer it.
 */
export interface SearchSentencesOptions {
  /** Only sentences (indexes) passing this test. */
  filter?: (sentence: number) => boolean;
  /** Query words (lowercase, as typed) that weigh three times as much. */
  emphasis?: ReadonlySet<string>;
  /** Query words (lowercase) and words that count as the same word ("troops" → "forces"). */
  alternatives?: ReadonlyMap<string, readonly string[]>;
}

export function searchSentences(data: DeskData, query: string, options: SearchSentencesOptions = {}): SentenceHit[] {
  const { filter } = options;
  const tokens = queryTokens(data, query, options.emphasis ?? new Set(), options.alternatives ?? new Map());
  if (tokens.length === 0) return [];
  const terms = [...new Set(tokens.flatMap((t) => t.forms))];
  const results: SearchResult[] = data.index.search(
    { queries: terms, combineWith: 'OR' },
    { processTerm: (t) => t, ...(filter && { filter: (r) => filter(r.id as number) }) },
  );
  const total = tokens.reduce((sum, t) => sum + t.weight, 0);
  return results.map((r) => ({
    sentence: r.id as number,
    score: r.score,
    coverage: tokens.reduce((sum, t) => sum + t.weight * matchQuality(t.forms, r.terms), 0) / total,
  }));
}

/**
 * The query's content words with their processed forms and idf weights. Words in
 * `emphasis` (lowercase, as typed) weigh three times as much: the counted noun of
 * "how many troops …" matters more than the verb.
 */
function queryTokens(
  data: DeskData,
  query: string,
  emphasis: ReadonlySet<string>,
  alternatives: ReadonlyMap<string, readonly string[]>,
): QueryToken[] {
  const n = data.sentences.length;
  const seen = new Set<string>();
  const tokens: QueryToken[] = [];
  for (const raw of tokenize(query)) {
    const own = processQueryTerm(raw);
    if (!own || own.length === 0) continue;
    const extra = (alternatives.get(raw.toLowerCase()) ?? []).flatMap((w) => processQueryTerm(w) ?? []);
    const forms = [...new Set([...own, ...extra])];
    const key = forms.join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const df = Math.max(...own.map((f) => data.df.get(f) ?? 0));
    // Unknown words weigh as much as the rarest: "Taiwan" in a corpus about Ukraine
    // must pull coverage down, not be ignored.
    const factor = emphasis.has(raw.toLowerCase()) ? 3 : 1;
    tokens.push({ forms, weight: factor * Math.log(1 + n / Math.max(df, 0.5)) });
  }
  return tokens;
}

function matchQuality(forms: readonly string[], docTerms: readonly string[]): number {
  let best = 0;
  for (const term of docTerms) {
    for (const form of forms) {
      if (term === form) return 1;
      if (form.length >= 4 && term.startsWith(form)) best = Math.max(best, 0.8);
      else if (form.length >= 5 && editDistance(term, form, Math.floor(form.length * 0.2)) <= Math.floor(form.length * 0.2)) {
        best = Math.max(best, 0.6);
      }
    }
  }
  return best;
}
