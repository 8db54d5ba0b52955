/**
 * How much of a user's quoted words a text printed verbatim: the longest run of consecutive
 * words the two share. "Who said" is asked with words copied from an article; a sentence that
 * printed them in that order is the one meant, where a bag-of-words match ("Mook told CBS … the
 * issues" for "I'll tell you, there is an issue that") only shares some of them. Words compare
 * lowercase, without accents, quote marks or punctuation ("''This" = "This", "’" = "'").
 */
export function printedTokens(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[’‘ʼ`]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** A shared run: how many words, and where it starts in the text's words. */
export interface VerbatimRun {
  length: number;
  start: number;
}

/**
 * The longest run of `asked` words printed consecutively in `text` (both `printedTokens`);
 * the earliest such run on a tie. Quadratic in the two lengths: meant for a question's few
 * words against the few sentences a search found.
 */
export function longestVerbatimRun(asked: readonly string[], text: readonly string[]): VerbatimRun {
  let best: VerbatimRun = { length: 0, start: 0 };
  let previous = new Uint16Array(asked.length + 1);
  let current = new Uint16Array(asked.length + 1);
  for (let j = 1; j <= text.length; j++) {
    for (let i = 1; i <= asked.length; i++) {
      current[i] = asked[i - 1] === text[j - 1] ? previous[i - 1]! + 1 : 0;
      if (current[i]! > best.length) best = { length: current[i]!, start: j - current[i]! };
    }
    [previous, current] = [current, previous];
  }
  return best;
}
