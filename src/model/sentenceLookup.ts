import type { Sentence } from '../corpus/types';
import { parseSentenceId } from '../text/sentenceIds';
import { runSteps, type Steps } from './steps';

/** Sentence indexes by sentence id (`<article>:<text hash>`, see `src/text/sentenceIds.ts`). */
export interface SentenceLookup {
  get(id: string): number | undefined;
  has(id: string): boolean;
  /** Number of sentences of an article (0 when it has none). */
  countIn(article: string): number;
}

/**
 * Finds sentences by id through their article: a table of where each article's sentences
 * start (thousands of entries) instead of a map of every sentence id (hundreds of thousands,
 * a third of a second to build at 10,000 articles). Sentences must be grouped by article, as
 * a build orders them. `articleOf` gives a sentence's article without reading the sentence
 * (unpacked sentences are made on first read).
 */
export function sentenceLookup(
  sentences: readonly Sentence[],
  articleOf: (index: number) => string = (i) => sentences[i]!.article,
): SentenceLookup {
  return runSteps(sentenceLookupSteps(sentences, articleOf));
}

/** `sentenceLookup` as steps: it yields every 20,000 sentences, so a serving thread can pause between. */
export function* sentenceLookupSteps(
  sentences: readonly Sentence[],
  articleOf: (index: number) => string = (i) => sentences[i]!.article,
): Steps<SentenceLookup> {
  const firstOf = new Map<string, number>();
  const counts = new Map<string, number>();
  let previous: string | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const article = articleOf(i);
    if (article !== previous) firstOf.set(article, i);
    counts.set(article, (counts.get(article) ?? 0) + 1);
    previous = article;
    if (i % 5_000 === 4_999) yield;
  }
  const get = (id: string): number | undefined => {
    const article = parseSentenceId(id)?.article;
    if (article === undefined) return undefined;
    const first = firstOf.get(article);
    if (first === undefined) return undefined;
    for (let i = first; i < sentences.length && sentences[i]!.article === article; i++) if (sentences[i]!.id === id) return i;
    return undefined;
  };
  return { get, has: (id) => get(id) !== undefined, countIn: (article) => counts.get(article) ?? 0 };
}
