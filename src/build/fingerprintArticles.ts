import { createHash } from 'node:crypto';
import type { Article } from '../corpus/types';

/** A hash of everything about an article that changes answers (a reload's report compares them). */
export function fingerprintArticles(articles: readonly Article[]): Map<string, string> {
  return new Map(
    articles.map((a) => [
      a.id,
      createHash('sha256')
        .update(JSON.stringify([a.outlet, a.title, a.published, a.byline ?? '', a.url ?? '', a.body]))
        .digest('hex'),
    ]),
  );
}
