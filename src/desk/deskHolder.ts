import { performance } from 'node:perf_hooks';
import { loadDesk, type LoadDeskOptions, type LoadedDesk } from './loadDesk';
import type { DeskHolder, ReloadReport } from './types';

/**
 * Loads the corpus once (bad files skipped with a warning) and returns a holder that serves
 * it and swaps in a new one on reload. A reload builds the new desk completely before the
 * single assignment that swaps it in, so a question is answered by the old or the new
 * corpus, never a mix; when the reload fails, the old desk keeps serving.
 */
export async function createDeskHolder(
  corpusDir: string,
  options: Omit<LoadDeskOptions, 'onProblem'> = {},
): Promise<DeskHolder & { readonly startupWarnings: LoadedDesk['warnings'] }> {
  let current = await loadDesk(corpusDir, { ...options, onProblem: 'skip' });
  let running: Promise<ReloadReport> | undefined;

  async function reloadOnce(): Promise<ReloadReport> {
    const started = performance.now();
    const next = await loadDesk(corpusDir, { ...options, onProblem: 'fail' });
    const report = diff(current, next, performance.now() - started);
    current = next;
    return report;
  }

  return {
    get desk() {
      return current.desk;
    },
    corpusDir,
    startupWarnings: current.warnings,
    reload() {
      // Two moderators pressing /reload together get the same run and the same report.
      running ??= reloadOnce().finally(() => {
        running = undefined;
      });
      return running;
    },
  };
}

function diff(before: LoadedDesk, after: LoadedDesk, ms: number): ReloadReport {
  const added: string[] = [];
  const changed: string[] = [];
  for (const [id, hash] of after.fingerprints) {
    const old = before.fingerprints.get(id);
    if (old === undefined) added.push(id);
    else if (old !== hash) changed.push(id);
  }
  const removed = [...before.fingerprints.keys()].filter((id) => !after.fingerprints.has(id));
  const sources = after.desk.sources();
  return {
    added,
    removed,
    changed,
    articles: sources.articles.length,
    sentences: sources.sentences,
    quotes: sources.quotes,
    ms: Math.round(ms),
    warnings: after.warnings,
  };
}
