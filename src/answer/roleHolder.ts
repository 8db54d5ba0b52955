import type { DeskData } from '../model/deskData';
import { resolveSpeakerPhrase } from './resolveSpeakerPhrase';
import { nameWordsOf } from './roleWords';

const WHO_IS_ROLE = /^(?:and |so )?who(?:'s|’s|s| is| was| are| were)(?: currently| now)? (.+?)\s*[?!.]*$/i;

/** The role phrase of "who is <role>" ("the mayor of nogales", "ukraine's defence minister"), or null. */
export function whoIsPhrase(question: string): string | null {
  return WHO_IS_ROLE.exec(question.trim())?.[1] ?? null;
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
