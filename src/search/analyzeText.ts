import { getNlp } from '../text/nlp';

/**
 * Text analysis shared by indexing and querying, so both sides see the same terms.
 *
 * Tokens keep numbers whole ("150,000", "2-to-1") and drop possessives; `processTerm`
 * removes wink-nlp stop words and maps a word to its wink-nlp stem of the lemma
 * ("said" → "say", "troops" → "troop"). Capitalised words also keep their plain
 * lowercase form, so a name is matched as written ("Zelenskyy") as well as stemmed.
 */

const TOKEN = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;

/** Splits text into raw tokens (no case folding, no stemming). */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const cache = new Map<string, string[] | null>();
// Bounded so that a flood of distinct junk questions cannot grow memory without limit.
const CACHE_LIMIT = 500_000;

/**
 * Index-side term processing: null for stop words, else one or two terms.
 * Memoised: wink-nlp runs once per distinct token, not once per occurrence.
 */
export function processTerm(raw: string): string[] | null {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const result = analyze(raw);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, result);
  return result;
}

/**
 * Query-side processing: like `processTerm`, plus the plain lowercase form for every
 * word, so a misspelt or lowercase name still meets the indexed name by prefix or fuzzy match.
 */
export function processQueryTerm(raw: string): string[] | null {
  const terms = processTerm(raw);
  if (terms === null) return null;
  const plain = fold(raw);
  return terms.includes(plain) || /^\d/.test(plain) ? terms : [...terms, plain];
}

function fold(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/’/g, "'")
    .replace(/(?<=\d),(?=\d{3}\b)/g, '');
}

function analyze(raw: string): string[] | null {
  const plain = fold(raw);
  if (plain === '') return null;
  if (/^\d/.test(plain)) return [plain];
  // Dotted acronyms ("U.S", "U.N") stay as written: stemming would cut them to "u.".
  if (/^(\p{L}\.)+\p{L}?$/u.test(plain)) return [plain];
  const nlp = getNlp();
  const its = nlp.its;
  const tokens = nlp.readDoc(plain).tokens();
  const first = tokens.itemAt(0);
  if (!first) return null;
  if (tokens.length() === 1 && first.out(its.stopWordFlag)) return null;
  if (plain.length === 1) return null;
  // wink-nlp's typings do not accept its.lemma/its.stem for a single token's out(); they work.
  const lemma = String(first.out(its.lemma as never));
  // "said" is no stop word but its lemma "say" is: treat inflections like their lemma.
  if (lemma !== plain && nlp.readDoc(lemma).tokens().itemAt(0)?.out(its.stopWordFlag)) return null;
  const stem = String(nlp.readDoc(lemma).tokens().itemAt(0)?.out(its.stem as never) ?? lemma);
  const isName = /^\p{Lu}/u.test(raw);
  return isName && stem !== plain ? [stem, plain] : [stem];
}
