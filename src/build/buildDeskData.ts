import type { Article, Sentence } from '../corpus/types';
import { mergeTextPeople } from '../people/registry';
import { nameSpeakers } from '../quotes/attributeCorpus';
import type { Quote } from '../quotes/types';
import type { PackedIndex } from '../search/packedIndex';
import { SentenceIndex } from '../search/sentenceIndex';
import { newBuildTimings, type BuildTimings } from './buildTimings';
import type { DeskData, PeopleLookup, QuoteRecord } from '../model/deskData';
import { indexSentences, type SentencesToIndex } from './indexSentences';
import type { ArticleCacheRef } from '../store/articleCache';
import { readArticleCached, type ReadArticle } from './readArticle';
import { sentenceLookup } from '../model/sentenceLookup';

export { newBuildTimings, type BuildTimings } from './buildTimings';

export interface BuildHooks {
  /** Called as the build advances; `total` is three steps per article (sentences, quotes, index). */
  onProgress?: (done: number, total: number) => void;
  /** Filled with the time spent per stage. */
  timings?: BuildTimings;
  /** The per-article cache: articles read before (same content, same code) are not read again. */
  articleCache?: ArticleCacheRef;
  /**
   * Called with every article's per-article results, before the corpus-wide steps: a desk it
   * returns is the build's result (an incremental build, `buildDeskDataIncrementally`);
   * undefined goes on with a full build.
   */
  afterRead?: (read: readonly ReadArticle[]) => DeskData | undefined;
  /** What reading `article` gave, when it is known already (a kept build process's, `WarmBuild`): not read again. */
  known?: (article: Article) => ReadArticle | undefined;
}

/**
 * Builds everything a desk answers from, on the calling thread: cleaned sentences,
 * attributed quotations placed on their sentences, and the search index (with the names and
 * roles of the people each sentence names or quotes). `buildDeskDataInParallel` gives the
 * same desk with the per-article and indexing stages spread over worker threads.
 */
export function buildDeskData(articles: readonly Article[], loadedAt: Date, hooks: BuildHooks = {}): DeskData {
  const timings = hooks.timings ?? newBuildTimings();
  const total = articles.length * 3;
  const progress = hooks.onProgress ?? (() => undefined);
  const read = articles.map((article, i) => {
    const result = hooks.known?.(article) ?? readArticleCached(article, hooks.articleCache, timings);
    if (i % 50 === 49) progress(2 * (i + 1), total);
    return result;
  });
  const shortcut = hooks.afterRead?.(read);
  if (shortcut) {
    progress(total, total);
    return shortcut;
  }
  const assembled = assembleDesk(articles, read, timings);
  progress(articles.length * 2, total);
  const index = indexSentences(assembled.toIndex, timings);
  progress(total, total);
  return deskDataOf(articles, assembled, index, loadedAt);
}

/** The corpus-wide middle of a build, between reading each article and indexing. */
export interface AssembledDesk {
  sentences: Sentence[];
  quotes: QuoteRecord[];
  quotesBySentence: Map<number, number[]>;
  people: PeopleLookup;
  toIndex: SentencesToIndex;
}

/**
 * The people registry from every article's people, speakers named consistently across the
 * corpus ("Stoltenberg" → "Jens Stoltenberg"), quotations placed on the sentences they
 * touch, and what each sentence indexes. `read` is in article order.
 */
export function assembleDesk(articles: readonly Article[], read: readonly ReadArticle[], timings: BuildTimings): AssembledDesk {
  const started = performance.now();
  const registry = mergeTextPeople(articles.map((article, i) => ({ text: article.body, people: read[i]!.people })));
  const named = nameSpeakers(new Map(articles.map((article, i) => [article.id, read[i]!.quotes])), registry);
  const sentences: Sentence[] = [];
  for (const r of read) for (const sentence of r.sentences) sentences.push(sentence);
  const quotes = placeQuotes(sentences, named);
  const quotesBySentence = new Map<number, number[]>();
  quotes.forEach((quote, qi) => {
    for (let s = quote.firstSentence; s <= quote.lastSentence; s++) {
      const list = quotesBySentence.get(s) ?? [];
      list.push(qi);
      quotesBySentence.set(s, list);
    }
  });
  const personIndex = new Map(registry.people.map((person, i) => [person, i]));
  const speakers = sentences.map((_, s) => {
    const ids: number[] = [];
    for (const qi of quotesBySentence.get(s) ?? []) {
      const quote = quotes[qi]!;
      const person = quote.named && quote.speaker ? registry.lookup(quote.speaker) : undefined;
      const id = person && personIndex.get(person);
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    }
    return ids;
  });
  timings.quotesMs += performance.now() - started;
  return {
    sentences,
    quotes,
    quotesBySentence,
    people: registry,
    toIndex: { texts: sentences.map((s) => s.normalized), speakers, people: registry.people },
  };
}

/**
 * Per sentence, the registry indexes of the speakers its quotations name, as the build that
 * made `data` worked them out (`AssembledDesk.toIndex.speakers`); undefined for a desk not
 * built in this process (unpacked from a file). An incremental build starting from a desk
 * kept in memory reads them here instead of working them out again from its quotations.
 */
export function builtSpeakers(data: DeskData): readonly (readonly number[])[] | undefined {
  return speakersOfBuilt.get(data);
}

const speakersOfBuilt = new WeakMap<DeskData, readonly (readonly number[])[]>();

/**
 * The finished desk data around its index; `packed` may be a function giving it, called when
 * the desk's index is first read (an incremental build's patch, `buildDeskDataIncrementally`).
 */
export function deskDataOf(articles: readonly Article[], assembled: AssembledDesk, packed: PackedIndex | (() => PackedIndex), loadedAt: Date): DeskData {
  const data = typeof packed === 'function' ? deskDataAroundLater(articles, assembled, packed, loadedAt) : deskDataAround(articles, assembled, packed, loadedAt);
  speakersOfBuilt.set(data, assembled.toIndex.speakers);
  return data;
}

/** `deskDataAround` with the index made when first read (then an ordinary property). */
function deskDataAroundLater(articles: readonly Article[], assembled: AssembledDesk, packed: () => PackedIndex, loadedAt: Date): DeskData {
  let index: SentenceIndex | undefined;
  const indexOf = () => (index ??= new SentenceIndex(packed()));
  const data = deskDataAround(articles, assembled, undefined, loadedAt, { get: (term) => indexOf().documentFrequency(term) });
  Object.defineProperty(data, 'index', {
    get: () => {
      const made = indexOf();
      Object.defineProperty(data, 'index', { value: made, writable: true, enumerable: true, configurable: true });
      return made;
    },
    enumerable: true,
    configurable: true,
  });
  return data;
}

function deskDataAround(
  articles: readonly Article[],
  assembled: AssembledDesk,
  packed: PackedIndex | undefined,
  loadedAt: Date,
  laterDf?: DeskData['df'],
): DeskData {
  const { sentences } = assembled;
  const index = packed && new SentenceIndex(packed);
  return {
    articles: [...articles],
    articleById: new Map(articles.map((a) => [a.id, a])),
    sentences,
    sentenceById: sentenceLookup(sentences),
    quotes: assembled.quotes,
    quotesBySentence: assembled.quotesBySentence,
    people: assembled.people,
    // Without `packed`, the caller defines the index property (`deskDataAroundLater`).
    index: index!,
    df: index ? { get: (term) => index.documentFrequency(term) } : laterDf!,
    loadedAt: loadedAt.toISOString(),
  };
}

/** Attaches each quotation to the kept sentences it overlaps; quotes in dropped lines are dropped too. */
function placeQuotes(sentences: readonly Sentence[], quotesByArticle: ReadonlyMap<string, readonly Quote[]>): QuoteRecord[] {
  const byArticle = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    const list = byArticle.get(s.article) ?? [];
    list.push(i);
    byArticle.set(s.article, list);
  });
  const records: QuoteRecord[] = [];
  for (const [article, quotes] of quotesByArticle) {
    const indexes = byArticle.get(article) ?? [];
    for (const quote of quotes) {
      const touched = indexes.filter((i) => sentences[i]!.start < quote.end && sentences[i]!.end > quote.start);
      if (touched.length === 0) continue;
      records.push({
        article,
        kind: quote.kind,
        group: `${article}#${quote.group}`,
        start: quote.start,
        end: quote.end,
        text: quote.text,
        speaker: quote.speaker,
        named: quote.named,
        mention: quote.mention,
        role: quote.role,
        cue: quote.cue,
        firstSentence: touched[0]!,
        lastSentence: touched[touched.length - 1]!,
      });
    }
  }
  return records;
}
