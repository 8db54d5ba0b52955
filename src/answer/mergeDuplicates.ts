/**
 * Merging of copies of one text printed by several outlets (wire copy). Copies merge only
 * when they printed the same words (`printedWords`) and have the same speaker: a different
 * figure, an added "not", another name or any other word keeps them apart, so an answer
 * never credits an outlet, or a speaker, with words it did not print.
 */

const WORD = /[\p{L}\p{N}]+/gu;

/** Lowercase word tokens, apostrophes and punctuation ignored. */
export function fingerprint(text: string): string[] {
  return (text.toLowerCase().replace(/['’]/g, '').match(WORD) ?? []);
}

/**
 * Groups items with equal keys, keeping the input order: each group is led by its first
 * (best-ranked) item. The key is what makes two items copies (see `copyKey`); an empty key
 * is no key, and its item stays alone.
 */
export function mergeCopies<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups: T[][] = [];
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = k === '' ? undefined : byKey.get(k);
    if (group) group.push(item);
    else {
      const fresh = [item];
      if (k !== '') byKey.set(k, fresh);
      groups.push(fresh);
    }
  }
  return groups;
}
