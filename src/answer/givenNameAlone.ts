import type { DeskData } from '../model/deskData';
import { byFirstName } from './resolveSpeakerPhrase';
import { nameWordsOf } from './roleWords';
import { deskLookup } from './deskLookups';
import { rememberPerDesk } from './rememberPerDesk';

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
  const raw = words[at]!;
  // One entry of the corpus's remembered results, so the bench's `forgetPerDesk` clears it with the rest.
  const known = rememberPerDesk(data, 'given names alone', () => new Map<string, string | null>());
  let surname = known.get(raw);
  if (surname === undefined) {
    surname = surnameOf(data, raw, isName);
    // Bounded: a long run types many words.
    if (known.size >= 2000) known.clear();
    known.set(raw, surname);
  }
  if (surname === null) return null;
  return words.some((w) => w.toLowerCase().replace(/[’']s$/, '') === surname) ? null : surname;
}

/**
 * The word's surname as a given name, or null; as typed (`isName` may read capitals), and
 * remembered per corpus: the name gate reads a question's names for every match it checks.
 */
function surnameOf(data: DeskData, raw: string, isName: (word: string) => boolean): string | null {
  const word = raw.toLowerCase();
  if (!/^\p{L}{3,}$/u.test(word) || !deskLookup(data, 'speakersByFirstName').get(word)) return null;
  const speaker = byFirstName(data, word, false);
  if (!speaker) return null;
  const parts = nameWordsOf(speaker);
  const surname = parts[parts.length - 1];
  if (!surname || surname === word || parts[0] !== word) return null;
  return isName(raw) ? surname : null;
}
