/**
 * Tells quoted speech from other text in quote marks: numbers, dates, ids,
 * handles and URLs, and titles of shows, books or slogans in Title Case.
 */

const MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'vs', 'vs.', 'but', 'nor', 'is', 'it']);

/** The words between the quote marks, stripped of edge punctuation. */
function words(inner: string): string[] {
  return inner.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}@]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
}

/** True when the quoted text has no words to speak: numbers, dates, ids, handles, URLs, markup. */
export function isNonVerbal(inner: string): boolean {
  if (/<\/?\w+\/?>|https?:\/\/|www\./.test(inner)) return true;
  const w = words(inner);
  if (w.length === 0) return true;
  return w.every((x) => /^@/.test(x) || !/\p{L}{2,}/u.test(x));
}

/** True when every word is capitalised (minor words aside), as in a title: “Meet the Press”, “Three Amigos”. */
export function isTitleCase(inner: string): boolean {
  const w = words(inner);
  if (w.length === 0 || w.length > 8) return false;
  if (/[!?]\s*[”"]?$/.test(inner.trim())) return false;
  return w.every((x, i) => /^[\p{Lu}\p{N}]/u.test(x) || (i > 0 && MINOR.has(x.toLowerCase())));
}
