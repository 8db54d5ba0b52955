import type { DeskData } from '../model/deskData';
import { processQueryTerm, tokenize } from '../search/analyzeText';
import { compoundsWith } from './compoundParts';

/** A word the corpus lacks is read through its first letters when it is at least this long. */
const LONG_WORD = 8;
/** How many of its first letters: the stem a word family shares ("spokes-person", "-woman", "-man"). */
const STEM = 6;

/**
 * A long lowercase word the corpus lacks, read as the corpus's words that begin like it: the
 * user's "spokesperson" is the article's "spokeswoman", "chairperson" its "chairman" (the stemmer
 * already joins "negotiators" and "negotiating").
 * Unread, such a word weighs as the corpus's rarest and sinks the coverage of the sentence
 * that answers. The stem is searched as a prefix (the index's prefix match, weighed below an
 * exact one), and only when the corpus has a word beginning with it. Short words are left as
 * they are: their first letters say too little. A word the corpus prints only as a part of
 * hyphenated words is read as those words (`compoundsWith`). Returns each such word (lowercase,
 * as typed) with its stem or compounds, for the search's alternatives.
 */
export function absentWordStems(data: DeskData, question: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const raw of tokenize(question)) {
    // "karabakh": the corpus prints it only in "Nagorno-Karabakh" (`compoundParts.ts`).
    const compounds = compoundsWith(data, raw);
    if (compounds.length > 0) {
      found.set(raw.toLowerCase(), compounds);
      continue;
    }
    if (raw.length < LONG_WORD || !/^\p{Ll}+$/u.test(raw)) continue;
    const forms = processQueryTerm(raw) ?? [];
    if (forms.length === 0 || forms.some((f) => data.df.get(f) !== undefined)) continue;
    const stem = raw.slice(0, STEM);
    if (data.index.expand(stem, false).length > 0) found.set(raw, [stem]);
  }
  return found;
}
