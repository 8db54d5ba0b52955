/** Pack lines into a bounded number of chunks, saying how many lines did not fit. */
import { packLines, truncate } from './safeText.js';

/**
 * `packLines`, but at most `maxChunks` chunks: when the lines need more, the first ones
 * that fit are kept (in order) and the last chunk ends with `more(n)` for the n left out.
 */
export function packLinesAtMost(lines: readonly string[], max: number, maxChunks: number, more: (left: number) => string): string[] {
  const all = packLines([...lines], max);
  if (all.length <= maxChunks) return all;
  let kept = linesFitting(lines, max, maxChunks);
  // Give back lines until the "more" line fits too (a line or two: it is short).
  for (;;) {
    const chunks = packLines([...lines.slice(0, kept), more(lines.length - kept)], max);
    if (chunks.length <= maxChunks || kept === 0) return chunks.slice(0, maxChunks);
    kept--;
  }
}

/** How many leading lines `packLines` puts into the first `maxChunks` chunks (same greedy rule, one pass). */
function linesFitting(lines: readonly string[], max: number, maxChunks: number): number {
  let chunks = 0;
  let current = -1; // length of the open chunk; -1 when none is open
  for (let i = 0; i < lines.length; i++) {
    const length = truncate(lines[i]!, max).length;
    if (current >= 0 && current + 1 + length <= max) {
      current += 1 + length;
      continue;
    }
    if (chunks === maxChunks) return i;
    chunks++;
    current = length;
  }
  return lines.length;
}
