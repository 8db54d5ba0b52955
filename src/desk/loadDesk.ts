import { createHash } from 'node:crypto';
import { attributeCorpus } from '../quotes/attributeCorpus';
import { readCorpusDir, type ReadCorpusOptions } from '../corpus/readCorpusDir';
import type { Article } from '../corpus/types';
import { buildDeskData } from './buildDeskData';
import { createDesk } from './createDesk';
import type { DeskData } from './deskData';
import { CorpusLoadError, type CorpusProblem, type Desk } from './types';

export interface LoadedDesk {
  desk: Desk;
  data: DeskData;
  /** Content hash per article id, to tell what a reload changed. */
  fingerprints: Map<string, string>;
  /** Files skipped with a warning. */
  warnings: CorpusProblem[];
}

export interface LoadDeskOptions extends ReadCorpusOptions {
  /**
   * What to do with a bad file. `skip` (start-up): leave it out and warn, so one broken file
   * cannot keep the bot from starting. `fail` (reload): reject the whole reload, so the
   * serving corpus stays as it was and the moderator fixes the file.
   */
  onProblem?: 'skip' | 'fail';
  now?: () => Date;
}

/**
 * Reads, cleans, attributes and indexes the corpus folder. Rejects with `CorpusLoadError`
 * when a file is bad and `onProblem` is `fail`, or when no article could be loaded.
 */
export async function loadDesk(corpusDir: string, options: LoadDeskOptions = {}): Promise<LoadedDesk> {
  const { articles, problems } = await readCorpusDir(corpusDir, options);
  if (problems.length > 0 && (options.onProblem ?? 'skip') === 'fail') throw new CorpusLoadError(problems);
  if (articles.length === 0) {
    throw new CorpusLoadError(problems.length > 0 ? problems : [{ file: corpusDir, reason: 'no articles (*.md files) found' }]);
  }
  const data = buildDeskData(articles, attributeCorpus, (options.now ?? (() => new Date()))());
  return { desk: createDesk(data), data, fingerprints: fingerprintArticles(articles), warnings: problems };
}

/** A hash of everything about an article that changes answers. */
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
