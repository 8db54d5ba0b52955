import { editDistance } from '../text/editDistance';
import { lowerBound, nearWords } from '../text/nearWords';
import { INDEX_FIELDS, type PackedField, type PackedIndex } from './packedIndex';

/** Field boosts: a match on a person's name or role counts more than one word of the text. */
export const FIELD_BOOST: Readonly<Record<(typeof INDEX_FIELDS)[number], number>> = { text: 1, people: 2 };

/**
 * Matching rules, as the minisearch index they replace used them: prefix matching from 4
 * characters ("Zelensk" → "Zelenskyy") at half weight, fading with the extra length; fuzzy
 * matching from 5 characters, one edit per 5 rounded ("Stoltenburg" → "Stoltenberg"), at 0.4
 * weight, but only for words the corpus does not have (unlike minisearch); BM25+ with k 1.2,
 * b 0.7, d 0.5.
 */
const PREFIX_FROM = 4;
const FUZZY_FROM = 5;
const FUZZY_SHARE = 0.2;
const PREFIX_WEIGHT = 0.5;
const FUZZY_WEIGHT = 0.4;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** Slots of a sentence's search state (see `SentenceIndex`'s scratch). */
const STATE_WIDTH = 4;
const SCORE = 0;
const COVER = 1;
const QUERY_MARK = 2;
/** The mark of the form (score pass) or token (coverage pass) that last touched the sentence. */
const MARK = 3;

/** One word of a query: its processed forms (any of them matching counts) and its weight for coverage. */
export interface QueryToken {
  forms: readonly string[];
  weight: number;
}

/** A sentence matching a query. */
export interface IndexHit {
  sentence: number;
  /** BM25 over the fields (with boosts) and every form's exact, prefix and fuzzy matches. */
  score: number;
  /** Share of the tokens' weight whose forms the sentence matches (exactly, by prefix or fuzzily), 0..1. */
  coverage: number;
}

export interface IndexSearchOptions {
  /** Only sentences passing this test. */
  filter?: (sentence: number) => boolean;
  /**
   * Leave out sentences whose coverage is below this: lets the search skip scanning frequent,
   * light words for sentences that cannot reach it (exact, not a heuristic). Default 0.
   */
  minCoverage?: number;
  /**
   * Return at most this many hits, the best by score × coverage² (the ranking answers start
   * from), so a question made of common words costs the same on 10,000 articles as on 1,000.
   */
  limit?: number;
  /**
   * Only these fields are read (default: all). "Who said 'lock her up'" asks for words printed
   * in a statement: a speaker's name in the people field ("Lockwood") is no match for them.
   */
  fields?: readonly (typeof INDEX_FIELDS)[number][];
}

/** A vocabulary term a query form reaches, with the weight of that kind of match. */
interface Derived {
  term: number;
  weight: number;
}

/**
 * Queries a packed index. Scratch arrays (one slot per sentence) are allocated once per
 * index and reused, so a query's cost follows the postings it reads, not the corpus size.
 * Not reentrant (queries are synchronous, so nothing interleaves).
 */
export class SentenceIndex {
  readonly docCount: number;
  private readonly terms: string[];
  private scratch?: {
    /**
     * Per sentence, side by side (`STATE_WIDTH` slots from `doc * STATE_WIDTH`): score,
     * coverage, query mark and form-or-token mark. Interleaved so that a posting touches one
     * cache line rather than four arrays of 400,000 entries each: at 10,000 articles reading
     * postings is bound by memory latency, not arithmetic.
     */
    state: Float64Array;
    formCount: Uint8Array;
    touched: Uint32Array;
    /** Posting positions of a restricted read. */
    positions: Uint32Array;
    /** Rank (score × coverage²) of each candidate hit, in candidate order. */
    rank: Float64Array;
  };
  private mark = 0;

  /** `terms`: the vocabulary's terms, when the caller split it already (`sentenceIndexSteps`). */
  constructor(readonly packed: PackedIndex, terms?: string[]) {
    this.docCount = packed.docCount;
    this.terms = terms ?? (packed.vocabulary === '' ? [] : packed.vocabulary.split('\n'));
  }

  /** Number of distinct processed terms. */
  get vocabularySize(): number {
    return this.terms.length;
  }

  /** Sentences containing the processed term in any field; undefined when it is not in the vocabulary. */
  documentFrequency(term: string): number | undefined {
    const id = this.termId(term);
    return id < 0 ? undefined : this.packed.df[id];
  }

  /** Vocabulary position of a processed term, or -1. */
  termId(term: string): number {
    const at = this.lowerBound(term);
    return this.terms[at] === term ? at : -1;
  }

  /**
   * Sentences matching any token, best first (ties: corpus order). Scored as the minisearch
   * index this replaced scored them: the BM25 sum over every form's matches, times the number
   * of forms matched; coverage as `searchSentences` measured it on minisearch's results (a
   * word's best match among the sentence's matched terms: exact 1, prefix 0.8, fuzzy 0.6).
   */
  search(tokens: readonly QueryToken[], options: IndexSearchOptions = {}): IndexHit[] {
    const total = tokens.reduce((sum, t) => sum + t.weight, 0);
    if (tokens.length === 0 || total <= 0 || this.docCount === 0) return [];
    this.prepare();
    const { state, formCount, touched } = this.scratch!;
    const query = this.nextMark();

    const derivedByForm = new Map<string, Derived[]>();
    for (const token of tokens) {
      // A word the corpus has under one of its forms is not a typo ("attended", indexed as
      // "attend"): none of its forms is matched fuzzily.
      const known = token.forms.some((form) => this.termId(form) >= 0);
      for (const form of token.forms) if (!derivedByForm.has(form)) derivedByForm.set(form, this.expand(form, !known));
    }
    const reached = new Set<number>();
    for (const derived of derivedByForm.values()) for (const d of derived) reached.add(d.term);
    // What each token's coverage reads: every reached term that matches one of its forms, best first.
    const coverage = new Map(
      tokens.map((token) => [
        token,
        [...reached]
          .map((term) => ({ term, quality: matchQuality(this.terms[term]!, token.forms) }))
          .filter((c) => c.quality > 0)
          .sort((a, b) => b.quality - a.quality),
      ]),
    );
    const cost = (token: QueryToken) => coverage.get(token)!.reduce((sum, c) => sum + this.postingCount(c.term), 0);

    // Tokens too light to lift a sentence to minCoverage on their own are read only for the
    // sentences the others found; the heaviest to read go there first.
    const floor = (options.minCoverage ?? 0) * total * (1 - 1e-9);
    const light = new Set<QueryToken>();
    let lightWeight = 0;
    for (const { token } of tokens.map((token) => ({ token, cost: cost(token) })).sort((a, b) => b.cost - a.cost)) {
      if (lightWeight + token.weight >= floor) break;
      light.add(token);
      lightWeight += token.weight;
    }
    const heavyForms = new Set(tokens.filter((t) => !light.has(t)).flatMap((t) => t.forms));

    const fields = this.packed.fields.map((field, f) => ({ field, boost: FIELD_BOOST[INDEX_FIELDS[f]!] })).filter((_, f) => !options.fields || options.fields.includes(INDEX_FIELDS[f]!));
    const tally: Tally = { state, formCount, touched, count: 0, query };
    const positions = this.scratch!.positions;
    for (const restricted of [false, true]) {
      const candidates = tally.count;
      // Postings to read: all of them, or (restricted) those of sentences found so far.
      const read = (term: number, field: PackedField): [Uint32Array | null, number, number] =>
        restricted ? [positions, 0, this.collect(term, field, candidates, query)] : [null, field.start[term]!, field.start[term + 1]!];
      for (const [form, derived] of derivedByForm) {
        if (heavyForms.has(form) === restricted) continue;
        const mark = this.nextMark();
        for (const { term, weight } of derived) {
          for (const { field, boost } of fields) {
            const matching = field.start[term + 1]! - field.start[term]!;
            if (matching === 0) continue;
            const idf = Math.log(1 + (this.docCount - matching + 0.5) / (matching + 0.5));
            addScores(tally, field, ...read(term, field), boost * weight * idf, mark);
          }
        }
      }
      for (const token of tokens) {
        if (light.has(token) !== restricted) continue;
        const mark = this.nextMark();
        for (const { term, quality } of coverage.get(token)!) {
          for (const { field } of fields) addCoverage(tally, field.docs, ...read(term, field), token.weight * quality, mark);
        }
      }
    }
    const touchedCount = tally.count;

    // Candidates passing the coverage floor and filter, with the rank a limited search keeps
    // the best of (score × coverage²); objects only for those kept, so a question whose words
    // are in 30,000 sentences does not allocate and sort 30,000 hits.
    const { rank } = this.scratch!;
    let count = 0;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      const slot = doc * STATE_WIDTH;
      if (state[slot + COVER]! < floor || (options.filter && !options.filter(doc))) continue;
      state[slot + SCORE] = state[slot + SCORE]! * Math.max(1, formCount[doc]!);
      state[slot + COVER] = state[slot + COVER]! / total;
      touched[count] = doc;
      rank[count++] = state[slot + SCORE]! * state[slot + COVER]! ** 2;
    }
    const limit = Math.min(count, options.limit ?? Infinity);
    if (limit <= 0) return [];
    // Keep the `limit` best by rank; of those tied at the cut, the earliest sentences.
    const threshold = limit < count ? kthLargest(rank.slice(0, count), limit) : -Infinity;
    const chosen: number[] = [];
    const tied: number[] = [];
    for (let i = 0; i < count; i++) {
      if (rank[i]! > threshold) chosen.push(touched[i]!);
      else if (rank[i] === threshold) tied.push(touched[i]!);
    }
    for (const doc of tied.sort((a, b) => a - b).slice(0, limit - chosen.length)) chosen.push(doc);
    const hits = chosen.map((doc) => ({ sentence: doc, score: state[doc * STATE_WIDTH + SCORE]!, coverage: state[doc * STATE_WIDTH + COVER]! }));
    return hits.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
  }

  /**
   * Fills `positions` with the postings of `term` in `field` whose sentence is among the first
   * `candidates` touched ones (by binary search when they are few, else by one pass); returns
   * how many.
   */
  private collect(term: number, field: PackedField, candidates: number, query: number): number {
    const from = field.start[term]!;
    const to = field.start[term + 1]!;
    const { touched, state, positions } = this.scratch!;
    let count = 0;
    if (candidates * Math.log2(to - from + 1) < to - from) {
      for (let c = 0; c < candidates; c++) {
        const at = findDoc(field.docs, from, to, touched[c]!);
        if (at >= 0) positions[count++] = at;
      }
    } else {
      for (let at = from; at < to; at++) if (state[field.docs[at]! * STATE_WIDTH + QUERY_MARK] === query) positions[count++] = at;
    }
    return count;
  }

  /**
   * The vocabulary terms a query form reaches: itself, longer words it begins, and (when
   * `fuzzy` and the form is not in the vocabulary) near misspellings.
   */
  expand(form: string, fuzzy = true): Derived[] {
    const derived: Derived[] = [];
    const exact = this.termId(form);
    if (exact >= 0) derived.push({ term: exact, weight: 1 });
    const prefixed = new Set<number>();
    if (form.length >= PREFIX_FROM) {
      for (let t = this.lowerBound(form); t < this.terms.length && this.terms[t]!.startsWith(form); t++) {
        if (t === exact) continue;
        prefixed.add(t);
        const length = this.terms[t]!.length;
        derived.push({ term: t, weight: (PREFIX_WEIGHT * length) / (length + 0.3 * (length - form.length)) });
      }
    }
    // A word the corpus has is not a typo: fuzzy matching it only adds other words ("resid"
    // for "residents" reached "presid", 53,000 sentences of "president" at 10,000 articles).
    if (fuzzy && form.length >= FUZZY_FROM && exact < 0) {
      const maxDistance = Math.min(6, Math.round(form.length * FUZZY_SHARE));
      if (maxDistance > 0) {
        for (const [t, distance] of nearWords(this.terms, form, maxDistance)) {
          if (distance === 0 || prefixed.has(t)) continue;
          const length = this.terms[t]!.length;
          derived.push({ term: t, weight: (FUZZY_WEIGHT * length) / (length + distance) });
        }
      }
    }
    return derived;
  }

  private lowerBound(term: string): number {
    return lowerBound(this.terms, term);
  }

  private postingCount(term: number): number {
    return this.packed.fields.reduce((sum, f) => sum + f.start[term + 1]! - f.start[term]!, 0);
  }

  private prepare(): void {
    const n = this.docCount;
    this.scratch ??= {
      state: new Float64Array(n * STATE_WIDTH),
      formCount: new Uint8Array(n),
      touched: new Uint32Array(n),
      positions: new Uint32Array(n),
      rank: new Float64Array(n),
    };
  }

  /** A fresh mark for the query, a form or a token; marks are never reused while arrays hold them. */
  private nextMark(): number {
    if (this.mark >= 0xfffffff0) {
      this.mark = 0;
      this.scratch!.state.fill(0);
    }
    return ++this.mark;
  }
}

/**
 * How well a matched term stands for one of a word's forms: exactly 1, as a longer word it
 * begins (from 4 characters) 0.8, within one edit per 5 characters 0.6, else 0.
 */
function matchQuality(term: string, forms: readonly string[]): number {
  let best = 0;
  for (const form of forms) {
    if (term === form) return 1;
    if (form.length >= 4 && term.startsWith(form)) best = Math.max(best, 0.8);
    else if (form.length >= 5) {
      const limit = Math.floor(form.length * 0.2);
      if (editDistance(term, form, limit) <= limit) best = Math.max(best, 0.6);
    }
  }
  return best;
}

/** Position of `doc` in the ascending run docs[from … to-1], or -1. */
function findDoc(docs: Uint32Array, from: number, to: number, doc: number): number {
  let a = from;
  let b = to;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (docs[mid]! < doc) a = mid + 1;
    else b = mid;
  }
  return a < to && docs[a] === doc ? a : -1;
}

/** The k-th largest of `values` (1-based; 1 ≤ k ≤ length), by quickselect; reorders `values`. */
export function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    // Descending partition: values above the pivot to the left.
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target]!;
  }
  return values[target]!;
}

/** What the postings passes of one search add up in (the index's scratch, and how many sentences it touched). */
interface Tally {
  state: Float64Array;
  formCount: Uint8Array;
  touched: Uint32Array;
  count: number;
  query: number;
}

// The two postings loops are where a query spends its time. Kept apart from `search`, small and
// always called with the same types, so V8 optimises them once; inside `search` they were
// deoptimised again and again, at several times the cost of reading the postings.

/** A sentence's first posting in this query: its state starts at zero and it joins the touched list. Returns the new count. */
function touchFirst(tally: Tally, doc: number, count: number): number {
  const slot = doc * STATE_WIDTH;
  tally.state[slot + QUERY_MARK] = tally.query;
  tally.state[slot + SCORE] = 0;
  tally.state[slot + COVER] = 0;
  tally.formCount[doc] = 0;
  tally.touched[count] = doc;
  return count + 1;
}

/**
 * Adds one term's BM25 contributions in one field: postings `first … end-1`, or, with
 * `positions`, the postings at `positions[first … end-1]`. A sentence counts each form once.
 */
function addScores(
  tally: Tally,
  field: PackedField,
  positions: Uint32Array | null,
  first: number,
  end: number,
  boost: number,
  mark: number,
): void {
  const { state, formCount, query } = tally;
  const { docs, tf: tfs, lengths, averageLength } = field;
  let count = tally.count;
  for (let j = first; j < end; j++) {
    const at = positions === null ? j : positions[j]!;
    const doc = docs[at]!;
    const slot = doc * STATE_WIDTH;
    if (state[slot + QUERY_MARK] !== query) count = touchFirst(tally, doc, count);
    const tf = tfs[at]!;
    const norm = BM25.k * (1 - BM25.b + (BM25.b * lengths[doc]!) / averageLength);
    state[slot + SCORE]! += boost * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm));
    if (state[slot + MARK] !== mark) {
      state[slot + MARK] = mark;
      formCount[doc]!++;
    }
  }
  tally.count = count;
}

/** Adds a token's coverage `gain` to the sentences of one term's postings (as `addScores` reads them), once per sentence. */
function addCoverage(
  tally: Tally,
  docs: Uint32Array,
  positions: Uint32Array | null,
  first: number,
  end: number,
  gain: number,
  mark: number,
): void {
  const { state, query } = tally;
  let count = tally.count;
  for (let j = first; j < end; j++) {
    const doc = docs[positions === null ? j : positions[j]!]!;
    const slot = doc * STATE_WIDTH;
    if (state[slot + QUERY_MARK] !== query) count = touchFirst(tally, doc, count);
    if (state[slot + MARK] !== mark) {
      state[slot + MARK] = mark;
      state[slot + COVER]! += gain;
    }
  }
  tally.count = count;
}

/** Terms split off the vocabulary between yields of `sentenceIndexSteps`. */
const TERMS_PER_STEP = 20_000;

/**
 * `new SentenceIndex(packed)` as steps: the vocabulary (500,000 terms at 10,000 articles) is
 * split a run of terms at a time, so a serving thread applying a reload's delta never splits
 * it in one slice (it took 100 ms and more, a garbage collection with it).
 */
export function* sentenceIndexSteps(packed: PackedIndex): Generator<void, SentenceIndex> {
  const { vocabulary } = packed;
  const terms: string[] = [];
  let at = 0;
  while (vocabulary !== '' && at <= vocabulary.length) {
    let end = vocabulary.indexOf('\n', at);
    if (end < 0) end = vocabulary.length;
    terms.push(vocabulary.slice(at, end));
    at = end + 1;
    if (terms.length % TERMS_PER_STEP === 0) yield;
  }
  return new SentenceIndex(packed, terms);
}
