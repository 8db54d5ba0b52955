import type { DeskData } from '../model/deskData';
import { runSteps, runStepsPausing, type Steps } from '../model/steps';
import { fingerprint } from './mergeDuplicates';
import { nameWordsOf, roleTokens } from './roleWords';
import { nearWords } from '../text/nearWords';
import { prepareSurnameIndex } from './understandQuestion';
import { MemoSlot } from '../shared/memoSlot';
import { rankByCount } from '../model/rankByCount';
import { prepareHeadlineTerms } from './articleContext';

/**
 * Per-corpus tables that let a question go straight to the quotations and roles it is about
 * instead of scanning every quotation and person of the corpus (300,000 sentences and
 * 100,000 quotations at 10,000 articles).
 */
export interface DeskLookups {
  /** Quotation indexes by named speaker, in corpus order. */
  quotesBySpeaker: Map<string, number[]>;
  /** Unnamed-source quotations ("the official said") by each word of their speaker and mention. */
  unnamedByWord: Map<string, number[]>;
  /** Role words ("ambassador", "russi" for Russian), each with the people and roles that have it, in registry order. */
  rolesByWord: Map<string, RoleRef[]>;
  /** Quotations per article id (a quotation split by its attribution counts once). */
  quotesPerArticle: Map<string, number>;
  /** Named speakers, most quoted first (ties in code-unit order of the name). */
  speakersByCount: string[];
  /** The corpus's outlets, in order of first appearance. */
  outlets: string[];
  /**
   * Roles as the corpus introduces people (titles before a name, the role a quotation's
   * speaker carries, appositives "Psaki, the White House press secretary"), as comparable
   * tokens (`roleTokens`), by each of their tokens.
   */
  roleEntries: Map<string, RoleEntry[]>;
  /** Named speakers by their first name, lowercase ("hillary" → Hillary Clinton), in order of statements; `nearby` for misspelt ones. */
  speakersByFirstName: NameTable;
  /** Every person's given names (the words before the surname, lowercase), speaking or not: a word that is one is no misspelling. */
  givenNames: Set<string>;
  /** Named speakers by surname (`nameWordsOf`'s last word), with the surnames near a misspelt one. */
  speakersBySurname: NameTable;
  /**
   * Every person's surname with the one first name the people carrying it have ("garland" →
   * "merrick", as "Merrick Garland" and "Merrick B. Garland" both are), or null when they have
   * several ("clinton"); speaking or not.
   */
  firstNameBySurname: Map<string, string | null>;
  /**
   * Named speakers the quotation reader credits under several spellings of one name ("Harry
   * Reid" and "Harry M. Reid", "Martin O’Malley" and "Martin O'Malley"): each spelling → all of
   * them, most quoted first. Only names that differ by middle initials (at most one spelling
   * has any: "George W. Bush" and "George H.W. Bush" stay apart) or apostrophes; "Donald Trump
   * Jr." is not his father.
   */
  speakerVariants: Map<string, string[]>;
}

/** Speakers by a name word; `nearby` gives the name words within two edits of a word (a swap of two letters is two), with their speakers. */
export interface NameTable {
  get(word: string): string[] | undefined;
  nearby(word: string): [string, string[]][];
}

/** One role of one person, as comparable tokens. */
export interface RoleEntry {
  person: string;
  tokens: string[];
  /** Articles where the person's own statements carry this role (0: only seen in the people registry). */
  articles: number;
}

/** One role of one person: indexes into `people` and that person's `roles`. */
export interface RoleRef {
  person: number;
  role: number;
}

/** "Russia's" and "Russian" describe the same ambassador. */
export function stemNationality(word: string): string {
  return word.replace(/(?:ian|an|n|s)$/, '');
}

type Table = keyof DeskLookups;

const built = new MemoSlot<Partial<DeskLookups>>('desk lookups');

function tablesOf(data: DeskData): Partial<DeskLookups> {
  let tables = built.get(data);
  if (!tables) built.set(data, (tables = {}));
  return tables;
}

/**
 * One of the data's lookups: as `prepareDeskLookups` made it, else built now, on its own (a
 * question about a named speaker does not wait for the role table).
 */
export function deskLookup<T extends Table>(data: DeskData, table: T): DeskLookups[T] {
  const tables = tablesOf(data);
  return (tables[table] ??= runSteps(BUILDERS[table](data)) as DeskLookups[T]) as DeskLookups[T];
}

/** Gives the data a table made elsewhere (the unpacker reads one from the packed columns). */
export function seedDeskLookup<T extends Table>(data: DeskData, table: T, value: DeskLookups[T]): void {
  const tables = tablesOf(data);
  tables[table] = value;
}

/**
 * Builds everything questions look up (these tables, the people registry's known names, the
 * surname index for misspelt names) ahead of the first question, calling `pause` between
 * slices of work, so a serving process swapping in a reloaded corpus keeps answering
 * meanwhile instead of building them inside its first question.
 */
export async function prepareDeskLookups(data: DeskData, pause: () => Promise<void> | void): Promise<void> {
  await data.people.prepare?.(pause);
  await prepareSurnameIndex(data.people.people, pause);
  const tables = tablesOf(data);
  for (const table of Object.keys(BUILDERS) as Table[]) {
    if (tables[table]) continue;
    (tables as Record<Table, unknown>)[table] = await runStepsPausing(BUILDERS[table](data) as Steps<unknown>, pause);
  }
  await runStepsPausing(prepareHeadlineTerms(data), pause);
}

/** Items between yields (a yield pauses only once the caller's time budget is spent): a slice is a millisecond or two. */
const SLICE = 125;

const BUILDERS: { [T in Table]: (data: DeskData) => Steps<DeskLookups[T]> } = {
  quotesPerArticle: countQuotesPerArticle,
  *outlets(data) {
    const outlets = new Set<string>();
    for (let i = 0; i < data.articles.length; i++) {
      outlets.add(data.articles[i]!.outlet);
      if (i % (SLICE * 4) === SLICE * 4 - 1) yield;
    }
    return [...outlets];
  },
  speakersByCount: rankSpeakers,
  *quotesBySpeaker(data) {
    const table = new Map<string, number[]>();
    for (let i = 0; i < data.quotes.length; i++) {
      const quote = data.quotes[i]!;
      if (quote.named && quote.speaker) push(table, quote.speaker, i);
      if (i % (SLICE * 4) === SLICE * 4 - 1) yield;
    }
    return table;
  },
  *unnamedByWord(data) {
    const table = new Map<string, number[]>();
    for (let i = 0; i < data.quotes.length; i++) {
      const quote = data.quotes[i]!;
      if (!quote.named) for (const word of new Set(fingerprint(`${quote.speaker ?? ''} ${quote.mention ?? ''}`))) push(table, word, i);
      if (i % SLICE === SLICE - 1) yield;
    }
    return table;
  },
  *roleEntries(data) {
    const table = new Map<string, RoleEntry[]>();
    const entries = new Map<string, RoleEntry & { seenIn: Set<string> }>();
    const add = (person: string, role: string, article?: string): void => {
      const tokens = roleTokens(role);
      if (tokens.length === 0) return;
      const key = `${person}\u0000${tokens.join(' ')}`;
      let entry = entries.get(key);
      if (!entry) {
        entry = { person, tokens, articles: 0, seenIn: new Set() };
        entries.set(key, entry);
        for (const token of new Set(tokens)) push(table, token, entry);
      }
      if (article !== undefined && !entry.seenIn.has(article)) {
        entry.seenIn.add(article);
        entry.articles++;
      }
    };
    const people = data.people.people;
    for (let p = 0; p < people.length; p++) {
      for (const role of people[p]!.roles) add(people[p]!.name, role);
      if (p % SLICE === SLICE - 1) yield;
    }
    for (let i = 0; i < data.quotes.length; i++) {
      const quote = data.quotes[i]!;
      if (quote.named && quote.speaker) {
        if (quote.role) add(quote.speaker, quote.role, quote.article);
        const role = appositiveRole(quote.mention ?? '') ?? roleBeforeName(quote.mention ?? '', quote.speaker);
        if (role) add(quote.speaker, role, quote.article);
      }
      if (i % (SLICE * 4) === SLICE * 4 - 1) yield;
    }
    for (const entry of entries.values()) delete (entry as Partial<typeof entry>).seenIn;
    return table;
  },
  *speakersByFirstName(data) {
    const table = new Map<string, string[]>();
    const speakers = deskLookup(data, 'speakersByCount');
    for (let i = 0; i < speakers.length; i++) {
      const name = speakers[i]!;
      const space = name.indexOf(' ');
      if (space > 1) push(table, name.slice(0, space).toLowerCase(), name);
      if (i % (SLICE * 4) === SLICE * 4 - 1) yield;
    }
    return nameTable(table);
  },
  *givenNames(data) {
    const names = new Set<string>();
    const people = data.people.people;
    for (let p = 0; p < people.length; p++) {
      const words = nameWordsOf(people[p]!.name);
      for (const w of words.slice(0, -1)) names.add(w);
      if (p % (SLICE * 4) === SLICE * 4 - 1) yield;
    }
    return names;
  },
  *firstNameBySurname(data) {
    const table = new Map<string, string | null>();
    const people = data.people.people;
    for (let p = 0; p < people.length; p++) {
      const words = nameWordsOf(people[p]!.name);
      if (words.length >= 2) {
        const last = words[words.length - 1]!;
        const known = table.get(last);
        table.set(last, known === undefined || known === words[0] ? words[0]! : null);
      }
      if (p % (SLICE * 4) === SLICE * 4 - 1) yield;
    }
    return table;
  },
  *speakersBySurname(data) {
    const bySurname = new Map<string, string[]>();
    const speakers = deskLookup(data, 'speakersByCount');
    for (let i = 0; i < speakers.length; i++) {
      const words = nameWordsOf(speakers[i]!);
      if (words.length >= 2) push(bySurname, words[words.length - 1]!, speakers[i]!);
      if (i % SLICE === SLICE - 1) yield;
    }
    return nameTable(bySurname);
  },
  *speakerVariants(data) {
    const byPlainName = new Map<string, string[]>();
    const speakers = deskLookup(data, 'speakersByCount');
    for (let i = 0; i < speakers.length; i++) {
      push(byPlainName, plainName(speakers[i]!), speakers[i]!);
      if (i % (SLICE * 4) === SLICE * 4 - 1) yield;
    }
    const table = new Map<string, string[]>();
    for (const names of byPlainName.values()) {
      if (names.length < 2 || names.filter((n) => plainName(n) !== foldedName(n)).length > 1) continue;
      for (const name of names) table.set(name, names);
    }
    return table;
  },
  *rolesByWord(data) {
    const table = new Map<string, RoleRef[]>();
    const people = data.people.people;
    for (let p = 0; p < people.length; p++) {
      people[p]!.roles.forEach((role, r) => {
        for (const word of new Set(fingerprint(role).map(stemNationality))) push(table, word, { person: p, role: r });
      });
      if (p % SLICE === SLICE - 1) yield;
    }
    return table;
  },
};

/** A name in lower case with one kind of apostrophe. */
const foldedName = (name: string): string => name.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** A name without its middle initials ("Harry M. Reid", "George H.W. Bush" → "harry reid", "george bush"). */
function plainName(name: string): string {
  const words = foldedName(name).split(' ');
  return words.filter((w, i) => i === 0 || i === words.length - 1 || !/^\p{L}\.?$|^(?:\p{L}\.){2,}$/u.test(w)).join(' ');
}

/** A name table over speakers by name word, with the words near a misspelt one found by a walk over their sorted list. */
function nameTable(byWord: Map<string, string[]>): NameTable {
  const sorted = [...byWord.keys()].sort();
  return {
    get: (word) => byWord.get(word),
    nearby: (word) => [...nearWords(sorted, word, 2).keys()].map((i) => [sorted[i]!, byWord.get(sorted[i]!)!] as [string, string[]]),
  };
}

function* countQuotesPerArticle(data: DeskData): Steps<Map<string, number>> {
  const counts = new Map<string, number>();
  const groups = new Set<string>();
  for (let i = 0; i < data.quotes.length; i++) {
    const quote = data.quotes[i]!;
    // Quotations only: reported statements are not counted as quotations.
    if (quote.kind === 'quote' && !groups.has(quote.group)) {
      groups.add(quote.group);
      counts.set(quote.article, (counts.get(quote.article) ?? 0) + 1);
    }
    if (i % (SLICE * 4) === SLICE * 4 - 1) yield;
  }
  return counts;
}

function* rankSpeakers(data: DeskData): Steps<string[]> {
  const counts = new Map<string, number>();
  const groups = new Set<string>();
  for (let i = 0; i < data.quotes.length; i++) {
    const quote = data.quotes[i]!;
    if (quote.named && quote.speaker && !groups.has(quote.group)) {
      groups.add(quote.group);
      counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1);
    }
    if (i % (SLICE * 4) === SLICE * 4 - 1) yield;
  }
  yield;
  return rankByCount(counts);
}

/** The role in an appositive mention: "Julie Smith, the U.S. Ambassador to NATO", "the NATO chief, Jens Stoltenberg". */
function appositiveRole(mention: string): string | null {
  const after = /^[^,]+,\s+(?:the|a|an)\s+([^,]+?)\s*,?$/i.exec(mention);
  if (after) return after[1]!;
  const before = /^(?:the|a|an)\s+([^,]+?),\s+\p{Lu}[^,]*$/iu.exec(mention);
  return before ? before[1]! : null;
}

/** The words before the speaker's name in a mention: "Russia’s ambassador to the European Union Vladimir Chizhov". */
function roleBeforeName(mention: string, speaker: string): string | null {
  const surname = speaker.slice(speaker.lastIndexOf(' ') + 1);
  if (!mention.endsWith(surname) || mention.includes(',')) return null;
  const first = speaker.slice(0, speaker.indexOf(' '));
  let end = mention.length - surname.length;
  const at = first ? mention.lastIndexOf(first, end) : -1;
  if (at >= 0) end = at;
  const role = mention.slice(0, end).trim();
  // A capitalised word left right before the surname is another given name: the mention names
  // someone else ("Former President Bill Clinton" on a quotation given to Hillary Clinton).
  if (at < 0 && /\p{Lu}[\p{L}.’'-]*$/u.test(role) && !/(?:^|\s)(?:Mr|Mrs|Ms|Dr)\.?$/.test(role)) return null;
  return role.split(/\s+/).length >= 2 ? role : null;
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
