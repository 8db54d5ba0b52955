import type { DeskData } from '../model/deskData';
import { searchSentences } from './searchSentences';

/**
 * "Clinton's running mate", "Trump's daughter": a person named by their relation to another,
 * resolved from how the corpus itself introduces them ("Trump's running mate, Indiana Gov. Mike
 * Pence", "Trump's daughter Ivanka", "Tim Kaine, Clinton's running mate,"). Only when the
 * corpus is unambiguous: one person so introduced, or one introduced three times as often as
 * the next. The people registry keeps no such relations (they are not titles), so the
 * sentences are found through the index, a bounded number per question.
 */

/**
 * A relation asked: "<owner>'s <one to three lowercase words>"; the owner may be an
 * organisation's name of up to three words ("Planned Parenthood's president").
 */
const ASKED = /^(?:the\s+)?((?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*)['’]s\s+(\p{Ll}+(?:\s+\p{Ll}+){0,2})$/u;
/** The same as chat types it, without the apostrophe ("trumps running mate"): the owner must then be a name (`ownerSurname`). */
const ASKED_BARE = /^(?:the\s+)?(\p{L}[\p{L}-]*?)s\s+(\p{Ll}+(?:\s+\p{Ll}+){0,2})$/u;
/** Sentences read per question. */
const MAX_READ = 200;
/** A run of capitalised words (titles and places included: the person is its tail). */
const CAPITALISED = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,4}`;

/**
 * `ownerSurname`: the surname a speaker's name word stands for ("trump" → trump, "hillary" →
 * clinton: news prints "Clinton's running mate"), or null when the word names no speaker.
 */
export function byRelation(
  data: DeskData,
  phrase: string,
  canonical: (name: string) => string | null,
  ownerSurname: (word: string) => string | null = () => null,
): string | null {
  const apostrophe = ASKED.exec(phrase.trim());
  const bare = apostrophe ? null : ASKED_BARE.exec(phrase.trim());
  // "sanders supporters" is Sanders's, not a Sander's: a word that is a name whole is no bare possessive.
  const asked = apostrophe ?? (bare && ownerSurname(bare[1]!.toLowerCase()) && !ownerSurname(`${bare[1]!.toLowerCase()}s`) ? bare : null);
  if (!asked) return null;
  // The owner as printed, capitalised or not, or the surname a given name stands for; the
  // relation in lowercase, as news prints it. (No 'i' flag: under it \p{Lu} would match any
  // letter, and a name is capitalised words.)
  const owners = [...new Set([asked[1]!.toLowerCase(), ownerSurname(asked[1]!.toLowerCase()) ?? ''])].filter(Boolean);
  const owner = `(?:${owners.map((name) => name.split(/\s+/).map((word) => `[${word[0]!.toUpperCase()}${word[0]!}]${escape(word.slice(1))}`).join('\\s+')).join('|')})`;
  const relation = asked[2]!.toLowerCase().split(/\s+/).map(escape).join('\\s+');
  // "Owner's relation[,] Name" and "Name, [the] Owner's relation".
  const after = new RegExp(String.raw`\b${owner}['’]s\s+${relation},?\s+(${CAPITALISED})`, 'gu');
  const before = new RegExp(String.raw`(${CAPITALISED}),\s+(?:\p{Lu}\p{L}*\s+)?${owner}['’]s\s+${relation}\b`, 'gu');
  const counts = new Map<string, number>();
  for (const hit of searchSentences(data, `${owners[owners.length - 1]} ${asked[2]}`, { minCoverage: 1, limit: MAX_READ })) {
    const text = data.sentences[hit.sentence]!.text;
    for (const re of [after, before]) {
      for (const m of text.matchAll(re)) {
        const person = personAtEnd(m[1]!, canonical);
        if (person) counts.set(person, (counts.get(person) ?? 0) + 1);
      }
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  return ranked.length === 1 || ranked[0]![1] >= 3 * ranked[1]![1] ? ranked[0]![0] : null;
}

/** The person a capitalised run ends with ("Indiana Gov. Mike Pence" → Mike Pence): its last three, two or one words, the longest that names someone. */
function personAtEnd(run: string, canonical: (name: string) => string | null): string | null {
  const words = run.replace(/[,.]$/, '').split(/\s+/);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const person = canonical(words.slice(-n).join(' '));
    if (person) return person;
  }
  return null;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
