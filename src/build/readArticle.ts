import { cleanArticle } from '../corpus/cleanArticle';
import type { Article, Sentence } from '../corpus/types';
import { readPeopleText } from '../people/readPeopleText';
import { repairRunTogether } from '../people/repairText';
import type { TextPerson } from '../people/textPeople';
import { extractStatements } from '../quotes/extractQuotes';
import type { Quote } from '../quotes/types';
import { splitSentences } from '../text/splitSentences';
import type { BuildTimings } from './buildTimings';

/** What a build learns from one article on its own (before the corpus-wide people registry). */
export interface ReadArticle {
  sentences: Sentence[];
  /** Quotations and reported statements, with speakers as resolved within the article. */
  quotes: Quote[];
  /** People the article names, for the registry. */
  people: TextPerson[];
}

/**
 * Cleans one article, splits its kept paragraphs into sentences and finds its quotations and
 * people: the per-article (and costly, wink-nlp) part of a build, so it can run on any thread.
 */
export function readArticle(article: Article, timings?: BuildTimings): ReadArticle {
  let clock = performance.now();
  const sentences = splitSentences(article, cleanArticle(article).paragraphs, repairRunTogether);
  const split = performance.now();
  const read = readPeopleText(article.body);
  const quotes = extractStatements(article.body, read);
  if (timings) {
    timings.sentencesMs += split - clock;
    timings.quotesMs += performance.now() - split;
  }
  return { sentences, quotes, people: read.people.people };
}
