import type { Article } from '../corpus/types';
import type { DeskData, PersonEntry, PeopleLookup, QuoteRecord } from '../model/deskData';
import { buildPackedIndex, type PackedIndex } from '../search/packedIndex';
import { patchPackedIndex } from '../search/patchPackedIndex';
import { assembleDesk, builtSpeakers, deskDataOf } from './buildDeskData';
import type { BuildTimings } from './buildTimings';
import { containsWord, indexAliases, peopleField } from './indexSentences';
import type { ReadArticle } from './readArticle';

/** The desk a build replaces, as the incremental build needs it. */
export interface PreviousDesk {
  data: DeskData;
  /** Content hash per article id (`fingerprintArticles`). */
  fingerprints: ReadonlyMap<string, string>;
  /** The previous desk's packed index (what the cache file holds). */
  index: PackedIndex;
}

/**
 * How the previous desk's index became the new one (`patchPackedIndex`'s arguments besides the
 * old index): a serving process holding the previous desk applies it (`applyDeskDelta`).
 */
export interface IndexPatch {
  newIdOf: Int32Array;
  added: PackedIndex;
  addedIds: Uint32Array;
  docCount: number;
}

/** Past this share of sentences to index again, an incremental build is no cheaper than a full one. */
const MAX_REINDEXED_SHARE = 0.5;

/**
 * The desk `buildDeskData` would build for `articles`, made from the previous desk's index:
 * the corpus-wide steps (people registry, speakers' names, quotation placement) run over the
 * whole corpus as in a full build, but only sentences whose index entry can differ are
 * indexed again: those of new or changed articles, and those of unchanged articles whose
 * people field (the people a sentence quotes or names, `indexSentences`) the new registry
 * changes. The index is then patched (`patchPackedIndex`), so it is the very index a full build
 * gives: same terms, frequencies and field lengths, hence the same scores and answers.
 *
 * `read` is in article order (from the per-article cache for unchanged articles). Undefined
 * when the previous desk cannot serve (unchanged articles reordered, or so much changed that a
 * full build is as cheap): the caller builds in full.
 */
export function buildDeskDataIncrementally(
  previous: PreviousDesk,
  articles: readonly Article[],
  fingerprints: ReadonlyMap<string, string>,
  read: readonly ReadArticle[],
  loadedAt: Date,
  timings: BuildTimings,
): { data: DeskData; reindexed: number; patch: IndexPatch } | undefined {
  const old = previous.data;
  // Where each previous article's sentences start (sentences are grouped by article, in order).
  const oldStart = new Map<string, number>();
  let at = 0;
  for (const article of old.articles) {
    oldStart.set(article.id, at);
    at += old.sentenceById.countIn(article.id);
  }
  if (at !== previous.index.docCount) return undefined;

  let sentenceCount = 0;
  for (const r of read) sentenceCount += r.sentences.length;
  // Old sentence → new sentence for unchanged articles, which must keep their order.
  const newIdOf = new Int32Array(previous.index.docCount).fill(-1);
  const oldIdOf = new Int32Array(sentenceCount).fill(-1);
  let s = 0;
  let lastOld = -1;
  for (let a = 0; a < articles.length; a++) {
    const article = articles[a]!;
    const count = read[a]!.sentences.length;
    const from = oldStart.get(article.id);
    if (from !== undefined && previous.fingerprints.get(article.id) === fingerprints.get(article.id) && old.sentenceById.countIn(article.id) === count) {
      if (from < lastOld) return undefined;
      lastOld = from;
      for (let k = 0; k < count; k++) {
        newIdOf[from + k] = s + k;
        oldIdOf[s + k] = from + k;
      }
    }
    s += count;
  }
  let fresh = 0;
  for (let k = 0; k < sentenceCount; k++) if (oldIdOf[k]! < 0) fresh++;
  // Most of the corpus is new (a first build beside a small old desk): a full build is cheaper.
  if (fresh > MAX_REINDEXED_SHARE * sentenceCount && sentenceCount > 1000) return undefined;

  const assembled = assembleDesk(articles, read, timings);
  const started = performance.now();
  const { texts } = assembled.toIndex;

  // Sentences indexed again: new ones, and kept ones whose people field changes.
  const reindex = new Uint8Array(sentenceCount);
  for (let k = 0; k < sentenceCount; k++) if (oldIdOf[k]! < 0) reindex[k] = 1;
  const oldPeople = old.people.people;
  const newPeople = assembled.people.people;
  // Kept from the build that made the previous desk when it was built in this process.
  const kept = builtSpeakers(old);
  const computed = kept ? undefined : speakerIdsBySentence(old.quotes, old.people, oldPeople);
  const oldSpeakersOf = (oldId: number): readonly number[] => (kept ? kept[oldId] : computed!.get(oldId)) ?? [];
  const newSpeakers = assembled.toIndex.speakers;
  const sameSpeakers = (k: number) => {
    const a = oldSpeakersOf(oldIdOf[k]!);
    const b = newSpeakers[k] ?? [];
    return a.length === b.length && a.every((id, i) => oldPeople[id]!.name === newPeople[b[i]!]!.name);
  };
  const touched = touchedPeople(oldPeople, newPeople);
  const candidates = candidateSentences(texts, oldIdOf, touched);
  const namesTouched = touchedAliasFinder(touched);
  // A touched speaker changes the field whether or not the sentence names them.
  const touchedSpeaker = (k: number) => touched === 'all' || (newSpeakers[k] ?? []).some((id) => touched.names.has(newPeople[id]!.name));
  const oldAliases = indexAliases(oldPeople);
  const newAliases = indexAliases(newPeople);
  for (let k = 0; k < sentenceCount; k++) {
    if (reindex[k]) continue;
    const oldId = oldIdOf[k]!;
    if (!sameSpeakers(k)) reindex[k] = 1;
    else if (touchedSpeaker(k) || ((candidates === 'all' || candidates.has(k)) && namesTouched(texts[k]!))) {
      const speakers = oldSpeakersOf(oldId);
      if (peopleField(texts[k]!, speakers, oldPeople, oldAliases) !== peopleField(texts[k]!, newSpeakers[k] ?? [], newPeople, newAliases)) reindex[k] = 1;
    }
  }
  const addedIds: number[] = [];
  for (let k = 0; k < sentenceCount; k++) {
    if (!reindex[k]) continue;
    addedIds.push(k);
    const oldId = oldIdOf[k]!;
    if (oldId >= 0) newIdOf[oldId] = -1;
  }
  if (addedIds.length > MAX_REINDEXED_SHARE * sentenceCount && sentenceCount > 1000) return undefined;
  timings.peopleMs += performance.now() - started;

  const indexing = performance.now();
  const added = buildPackedIndex(
    addedIds.map((k, id) => ({ id, text: texts[k]!, people: peopleField(texts[k]!, newSpeakers[k] ?? [], newPeople, newAliases) })),
  );
  const patch: IndexPatch = { newIdOf, added, addedIds: Uint32Array.from(addedIds), docCount: sentenceCount };
  timings.indexMs += performance.now() - indexing;
  // Patched when the desk's index is first read: a kept build process sends the serving
  // process the delta (which carries the patch, not the index) first, then packs the desk.
  const oldIndex = previous.index;
  const patched = () => {
    const patching = performance.now();
    const index = patchPackedIndex(oldIndex, patch.newIdOf, patch.added, patch.addedIds, patch.docCount);
    timings.indexMs += performance.now() - patching;
    return index;
  };
  return { data: deskDataOf(articles, assembled, patched, loadedAt), reindexed: addedIds.length, patch };
}

/** Per sentence with named speakers, their indexes in `people`, as `assembleDesk` lists them. */
export function speakerIdsBySentence(quotes: readonly QuoteRecord[], registry: PeopleLookup, people: readonly PersonEntry[]): Map<number, number[]> {
  const personIndex = new Map(people.map((person, i) => [person, i]));
  const bySentence = new Map<number, number[]>();
  for (const quote of quotes) {
    const person = quote.named && quote.speaker ? registry.lookup(quote.speaker) : undefined;
    const id = person && personIndex.get(person);
    if (id === undefined) continue;
    for (let s = quote.firstSentence; s <= quote.lastSentence; s++) {
      const ids = bySentence.get(s) ?? [];
      if (!ids.includes(id)) ids.push(id);
      bySentence.set(s, ids);
    }
  }
  return bySentence;
}

/**
 * People whose part in a people field can differ between the registries: new or gone, a
 * changed name or roles, a changed set of aliases that may name them (an alias shared by two
 * people names neither), or moved relative to the others (fields list people in registry
 * order). For each, the aliases of both registries that may name them.
 */
function touchedPeople(before: readonly PersonEntry[], after: readonly PersonEntry[]): { names: Set<string>; aliases: string[][] } | 'all' {
  const describe = (people: readonly PersonEntry[]) => {
    const owners = new Map<string, number>();
    for (const person of people) for (const alias of new Set(person.aliases)) owners.set(alias, (owners.get(alias) ?? 0) + 1);
    const byName = new Map<string, { rank: number; signature: string; usable: string[] }>();
    for (let rank = 0; rank < people.length; rank++) {
      const person = people[rank]!;
      const usable = [...new Set(person.aliases.filter((alias) => alias.length > 2 && owners.get(alias) === 1))].sort();
      if (byName.has(person.name)) return undefined;
      byName.set(person.name, { rank, signature: JSON.stringify([person.roles, usable]), usable });
    }
    return byName;
  };
  const a = describe(before);
  const b = describe(after);
  if (!a || !b) return 'all';
  const touched = new Set<string>();
  for (const [name, entry] of a) if (b.get(name)?.signature !== entry.signature) touched.add(name);
  for (const name of b.keys()) if (!a.has(name)) touched.add(name);
  // People kept in both, in the new order, by their old rank: those off a longest increasing run moved.
  const common = after.map((p) => p.name).filter((name) => a.has(name) && !touched.has(name));
  const ranks = common.map((name) => a.get(name)!.rank);
  const inRun = longestIncreasingRun(ranks);
  common.forEach((name, i) => {
    if (!inRun[i]) touched.add(name);
  });
  return { names: touched, aliases: [...touched].map((name) => [...new Set([...(a.get(name)?.usable ?? []), ...(b.get(name)?.usable ?? [])])]) };
}

/**
 * Whether a sentence names a touched person by one of the aliases that may name them in
 * either registry (`touchedPeople`'s aliases), as `peopleField` finds them (the whole alias,
 * between non-word characters). A kept sentence that names none of them, and whose speakers
 * are the same and untouched, has the same people field under both registries: every person
 * it names is untouched (same name, roles and usable aliases, same relative order), so the
 * two fields need not be worked out and compared. Aliases are looked up by their longest word.
 */
function touchedAliasFinder(touched: ReturnType<typeof touchedPeople>): (sentence: string) => boolean {
  if (touched === 'all') return () => true;
  const byWord = new Map<string, string[]>();
  const wordless: string[] = [];
  for (const aliases of touched.aliases) {
    for (const alias of aliases) {
      const words = alias.match(WORD);
      if (!words) {
        wordless.push(alias);
        continue;
      }
      const key = words.reduce((x, y) => (y.length > x.length ? y : x));
      const list = byWord.get(key);
      if (list) list.push(alias);
      else byWord.set(key, [alias]);
    }
  }
  return (sentence) => {
    const text = ` ${sentence} `;
    if (wordless.some((alias) => containsWord(text, alias))) return true;
    for (const word of text.match(WORD) ?? []) for (const alias of byWord.get(word) ?? []) if (containsWord(text, alias)) return true;
    return false;
  };
}

/** Marks the members of one longest strictly increasing subsequence. */
function longestIncreasingRun(values: readonly number[]): boolean[] {
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < values[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const marked = new Array<boolean>(values.length).fill(false);
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) marked[i] = true;
  return marked;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_KEYS = 5_000;

/**
 * Kept sentences that may contain an alias of a touched person: those holding the alias's
 * longest word. An alias with no word, or too many aliases to search for, makes every
 * sentence a candidate.
 */
function candidateSentences(texts: readonly string[], oldIdOf: Int32Array, touched: ReturnType<typeof touchedPeople>): Set<number> | 'all' {
  if (touched === 'all') return 'all';
  const keys = new Set<string>();
  for (const aliases of touched.aliases) {
    for (const alias of aliases) {
      const words = alias.match(WORD);
      if (!words) return 'all';
      keys.add(words.reduce((x, y) => (y.length > x.length ? y : x)));
    }
  }
  const found = new Set<number>();
  if (keys.size === 0) return found;
  if (keys.size > MAX_KEYS) return 'all';
  const pattern = new RegExp([...keys].sort((x, y) => y.length - x.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'u');
  for (let k = 0; k < texts.length; k++) if (oldIdOf[k]! >= 0 && pattern.test(texts[k]!)) found.add(k);
  return found;
}
