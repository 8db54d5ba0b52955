import { buildPackedIndex, type PackedIndex } from '../search/packedIndex';
import type { BuildTimings } from './buildTimings';
import type { PersonEntry } from '../model/deskData';

/** What the index needs of a run of sentences, as plain data (it crosses to index workers). */
export interface SentencesToIndex {
  /** Normalised sentence texts, in sentence order. */
  texts: string[];
  /** Per sentence: indexes into `people` of the named speakers of the quotations it holds. */
  speakers: number[][];
  /** The corpus's people (the registry's list). */
  people: readonly PersonEntry[];
}

/**
 * Indexes a run of sentences: each sentence's text, and a people field with the names,
 * aliases and roles of the people it names or quotes (so "NATO Secretary General" finds
 * "Stoltenberg said"). Sentence ids in the result count from 0 within the run.
 */
export function indexSentences(input: SentencesToIndex, timings?: BuildTimings): PackedIndex {
  let clock = performance.now();
  const aliases = indexAliases(input.people);
  const docs = input.texts.map((text, id) => ({ id, text, people: peopleField(text, input.speakers[id] ?? [], input.people, aliases) }));
  const fielded = performance.now();
  const index = buildPackedIndex(docs);
  if (timings) {
    timings.peopleMs += fielded - clock;
    timings.indexMs += performance.now() - fielded;
  }
  return index;
}

/** People (as indexes into the people list) by a word of each of their aliases. */
export interface AliasIndex {
  byWord: Map<string, number[]>;
  /** People with an alias that has no word character: always checked. */
  always: number[];
  /** Whether an alias may name its person (long enough, and nobody else's). */
  usable: (alias: string) => boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * An alias occurs as a whole phrase only where the sentence has each of its words, so each
 * sentence checks only the people with an alias keyed by one of its words, not the whole
 * registry (which grows with the corpus). The key is the alias's rarest word among all
 * aliases: "Mr. Trump" is keyed by "Trump", not by the "Mr" thousands of aliases share.
 * An alias that belongs to several people ("Clinton", "Bush") names none of them for sure,
 * so it is left out (their full names and quotations still count).
 */
export function indexAliases(people: readonly PersonEntry[]): AliasIndex {
  // An incremental build asks again for the previous registry's (a kept build process's desk).
  let index = aliasIndexes.get(people);
  if (!index) aliasIndexes.set(people, (index = aliasIndexOf(people)));
  return index;
}

/** `indexAliases` per registry list (a registry's people never change once merged). */
const aliasIndexes = new WeakMap<readonly PersonEntry[], AliasIndex>();

function aliasIndexOf(people: readonly PersonEntry[]): AliasIndex {
  const owners = new Map<string, number>();
  for (const person of people) for (const alias of new Set(person.aliases)) owners.set(alias, (owners.get(alias) ?? 0) + 1);
  const usable = (alias: string) => alias.length > 2 && owners.get(alias) === 1;
  const wordCount = new Map<string, number>();
  for (const person of people) {
    for (const alias of person.aliases) {
      if (!usable(alias)) continue;
      for (const word of new Set(alias.match(WORD) ?? [])) wordCount.set(word, (wordCount.get(word) ?? 0) + 1);
    }
  }
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  people.forEach((person, i) => {
    for (const alias of person.aliases) {
      if (!usable(alias)) continue;
      let key: string | undefined;
      for (const word of alias.match(WORD) ?? []) if (key === undefined || wordCount.get(word)! <= wordCount.get(key)!) key = word;
      const list = key === undefined ? always : byWord.get(key) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      if (key !== undefined) byWord.set(key, list);
    }
  });
  return { byWord, always, usable };
}

/** Names, aliases and roles of the people a sentence quotes (`speakers`, first) or names. */
export function peopleField(sentence: string, speakers: readonly number[], people: readonly PersonEntry[], aliases: AliasIndex): string {
  const found = new Set<number>(speakers);
  const text = ` ${sentence} `;
  const candidates = new Set(aliases.always);
  for (const word of text.match(WORD) ?? []) for (const i of aliases.byWord.get(word) ?? []) candidates.add(i);
  // Registry order, as a scan of every person would find them.
  for (const i of [...candidates].sort((a, b) => a - b)) {
    if (found.has(i)) continue;
    if (people[i]!.aliases.some((alias) => aliases.usable(alias) && containsWord(text, alias))) found.add(i);
  }
  return [...found].map((i) => [people[i]!.name, ...people[i]!.roles].join(' ')).join(' ');
}

/** Whether the first occurrence of `phrase` in `text` stands between non-word characters (what `peopleField` asks of an alias). */
export function containsWord(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  if (at < 0) return false;
  const before = text[at - 1] ?? ' ';
  const after = text[at + phrase.length] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}
