import type { DeskData } from '../model/deskData';
import { isNationToken, sameCountry } from './roleWords';
import { searchSentences } from './searchSentences';

/** A sentence opening on where it happens: "In Washington, President Joe Biden held a call …". */
const OPENS_IN = /^In\s+(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)?),/u;
/**
 * A sentence whose subject is a country or its capital, its official named in the clause joined
 * after it: "Kyiv has been unnerved at times by the U.S. warnings …, but Defense Minister Oleksii
 * Reznikov said …". The place is group 1; the clause after the conjunction starts at the match's end.
 */
const SUBJECT_THEN_CLAUSE = /^(\p{Lu}[\p{L}.’'-]*)\s+(?:has|have|had|is|was|were|are|says|said|will|would|remains|remained)\b[^,]*(?:,[^,]*)*?,\s+(?:but|and|yet|while)\s+/u;
/** Sentences read per person: the best hits for their surname. */
const MAX_READ = 60;

/**
 * Whether the corpus places a person in the asked country, for a role it prints without one
 * ("the American president": "President Joe Biden"): a sentence naming them in full opens "In
 * <that country or its capital>," ("In Washington, President Joe Biden held a secure call"), or
 * has that country for its subject and names them in the clause joined after it ("Kyiv has been
 * unnerved …, but Defense Minister Oleksii Reznikov said").
 * A country merely mentioned beside them is no evidence ("Psaki … even though Russia hasn't
 * attacked" does not make her Russia's press secretary).
 */
export function placedIn(data: DeskData, name: string, asked: readonly string[]): boolean {
  const countries = asked.filter(isNationToken);
  const surname = name.split(/\s+/).pop() ?? '';
  if (countries.length === 0 || surname.length < 2) return false;
  for (const hit of searchSentences(data, surname, { limit: MAX_READ })) {
    const text = data.sentences[hit.sentence]!.text;
    const subject = SUBJECT_THEN_CLAUSE.exec(text);
    // The official must be named in the joined clause, not as the subject's own words.
    const place = OPENS_IN.exec(text) ?? (subject && text.indexOf(name, subject[0].length) >= 0 ? subject : null);
    if (!place || !text.includes(name)) continue;
    const token = place[1]!.toLowerCase().replace(/\./g, '');
    if (countries.some((c) => sameCountry(c, token))) return true;
  }
  return false;
}

/**
 * Where the corpus places a person, as a role token ("washington", "kyiv"): the first sentence
 * naming them in full that opens "In <a country or its capital>,". Null when none does.
 */
export function placeOf(data: DeskData, name: string): string | null {
  const surname = name.split(/\s+/).pop() ?? '';
  if (surname.length < 2) return null;
  for (const hit of searchSentences(data, surname, { limit: MAX_READ })) {
    const text = data.sentences[hit.sentence]!.text;
    const place = OPENS_IN.exec(text);
    if (!place || !text.includes(name)) continue;
    const token = place[1]!.toLowerCase().replace(/\./g, '');
    if (isNationToken(token)) return token;
  }
  return null;
}
