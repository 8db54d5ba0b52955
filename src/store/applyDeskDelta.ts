import type { Article, Sentence } from '../corpus/types';
import type { DeskData, QuoteRecord } from '../model/deskData';
import { quotesBySentenceOf } from '../model/quotesBySentence';
import { sentenceLookupSteps } from '../model/sentenceLookup';
import { runStepsPausing } from '../model/steps';
import { makeRegistry } from '../people/registry';
import { patchPackedIndexSteps } from '../search/patchPackedIndex';
import { sentenceIndexSteps } from '../search/sentenceIndex';
import type { DeskDelta } from './deskDelta';
import { startsOf } from './deskDelta';
import { documentFrequencies, lazyArray } from './packDeskData';
import { quoteColumnsOf, setQuoteColumns } from './quoteColumns';

/** Articles or quotations between pause checks (a check is cheap: it yields only once its budget is spent). */
const SLICE = 2_000;

/**
 * The new desk from the one a serving process holds (`old`, with its articles' fingerprints)
 * and a reload's delta (`diffDeskData`): old data is never changed; the new desk shares every
 * unchanged article and sentence object, and every quotation that did not move, with the old
 * one, and its index is the old index patched (`patchPackedIndexSteps`), between pauses. The
 * result equals the desk the build process built (same sentences, quotations, people and
 * index, hence the same answers). Throws when `delta` does not fit `old`.
 */
export async function applyDeskDelta(
  old: { data: DeskData; fingerprints: ReadonlyMap<string, string> },
  delta: DeskDelta,
  pause: () => Promise<void> | void,
): Promise<{ data: DeskData; fingerprints: Map<string, string> }> {
  const before = old.data;
  if (delta.index.newIdOf.length !== before.index.docCount) throw new Error('desk delta: made for another desk');
  const oldStart = startsOf(before);
  const articles: Article[] = [];
  const fingerprints = new Map<string, string>();
  // Per new sentence: the old sentence's index, or -1 - its index in `freshSentences`.
  const sentenceFrom = new Int32Array(delta.index.docCount);
  const articleOfSentence = new Uint32Array(delta.index.docCount);
  const freshSentences: Sentence[] = [];
  let s = 0;
  let f = 0;
  for (let a = 0; a < delta.articleFrom.length; a++) {
    const o = delta.articleFrom[a]!;
    if (o >= 0) {
      const article = before.articles[o]!;
      articles.push(article);
      fingerprints.set(article.id, old.fingerprints.get(article.id)!);
      for (let k = oldStart[o]!; k < oldStart[o + 1]!; k++) {
        articleOfSentence[s] = a;
        sentenceFrom[s++] = k;
      }
    } else {
      const fresh = delta.fresh[f++]!;
      articles.push(fresh.article);
      fingerprints.set(fresh.article.id, fresh.fingerprint);
      for (const sentence of fresh.sentences) {
        articleOfSentence[s] = a;
        sentenceFrom[s++] = -1 - freshSentences.length;
        freshSentences.push(sentence);
      }
    }
    if (a % SLICE === SLICE - 1) await pause();
  }
  if (s !== delta.index.docCount || f !== delta.fresh.length) throw new Error('desk delta: sentence count does not match its index');
  const sentences = sentencesOf(before.sentences, sentenceFrom, freshSentences);

  const oldColumns = quoteColumnsOf(before);
  const count = delta.quoteFrom.length;
  const firstSentence = new Uint32Array(count);
  const lastSentence = new Uint32Array(count);
  // Per new quotation from `freshQuotes`: its index there.
  const freshAt = new Int32Array(count).fill(-1);
  let fq = 0;
  for (let q = 0; q < count; q++) {
    const from = delta.quoteFrom[q]!;
    if (from >= 0) {
      firstSentence[q] = oldColumns.firstSentence[from]! + delta.quoteShift[q]!;
      lastSentence[q] = oldColumns.lastSentence[from]! + delta.quoteShift[q]!;
    } else {
      const record = delta.freshQuotes[fq]!;
      freshAt[q] = fq++;
      firstSentence[q] = record.firstSentence;
      lastSentence[q] = record.lastSentence;
    }
    if (q % (SLICE * 10) === SLICE * 10 - 1) await pause();
  }
  if (fq !== delta.freshQuotes.length) throw new Error('desk delta: quotation count does not match');
  const quotes = quotesOf(before.quotes, delta.quoteFrom, delta.quoteShift, delta.freshQuotes, freshAt);
  await pause();
  const quotesBySentence = quotesBySentenceOf(s, firstSentence, lastSentence);
  await pause();

  const people = delta.people ? makeRegistry(delta.people.people, delta.people.tables) : before.people;
  const { newIdOf, added, addedIds, docCount } = delta.index;
  const index = await runStepsPausing(sentenceIndexSteps(await runStepsPausing(patchPackedIndexSteps(before.index.packed, newIdOf, added, addedIds, docCount), pause)), pause);
  await pause();
  const sentenceById = await runStepsPausing(
    sentenceLookupSteps(sentences, (i) => articles[articleOfSentence[i]!]!.id),
    pause,
  );
  const data: DeskData = {
    articles,
    articleById: new Map(articles.map((article) => [article.id, article])),
    sentences,
    sentenceById,
    quotes,
    quotesBySentence,
    people,
    index,
    df: documentFrequencies(index),
    loadedAt: delta.loadedAt,
  };
  setQuoteColumns(data, { firstSentence, lastSentence });
  return { data, fingerprints };
}

/*
 * The lazy arrays are made in functions of their own, so their closures hold the old desk's
 * sentence or quotation array only: a closure made in `applyDeskDelta` would share its scope
 * and keep the whole old desk (its index and lookup tables) alive for as long as the new one.
 */

/** The new desk's sentences, each the old desk's object or a fresh one, made when first read. */
function sentencesOf(oldSentences: readonly Sentence[], sentenceFrom: Int32Array, freshSentences: readonly Sentence[]): Sentence[] {
  return lazyArray<Sentence>(sentenceFrom.length, (i) => {
    const from = sentenceFrom[i]!;
    return from >= 0 ? oldSentences[from]! : freshSentences[-1 - from]!;
  });
}

/** The new desk's quotations: the old record (remade with its sentences shifted when they moved) or a fresh one, made when first read. */
function quotesOf(oldQuotes: readonly QuoteRecord[], quoteFrom: Int32Array, quoteShift: Int32Array, freshQuotes: readonly QuoteRecord[], freshAt: Int32Array): QuoteRecord[] {
  return lazyArray<QuoteRecord>(quoteFrom.length, (q) => {
    if (freshAt[q]! >= 0) return freshQuotes[freshAt[q]!]!;
    const record = oldQuotes[quoteFrom[q]!]!;
    const shift = quoteShift[q]!;
    return shift === 0 ? record : { ...record, firstSentence: record.firstSentence + shift, lastSentence: record.lastSentence + shift };
  });
}
