import type { DeskData } from '../model/deskData';
import { FIRST_NAME_GENDER } from '../people/lexicon';
import { rememberPerDesk } from './rememberPerDesk';
import { byFirstName } from './resolveSpeakerPhrase';
import { searchSentences } from './searchSentences';

/**
 * The speaker "the <given name>" means ("what did the donald say": Donald Trump), or null.
 * One word after "the" is otherwise read as a title or a thing ("the pope", "the bill"), so
 * the given name must be a common one, the corpus itself must print it after "the" with its
 * capital ("the Donald", a nickname in its own words), and one speaker must lead those with
 * that given name (`byFirstName`, no slips). Before, "the donald" was searched as an unnamed
 * source and answered with "A top Donald Trump adviser" and a registry "Donald".
 */
export function theNickname(data: DeskData, word: string): string | null {
  const key = word.toLowerCase();
  if (!/^\p{L}+$/u.test(key) || !FIRST_NAME_GENDER.has(key)) return null;
  return rememberPerDesk(data, `the nickname\u0000${key}`, () => (printedAfterThe(data, key) ? byFirstName(data, key, false) : null));
}

/** Sentences of the word read for "the Word": the search's best, enough to see a usage the corpus repeats. */
const READ = 200;

function printedAfterThe(data: DeskData, key: string): boolean {
  const capitalised = key[0]!.toUpperCase() + key.slice(1);
  // Not a full name's first word ("the Donald Trump campaign"), nor one of names joined ("the
  // Bill and Melinda Gates Foundation", "the Bill, Hillary and Chelsea Clinton Foundation"), nor "the Bill of Rights".
  const after = new RegExp(`\\b[Tt]he ${capitalised}\\b(?!-|\\s+\\p{Lu}|\\s+(?:and|of|&)\\s|,\\s*\\p{Lu})`, 'u');
  return searchSentences(data, key, { fields: ['text'], limit: READ }).some((h) => after.test(data.sentences[h.sentence]!.text));
}
