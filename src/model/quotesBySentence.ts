/** Quotation indexes by sentence index: what answers look up (read-only). */
export interface QuotesBySentence {
  /** The quotations spanning the sentence, ascending; undefined when none does. */
  get(sentence: number): readonly number[] | undefined;
  has(sentence: number): boolean;
}

/**
 * The table for quotations spanning sentences `firstSentence[q] … lastSentence[q]`, held as
 * two typed arrays (where each sentence's list starts, then the lists) rather than a Map of
 * 100,000 small arrays: made in two passes over the columns, and nothing for the garbage
 * collector to copy while a serving process unpacks a reloaded corpus.
 */
export function quotesBySentenceOf(sentences: number, firstSentence: ArrayLike<number>, lastSentence: ArrayLike<number>): QuotesBySentence {
  const start = new Uint32Array(sentences + 1);
  for (let q = 0; q < firstSentence.length; q++) for (let s = firstSentence[q]!; s <= lastSentence[q]!; s++) start[s + 1]!++;
  for (let s = 0; s < sentences; s++) start[s + 1]! += start[s]!;
  const quotes = new Uint32Array(start[sentences]!);
  const next = start.slice(0, sentences);
  for (let q = 0; q < firstSentence.length; q++) for (let s = firstSentence[q]!; s <= lastSentence[q]!; s++) quotes[next[s]!++] = q;
  const spans = (s: number) => Number.isInteger(s) && s >= 0 && s < sentences && start[s]! < start[s + 1]!;
  return {
    get: (s) => (spans(s) ? Array.from(quotes.subarray(start[s], start[s + 1])) : undefined),
    has: spans,
  };
}
