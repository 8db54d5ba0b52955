import { processTerm, tokenize } from '../search/analyzeText';

/**
 * A text's index terms (as `processTerm` makes them for the index): what a sentence or a
 * headline holds, read from its text when a question needs to know whether it has a word,
 * which costs less than reading the word's postings when the word is a common one ("people",
 * "Trump": tens of thousands of sentences at 10,000 articles).
 */
export function textTerms(text: string): Set<string> {
  return new Set(tokenize(text).flatMap((w) => processTerm(w) ?? []));
}

/** Whether the terms hold one of a word's forms, exactly (1) or as a longer word it begins, from 4 characters (0.8), else 0: the index's match qualities less fuzzy ones. */
export function formQuality(terms: ReadonlySet<string>, forms: readonly string[]): number {
  if (forms.some((f) => terms.has(f))) return 1;
  for (const term of terms) if (forms.some((f) => f.length >= 4 && term.startsWith(f))) return 0.8;
  return 0;
}
