import { prepareDeskLookups, seedDeskLookup } from '../answer/deskLookups';
import { carryHeadlineTerms } from '../answer/articleContext';
import type { BuildTimings } from '../build/buildDeskData';
import { createDesk } from './createDesk';
import { createPause } from './createPause';
import type { DeskData } from '../model/deskData';
import { unpackDeskData, type PackedDesk } from '../store/packDeskData';
import { applyDeskDelta } from '../store/applyDeskDelta';
import type { DeskDelta } from '../store/deskDelta';
import { prepareDesk, type PrepareDeskOptions } from '../build/prepareDesk';
import type { CorpusProblem, Desk } from '../model/types';

export { fingerprintArticles } from '../build/fingerprintArticles';

export interface LoadedDesk {
  desk: Desk;
  data: DeskData;
  /** Content hash per article id, to tell what a reload changed. */
  fingerprints: Map<string, string>;
  /** Files skipped with a warning. */
  warnings: CorpusProblem[];
  /** `cache`: loaded from the persisted desk; `build`: read and indexed now. */
  source: 'cache' | 'build';
  /** Time per build stage, when built. */
  timings?: BuildTimings;
  /** The generation the reload's build process gave this desk (a delta to it can come next time). */
  generation?: string;
  /** How a reload handed this desk over: the whole packed desk, or a delta to the desk before. */
  handOver?: 'desk' | 'delta';
}

export interface LoadDeskOptions extends PrepareDeskOptions {
  /**
   * Unpacking a cached or worker-built desk yields to the event loop after this many
   * milliseconds of work (a serving process keeps answering). Default: never (start-up).
   */
  yieldMs?: number;
}

/**
 * Loads the corpus folder's desk: from the persisted desk when it matches the folder and the
 * code, else by reading, cleaning, attributing and indexing it (and persisting the result).
 * Rejects with `CorpusLoadError` when a file is bad and `onProblem` is `fail`, or when no
 * article could be loaded.
 */
export async function loadDesk(corpusDir: string, options: LoadDeskOptions = {}): Promise<LoadedDesk> {
  const prepared = await prepareDesk(corpusDir, options);
  if (prepared.source === 'cache') return loadPackedDesk(prepared.packed, 'cache', options);
  const { data, fingerprints, warnings, timings } = prepared;
  return { desk: createDesk(data), data, fingerprints, warnings, source: 'build', timings };
}

/** A desk from its packed form (the cache file's, or a reload worker's), stamped as loaded now. */
export async function loadPackedDesk(
  packed: PackedDesk,
  source: LoadedDesk['source'],
  options: Pick<LoadDeskOptions, 'yieldMs' | 'now'> & { timings?: BuildTimings; generation?: string } = {},
): Promise<LoadedDesk> {
  const pause = createPause(options.yieldMs);
  // A reload decodes all text before the swap, between pauses; start-up leaves article
  // bodies to be decoded as questions read them.
  const { data, fingerprints, warnings, quotesBySpeaker, speakersByCount } = await unpackDeskData(packed, pause, { lazyText: options.yieldMs === undefined });
  seedDeskLookup(data, 'quotesBySpeaker', quotesBySpeaker);
  seedDeskLookup(data, 'speakersByCount', speakersByCount);
  data.loadedAt = (options.now ?? (() => new Date()))().toISOString();
  // A reload (yielding) readies what questions look up before the swap, so the first question
  // on the new corpus does not build it in one block; start-up builds each on first use.
  if (options.yieldMs !== undefined) await prepareDeskLookups(data, pause);
  const desk = createDesk(data);
  await pause();
  return {
    desk,
    data,
    fingerprints,
    warnings,
    source,
    ...(options.timings && { timings: options.timings }),
    ...(options.generation && { generation: options.generation }),
    ...(options.yieldMs !== undefined && { handOver: 'desk' as const }),
  };
}

/**
 * The reloaded desk from the desk `old` and the build process's delta to it (`applyDeskDelta`):
 * nothing of the whole new desk is read, checked or unpacked; what questions look up is readied
 * between pauses, as for a whole desk, since every per-corpus table hangs on the new data.
 */
export async function loadDeskDelta(old: LoadedDesk, delta: DeskDelta, options: Pick<LoadDeskOptions, 'yieldMs' | 'now'> = {}): Promise<LoadedDesk> {
  if (old.generation !== delta.base) throw new Error('desk delta: made for another desk');
  const pause = createPause(options.yieldMs);
  const { data, fingerprints } = await applyDeskDelta(old, delta, pause);
  data.loadedAt = (options.now ?? (() => new Date()))().toISOString();
  // Headlines are read per article: the unchanged ones' terms are the old desk's.
  carryHeadlineTerms(old.data, data);
  await prepareDeskLookups(data, pause);
  const desk = createDesk(data);
  await pause();
  return { desk, data, fingerprints, warnings: delta.warnings, source: 'build', generation: delta.generation, handOver: 'delta' };
}
