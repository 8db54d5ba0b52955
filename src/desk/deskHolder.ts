import { performance } from 'node:perf_hooks';
import { buildInProcess, type ProcessBuild, type RunningBuild } from './buildInProcess';
import { createPause } from './createPause';
import { handOverDir, removeStaleHandOvers } from './handOverFile';
import { loadDesk, loadPackedDesk, type LoadDeskOptions, type LoadedDesk } from './loadDesk';
import type { Desk, DeskHolder, ReloadReport } from './types';

/**
 * Unpacking a reloaded desk yields this often. A question and a slice can run in the same
 * turn of the event loop, and a garbage-collection pause can land in either, so slices are
 * kept short to hold each stall under 50 ms.
 */
const RELOAD_YIELD_MS = 4;

/**
 * Reloads build in a child process, so questions keep being answered while a large corpus is
 * re-indexed; with an injected `fs` (another process cannot use it) they build on this
 * thread, pausing between slices.
 */
export type DeskHolderOptions = Omit<LoadDeskOptions, 'onProblem' | 'yieldMs'>;

/**
 * Loads the corpus once (bad files skipped with a warning; from the persisted desk when it
 * matches) and returns a holder that serves it and swaps in a new one on reload. A reload
 * builds the new desk in a child process and unpacks it in small slices, then swaps it in
 * with a single assignment, so a question is answered by the old or the new corpus, never a
 * mix; when the reload fails, the old desk keeps serving.
 */
export async function createDeskHolder(
  corpusDir: string,
  options: DeskHolderOptions = {},
): Promise<DeskHolder & { readonly startupWarnings: LoadedDesk['warnings']; readonly loaded: LoadedDesk }> {
  // Reload hand-over files a killed process left behind.
  await removeStaleHandOvers(handOverDir(options.cacheDir));
  let current = await loadDesk(corpusDir, { ...options, onProblem: 'skip' });
  let running: Promise<ReloadReport> | undefined;
  // While a build process runs, questions are answered with it stopped (see `RunningBuild.hold`).
  // `current` does not change meanwhile: the new desk is swapped in after the build is over.
  let holding: Desk | undefined;
  const listeners = new Set<(done: number, total: number) => void>();

  async function loadNext(): Promise<LoadedDesk> {
    const onProgress = (done: number, total: number) => {
      for (const listener of listeners) listener(done, total);
    };
    if (options.fs) {
      return loadDesk(corpusDir, { ...options, onProblem: 'fail', onProgress, yieldMs: RELOAD_YIELD_MS });
    }
    const { fs: _fs, now: _now, onProgress: _p, log, ...plain } = options;
    const build = buildInProcess({ corpusDir, options: { ...plain, onProblem: 'fail' } }, createPause(RELOAD_YIELD_MS), onProgress, log);
    holding = holdingDesk(current.desk, build.hold);
    let built: ProcessBuild;
    try {
      built = await build.result;
    } finally {
      holding = undefined;
    }
    return loadPackedDesk(built.packed, built.source, {
      yieldMs: RELOAD_YIELD_MS,
      ...(options.now && { now: options.now }),
      ...(built.timings && { timings: built.timings }),
    });
  }

  async function reloadOnce(): Promise<ReloadReport> {
    const started = performance.now();
    const next = await loadNext();
    const report = diff(current, next, performance.now() - started);
    current = next;
    return report;
  }

  return {
    get desk() {
      return holding ?? current.desk;
    },
    get loaded() {
      return current;
    },
    corpusDir,
    startupWarnings: current.warnings,
    reload(onProgress) {
      if (onProgress) listeners.add(onProgress);
      // Two moderators pressing /reload together get the same run and the same report.
      running ??= reloadOnce().finally(() => {
        running = undefined;
        listeners.clear();
      });
      return running;
    },
  };
}

/** `desk` with every call made through `hold`. */
function holdingDesk(desk: Desk, hold: RunningBuild['hold']): Desk {
  return {
    ask: (question, options) => hold(() => desk.ask(question, options)),
    sources: () => hold(() => desk.sources()),
    context: (sentenceId, radius) => hold(() => desk.context(sentenceId, radius)),
    suggestSpeakers: (partial, limit) => hold(() => desk.suggestSpeakers(partial, limit)),
    examples: () => hold(() => desk.examples()),
    compare: (topic) => hold(() => desk.compare(topic)),
    speakersByOutlet: () => hold(() => desk.speakersByOutlet()),
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
