import { printedWords } from '../text/printedWords';

/**
 * What two answers must share to be shown as one, printed by several outlets: the same
 * printed words (`printedWords`; a trailing attribution clause left out only when a speaker
 * is known, since it is then compared as the speaker) and the same speaker, or both without one.
 * A text without words (a stray quotation mark the sentence splitter left) gets '', which
 * `mergeCopies` never merges.
 */
export function copyKey(text: string, speaker: string | null): string {
  const words = printedWords(text, { speaker });
  return words === '' ? '' : `${speaker ?? ''}\u0000${words}`;
}
