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
 * Finds direct quotations: curly “…”, straight "…" and typewriter ''…'' / ``…'' pairs
 * inside a paragraph (PolNeAR's New York Times texts print quotations with two apostrophes). Single quotes never open a top-level quotation (they are
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
    /** The open quotation began with a straight mark (" or ''), which closes the same way. */
    let openStraight = false;
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
      let c = text[i]!;
      // Typewriter quotes: two apostrophes '' (either end, as STRAIGHT) and two backticks `` (opening).
      let width = 1;
      if ((c === "'" || c === '`') && text[i + 1] === c && i + 1 < pe) {
        c = c === '`' ? OPEN : STRAIGHT;
        width = 2;
      }
      if (c !== OPEN && c !== CLOSE && c !== STRAIGHT) continue;
      const before = i === ps ? ' ' : text[i - 1]!;
      const after = i + width >= pe ? ' ' : text[i + width]!;
      // Direction from the surroundings: “x / x” — used to repair marks typed the wrong way.
      const looksOpening = /[\s(\[—–-]/.test(before) && !/\s/.test(after);
      const looksClosing = !/\s/.test(before) && /[\s.,;:!?)\]—–-]/.test(after);
      const at = i;
      i += width - 1;
      if (c === OPEN) {
        if (openAt >= 0 && looksClosing && !looksOpening) { push(openAt, at + width, true); openAt = -1; continue; }
        // An opening mark while open: the earlier quote was left unclosed by a typo.
        if (openAt >= 0) push(openAt, at, false);
        openAt = at;
        openStraight = false;
      } else if (c === CLOSE) {
        if (openAt >= 0) {
          push(openAt, at + width, true);
          openAt = -1;
        } else if (looksOpening && /\p{L}/u.test(after)) {
          // A closing mark typed where an opening one belongs.
          openAt = at;
          openStraight = false;
        }
      } else if (openAt < 0) {
        if (!(looksClosing && !looksOpening)) { openAt = at; openStraight = true; }
      } else if (looksOpening && !looksClosing && openStraight) {
        push(openAt, at, false);
        openAt = at;
      } else {
        push(openAt, at + width, true);
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
