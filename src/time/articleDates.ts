import type { DeskData } from '../desk/deskData';
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
