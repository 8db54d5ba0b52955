import { processTerm } from '../search/analyzeText';

/**
 * Spellings of a word the corpus may print instead: transliterations of names (Kiev / Kyiv,
 * Kharkov / Kharkiv, Zelensky / Zelenskiy / Zelenskyy) and British / American spellings
 * (defence / defense, advisor / adviser). A general rule, not a list of names: up to two
 * rewrites from `REWRITES` (each pair both ways: vowel and y/i/j swaps, -ie/-iy/-y endings,
 * doubled letters, v/w, c/s), kept only when the corpus has the result (`known`). Only for
 * words the corpus does not have under any form: a word it has is not misspelt, and
 * rewriting common words ("die" → "dye") would only add noise.
 *
 * Bounded: a word of n letters yields O(n × rewrites) candidates per step, two steps, each a
 * map lookup; wink-nlp runs only on the one-step candidates of words of six letters or more.
 */
const REWRITES: readonly (readonly [string, string])[] = [
  ['ie', 'yi'],
  ['ie', 'iy'],
  ['iy', 'y'],
  ['yy', 'y'],
  ['i', 'y'],
  ['e', 'i'],
  ['o', 'i'],
  ['o', 'e'],
  ['ii', 'i'],
  ['j', 'y'],
  ['j', 'i'],
  ['v', 'w'],
  ['ff', 'v'],
  ['ou', 'u'],
  ['kh', 'h'],
  ['ks', 'x'],
  ['ce', 'se'],
  ['our', 'or'],
  ['ise', 'ize'],
  ['yse', 'yze'],
  ['tre', 'ter'],
];

/** Also both ways: a doubled letter and a single one ("Zelenskyy", "Hollande"). */
const DOUBLED = /([a-z])\1/g;

function oneStep(word: string): Set<string> {
  const out = new Set<string>();
  for (const [a, b] of REWRITES) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      for (let at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) {
        out.add(word.slice(0, at) + to + word.slice(at + from.length));
      }
    }
  }
  for (const m of word.matchAll(DOUBLED)) out.add(word.slice(0, m.index) + word.slice(m.index + 1));
  for (let i = 1; i < word.length; i++) if (/[a-z]/.test(word[i]!) && word[i] !== word[i - 1]) out.add(word.slice(0, i + 1) + word.slice(i));
  out.delete(word);
  return out;
}

/**
 * Variants of `raw` (a word as typed) that the corpus has: plain lowercase forms (names are
 * indexed as written) or, for one rewrite, the processed term of the variant. Closest first;
 * at most `limit`.
 */
export function spellingVariants(raw: string, known: (term: string) => boolean, limit = 3): string[] {
  const word = raw.toLowerCase();
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return [];
  const found: string[] = [];
  const first = oneStep(word);
  for (const v of first) {
    if (v[0] !== word[0]) continue;
    if (known(v)) found.push(v);
    else if (word.length >= 6) {
      const terms = processTerm(v);
      if (terms && terms.some((t) => t.length >= 4 && known(t))) found.push(v);
    }
  }
  if (found.length === 0) {
    for (const v of first) {
      for (const w of oneStep(v)) if (w !== word && w[0] === word[0] && known(w) && !found.includes(w)) found.push(w);
      if (found.length >= limit) break;
    }
  }
  return found.slice(0, limit);
}
