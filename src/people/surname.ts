/** Generational suffixes printed after a surname: "Harry B. Harris Jr.", "Joe Manchin III". */
const SUFFIX = /^(jr|sr)\.?$|^(ii|iii|iv)$/i;

/**
 * The surname of a full name: its last word, skipping a generational suffix. "Harry B. Harris
 * Jr." is "Harris", so a later "Admiral Harris" is the same person rather than a new surname-only
 * one (which the registry had folded into another Harris of the corpus).
 */
export function surnameOf(name: string): string {
  const words = name.split(/\s+/);
  let k = words.length - 1;
  while (k > 0 && SUFFIX.test(words[k]!.replace(/,$/, ''))) k--;
  return (words[k] ?? name).replace(/,$/, '');
}

/** Whether a full name ends in a generational suffix ("Donald Trump Jr."): a son, not his father. */
export function hasSuffix(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && SUFFIX.test(words[words.length - 1]!.replace(/,$/, ''));
}
