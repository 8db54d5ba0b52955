import { resolve } from 'node:path';
import type { Article } from '../corpus/types';
import type { PreviousDesk } from './buildDeskDataIncrementally';
import type { ReadArticle } from './readArticle';
import type { FolderScan } from './scanCorpusDir';

/** What was worked out from one article (its object stays the same while its file is unchanged, see `scanCorpusDir`). */
export interface ArticleWork {
  read?: ReadArticle;
  fingerprint?: string;
  cacheKey?: string;
}

/**
 * What a kept build process remembers of its last build of one folder, so the next build
 * after a small change reads only the changed files and starts from the desk in memory: at
 * 11,000 articles, reading the folder, hashing it, reading the previous desk back from its
 * file and 11,000 per-article cache entries cost the bulk of a one-article reload.
 */
export interface WarmBuild {
  /** The last scan of the folder. */
  scan?: FolderScan;
  /**
   * The last desk built, the next incremental build's starting point, the manifest key it was
   * built from, and its generation: a serving process holding the desk of that generation (it
   * sends it with its next request) can be sent a delta instead of a whole desk.
   */
  previous?: PreviousDesk & { manifestKey: string; generation: string };
  /** Per article object, what reading it gave (kept for the articles of the last build only). */
  work: WeakMap<Article, ArticleWork>;
}

/** The warm state for one folder, size limit and cache folder; another of them starts from nothing. */
export class WarmBuilds {
  private key = '';
  private state: WarmBuild = { work: new WeakMap() };

  of(corpusDir: string, maxFileBytes: number, cacheDir: string): WarmBuild {
    const key = `${resolve(corpusDir)}\0${maxFileBytes}\0${resolve(cacheDir)}`;
    if (key !== this.key) {
      this.key = key;
      this.state = { work: new WeakMap() };
    }
    return this.state;
  }
}

/** `work`'s entry for `article`, made when missing. */
export function workOf(warm: WarmBuild, article: Article): ArticleWork {
  let entry = warm.work.get(article);
  if (!entry) warm.work.set(article, (entry = {}));
  return entry;
}
