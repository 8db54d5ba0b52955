import type { Article, Sentence } from '../corpus/types';
import { makeRegistry, tabulateRegistry, type RegistryTables } from '../people/registry';
import type { Person } from '../people/types';
import type { Gender } from '../people/lexicon';
import type { PackedIndex } from '../search/packedIndex';
import { parseSentenceId, sentenceIdOf } from '../text/sentenceIds';
import { SentenceIndex } from '../search/sentenceIndex';
import type { DeskData, QuoteRecord } from '../model/deskData';
import { sentenceLookupSteps } from '../model/sentenceLookup';
import { runStepsPausing } from '../model/steps';
import { rankByCount } from '../model/rankByCount';
import { quotesBySentenceOf } from '../model/quotesBySentence';
import { setQuoteColumns } from './quoteColumns';
import { NO_STRING, StringTable, StringTableBuilder, type PackedStrings } from './stringTable';
import type { CorpusProblem } from '../model/types';

/**
 * A built corpus as typed arrays and a string table: the form the cache file stores and the
 * reload worker hands back (its buffers transferred, not copied). Sentences, quotes and people
 * are columns; every string is a reference into `strings`.
 */
export interface PackedDesk {
  loadedAt: string;
  warnings: CorpusProblem[];
  strings: PackedStrings;
  articles: {
    id: Uint32Array;
    outlet: Uint32Array;
    title: Uint32Array;
    published: Uint32Array;
    byline: Uint32Array;
    url: Uint32Array;
    file: Uint32Array;
    body: Uint32Array;
    fingerprint: Uint32Array;
  };
  sentences: {
    article: Uint32Array;
    paragraph: Uint32Array;
    position: Uint32Array;
    start: Uint32Array;
    end: Uint32Array;
    /** The search text where it differs from the printed text, else NO_STRING. */
    normalized: Uint32Array;
    /** The hash of the text that anchors the sentence's id (`src/text/sentenceIds.ts`). */
    textHash: Uint32Array;
    /**
     * The few sentences repeating an earlier sentence's text in their article, and which copy
     * each is (2, 3, …, the `.<n>` of its id); every other sentence is the first copy.
     */
    repeats: { sentence: Uint32Array; copy: Uint32Array };
  };
  quotes: {
    /** Article index. */
    article: Uint32Array;
    /** The number after `#` in `QuoteRecord.group`. */
    group: Uint32Array;
    /** 0 a quotation, 1 a reported statement. */
    kind: Uint8Array;
    start: Uint32Array;
    end: Uint32Array;
    text: Uint32Array;
    speaker: Uint32Array;
    named: Uint8Array;
    mention: Uint32Array;
    role: Uint32Array;
    cue: Uint32Array;
    firstSentence: Uint32Array;
    lastSentence: Uint32Array;
  };
  people: {
    name: Uint32Array;
    /** 0 none, 1 male, 2 female. */
    gender: Uint8Array;
    /** Person i's aliases are aliases[aliasStart[i] … aliasStart[i+1]-1]; roles likewise. */
    aliasStart: Uint32Array;
    aliases: Uint32Array;
    roleStart: Uint32Array;
    roles: Uint32Array;
    /** The registry's lookup tables: key i maps to people ids[start[i]] … ids[start[i+1]-1]. */
    tables: Record<keyof RegistryTables, { keys: Uint32Array; start: Uint32Array; ids: Uint32Array }>;
  };
  index: PackedIndex;
}

/** A desk's data with what a holder needs besides it. */
export interface UnpackedDesk {
  data: DeskData;
  fingerprints: Map<string, string>;
  warnings: CorpusProblem[];
  /** Named speakers' quotation indexes, read from the columns (for `seedDeskLookup`). */
  quotesBySpeaker: Map<string, number[]>;
  /** Named speakers, most quotations first (a quotation split by its attribution counts once; ties in code-unit order), read from the columns. */
  speakersByCount: string[];
}

/** Packs built desk data (and each article's fingerprint) into the transferable form. */
export function packDeskData(data: DeskData, fingerprints: ReadonlyMap<string, string>, warnings: CorpusProblem[]): PackedDesk {
  const strings = new StringTableBuilder();
  const refs = <T>(items: readonly T[], pick: (item: T) => string | null | undefined) =>
    Uint32Array.from(items, (item) => strings.add(pick(item)));
  const articleIndex = new Map(data.articles.map((a, i) => [a.id, i]));
  const { articles, sentences, quotes } = data;
  const people = data.people.people;
  const packedArticles = {
    id: refs(articles, (a) => a.id),
    outlet: refs(articles, (a) => a.outlet),
    title: refs(articles, (a) => a.title),
    published: refs(articles, (a) => a.published),
    byline: refs(articles, (a) => a.byline),
    url: refs(articles, (a) => a.url),
    file: refs(articles, (a) => a.file),
    body: refs(articles, (a) => a.body),
    fingerprint: refs(articles, (a) => fingerprints.get(a.id)),
  };
  const column = (pick: (s: Sentence) => number) => Uint32Array.from(sentences, pick);
  const quoteColumn = (pick: (q: QuoteRecord) => number) => Uint32Array.from(quotes, pick);
  const flat = (lists: readonly (readonly string[])[]) => {
    const start = new Uint32Array(lists.length + 1);
    const items: number[] = [];
    lists.forEach((list, i) => {
      start[i] = items.length;
      for (const item of list) items.push(strings.add(item));
    });
    start[lists.length] = items.length;
    return { start, items: Uint32Array.from(items) };
  };
  const textHash = new Uint32Array(sentences.length);
  const repeated: number[] = [];
  const copies: number[] = [];
  sentences.forEach((s, i) => {
    const { hash, copy } = parseSentenceId(s.id)!;
    textHash[i] = hash;
    if (copy > 1) {
      repeated.push(i);
      copies.push(copy);
    }
  });
  const aliases = flat(people.map((p) => p.aliases));
  const roles = flat(people.map((p) => p.roles));
  const tables = (data.people as { tables?: RegistryTables }).tables ?? tabulateRegistry(people as Person[]);
  const packTable = (table: Map<string, number[]>) => {
    const lists = [...table.values()];
    const start = new Uint32Array(lists.length + 1);
    lists.forEach((list, i) => (start[i + 1] = start[i]! + list.length));
    return { keys: Uint32Array.from(table.keys(), (k) => strings.add(k)), start, ids: Uint32Array.from(lists.flat()) };
  };
  return {
    loadedAt: data.loadedAt,
    warnings,
    articles: packedArticles,
    sentences: {
      article: column((s) => articleIndex.get(s.article)!),
      paragraph: column((s) => s.paragraph),
      position: column((s) => s.position),
      start: column((s) => s.start),
      end: column((s) => s.end),
      normalized: column((s) => (s.normalized === s.text ? NO_STRING : strings.add(s.normalized))),
      textHash,
      repeats: { sentence: Uint32Array.from(repeated), copy: Uint32Array.from(copies) },
    },
    quotes: {
      article: quoteColumn((q) => articleIndex.get(q.article)!),
      group: quoteColumn((q) => Number(q.group.slice(q.group.lastIndexOf('#') + 1))),
      kind: Uint8Array.from(quotes, (q) => (q.kind === 'reported' ? 1 : 0)),
      start: quoteColumn((q) => q.start),
      end: quoteColumn((q) => q.end),
      text: quoteColumn((q) => strings.add(q.text)),
      speaker: quoteColumn((q) => strings.add(q.speaker)),
      named: Uint8Array.from(quotes, (q) => (q.named ? 1 : 0)),
      mention: quoteColumn((q) => strings.add(q.mention)),
      role: quoteColumn((q) => strings.add(q.role)),
      cue: quoteColumn((q) => strings.add(q.cue)),
      firstSentence: quoteColumn((q) => q.firstSentence),
      lastSentence: quoteColumn((q) => q.lastSentence),
    },
    people: {
      name: refs(people, (p) => p.name),
      gender: Uint8Array.from(people, (p) => (p.gender === 'male' ? 1 : p.gender === 'female' ? 2 : 0)),
      aliasStart: aliases.start,
      aliases: aliases.items,
      roleStart: roles.start,
      roles: roles.items,
      tables: { names: packTable(tables.names), roles: packTable(tables.roles) },
    },
    index: data.index.packed,
    strings: strings.pack(),
  };
}

/**
 * Items between pause checks when unpacking: a check is cheap (the pause yields only once its
 * time budget is spent), so slices are small and none overruns the 50 ms stall budget.
 */
const SLICE = 250;

/**
 * Rebuilds desk data from the packed form. `pause` is called between slices of work: pass a
 * yielding pause (see `createPause`) on a serving process so queries keep being answered.
 * With `lazyText`, article bodies (most of the packed strings) are decoded when first read
 * rather than now: start-up answers sooner, and its first questions decode what they read.
 */
export async function unpackDeskData(
  packed: PackedDesk,
  pause: () => Promise<void> | void,
  { lazyText = false }: { lazyText?: boolean } = {},
): Promise<UnpackedDesk> {
  const strings = lazyText ? StringTable.open(packed.strings) : await StringTable.decode(packed.strings, pause);
  const a = packed.articles;
  const articles: Article[] = [];
  const fingerprints = new Map<string, string>();
  for (let i = 0; i < a.id.length; i++) {
    const byline = strings.optional(a.byline[i]!);
    const url = strings.optional(a.url[i]!);
    const body = a.body[i]!;
    const article: Article = {
      id: strings.get(a.id[i]!),
      outlet: strings.get(a.outlet[i]!),
      title: strings.get(a.title[i]!),
      published: strings.get(a.published[i]!),
      ...(byline !== undefined && { byline }),
      ...(url !== undefined && { url }),
      // Read from the table each time (a slice of its decoded chunk): the chunk is decoded
      // when a body in it is first read.
      get body() {
        return strings.get(body);
      },
      file: strings.get(a.file[i]!),
    };
    articles.push(article);
    const fingerprint = strings.optional(a.fingerprint[i]!);
    if (fingerprint !== undefined) fingerprints.set(article.id, fingerprint);
    if (i % SLICE === SLICE - 1) await pause();
  }
  const s = packed.sentences;
  const copyOf = new Map<number, number>();
  s.repeats.sentence.forEach((sentence, i) => copyOf.set(sentence, s.repeats.copy[i]!));
  // Sentences are made when first read: a 10,000-article corpus has 400,000 of them, and
  // making them all (and collecting the garbage of that) was most of its start-up; a
  // question reads a few hundred.
  const sentences = lazyArray<Sentence>(s.article.length, (i) => {
    const article = articles[s.article[i]!]!;
    const start = s.start[i]!;
    const end = s.end[i]!;
    const text = article.body.slice(start, end);
    return {
      id: sentenceIdOf(article.id, s.textHash[i]!, copyOf.get(i) ?? 1),
      article: article.id,
      outlet: article.outlet,
      paragraph: s.paragraph[i]!,
      position: s.position[i]!,
      text,
      normalized: strings.optional(s.normalized[i]!) ?? text,
      start,
      end,
    };
  });
  const q = packed.quotes;
  // Quotations too are made when first read; what questions look up across all of them (by
  // sentence, by speaker) is read from the columns.
  const quotes = lazyArray<QuoteRecord>(q.article.length, (i) => {
    const article = articles[q.article[i]!]!.id;
    return {
      article,
      kind: q.kind[i] === 1 ? 'reported' : 'quote',
      group: `${article}#${q.group[i]}`,
      start: q.start[i]!,
      end: q.end[i]!,
      text: strings.get(q.text[i]!),
      speaker: strings.optional(q.speaker[i]!) ?? null,
      named: q.named[i] === 1,
      mention: strings.optional(q.mention[i]!) ?? null,
      role: strings.optional(q.role[i]!) ?? null,
      cue: strings.optional(q.cue[i]!) ?? null,
      firstSentence: q.firstSentence[i]!,
      lastSentence: q.lastSentence[i]!,
    };
  });
  const quotesBySentence = quotesBySentenceOf(s.article.length, q.firstSentence, q.lastSentence);
  const bySpeakerRef = new Map<number, number[]>();
  // Quotations per speaker, a group (article, group number) once, as the ranking of speakers
  // counts them: read here from the columns, since making 150,000 quotations for it was most of
  // the first question after start-up at 11,000 articles.
  const groupsBySpeakerRef = new Map<number, number>();
  const counted = new Set<number>();
  const emptyName = new Map<number, boolean>();
  for (let i = 0; i < q.article.length; i++) {
    if (q.named[i] === 1 && q.speaker[i] !== NO_STRING) {
      const list = bySpeakerRef.get(q.speaker[i]!);
      if (list) list.push(i);
      else bySpeakerRef.set(q.speaker[i]!, [i]);
      const ref = q.speaker[i]!;
      let empty = emptyName.get(ref);
      if (empty === undefined) emptyName.set(ref, (empty = strings.get(ref) === ''));
      // Article index times 2^32 plus the group number: exact below two million articles.
      const group = q.article[i]! * 2 ** 32 + q.group[i]!;
      if (!empty && !counted.has(group)) {
        counted.add(group);
        groupsBySpeakerRef.set(ref, (groupsBySpeakerRef.get(ref) ?? 0) + 1);
      }
    }
    if (i % SLICE === SLICE - 1) await pause();
  }
  const quotesBySpeaker = new Map<string, number[]>();
  for (const [ref, list] of bySpeakerRef) {
    const name = strings.get(ref);
    // An empty name is no speaker (as `quote.named && quote.speaker` reads it).
    if (name) quotesBySpeaker.set(name, list);
  }
  const speakersByCount = rankByCount(new Map([...groupsBySpeakerRef].map(([ref, count]) => [strings.get(ref), count])));
  const p = packed.people;
  const list = (start: Uint32Array, items: Uint32Array, i: number) => {
    const out: string[] = [];
    for (let j = start[i]!; j < start[i + 1]!; j++) out.push(strings.get(items[j]!));
    return out;
  };
  const people: Person[] = [];
  for (let i = 0; i < p.name.length; i++) {
    const gender: Gender | undefined = p.gender[i] === 1 ? 'male' : p.gender[i] === 2 ? 'female' : undefined;
    people.push({
      name: strings.get(p.name[i]!),
      aliases: list(p.aliasStart, p.aliases, i),
      roles: list(p.roleStart, p.roles, i),
      ...(gender && { gender }),
    });
    if (i % SLICE === SLICE - 1) await pause();
  }
  const unpackTable = async ({ keys, start, ids }: PackedDesk['people']['tables']['names']) => {
    const table = new Map<string, number[]>();
    for (let i = 0; i < keys.length; i++) {
      table.set(strings.get(keys[i]!), Array.from(ids.subarray(start[i], start[i + 1])));
      if (i % SLICE === SLICE - 1) await pause();
    }
    return table;
  };
  const registry = makeRegistry(people, { names: await unpackTable(p.tables.names), roles: await unpackTable(p.tables.roles) });
  const sentenceById = await runStepsPausing(sentenceLookupSteps(sentences, (i) => articles[s.article[i]!]!.id), pause);
  await pause();
  const index = new SentenceIndex(packed.index);
  await pause();
  const data: DeskData = {
    articles,
    articleById: new Map(articles.map((article) => [article.id, article])),
    sentences,
    sentenceById,
    quotes,
    quotesBySentence,
    people: registry,
    index,
    df: documentFrequencies(index),
    loadedAt: packed.loadedAt,
  };
  // A reload's delta shifts these, rather than reading every quotation (`applyDeskDelta`).
  setQuoteColumns(data, { firstSentence: q.firstSentence, lastSentence: q.lastSentence });
  // Read from the columns above: building it from the quotations would make every one of
  // them. The caller seeds it into the desk's lookups (`seedDeskLookup`, in `answer/`).
  return { data, fingerprints, warnings: packed.warnings, quotesBySpeaker, speakersByCount };
}

/**
 * A read-only array of `length` items, each made by `make` when first read (then kept, so
 * reads return the same object). Indexing, `length`, iteration and the array methods work
 * as on an array; only own-key listings (`Object.keys`, deep-equality helpers) see just the
 * items made so far, so copy it (`Array.from`) to compare it whole.
 */
export function lazyArray<T>(length: number, make: (index: number) => T): T[] {
  const made = new Array<T>(length);
  const indexOf = (key: string | symbol): number => {
    if (typeof key !== 'string' || key.length === 0 || key.length > 10) return -1;
    const code = key.charCodeAt(0);
    if (code < 48 || code > 57 || (code === 48 && key.length > 1)) return -1;
    const i = Number(key);
    return Number.isInteger(i) && i < length ? i : -1;
  };
  return new Proxy(made, {
    get(target, key, receiver) {
      const i = indexOf(key);
      if (i < 0) return Reflect.get(target, key, receiver);
      let item = target[i];
      if (item === undefined) item = target[i] = make(i);
      return item;
    },
    // Array methods skip indexes an array does not have: every index is there, made or not.
    has: (target, key) => indexOf(key) >= 0 || Reflect.has(target, key),
    set: () => false,
    deleteProperty: () => false,
  });
}

/**
 * The desk's `df`, in a function of its own: a closure made in `unpackDeskData` would share that
 * function's scope with the lazy sentences and quotations, and a desk made from this one by a
 * delta (which keeps reading them) would then keep this desk's index alive too.
 */
export function documentFrequencies(index: SentenceIndex): DeskData['df'] {
  return { get: (term) => index.documentFrequency(term) };
}
