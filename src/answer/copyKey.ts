import { printedWords } from '../text/printedWords';

/**
 * What two answers must share to be shown as one, printed by several outlets: the same
 * printed words (`printedWords`; a trailing attribution clause left out only when a speaker
 * is known, since it is then compared as the speaker) and the same speaker, or both without one.
 */
export function copyKey(text: string, speaker: string | null): string {
  return `${speaker ?? ''}\u0000${printedWords(text, { speaker })}`;
}
