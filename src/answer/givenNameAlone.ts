import type { DeskData } from '../model/deskData';
import { byFirstName } from './resolveSpeakerPhrase';
import { nameWordsOf } from './roleWords';
import { deskLookup } from './deskLookups';

/**
 * The surname a given name typed alone stands for in a fact question: users call politicians
 * by their first name ("what did hillary tell congress", "what netflix series does jeb love"),
 * news prints the surname once it has introduced them ("Clinton testified …", "… Bush said").
 * The speaker the corpus makes the first name clear for (`byFirstName`: the only speaker with
 * it, or one quoted three times as often as the next; no typing slips), when the corpus prints
 * the word as a name (`isName`: "bill" is a noun before it is Bill Clinton) and the question
 * does not give the surname itself. Null otherwise.
 */
export function surnameOfGivenName(data: DeskData, words: readonly string[], at: number, isName: (word: string) => boolean): string | null {
  const word = words[at]!.toLowerCase();
  if (!/^\p{L}{3,}$/u.test(word) || !deskLookup(data, 'speakersByFirstName').get(word)) return null;
  const speaker = byFirstName(data, word, false);
  if (!speaker) return null;
  const parts = nameWordsOf(speaker);
  const surname = parts[parts.length - 1];
  if (!surname || surname === word || parts[0] !== word) return null;
  if (words.some((w) => w.toLowerCase().replace(/[’']s$/, '') === surname)) return null;
  return isName(words[at]!) ? surname : null;
}
