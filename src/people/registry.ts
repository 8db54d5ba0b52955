import { TITLE_HEADS } from './lexicon';
import { readPeopleText } from './readPeopleText';
import { addKnownNames, prepareKnownNames, repairMayUseKnownNames, repairName, runTogetherRepairer, type KnownNames } from './repairText';
import type { TextPerson } from './textPeople';
import type { Person, PeopleRegistry } from './types';
import { hasSuffix, surnameOf } from './surname';
import { runTogetherFormsOf } from './runTogetherForms';

const HONORIFIC = /^(mr|mrs|ms|miss|dr|sen|rep|gov|gen|president|the)\.?\s+/i;

/** Lowercase, hyphens and run-together joins undone, possessive and honorific dropped. */
export function normaliseMention(s: string, known: readonly string[] | KnownNames = []): string {
  const remembered = plainMentions.get(s);
  if (remembered !== undefined) return remembered;
  const trimmed = s.trim();
  const normalised = normaliseRepaired(repairName(trimmed, known));
  // Most names have nothing a repair could split: their form is the same whatever names are known.
  if (s.length <= PLAIN_MENTION_CHARS && !repairMayUseKnownNames(trimmed)) {
    if (plainMentions.size >= PLAIN_MENTIONS) plainMentions.clear();
    plainMentions.set(s, normalised);
  }
  return normalised;
}

/**
 * `normaliseMention` of mentions whose repair needs no known names, for the life of the
 * process: each registry normalises every alias of every person (`tabulateRegistry`) and each
 * quotation's speaker it is asked about, the same tens of thousands of names at every build of
 * a kept build process. Cleared when full.
 */
const plainMentions = new Map<string, string>();
const PLAIN_MENTION_CHARS = 80;
const PLAIN_MENTIONS = 300_000;

function normaliseRepaired(repaired: string): string {
  // A suffix as chat types it ("trump jr", "Donald Trump, Jr.") is the printed "Trump Jr.".
  let t = repaired.replace(/[’']s$/u, '').replace(/\s+/g, ' ').replace(/,?\s(jr|sr)\.?$/i, ' $1.');
  while (HONORIFIC.test(t)) t = t.replace(HONORIFIC, '');
  return t.toLowerCase().replace(/-/g, ' ');
}


/**
 * Builds the people of a corpus from its texts: person mentions found with
 * wink-nlp tokens and title patterns, grouped per text, then merged across
 * texts by full name, and surname-only people folded into the one full
 * name with that surname when it is unique.
 */
export function buildPeopleRegistry(texts: { id: string; text: string }[]): PeopleRegistry {
  return mergeTextPeople(texts.map(({ text }) => ({ text, people: readPeopleText(text).people.people })));
}

/**
 * The registry from the people already found in each text (`readPeopleText`), in corpus
 * order: the cross-corpus half of `buildPeopleRegistry`, for builds that read texts apart.
 */
export function mergeTextPeople(texts: readonly { text: string; people: readonly TextPerson[] }[]): PeopleRegistry {
  const byName = new Map<string, Person>();
  // Full-name people by surname, and the full names as known names for repairs: kept up to
  // date as people are found, so each text costs the same however many people came before.
  const bySurname = new Map<string, Person[]>();
  const knownFull = { names: new Set<string>(), parts: new Set<string>(), surnames: new Set<string>() };
  const surnameOnly: Person[] = [];
  // Texts naming each full name, for telling a name's accidental extension from a namesake.
  const textsNaming = new Map<string, number>();
  // Aliases taken from run-together forms as printed.
  const runTogether = new Set<string>();
  // Many texts print the same names: each distinct one's repair is prepared once.
  const repair = runTogetherRepairer(knownFull);
  // A much-named person gathers hundreds of aliases: membership is asked of a set beside each list.
  let lists = new UniqueLists();
  const printed = runTogetherFormsOf(texts.map(({ text }) => text));
  for (const [t, { people: found }] of texts.entries()) {
    for (const name of new Set(found.map((p) => p.name))) if (name.includes(' ')) textsNaming.set(name, (textsNaming.get(name) ?? 0) + 1);
    for (const p of found) {
      const target = p.name.includes(' ') ? byName.get(p.name) ?? newPerson(p.name) : newPerson(p.name);
      if (p.name.includes(' ') && !byName.has(p.name)) {
        byName.set(p.name, target);
        addKnownNames(knownFull, [p.name]);
        const list = bySurname.get(surnameOf(p.name)) ?? [];
        list.push(target);
        bySurname.set(surnameOf(p.name), list);
      } else if (!p.name.includes(' ')) surnameOnly.push(target);
      for (const r of p.roles) lists.add(target.roles, r);
      for (const f of p.forms) lists.add(target.aliases, f);
      target.gender ??= p.gender;
    }
    // Run-together forms as printed ("JensStoltenberg", "Stoltenbergat").
    for (const form of printed[t]!) {
      const repaired = repair(form);
      if (repaired === form) continue;
      // Only these people can pass the test below: the full name, or the surname first or last.
      const words = repaired.split(' ');
      const candidates = new Set([
        ...(byName.has(repaired) ? [byName.get(repaired)!] : []),
        ...(bySurname.get(words[0]!) ?? []),
        ...(bySurname.get(words[words.length - 1]!) ?? []),
      ]);
      for (const p of candidates) {
        if (repaired === p.name || repaired.startsWith(surnameOf(p.name) + ' ') || repaired.endsWith(' ' + surnameOf(p.name))) {
          if (!lists.has(p.aliases, form) && repaired.split(' ').some((w) => p.name.split(' ').includes(w))) {
            lists.add(p.aliases, form);
            runTogether.add(form);
          }
        }
      }
    }
  }
  // A run-together form that is itself a surname of the corpus ("Harrison", "Jefferson",
  // "Anderson") is that name, not "Harris on", "Jeffers on", "Anders on".
  for (const person of byName.values()) {
    const own = surnameOf(person.name);
    person.aliases = person.aliases.filter((a) => a === own || a.includes(' ') || !bySurname.has(a) || !runTogether.has(a));
  }
  // The alias lists were replaced: their sets start afresh.
  lists = new UniqueLists();
  foldExtendedNames(byName, bySurname, textsNaming);
  foldMisspeltGivenNames(byName, bySurname, textsNaming);
  // Fold surname-only people into the unique full name with that surname.
  const full = [...byName.values()];
  const people: Person[] = [...full];
  const folded = new Map<string, Person>();
  for (const s of surnameOnly) {
    const matches = bySurname.get(s.name) ?? [];
    const into = matches.length === 1 ? matches[0]! : folded.get(s.name);
    if (into) {
      for (const a of s.aliases) lists.add(into.aliases, a);
      for (const r of s.roles) lists.add(into.roles, r);
      into.gender ??= s.gender;
    } else {
      folded.set(s.name, s);
      people.push(s);
    }
  }
  for (const p of people) {
    // "Trump Jr.": the surname with the suffix names the son, as news prints him after the first mention.
    const suffixed = hasSuffix(p.name) ? [`${surnameOf(p.name)} ${p.name.split(/\s+/).pop()!.replace(/,$/, '')}`] : [];
    for (const a of [p.name, surnameOf(p.name), ...suffixed]) if (!p.aliases.includes(a)) p.aliases.push(a);
  }
  return makeRegistry(people);
}

/**
 * A "name" that is another person's full name followed by more capitalised words ("Ted Cruz
 * South Carolina" from "the Ted Cruz South Carolina victory party", "Ted Cruz Hints Trump" from
 * a headline) is that person: folded into them, keeping only the aliases that carry their
 * surname (run-together forms repaired onto the long name, "DonaldTrump", are not theirs).
 * Only when the shorter name is in three times as many texts: a namesake with a name of its
 * own ("Martin Luther King" beside a "Martin Luther") is named often in its own right.
 */
function foldExtendedNames(byName: Map<string, Person>, bySurname: Map<string, Person[]>, textsNaming: ReadonlyMap<string, number>): void {
  for (const [name, person] of byName) {
    const words = name.split(' ');
    // "Donald Trump Jr." is his son, not a run-on of "Donald Trump".
    if (words.length < 3 || hasSuffix(name)) continue;
    let into: Person | undefined;
    for (let k = words.length - 1; k >= 2 && !into; k--) into = byName.get(words.slice(0, k).join(' '));
    if (!into || into === person || (textsNaming.get(into.name) ?? 0) < 3 * (textsNaming.get(name) ?? 0)) continue;
    const surname = surnameOf(into.name);
    for (const a of [name, ...person.aliases]) if (a.includes(surname) && !into.aliases.includes(a)) into.aliases.push(a);
    into.gender ??= person.gender;
    dropFullName(byName, bySurname, person);
  }
}

/** Takes a full-name person folded into another out of the name and surname tables. */
function dropFullName(byName: Map<string, Person>, bySurname: Map<string, Person[]>, person: Person): void {
  byName.delete(person.name);
  const surname = surnameOf(person.name);
  const rest = (bySurname.get(surname) ?? []).filter((p) => p !== person);
  if (rest.length) bySurname.set(surname, rest);
  else bySurname.delete(surname);
}

/**
 * A full name whose given name is another's under the same surname with one letter of a
 * doubled pair dropped or doubled ("Hilary Clinton" once beside "Hillary Clinton") is that
 * person misspelt: folded into them, as `foldExtendedNames` folds a run-on. Only when the
 * other is in three times as many texts: a namesake spelt so is named often in its own right.
 */
function foldMisspeltGivenNames(byName: Map<string, Person>, bySurname: Map<string, Person[]>, textsNaming: ReadonlyMap<string, number>): void {
  for (const [name, person] of byName) {
    const words = name.split(' ');
    if (words.length !== 2) continue;
    const into = (bySurname.get(surnameOf(name)) ?? []).find((other) => {
      const otherWords = other.name.split(' ');
      return other !== person && byName.has(other.name) && otherWords.length === 2 && oneDoubledLetterApart(words[0]!, otherWords[0]!) &&
        (textsNaming.get(other.name) ?? 0) >= 3 * (textsNaming.get(name) ?? 0);
    });
    if (!into) continue;
    for (const a of [name, ...person.aliases]) if (!into.aliases.includes(a)) into.aliases.push(a);
    for (const r of person.roles) if (!into.roles.includes(r)) into.roles.push(r);
    into.gender ??= person.gender;
    dropFullName(byName, bySurname, person);
  }
}

/** Whether two words differ only by one letter of a doubled pair ("Hilary", "Hillary"; "Phillip", "Philip"). */
function oneDoubledLetterApart(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < 3) return false;
  for (let i = 1; i < long.length; i++) {
    if (long[i] === long[i - 1] && long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

/**
 * Lists kept free of repeats, in the order items were first added, as `includes` then `push`
 * keeps them, with a set beside each list for the membership test (made when a list is first
 * asked about, from what it holds). Only lists changed through `add` meanwhile stay in step.
 */
const SET_FROM = 12;

class UniqueLists {
  private readonly sets = new Map<string[], Set<string>>();

  has(list: string[], item: string): boolean {
    const set = this.setOf(list);
    return set ? set.has(item) : list.includes(item);
  }

  add(list: string[], item: string): void {
    const set = this.setOf(list);
    if (set ? set.has(item) : list.includes(item)) return;
    set?.add(item);
    list.push(item);
  }

  /** A short list (most are) is searched as it is. */
  private setOf(list: string[]): Set<string> | undefined {
    let set = this.sets.get(list);
    if (!set && list.length >= SET_FROM) this.sets.set(list, (set = new Set(list)));
    return set;
  }
}

function newPerson(name: string): Person {
  return { name, aliases: [], roles: [] };
}

/** The registry's lookup tables: normalised names, surnames and aliases, and titles → indexes into `people`. */
export interface RegistryTables {
  names: Map<string, number[]>;
  roles: Map<string, number[]>;
}

/** Normalises every name, alias and title once (the costly part of a registry, worth persisting). */
export function tabulateRegistry(people: readonly Person[]): RegistryTables {
  const known = people.map((p) => p.name);
  const names = new Map<string, number[]>();
  const add = (table: Map<string, number[]>, key: string, i: number): void => {
    if (!key) return;
    const list = table.get(key);
    if (!list) table.set(key, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  people.forEach((p, i) => {
    add(names, normaliseMention(p.name), i);
    add(names, normaliseMention(surnameOf(p.name)), i);
    for (const a of p.aliases) add(names, normaliseMention(a, known), i);
  });
  const roles = new Map<string, number[]>();
  people.forEach((p, i) => {
    for (const r of p.roles) {
      const key = normaliseMention(r);
      // Only titles identify someone ("secretary general"), not "official" or "resident".
      if (!key.split(' ').some((w) => TITLE_HEADS.has(w) || w === 'general')) continue;
      // Also the bare title without qualifiers: "NATO Secretary General" → "secretary general".
      const keys = new Set([key, key.split(' ').filter((w) => /^[a-z]/.test(w) && !/^(nato|u\.s\.|us|un|eu)$/.test(w)).join(' ')]);
      for (const k of keys) add(roles, k, i);
    }
  });
  return { names, roles };
}

/** Distinct mentions a registry remembers the person of (a serving process also looks up what users type). */
const LOOKUPS_REMEMBERED = 100_000;

/**
 * The registry over a finished list of people (as `buildPeopleRegistry` makes it), from its
 * tables when a cached corpus has them, so start-up does not normalise every name again.
 */
export function makeRegistry(people: Person[], tables: RegistryTables = tabulateRegistry(people)): PeopleRegistry {
  const known = people.map((p) => p.name);
  const { names: index, roles: roleIndex } = tables;
  const only = (ids: number[] | undefined): Person | undefined => (ids?.length === 1 ? people[ids[0]!] : undefined);
  // A build looks up each quotation's speaker several times (naming speakers, then each
  // sentence's speakers), the same few thousand names over and over; the tables never change.
  const remembered = new Map<string, Person | null>();
  const lookup = (mention: string): Person | undefined => {
    const seen = remembered.get(mention);
    if (seen !== undefined) return seen ?? undefined;
    const found = find(mention);
    if (remembered.size < LOOKUPS_REMEMBERED) remembered.set(mention, found ?? null);
    return found;
  };
  const find = (mention: string): Person | undefined => {
    const key = normaliseMention(mention, known);
    const direct = only(index.get(key));
    if (direct) return direct;
    // The last words as a name ("Secretary-General Jens Stoltenberg").
    const words = key.split(' ');
    for (let i = 1; i < words.length; i++) {
      const hit = only(index.get(words.slice(i).join(' ')));
      if (hit) return hit;
    }
    return only(roleIndex.get(key.replace(/^(the|a|an)\s+/, '')));
  };
  return {
    people,
    lookup,
    canonical: (name) => lookup(name)?.name ?? name,
    tables,
    prepare: (pause) => prepareKnownNames(known, pause),
  };
}
