/** What the corpus learns from one article, for the /add reply and the CLI's JSON: sentences, quotations, speakers. */
import type { Article } from '../corpus/types';
import { assembleDesk } from '../build/buildDeskData';
import { newBuildTimings } from '../build/buildTimings';
import { readArticle } from '../build/readArticle';

export interface ArticleSummary {
  sentences: number;
  /** Direct quotations, counting the parts of one split by its attribution once (as /sources does). */
  quotes: number;
  /** Named speakers of its quotations and reported statements, most statements first. */
  speakers: string[];
}

export function summarizeArticle(article: Article): ArticleSummary {
  const read = readArticle(article);
  const assembled = assembleDesk([article], [read], newBuildTimings());
  const groups = new Set<string>();
  const bySpeaker = new Map<string, number>();
  let quotes = 0;
  for (const quote of assembled.quotes) {
    if (groups.has(quote.group)) continue;
    groups.add(quote.group);
    if (quote.kind === 'quote') quotes++;
    if (quote.named && quote.speaker) bySpeaker.set(quote.speaker, (bySpeaker.get(quote.speaker) ?? 0) + 1);
  }
  const speakers = [...bySpeaker].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
  return { sentences: read.sentences.length, quotes, speakers };
}
