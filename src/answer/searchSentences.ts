import type { DeskData } from '../model/deskData';
import { processQueryTerm, processTerm, tokenize } from '../search/analyzeText';
import type { IndexSearchOptions, QueryToken } from '../search/sentenceIndex';
import { MemoSlot } from '../shared/memoSlot';
import { spellingVariants } from './nameVariants';
import { nameWordsOf } from './roleWords';
import { deskLookup } from './deskLookups';
import { compoundsWith } from './compoundParts';

/** A sentence found for a query, with how much of the query it covers. */
export interface SentenceHit {
  /** Index into `DeskData.sentences`. */
  sentence: number;
  /** BM25 score (with field boosts, prefix and fuzzy matches weighted down). */
  score: number;
  /**
   * Share of the query's weight (rare words weigh more) that the sentence matches, 0..1.
   * A word counts once any of its forms matches, exactly, by prefix or fuzzily.
   */
  coverage: number;
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
  /**
   * Hits below this coverage are not wanted: they are left out, which lets the search skip
   * reading frequent words for sentences that cannot reach it. Default 0 (every hit).
   */
  minCoverage?: number;
  /** At most this many hits, the best by score × coverage² (default `MAX_HITS`). */
  limit?: number;
  /** A person's full name asked is covered by the surname alone (`fullNameWords`). */
  fullNames?: boolean;
  /** Only these index fields are searched (default: the text and the people it names or quotes). */
  fields?: IndexSearchOptions['fields'];
}

/**
 * Hits a search returns at most. Far more than any answer page shows; it bounds the work of
 * ranking and merging wire copies when a question's words are common in a large corpus
 * (thousands of matching sentences), keeping every question well inside Discord's 3 s.
 */
export const MAX_HITS = 200;

export function searchSentences(data: DeskData, query: string, options: SearchSentencesOptions = {}): SentenceHit[] {
  const tokens = queryTokens(data, query, options.emphasis ?? new Set(), options.alternatives ?? new Map(), options.fullNames);
  return data.index.search(tokens, {
    ...(options.filter && { filter: options.filter }),
    ...(options.minCoverage !== undefined && { minCoverage: options.minCoverage }),
    limit: options.limit ?? MAX_HITS,
    ...(options.fields && { fields: options.fields }),
  });
}

/**
 * The query's content words with their processed forms and idf weights, as the search weighs
 * them for coverage. Words in `emphasis` (lowercase, as typed) weigh three times as much: the
 * counted noun of "how many troops …" matters more than the verb.
 */
export function queryTokens(
  data: DeskData,
  query: string,
  emphasis: ReadonlySet<string>,
  alternatives: ReadonlyMap<string, readonly string[]>,
  fullNames = false,
): QueryToken[] {
  const n = data.sentences.length;
  const seen = new Set<string>();
  const tokens: QueryToken[] = [];
  const raws = tokenize(query);
  const folded = fullNames ? firstNamesOf(data, raws) : new Map<number, number>();
  for (const [at, raw] of raws.entries()) {
    // A first name folded into its surname: the surname's token weighs for both.
    if (folded.has(at)) continue;
    const own = processQueryTerm(raw);
    if (!own || own.length === 0) continue;
    const extra = (alternatives.get(raw.toLowerCase()) ?? []).flatMap((w) => processQueryTerm(w) ?? []);
    const absent = own.every((f) => data.df.get(f) === undefined);
    // A word the corpus does not have may be spelt another way there ("Kiev" / "Kyiv", "defence" / "defense").
    const variants = absent ? corpusSpellings(data, raw).flatMap((v) => [v, ...(processTerm(v) ?? [])]) : [];
    const forms = [...new Set([...own, ...extra, ...variants])];
    const key = forms.join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const df = documentFrequency(data, forms);
    // Unknown words weigh as much as the rarest: "Taiwan" in a corpus about Ukraine
    // must pull coverage down, not be ignored. A short lowercase word the corpus lacks is
    // more likely chat shorthand ("rn", "ppl", "govt") than a name: it weighs little.
    const shorthand = df === 0 && variants.length === 0 && raw.length <= 4 && raw === raw.toLowerCase();
    const factor = (emphasis.has(raw.toLowerCase()) ? 3 : 1) * (shorthand ? 0.2 : 1);
    const first = [...folded].find(([, surname]) => surname === at);
    const firstWeight = first ? idfWeight(n, documentFrequency(data, processQueryTerm(raws[first[0]]!) ?? [])) : 0;
    tokens.push({ forms, weight: factor * idfWeight(n, df) + firstWeight });
  }
  return tokens;
}

/**
 * First names of full names the question gives ("merrick garland"), each mapped to its
 * surname's position: news names a person in full once, then by surname ("Garland is 63"), so
 * a sentence printing the surname covers the whole name. Only names of the corpus's people,
 * first and last word as asked, whose surname alone the corpus reads as them.
 */
function firstNamesOf(data: DeskData, raws: readonly string[]): Map<number, number> {
  const folded = new Map<number, number>();
  for (let i = 0; i + 1 < raws.length; i++) {
    const first = raws[i]!.toLowerCase();
    const last = raws[i + 1]!.toLowerCase().replace(/[’']s$/, '');
    if (first.length < 2 || last.length < 3 || !/^\p{L}+$/u.test(first) || !/^\p{L}[\p{L}-]*$/u.test(last)) continue;
    const person = data.people.lookup(`${first} ${last}`);
    const words = person ? nameWordsOf(person.name) : [];
    // The surname alone must be this person's (`firstNameBySurname`): "Clinton" alone is not Chelsea Clinton.
    if (words.length >= 2 && words[0] === first && words[words.length - 1] === last && deskLookup(data, 'firstNameBySurname').get(last) === first) folded.set(i, i + 1);
  }
  return folded;
}

/** Sentences holding the word under any of its forms (the most of its forms'). */
export function documentFrequency(data: DeskData, forms: readonly string[]): number {
  return Math.max(0, ...forms.map((f) => data.df.get(f) ?? 0));
}

/** A query word's weight among `n` sentences: rare words weigh more; one the corpus lacks weighs as the rarest. */
export function idfWeight(n: number, df: number): number {
  return Math.log(1 + n / Math.max(df, 0.5));
}

/**
 * Names the question gives (capitalised words after its first word, as typed) that the
 * corpus has under no form, spelling variant, prefix or near spelling: a question about
 * someone or something the corpus never mentions has no answer there.
 */
export function absentNames(data: DeskData, question: string): string[] {
  const words = tokenize(question);
  const absent: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const raw = words[i]!;
    if (!/^\p{Lu}\p{Ll}/u.test(raw) || raw.length < 3) continue;
    const forms = processQueryTerm(raw);
    if (!forms || forms.length === 0) continue;
    if (forms.some((f) => data.df.get(f) !== undefined || data.index.expand(f, true).length > 0)) continue;
    if (corpusSpellings(data, raw).length > 0) continue;
    // "Karabakh", printed only as part of "Nagorno-Karabakh", is in the corpus.
    if (compoundsWith(data, raw).length > 0) continue;
    absent.push(raw);
  }
  return absent;
}

const spellingMemo = new MemoSlot<Map<string, string[]>>('spelling variants');
/** Bound on the words whose variants one corpus remembers (a long run asks many). */
const MAX_REMEMBERED_SPELLINGS = 5_000;

/**
 * `spellingVariants` of a word in this corpus, worked out once per corpus and word: it runs
 * wink-nlp on dozens of candidate spellings, so a word the corpus lacks cost more than the
 * rest of the question, every time it was asked (and twice: for the search and for
 * `absentNames`).
 */
function corpusSpellings(data: DeskData, raw: string): string[] {
  let memo = spellingMemo.get(data);
  if (!memo) spellingMemo.set(data, (memo = new Map()));
  let variants = memo.get(raw);
  if (!variants) {
    variants = spellingVariants(raw, (t) => data.df.get(t) !== undefined);
    if (memo.size >= MAX_REMEMBERED_SPELLINGS) memo.clear();
    memo.set(raw, variants);
  }
  return variants;
}
