/** A run of quoted text found by scanning quote marks, offsets including the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** False when the quote stays open at the end of its paragraph (newswire multi-paragraph convention). */
  closed: boolean;
  /** True when the previous paragraph ended with an open quote and this one reopens it. */
  continuesPrevious: boolean;
}

const OPEN = '“';
const CLOSE = '”';
const STRAIGHT = '"';

/** Paragraphs as [start, end) ranges, split at line breaks, ignoring blank lines. */
export function paragraphRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    let s = m.index!;
    let e = s + m[0].length;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
  }
  return out;
}

/**
 * Finds direct quotations: curly “…” and straight "…" pairs inside a
 * paragraph. Single quotes never open a top-level quotation (they are
 * apostrophes or nested quotes), so "Russia’s" or ‘When…?’ inside a quote are
 * harmless. A quote left open at paragraph end runs to the paragraph end; when
 * the next paragraph opens with a quote mark, that quote is marked as its
 * continuation.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let prevParaOpen = false;
  for (const [ps, pe] of paragraphRanges(text)) {
    let openAt = -1;
    let firstInPara = true;
    let paraEndedOpen = false;
    const push = (start: number, end: number, closed: boolean): void => {
      // Trim whitespace inside an unclosed span so it ends on text.
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end - start >= 3) {
        spans.push({ start, end, closed, continuesPrevious: firstInPara && prevParaOpen && start === ps });
      }
      firstInPara = false;
    };
    for (let i = ps; i < pe; i++) {
      const c = text[i]!;
      if (c !== OPEN && c !== CLOSE && c !== STRAIGHT) continue;
      const before = i === ps ? ' ' : text[i - 1]!;
      const after = i + 1 >= pe ? ' ' : text[i + 1]!;
      // Direction from the surroundings: “x / x” — used to repair marks typed the wrong way.
      const looksOpening = /[\s(\[—–-]/.test(before) && !/\s/.test(after);
      const looksClosing = !/\s/.test(before) && /[\s.,;:!?)\]—–-]/.test(after);
      if (c === OPEN) {
        if (openAt >= 0 && looksClosing && !looksOpening) { push(openAt, i + 1, true); openAt = -1; continue; }
        // An opening mark while open: the earlier quote was left unclosed by a typo.
        if (openAt >= 0) push(openAt, i, false);
        openAt = i;
      } else if (c === CLOSE) {
        if (openAt >= 0) {
          push(openAt, i + 1, true);
          openAt = -1;
        } else if (looksOpening && /\p{L}/u.test(after)) {
          // A closing mark typed where an opening one belongs.
          openAt = i;
        }
      } else if (openAt < 0) {
        if (!(looksClosing && !looksOpening)) openAt = i;
      } else if (looksOpening && !looksClosing && text[openAt] === STRAIGHT) {
        push(openAt, i, false);
        openAt = i;
      } else {
        push(openAt, i + 1, true);
        openAt = -1;
      }
    }
    if (openAt >= 0) {
      push(openAt, pe, false);
      paraEndedOpen = true;
    }
    prevParaOpen = paraEndedOpen;
  }
  return spans;
}
