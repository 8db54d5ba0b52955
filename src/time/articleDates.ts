import type { DeskData } from '../model/deskData';
import { MemoSlot } from '../shared/memoSlot';

/**
 * Publication dates per corpus, worked out once per corpus so a question filters and orders
 * by date with one map look-up a candidate, never a scan of the articles.
 */
export interface ArticleDates {
  /** Article id → publication date, YYYY-MM-DD (compares as a string). */
  byArticle: Map<string, string>;
  /** "Now" for relative phrases ("this week", "yesterday"): the newest publication date in the corpus. */
  newest: string;
  /** The oldest publication date in the corpus. */
  oldest: string;
}

const memo = new MemoSlot<ArticleDates>('article dates');
const sentenceDays = new MemoSlot<Int32Array>('sentence days');

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/**
 * Each sentence's publication day (`dayNumber`), in a typed array built once per corpus, so a
 * search skips sentences outside a frame with one array read each.
 */
export function sentenceDayTable(data: DeskData): Int32Array {
  let days = sentenceDays.get(data);
  if (!days) {
    days = new Int32Array(data.sentences.length);
    // Sentences are grouped by article in article order: filled by each article's count, never
    // by reading a sentence (an unpacked desk makes each sentence on first read: 400,000 of
    // them at 10,000 articles, a second's work and as much heap kept for the first time question).
    let at = 0;
    for (const article of data.articles) {
      const count = data.sentenceById.countIn(article.id);
      days.fill(dayNumber(article.published), at, at + count);
      at += count;
    }
    // Not in article order after all (no build makes such a desk): read each sentence's article.
    if (at !== days.length) {
      const byArticle = new Map(data.articles.map((a) => [a.id, dayNumber(a.published)]));
      for (let i = 0; i < days.length; i++) days[i] = byArticle.get(data.sentences[i]!.article) ?? 0;
    }
    sentenceDays.set(data, days);
  }
  return days;
}

/** A search filter keeping the sentences published inside `frame` (inclusive bounds). */
export function sentencesInFrame(data: DeskData, frame: { since?: string; until?: string }): (sentence: number) => boolean {
  const days = sentenceDayTable(data);
  const lo = frame.since ? dayNumber(frame.since) : -Infinity;
  const hi = frame.until ? dayNumber(frame.until) : Infinity;
  return (s) => {
    const d = days[s]!;
    return d >= lo && d <= hi;
  };
}

export function articleDates(data: DeskData): ArticleDates {
  let dates = memo.get(data);
  if (!dates) {
    const byArticle = new Map<string, string>();
    let newest = '';
    let oldest = '';
    for (const article of data.articles) {
      byArticle.set(article.id, article.published);
      if (article.published > newest) newest = article.published;
      if (oldest === '' || article.published < oldest) oldest = article.published;
    }
    dates = { byArticle, newest, oldest };
    memo.set(data, dates);
  }
  return dates;
}

/** An article's publication date ('' when unknown). */
export function publishedOf(data: DeskData, article: string): string {
  return articleDates(data).byArticle.get(article) ?? '';
}
