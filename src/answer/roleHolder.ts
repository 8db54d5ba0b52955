import type { DeskData } from '../model/deskData';
import { resolveSpeakerPhrase } from './resolveSpeakerPhrase';
import { nameWordsOf } from './roleWords';

const WHO_IS_ROLE = /^(?:and |so )?who(?:'s|’s|s| is| was| are| were)(?: currently| now)? (.+?)\s*[?!.]*$/i;

/** "Who runs / heads / leads X", "who is in charge of X": X's leader. */
const WHO_LEADS = /^(?:and |so )?who(?:'s|’s|s| is| was)? (?:runs|heads|leads|is running|is heading|is leading|in charge (?:of|in|at)) (.+?)\s*[?!.]*$/i;
/** A person asked for in chat's words rather than by a title: "the guy", "the lady", "the person" … */
const CASUAL_PERSON = String.raw`(?:the )?(?:guy|man|lady|woman|person|dude|fella|gal|one|boss)`;
/** "The guy in charge of X", "the lady running X", "in charge in X": X's leader. */
const CASUAL_LEADER = new RegExp(String.raw`^(?:${CASUAL_PERSON} (?:(?:who|that)(?:'s|’s| is)? )?)?(?:in charge (?:of|in|at)|running|heading|leading|who runs|that runs|who heads|that heads|who leads|that leads) `, 'i');
/** "The lady that speaks for X", "the guy who talks for X": X's spokesperson. */
const CASUAL_SPOKES = new RegExp(String.raw`^${CASUAL_PERSON} (?:(?:who|that) )?(?:speaks|talks|speaking|talking) (?:for|on behalf of) `, 'i');

/**
 * The role phrase of "who is <role>" ("the mayor of nogales", "ukraine's defence minister"), or
 * null. Chat's words for a role are read as the role: "who's the guy in charge of X", "who's in
 * charge in X", "who runs X" ask for X's leader; "the lady that speaks for X" for its
 * spokesperson, as the corpus's introductions name them ("Belarusian President …").
 */
export function whoIsPhrase(question: string): string | null {
  const trimmed = question.trim();
  const leads = WHO_LEADS.exec(trimmed);
  if (leads) return `the leader of ${leads[1]!}`;
  const phrase = WHO_IS_ROLE.exec(trimmed)?.[1];
  if (!phrase) return null;
  if (CASUAL_LEADER.test(phrase)) return phrase.replace(CASUAL_LEADER, 'the leader of ');
  if (CASUAL_SPOKES.test(phrase)) return phrase.replace(CASUAL_SPOKES, 'the spokesperson for ');
  return phrase;
}

/**
 * The person a "who is <role>" question asks for, as the corpus itself introduces people
 * ("NATO Secretary General Jens Stoltenberg" answers "who's the NATO chief"): the same role
 * resolution as "what did the NATO chief say". Null when the question names no role the
 * corpus gives one person.
 */
export function roleHolder(data: DeskData, question: string): { name: string; surname: string } | null {
  const phrase = whoIsPhrase(question);
  if (!phrase) return null;
  const found = resolveSpeakerPhrase(data, phrase);
  if (found.kind !== 'person' || found.how !== 'role') return null;
  const words = nameWordsOf(found.name);
  const surname = words[words.length - 1];
  return surname ? { name: found.name, surname } : null;
}

const withoutAccents = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');
const wholeWords = (words: string): RegExp => new RegExp(`\\b${withoutAccents(words).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'iu');

/**
 * How a sentence names the role's holder, accents aside: by full name, by surname only, or not
 * at all (null). The patterns are made once per question, not once per sentence.
 */
export function holderNaming(holder: { name: string; surname: string }): (text: string) => 'full' | 'surname' | null {
  const bySurname = wholeWords(holder.surname);
  const byName = wholeWords(holder.name);
  return (text) => {
    const plain = withoutAccents(text);
    if (!bySurname.test(plain)) return null;
    return byName.test(plain) ? 'full' : 'surname';
  };
}
