import { cleanArticle } from '../corpus/cleanArticle';
import type { Article, Sentence } from '../corpus/types';
import { repairRunTogether } from '../people/repairText';
import { buildPackedIndex, type IndexedSentence } from '../search/packedIndex';
import { SentenceIndex } from '../search/sentenceIndex';
import { splitSentences } from '../text/splitSentences';
import type { Quote } from '../quotes/types';
import type { DeskData, PeopleLookup, PersonEntry, QuoteRecord } from './deskData';

/** The quotation stage's output, as `attributeCorpus` in src/quotes returns it. */
export interface Attribution {
  registry: PeopleLookup;
  /** Quotations per article id, as `extractQuotes` gives them. */
  quotes: Map<string, readonly Quote[]>;
}

export type Attribute = (articles: { id: string; body: string }[]) => Attribution;

/** Where a build's time went, in milliseconds (the benchmark prints them). */
export interface BuildTimings {
  /** Cleaning and wink-nlp sentence splitting. */
  sentencesMs: number;
  /** Quotation extraction, speakers and the people registry. */
  quotesMs: number;
  /** The people field of each sentence. */
  peopleMs: number;
  /** Term analysis (wink-nlp lemmas and stems, memoised) and the packed index. */
  indexMs: number;
}

export function newBuildTimings(): BuildTimings {
  return { sentencesMs: 0, quotesMs: 0, peopleMs: 0, indexMs: 0 };
}

export interface BuildHooks {
  /** Called as the build advances; `total` is three steps per article (sentences, quotes, index). */
  onProgress?: (done: number, total: number) => void;
  /** Filled with the time spent per stage. */
  timings?: BuildTimings;
}

/**
 * Builds everything a desk answers from: cleaned sentences, attributed quotations placed on
 * their sentences, and the search index (with the names and roles of the people each
 * sentence names or quotes, so "NATO Secretary General" finds "Stoltenberg said").
 */
export function buildDeskData(articles: readonly Article[], attribute: Attribute, loadedAt: Date, hooks: BuildHooks = {}): DeskData {
  const timings = hooks.timings ?? newBuildTimings();
  const total = articles.length * 3;
  const progress = hooks.onProgress ?? (() => undefined);
  let clock = performance.now();
  const lap = (stage: keyof BuildTimings) => {
    const now = performance.now();
    timings[stage] += now - clock;
    clock = now;
  };
  const sentences: Sentence[] = [];
  articles.forEach((article, i) => {
    sentences.push(...splitSentences(article, cleanArticle(article).paragraphs, repairRunTogether));
    if (i % 50 === 49) progress(i + 1, total);
  });
  lap('sentencesMs');
  progress(articles.length, total);
  const attribution = attribute(articles.map((a) => ({ id: a.id, body: a.body })));
  const quotes = placeQuotes(sentences, attribution);
  lap('quotesMs');
  progress(articles.length * 2, total);
  const quotesBySentence = new Map<number, number[]>();
  quotes.forEach((quote, qi) => {
    for (let s = quote.firstSentence; s <= quote.lastSentence; s++) {
      const list = quotesBySentence.get(s) ?? [];
      list.push(qi);
      quotesBySentence.set(s, list);
    }
  });
  const aliases = indexAliases(attribution.registry);
  const docs: IndexedSentence[] = sentences.map((sentence, id) => ({
    id,
    text: sentence.normalized,
    people: peopleField(sentence, (quotesBySentence.get(id) ?? []).map((q) => quotes[q]!), attribution.registry, aliases),
  }));
  lap('peopleMs');
  const index = new SentenceIndex(buildPackedIndex(docs));
  lap('indexMs');
  progress(total, total);
  return {
    articles: [...articles],
    articleById: new Map(articles.map((a) => [a.id, a])),
    sentences,
    sentenceById: new Map(sentences.map((s, i) => [s.id, i])),
    quotes,
    quotesBySentence,
    people: attribution.registry,
    index,
    df: { get: (term) => index.documentFrequency(term) },
    loadedAt: loadedAt.toISOString(),
  };
}

/** Attaches each quotation to the kept sentences it overlaps; quotes in dropped lines are dropped too. */
function placeQuotes(sentences: readonly Sentence[], attribution: Attribution): QuoteRecord[] {
  const byArticle = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    const list = byArticle.get(s.article) ?? [];
    list.push(i);
    byArticle.set(s.article, list);
  });
  const records: QuoteRecord[] = [];
  for (const [article, quotes] of attribution.quotes) {
    const indexes = byArticle.get(article) ?? [];
    for (const quote of quotes) {
      const touched = indexes.filter((i) => sentences[i]!.start < quote.end && sentences[i]!.end > quote.start);
      if (touched.length === 0) continue;
      records.push({
        article,
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

/** People (as indexes into `registry.people`) by the first word of each of their aliases. */
interface AliasIndex {
  byFirstWord: Map<string, number[]>;
  /** People with an alias that does not start with a word character: always checked. */
  always: number[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * An alias can only occur as a whole word where the sentence has the alias's first word, so
 * each sentence checks only the people with such an alias, not the whole registry (which
 * grows with the corpus).
 */
function indexAliases(registry: PeopleLookup): AliasIndex {
  const byFirstWord = new Map<string, number[]>();
  const always: number[] = [];
  registry.people.forEach((person, i) => {
    for (const alias of person.aliases) {
      if (alias.length <= 2) continue;
      const first = /^[\p{L}\p{N}]+/u.exec(alias)?.[0];
      const list = first === undefined ? always : byFirstWord.get(first) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      if (first !== undefined) byFirstWord.set(first, list);
    }
  });
  return { byFirstWord, always };
}

/** Names, aliases and roles of the people a sentence names or quotes. */
function peopleField(sentence: Sentence, quotes: readonly QuoteRecord[], registry: PeopleLookup, aliases: AliasIndex): string {
  const found = new Set<PersonEntry>();
  for (const quote of quotes) {
    const person = quote.named && quote.speaker ? registry.lookup(quote.speaker) : undefined;
    if (person) found.add(person);
  }
  const text = ` ${sentence.normalized} `;
  const candidates = new Set(aliases.always);
  for (const word of text.match(WORD) ?? []) for (const i of aliases.byFirstWord.get(word) ?? []) candidates.add(i);
  // Registry order, as a scan of every person would find them.
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const person = registry.people[i]!;
    if (found.has(person)) continue;
    if (person.aliases.some((alias) => alias.length > 2 && containsWord(text, alias))) found.add(person);
  }
  return [...found].map((p) => [p.name, ...p.roles].join(' ')).join(' ');
}

function containsWord(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  if (at < 0) return false;
  const before = text[at - 1] ?? ' ';
  const after = text[at + phrase.length] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}
