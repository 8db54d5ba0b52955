import { getNlp } from '../text/nlp';

/** A wink-nlp token with its UTF-16 offsets in the text it came from. */
export interface Token {
  text: string;
  lower: string;
  pos: string;
  start: number;
  end: number;
  /** Index of the paragraph (line block) the token is in. */
  para: number;
}

/**
 * UTF-8 read as Latin-1 ("FranÃ§ois", "PeÃ±a", "GÃ1⁄4len"): a capital A with tilde or circumflex (as one character or
 * decomposed) after a letter or opening the word; the text may hold such words in names.
 */
const MOJIBAKE = /(?:^|\p{L})(?:A[\u0302\u0303]|[ÃÂ])/u;
/** What follows the mis-decoded lead inside the same word: letters, marks, digits, C1 controls and Latin-1 signs. */
const MOJIBAKE_PART = /^[\p{L}\p{M}\p{N}\u0080-\u00bf\u2044]+$/u;

/** Whether a token holds a mis-decoded letter. */
export function hasMojibake(text: string): boolean {
  return MOJIBAKE.test(text);
}

/**
 * Tokenises with wink-nlp and recovers each token's offsets. wink keeps
 * token values verbatim, so offsets follow from preceding spaces; when a
 * value does not line up (rare normalisations) we search for it instead.
 */
export function tokenize(text: string): Token[] {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const out: Token[] = [];
  let cursor = 0;
  let para = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const gap = spaces[i] ?? '';
    let start = cursor + gap.length;
    if (text.slice(start, start + v.length) !== v) {
      const found = text.indexOf(v, cursor);
      if (found < 0) continue;
      start = found;
    }
    if (text.slice(cursor, start).includes('\n')) para++;
    // wink emits line breaks as tokens of their own.
    if (/^\s+$/.test(v)) {
      if (v.includes('\n')) para++;
      cursor = start + v.length;
      continue;
    }
    // Re-join hyphenated words wink splits ("Secretary-General", "anti-war").
    const prev = out[out.length - 1];
    if (prev && prev.end === start && (v === '-' || prev.text.endsWith('-')) && prev.para === para && /\p{L}/u.test(v + prev.text)) {
      const next = values[i + 1];
      if (v !== '-' || (next && (spaces[i + 1] ?? '') === '' && /^\p{L}/u.test(next))) {
        prev.text += v;
        prev.lower = prev.text.toLowerCase();
        prev.end = start + v.length;
        if (v !== '-') prev.pos = pos[i] ?? prev.pos;
        cursor = prev.end;
        continue;
      }
    }
    // Re-join a word wink split at mis-decoded letters ("FranÃ§ois" read as "FranÃ", "§", "ois").
    if (prev && prev.end === start && prev.para === para && hasMojibake(prev.text) && MOJIBAKE_PART.test(v)) {
      prev.text += v;
      prev.lower = prev.text.toLowerCase();
      prev.end = start + v.length;
      cursor = prev.end;
      continue;
    }
    out.push({ text: v, lower: v.toLowerCase(), pos: pos[i] ?? 'X', start, end: start + v.length, para });
    cursor = start + v.length;
  }
  return out;
}
