import { deserialize, serialize } from 'node:v8';
import type { Article, Sentence } from '../corpus/types';
import type { DeskData, QuoteRecord } from '../model/deskData';
import type { CorpusProblem } from '../model/types';
import { tabulateRegistry, type RegistryTables } from '../people/registry';
import type { Person } from '../people/types';
import type { PackedIndex } from '../search/packedIndex';

/**
 * What a serving process needs to make a reload's new desk from the desk it holds, instead of
 * reading, checking and unpacking the whole new desk (at 11,000 articles, 113 MB and several
 * seconds for one changed article): the new or changed articles with their sentences, which
 * old article, sentence and quotation each new one is, the quotations that differ, the new
 * people registry when it differs, and the index patch. `applyDeskDelta` makes the new desk,
 * sharing every unchanged article, sentence and quotation object of the old one.
 */
export interface DeskDelta {
  /** The generation of the desk this applies to (see `WarmBuild.previous`), and of the desk it makes. */
  base: string;
  generation: string;
  loadedAt: string;
  warnings: CorpusProblem[];
  /** Per article of the new desk: the old desk's index of the same article (its sentences unchanged), or -1: the next of `fresh`. */
  articleFrom: Int32Array;
  fresh: FreshArticle[];
  /**
   * Per quotation of the new desk: the old quotation it equals but for its sentences, which
   * moved by `quoteShift` (0: the very record), or -1: the next of `freshQuotes`.
   */
  quoteFrom: Int32Array;
  quoteShift: Int32Array;
  freshQuotes: QuoteRecord[];
  /** The new people registry, when it differs from the old one. */
  people?: { people: Person[]; tables: RegistryTables };
  /** `patchPackedIndex`'s arguments: the old index plus these give the new one. */
  index: { newIdOf: Int32Array; added: PackedIndex; addedIds: Uint32Array; docCount: number };
}

/** A new or changed article, as the new desk has it. */
export interface FreshArticle {
  article: Article;
  fingerprint: string;
  sentences: Sentence[];
}

/**
 * The delta from `old` to `next` (both built by this code; `patch` is how the incremental build
 * patched `old`'s index into `next`'s). Every unchanged object is compared field by field, so
 * applying the delta to a desk equal to `old` gives a desk equal to `next` whatever the build
 * did. Undefined when the delta would carry most of the corpus (a whole desk is then as cheap).
 */
export function diffDeskData(
  old: { data: DeskData; fingerprints: ReadonlyMap<string, string> },
  next: { data: DeskData; fingerprints: ReadonlyMap<string, string>; warnings: CorpusProblem[] },
  patch: DeskDelta['index'],
  generations: { base: string; generation: string },
): DeskDelta | undefined {
  const before = old.data;
  const after = next.data;
  const oldIndex = new Map(before.articles.map((a, i) => [a.id, i]));
  const oldStart = startsOf(before);
  const newStart = startsOf(after);
  const articleFrom = new Int32Array(after.articles.length).fill(-1);
  const fresh: FreshArticle[] = [];
  let freshSentences = 0;
  after.articles.forEach((article, a) => {
    const o = oldIndex.get(article.id);
    const count = newStart[a + 1]! - newStart[a]!;
    if (o !== undefined && old.fingerprints.get(article.id) === next.fingerprints.get(article.id) && sameArticle(before.articles[o]!, article) && oldStart[o + 1]! - oldStart[o]! === count) {
      let same = true;
      for (let k = 0; k < count && same; k++) same = sameSentence(before.sentences[oldStart[o]! + k]!, after.sentences[newStart[a]! + k]!);
      if (same) {
        articleFrom[a] = o;
        return;
      }
    }
    fresh.push({ article, fingerprint: next.fingerprints.get(article.id)!, sentences: after.sentences.slice(newStart[a], newStart[a + 1]) });
    freshSentences += count;
  });
  if (freshSentences > after.sentences.length / 2 && after.sentences.length > 1000) return undefined;

  // Quotations by article, in order: the k-th of a kept article is compared with its k-th before.
  const oldQuotes = quotesByArticle(before.quotes);
  const newQuotes = quotesByArticle(after.quotes);
  const quoteFrom = new Int32Array(after.quotes.length).fill(-1);
  const quoteShift = new Int32Array(after.quotes.length);
  after.articles.forEach((article, a) => {
    const o = articleFrom[a]!;
    if (o < 0) return;
    const shift = newStart[a]! - oldStart[o]!;
    const was = oldQuotes.get(article.id) ?? [];
    const now = newQuotes.get(article.id) ?? [];
    now.forEach((q, k) => {
      const p = was[k];
      if (p !== undefined && sameQuote(before.quotes[p]!, after.quotes[q]!, shift)) {
        quoteFrom[q] = p;
        quoteShift[q] = shift;
      }
    });
  });
  const freshQuotes = after.quotes.filter((_, q) => quoteFrom[q]! < 0);
  const people = samePeople(before.people.people as Person[], after.people.people as Person[]) ? undefined : { people: after.people.people as Person[], tables: tablesOf(after) };
  return {
    ...generations,
    loadedAt: after.loadedAt,
    warnings: next.warnings,
    articleFrom,
    fresh,
    quoteFrom,
    quoteShift,
    freshQuotes,
    ...(people && { people }),
    index: patch,
  };
}

/** Where each article's sentences start (sentences are grouped by article, in article order), and the total last. */
export function startsOf(data: DeskData): Uint32Array {
  const starts = new Uint32Array(data.articles.length + 1);
  data.articles.forEach((article, a) => (starts[a + 1] = starts[a]! + data.sentenceById.countIn(article.id)));
  return starts;
}

function quotesByArticle(quotes: readonly QuoteRecord[]): Map<string, number[]> {
  const by = new Map<string, number[]>();
  quotes.forEach((quote, q) => {
    const list = by.get(quote.article);
    if (list) list.push(q);
    else by.set(quote.article, [q]);
  });
  return by;
}

function sameArticle(a: Article, b: Article): boolean {
  return a === b || (a.id === b.id && a.outlet === b.outlet && a.title === b.title && a.published === b.published && a.byline === b.byline && a.url === b.url && a.file === b.file && a.body === b.body);
}

function sameSentence(a: Sentence, b: Sentence): boolean {
  return (
    a === b ||
    (a.id === b.id && a.article === b.article && a.outlet === b.outlet && a.paragraph === b.paragraph && a.position === b.position && a.text === b.text && a.normalized === b.normalized && a.start === b.start && a.end === b.end)
  );
}

function sameQuote(a: QuoteRecord, b: QuoteRecord, shift: number): boolean {
  return (
    a.article === b.article &&
    a.kind === b.kind &&
    a.group === b.group &&
    a.start === b.start &&
    a.end === b.end &&
    a.text === b.text &&
    a.speaker === b.speaker &&
    a.named === b.named &&
    a.mention === b.mention &&
    a.role === b.role &&
    a.cue === b.cue &&
    a.firstSentence + shift === b.firstSentence &&
    a.lastSentence + shift === b.lastSentence
  );
}

/** Same people in the same order (the registry's tables follow from its people). */
function samePeople(a: readonly Person[], b: readonly Person[]): boolean {
  if (a.length !== b.length) return false;
  const sameList = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((item, i) => item === y[i]);
  return a.every((p, i) => {
    const q = b[i]!;
    return p.name === q.name && p.gender === q.gender && sameList(p.aliases, q.aliases) && sameList(p.roles, q.roles);
  });
}

function tablesOf(data: DeskData): RegistryTables {
  return (data.people as { tables?: RegistryTables }).tables ?? tabulateRegistry(data.people.people as Person[]);
}

/** Items per serialised part: each part is deserialised in one call, so parts stay small (a millisecond or two). */
const PART_ITEMS = 500;
/** Sentences of fresh articles per part, at most (an article longer than this is a part of its own). */
export const FRESH_PART_SENTENCES = 100;

/**
 * The delta as one file's bytes: a sequence of serialised parts (4-byte length, then the part),
 * the long lists cut into parts of `PART_ITEMS`, so the serving process reads it back between
 * pauses (`decodeDeskDelta`).
 */
export function encodeDeskDelta(delta: DeskDelta): Buffer {
  const { fresh, freshQuotes, people, ...head } = delta;
  const parts: Buffer[] = [];
  const add = (value: unknown) => {
    const bytes = serialize(value);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    parts.push(length, bytes);
  };
  const lists = {
    fresh: fresh as unknown[],
    freshQuotes: freshQuotes as unknown[],
    people: (people?.people ?? []) as unknown[],
    names: people ? [...people.tables.names] : [],
    roles: people ? [...people.tables.roles] : [],
  };
  add({ ...head, hasPeople: people !== undefined, lengths: Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, v.length])) });
  // A fresh article carries its body and sentences: parts of them are cut by sentences (ten
  // added articles of 40 sentences in one part took 200 ms to read back, in one slice).
  for (let i = 0; i < fresh.length; ) {
    let end = i;
    let sentences = 0;
    while (end < fresh.length && (end === i || sentences + fresh[end]!.sentences.length <= FRESH_PART_SENTENCES)) sentences += fresh[end++]!.sentences.length;
    add(fresh.slice(i, end));
    i = end;
  }
  for (const list of Object.values(lists)) {
    if (list === lists.fresh) continue;
    for (let i = 0; i < list.length; i += PART_ITEMS) add(list.slice(i, i + PART_ITEMS));
  }
  return Buffer.concat(parts);
}

/** Reads back `encodeDeskDelta`'s bytes, calling `pause` between parts. */
export async function decodeDeskDelta(bytes: Buffer, pause: () => Promise<void> | void): Promise<DeskDelta> {
  let at = 0;
  const next = (): unknown => {
    if (at + 4 > bytes.length) throw new Error('desk delta: truncated');
    const length = bytes.readUInt32LE(at);
    if (at + 4 + length > bytes.length) throw new Error('desk delta: truncated');
    const value = deserialize(bytes.subarray(at + 4, at + 4 + length));
    at += 4 + length;
    return value;
  };
  const head = next() as Omit<DeskDelta, 'fresh' | 'freshQuotes' | 'people'> & { hasPeople: boolean; lengths: Record<'fresh' | 'freshQuotes' | 'people' | 'names' | 'roles', number> };
  const read = async <T>(length: number): Promise<T[]> => {
    const out: T[] = [];
    while (out.length < length) {
      await pause();
      for (const item of next() as T[]) out.push(item);
    }
    return out;
  };
  const fresh = await read<FreshArticle>(head.lengths.fresh);
  const freshQuotes = await read<QuoteRecord>(head.lengths.freshQuotes);
  const people = await read<Person>(head.lengths.people);
  const names = new Map(await read<[string, number[]]>(head.lengths.names));
  const roles = new Map(await read<[string, number[]]>(head.lengths.roles));
  if (at !== bytes.length) throw new Error('desk delta: trailing bytes');
  const { hasPeople, lengths: _lengths, ...rest } = head;
  return { ...rest, fresh, freshQuotes, ...(hasPeople && { people: { people, tables: { names, roles } } }) };
}
