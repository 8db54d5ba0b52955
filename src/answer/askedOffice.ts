import type { DeskData } from '../model/deskData';
import { TITLE_WORDS } from '../people/lexicon';
import { governmentWords, isNationToken, sameRoleToken } from './roleWords';
import { whoIsPhrase } from './roleHolder';
import type { Unit } from './units';

/**
 * Offices a "who is the <office> of X" question names, held by one person at a time and printed
 * as a title beside the holder's name ("Mayor Ted Terry", "Defense Minister Oleksii Reznikov",
 * "CEO Reed Hastings"). Casual and generic heads ("guy", "boss", "head", "chief", "expert",
 * "watchdog", "leader") are not here: users say them for titles the corpus prints otherwise.
 */
const OFFICES = new Set([
  'mayor', 'ceo', 'minister', 'governor', 'ambassador', 'chancellor', 'senator', 'coach', 'commissioner', 'secretary',
  'premier', 'sheriff', 'prosecutor', 'treasurer', 'chairman', 'chairwoman', 'president',
]);
/** Title words that say nothing of which office ("the", "state", "former", "u.s."): not required. */
const LOOSE = new Set(['of', 'the', 'state', 'house', 'white', 'national', 'us', 'u.s.', 'former', 'first', 'member', 'head', 'chief', 'leader', 'top', 'gop', 'democratic', 'republican', 'democrat', 'majority', 'minority', 'vice', 'deputy']);

export interface AskedOffice {
  /** Title words every answer must print ("defense", "minister"). */
  title: string[];
  /** Countries or nationalities the office belongs to ("greek", "ukraine"): the answer or its headline must name them. */
  nations: string[];
}

/**
 * The office a "who is <role>" question asks for, when it names one on the list: "who is the
 * greek prime minister" asks for a prime minister of Greece, and "Prime Minister Matteo Renzi"
 * of Italy, or "the Nogales area" with no mayor in it, does not answer it.
 */
export function askedOffice(question: string): AskedOffice | null {
  const phrase = whoIsPhrase(question);
  if (!phrase) return null;
  const words = phrase
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}.-]+/u)
    .map((w) => (w === 'defence' ? 'defense' : w.replace(/\.$/, '')))
    .filter(Boolean);
  if (!words.some((w) => OFFICES.has(w))) return null;
  // Only the title itself: "the mayor of nogales" stops at "of", "ukraine's defence minister" is whole.
  const title = words.filter((w) => TITLE_WORDS.has(w) && !LOOSE.has(w) && !isNationToken(w));
  const nations = words.filter((w) => isNationToken(w));
  return { title, nations };
}

/** Whether an answer prints the office's title and, in it or its headline, the office's country. */
export function fitsOffice(data: DeskData, office: AskedOffice, unit: Unit): boolean {
  const text = unit.text.toLowerCase().replace(/defence/g, 'defense').replace(/chief executive(?: officer)?/g, 'ceo');
  const words = new Set(text.split(/[^\p{L}-]+/u));
  if (!office.title.every((t) => words.has(t) || words.has(`${t}s`))) return false;
  if (office.nations.length === 0) return true;
  const headline = (data.articleById.get(unit.article)?.title ?? '').toLowerCase();
  const printed = new Set([...words, ...headline.split(/[^\p{L}-]+/u)].filter(Boolean));
  return office.nations.every((n) => {
    const seats = governmentWords(n) ?? [];
    return [...printed].some((w) => sameRoleToken(n, w) || seats.includes(w));
  });
}
