import { performance } from 'node:perf_hooks';
import { DEFAULT_MAX_FILE_BYTES } from '../corpus/readCorpusDir';
import { keptBuildProcess, type ProcessBuild, type RunningBuild } from '../build/buildInProcess';
import { createPause } from './createPause';
import { getNlp } from '../text/nlp';
import { cacheFile, defaultCacheDir, readDeskCache } from '../store/deskCache';
import { handOverDir, removeStaleHandOvers } from '../store/handOverFile';
import { loadDesk, loadDeskDelta, loadPackedDesk, type LoadDeskOptions, type LoadedDesk } from './loadDesk';
import { CorpusLoadError, type Desk, type DeskHolder, type ReloadOptions, type ReloadReport } from '../model/types';

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
 * mix; when the reload fails, the old desk keeps serving. The build process is kept between
 * reloads (`keptBuildProcess`), so a reload after a small change starts from the desk it
 * built last. Reloads requested while one runs
 * coalesce into one follow-up (see `DeskHolder.reload`).
 */
export async function createDeskHolder(
  corpusDir: string,
  options: DeskHolderOptions = {},
): Promise<DeskHolder & { readonly startupWarnings: LoadedDesk['warnings']; readonly loaded: LoadedDesk }> {
  // Reload hand-over files a killed process left behind.
  await removeStaleHandOvers(handOverDir(options.cacheDir));
  // The wink-nlp model (a few hundred ms) loads while the persisted desk is read from disk.
  let current = await loadDesk(corpusDir, { ...options, onProblem: 'skip', whileReading: () => void getNlp() });
  // While a build process runs, questions are answered with it stopped (see `RunningBuild.hold`).
  // `current` does not change meanwhile: the new desk is swapped in after the build is over.
  let holding: Desk | undefined;
  // The reload under way, and the one follow-up that every request made during it joins.
  let running: Reload | undefined;
  let next: Reload | undefined;
  // One build process for all reloads, kept between them with its last build in memory.
  const builds = keptBuildProcess();

  async function loadNext(reload: Reload): Promise<LoadedDesk> {
    const onProgress = (done: number, total: number) => {
      for (const listener of reload.listeners) listener(done, total);
    };
    if (reload.from === 'persisted') {
      const persisted = await loadPersisted();
      if (persisted) return persisted;
    }
    if (options.fs) {
      return loadDesk(corpusDir, { ...options, onProblem: 'fail', onProgress, yieldMs: RELOAD_YIELD_MS });
    }
    const { fs: _fs, now: _now, onProgress: _p, log, ...plain } = options;
    const requested = performance.now();
    // With the generation of the desk it serves, the build process may send only what changed.
    const base = current.generation;
    const build = builds.build({ corpusDir, options: { ...plain, onProblem: 'fail' }, ...(base && { base }) }, createPause(RELOAD_YIELD_MS), onProgress, log);
    holding = holdingDesk(current.desk, build.hold);
    let built: ProcessBuild;
    try {
      built = await build.result;
    } finally {
      holding = undefined;
    }
    if (built.repliedAt !== undefined) log?.(`reload: the build process replied after ${Math.round(built.repliedAt - requested)} ms; readying ${built.delta ? 'the delta to the desk served' : 'the whole new desk'}`);
    if (built.delta) return loadDeskDelta(current, built.delta, { yieldMs: RELOAD_YIELD_MS, ...(options.now && { now: options.now }) });
    return loadPackedDesk(built.packed, built.source, {
      yieldMs: RELOAD_YIELD_MS,
      ...(options.now && { now: options.now }),
      ...(built.timings && { timings: built.timings }),
      ...(built.generation && { generation: built.generation }),
    });
  }

  /**
   * The persisted desk when it matches the folder now (read and checked between pauses, no
   * build), else undefined: the caller builds.
   */
  async function loadPersisted(): Promise<LoadedDesk | undefined> {
    const cacheDir = options.fs ? false : options.cacheDir ?? defaultCacheDir();
    if (cacheDir === false) return undefined;
    const pause = createPause(RELOAD_YIELD_MS);
    const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const cached = await readDeskCache(cacheFile(cacheDir, corpusDir), corpusDir, maxFileBytes, pause);
    if ('miss' in cached) {
      options.log?.(`persisted desk not used (${cached.miss}); building the corpus instead`);
      return undefined;
    }
    // As a build with `onProblem: 'fail'` would: a corpus with bad files is refused whole.
    if (cached.packed.warnings.length > 0) throw new CorpusLoadError(cached.packed.warnings);
    return loadPackedDesk(cached.packed, 'cache', { yieldMs: RELOAD_YIELD_MS, ...(options.now && { now: options.now }) });
  }

  async function reloadOnce(reload: Reload): Promise<ReloadReport> {
    const started = performance.now();
    const loaded = await loadNext(reload);
    const report = diff(current, loaded, performance.now() - started);
    current = loaded;
    return report;
  }

  /** Runs `reload`; when it settles, starts the follow-up requested meanwhile, if any. */
  function start(reload: Reload): void {
    running = reload;
    const settle = (finish: () => void) => {
      reload.listeners.clear();
      // The follow-up starts before this run's requesters resume, so a request they make
      // next waits for (or joins) what comes after it, never runs beside it.
      const following = next;
      next = undefined;
      running = undefined;
      if (following) start(following);
      finish();
    };
    reloadOnce(reload).then(
      (report) => settle(() => reload.resolve(report)),
      (error: unknown) => settle(() => reload.reject(error)),
    );
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
    reload(onProgress, { from = 'build' } = {}) {
      let reload: Reload;
      if (!running) {
        reload = newReload(from);
        start(reload);
      } else {
        // The running build read the folder before this request: a file just added would be
        // missed. Requests made during it share one build that starts when it is over.
        reload = next ??= newReload(from);
        if (from === 'build') reload.from = 'build';
      }
      if (onProgress) reload.listeners.add(onProgress);
      return reload.result;
    },
  };
}

/** One reload: how it gets its desk, the requesters' progress listeners and the promise they all get. */
interface Reload {
  from: NonNullable<ReloadOptions['from']>;
  readonly listeners: Set<(done: number, total: number) => void>;
  readonly result: Promise<ReloadReport>;
  resolve(report: ReloadReport): void;
  reject(error: unknown): void;
}

function newReload(from: Reload['from']): Reload {
  let resolve!: Reload['resolve'];
  let reject!: Reload['reject'];
  const result = new Promise<ReloadReport>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { from, listeners: new Set(), result, resolve, reject };
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
    timeline: (topic, options) => hold(() => desk.timeline(topic, options)),
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
    source: after.source,
  };
}
