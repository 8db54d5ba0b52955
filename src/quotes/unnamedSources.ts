import { TIME_WORDS } from '../people/lexicon';
import type { Token } from '../people/tokens';
import { npForward, type Range } from './phrases';

/**
 * Unnamed sources are introduced once in full and then shortened: "a senior administration
 * official said …" … "the official said …". `firstDescription` links the short, definite mention
 * to that first full description, so both statements carry the same speaker ("a senior
 * administration official") rather than the bare "the official".
 *
 * A definite mention ("the official", "the senior official", "the officials", "that spokesman")
 * links to the nearest earlier indefinite description outside quotation marks ("a …", "an …",
 * "one …", "two …", "several …") that has the same head noun, in the same number, and every word
 * the short mention adds ("the senior official" needs "senior"). A description that already names
 * something the short mention contradicts is not looked at: "the Pentagon official" does not link
 * to "a State Department official". Nothing is linked when no such description exists.
 */

/** Determiners that introduce a new, indefinite source. */
const INDEFINITE = /^(a|an|one|another|two|three|four|five|six|several|some|multiple|many|other|numerous)$/;
/** Determiners of a short mention that points back to a source already introduced. */
const DEFINITE = /^(the|that|this|these|those)$/;
/** Prepositions that continue a description: "a spokesman for the ministry", "an official with knowledge of the talks". */
const DESCRIPTION_PP = /^(for|of|at|from|in|with|close|familiar)$/;
/** Longest description kept, in tokens. */
const MAX_DESCRIPTION = 14;

const MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december|week|month|year)$/;

const norm = (t: Token): string => t.lower.replace(/-/g, ' ');

/**
 * The token range of the first full description of the unnamed source that the definite mention
 * `[s, e)` refers to, or null. `inQuote` tells whether a token is inside quotation marks.
 */
export function firstDescription(toks: readonly Token[], mention: Range, inQuote: (i: number) => boolean): Range | null {
  const [s, e] = mention;
  if (e - s < 2 || !DEFINITE.test(toks[s]!.lower)) return null;
  const head = toks[e - 1]!;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return null;
  const modifiers = toks.slice(s + 1, e - 1).map(norm).flatMap((w) => w.split(' ')).filter((w) => /\p{L}/u.test(w));
  for (let i = s - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (!INDEFINITE.test(t.lower) || inQuote(i)) continue;
    const np = npForward(toks, i, Math.min(toks.length, i + MAX_DESCRIPTION));
    if (!np || np[1] > s) continue;
    // The head is the description's noun before any prepositional phrase ("an official familiar with …": the
    // adjective after it is not part of the head).
    let end = np[1];
    while (end > np[0] + 1 && toks[end - 1]!.lower !== head.lower && toks[end - 1]!.pos === 'ADJ') end--;
    if (toks[end - 1]!.lower !== head.lower) continue;
    const words = new Set(toks.slice(np[0], end).map(norm).flatMap((w) => w.split(' ')));
    if (!modifiers.every((m) => words.has(m))) continue;
    return [np[0], extendDescription(toks, end, Math.min(s, i + MAX_DESCRIPTION), inQuote)];
  }
  return null;
}

/** The description goes on through "for/of/with … " phrases: "a spokesman for the Russian defence ministry". */
function extendDescription(toks: readonly Token[], end: number, lim: number, inQuote: (i: number) => boolean): number {
  let j = end;
  for (let pp = 0; pp < 2; pp++) {
    const p = toks[j];
    if (!p || j >= lim || !DESCRIPTION_PP.test(p.lower) || inQuote(j)) break;
    // "familiar with the talks", "close to the president".
    let k = j + 1;
    if (/^(familiar|close)$/.test(p.lower)) {
      if (!/^(with|to)$/.test(toks[k]?.lower ?? '')) break;
      k++;
    }
    const np = npForward(toks, k, lim);
    if (!np || np[1] > lim) break;
    // "in January", "on Monday", "in 2016": when, not who.
    if (toks.slice(np[0], np[1]).some((t) => TIME_WORDS.has(t.lower) || MONTH.test(t.lower) || /^\d{4}$/.test(t.text))) break;
    j = np[1];
  }
  return j;
}
