/**
 * Sentence ids anchored on a sentence's text, not its place: `<article>:<hash>`, where hash is
 * 8 hex digits of a 32-bit hash of the text (whitespace runs read as one space), and
 * `<article>:<hash>.<n>` for the n-th copy (n ≥ 2) of the same text in one article. An id is
 * held for hours (a Context button, a thread's "already shown" list) across reloads: lines
 * added or removed elsewhere in the article leave it unchanged, and when the sentence itself
 * is edited or removed it finds nothing instead of the sentence that took its place.
 */

/** The 32-bit hash (FNV-1a over UTF-16 code units) of a sentence's text, whitespace runs read as one space. */
export function sentenceTextHash(text: string): number {
  let hash = 0x811c9dc5;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      space = true;
      continue;
    }
    if (space) {
      hash = Math.imul(hash ^ 0x20, 0x01000193);
      space = false;
    }
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash >>> 0;
}

// The code units `\s` matches in a regular expression.
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** The id of the `copy`-th sentence (from 1) of an article with this text hash. */
export function sentenceIdOf(article: string, hash: number, copy: number): string {
  // By bytes from a table: an unpacked desk makes an id per sentence read, and
  // `toString(16).padStart(8, '0')` cost 40 times a positional id's concatenation.
  const hex = HEX[hash >>> 24]! + HEX[(hash >>> 16) & 255]! + HEX[(hash >>> 8) & 255]! + HEX[hash & 255]!;
  return copy > 1 ? `${article}:${hex}.${copy}` : `${article}:${hex}`;
}

/** What a sentence id names, or undefined when it is not one `sentenceIdOf` makes. */
export function parseSentenceId(id: string): { article: string; hash: number; copy: number } | undefined {
  // The article id may itself contain ':'; the hash part never does. Read by hand, not by a
  // regular expression: packing a desk reads every sentence's id.
  const cut = id.lastIndexOf(':');
  if (cut <= 0 || id.length < cut + 9) return undefined;
  let hash = 0;
  for (let i = cut + 1; i < cut + 9; i++) {
    const digit = hexDigit(id.charCodeAt(i));
    if (digit < 0) return undefined;
    hash = hash * 16 + digit;
  }
  let copy = 1;
  if (id.length > cut + 9) {
    const digits = id.slice(cut + 10);
    if (id.charCodeAt(cut + 9) !== 0x2e || !/^[1-9]\d*$/.test(digits)) return undefined;
    copy = Number(digits);
    if (copy < 2) return undefined;
  }
  return { article: id.slice(0, cut), hash, copy };
}

// 0-9 and a-f as their value, anything else -1 (ids are written in lower case).
function hexDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x66) return code - 0x61 + 10;
  return -1;
}

/**
 * Ids for an article's sentences in order: the n-th sentence with the same text hash is its
 * n-th copy. Returns a function giving the next sentence's id.
 */
export function articleSentenceIds(article: string): (text: string) => string {
  const copies = new Map<number, number>();
  return (text) => {
    const hash = sentenceTextHash(text);
    const copy = (copies.get(hash) ?? 0) + 1;
    copies.set(hash, copy);
    return sentenceIdOf(article, hash, copy);
  };
}
