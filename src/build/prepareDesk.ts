import { readCorpusDir, DEFAULT_MAX_FILE_BYTES, type ReadCorpusOptions } from '../corpus/readCorpusDir';
import { availableParallelism } from 'node:os';
import { randomUUID } from 'node:crypto';
import { buildDeskData, newBuildTimings, type BuildHooks, type BuildTimings } from './buildDeskData';
import { buildDeskDataIncrementally, type IndexPatch, type PreviousDesk } from './buildDeskDataIncrementally';
import { diffDeskData, type DeskDelta } from '../store/deskDelta';
import type { ReadArticle } from './readArticle';
import { buildDeskDataInParallel } from './buildDeskDataInParallel';
import { articleCacheKey, pruneArticleCache, type ArticleCacheRef } from '../store/articleCache';
import { articleCacheOf, cacheFile, corpusManifest, defaultCacheDir, persistedFor, readDeskCache, writeDeskCache, type CorpusManifest } from '../store/deskCache';
import type { DeskData } from '../model/deskData';
import { fingerprintArticles } from './fingerprintArticles';
import { packDeskData, unpackDeskData, type PackedDesk } from '../store/packDeskData';
import { markDeskCacheUsed, pruneDeskCache } from '../store/pruneDeskCache';
import { CorpusLoadError, type CorpusProblem } from '../model/types';
import type { Article } from '../corpus/types';
import { scanCorpusDir, type ScannedCorpus } from './scanCorpusDir';
import { workOf, type WarmBuild, type WarmBuilds } from './warmBuild';

export interface PrepareDeskOptions extends ReadCorpusOptions {
  /**
   * What to do with a bad file. `skip` (start-up): leave it out and warn, so one broken file
   * cannot keep the bot from starting. `fail` (reload): reject the whole reload, so the
   * serving corpus stays as it was and the moderator fixes the file.
   */
  onProblem?: 'skip' | 'fail';
  now?: () => Date;
  /** Folder of the persisted desk; `false` never reads or writes it. Default `defaultCacheDir()`. */
  cacheDir?: string | false;
  /** Build progress: `done` of `total` steps. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads for a build of at least `PARALLEL_MIN_ARTICLES` articles (smaller ones
   * build on the calling thread: starting threads would cost more than it saves). Default:
   * `BUILD_THREADS`, else the machine's available parallelism, at most 4; 1 builds on the
   * calling thread.
   */
  buildThreads?: number;
  /** Where cache misses and write failures are reported (default: nowhere). */
  log?: (message: string) => void;
  /**
   * Work to do while the persisted desk's file is read from disk, which leaves the thread idle
   * (start-up loads the wink-nlp model there, which the first question would otherwise load).
   */
  whileReading?: () => void;
  /**
   * A reload build's hand-over file: when the build writes the cache, the written file is also
   * linked here (see `writeDeskCache`), so the packed desk is written once; `handedOver` then
   * holds its key.
   */
  handOver?: string;
  /**
   * A kept build process's memory of its last build (`WarmBuilds`): the folder is scanned by
   * stat (`scanCorpusDir`), articles read before are not read again, and the last desk built is
   * the incremental build's starting point instead of the persisted file. Ignored with `fs` or
   * without a cache folder.
   */
  warm?: WarmBuilds;
  /**
   * A reload's serving process holds the desk of generation `base` (see `WarmBuild.previous`):
   * when this build starts from that very desk, `send` gets the delta from it to the new desk
   * (`diffDeskData`) as soon as the desk is built, before it is packed and persisted, and the
   * packed desk is not linked at `handOver`.
   */
  delta?: { base: string; send(delta: DeskDelta): Promise<void> };
}

/** Corpora this large are built on worker threads (see `buildThreads`). */
export const PARALLEL_MIN_ARTICLES = 200;

/** `BUILD_THREADS` when set to a whole number from 1 to 64, else the available parallelism, at most 4. */
export function defaultBuildThreads(): number {
  const fromEnv = Number(process.env.BUILD_THREADS);
  return Number.isInteger(fromEnv) && fromEnv >= 1 && fromEnv <= 64 ? fromEnv : Math.min(4, availableParallelism());
}

/** A desk ready to serve: loaded from the cache (packed), or just built (objects, and packed when asked for). */
export type PreparedDesk =
  | { source: 'cache'; packed: PackedDesk }
  | {
      source: 'build';
      data: DeskData;
      fingerprints: Map<string, string>;
      warnings: CorpusProblem[];
      packed?: PackedDesk;
      timings: BuildTimings;
      /** Why the cache was not used. */
      cacheMiss: string;
      /** The key of the packed file linked at `options.handOver`, when it was. */
      handedOver?: string;
      /** Present when the desk was built incrementally from the previous one. */
      incremental?: PreparedIncremental;
      /** The generation a kept build process gave this desk (`WarmBuild.previous`), when it keeps it. */
      generation?: string;
      /** True when `options.delta.send` got the delta to this desk. */
      deltaSent?: boolean;
    };

/** An incremental build: sentences indexed again, and the time from the read results to the desk. */
export interface PreparedIncremental {
  reindexed: number;
  ms: number;
}

/** The previous desk, unpacked lazily (only what the incremental build reads is made). */
async function previousDeskOf(packed: PackedDesk): Promise<PreviousDesk> {
  const { data, fingerprints } = await unpackDeskData(packed, () => undefined, { lazyText: true });
  return { data, fingerprints, index: packed.index };
}

/**
 * Loads the corpus folder's desk from the cache when it matches the folder and the code,
 * else reads, builds and (when caching) writes it. Rejects with `CorpusLoadError` when a file
 * is bad and `onProblem` is `fail`, or when no article could be loaded.
 */
export async function prepareDesk(corpusDir: string, options: PrepareDeskOptions = {}, wantPacked = false): Promise<PreparedDesk> {
  const log = options.log ?? (() => undefined);
  // An injected file system is not the folder on disk: its contents cannot key a cache.
  const cacheDir = options.fs ? false : options.cacheDir ?? defaultCacheDir();
  let cacheMiss = 'cache disabled';
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let manifest: CorpusManifest | undefined;
  // The desk built before the corpus changed, by this code: an incremental build starts from it.
  let previousPacked: PackedDesk | undefined;
  let previous: PreviousDesk | undefined;
  let file: string | undefined;
  const warm: WarmBuild | undefined = options.warm && cacheDir !== false ? options.warm.of(corpusDir, maxFileBytes, cacheDir) : undefined;
  // A kept build process scans the folder by stat, once, for the articles and the manifest alike.
  let scanned: ScannedCorpus | undefined;
  if (warm) {
    try {
      scanned = await scanCorpusDir(corpusDir, maxFileBytes, warm.scan);
    } catch {
      // An unreadable folder is reported by the loader below, with its usual message.
    }
    // Unless another process persisted the folder as it is now: loading that desk is quicker.
    if (
      scanned &&
      warm.previous &&
      scanned.manifest.key !== warm.previous.manifestKey &&
      !(await persistedFor(cacheFile(cacheDir as string, corpusDir), scanned.manifest, maxFileBytes))
    ) {
      // The folder changed since the desk this process built last: start from that desk.
      previous = warm.previous;
      manifest = scanned.manifest;
      file = cacheFile(cacheDir as string, corpusDir);
      cacheMiss = 'the corpus changed';
      log(`desk cache not used (${cacheMiss}; ${scanned.reread} file(s) read again); building from the desk in memory`);
    }
  }
  if (cacheDir !== false && !previous) {
    try {
      file = cacheFile(cacheDir, corpusDir);
      const cached = await readDeskCache(file, corpusDir, maxFileBytes, undefined, { previous: true, ...(options.whileReading && { whileReading: options.whileReading }) });
      if ('packed' in cached) {
        if (cached.packed.warnings.length > 0 && (options.onProblem ?? 'skip') === 'fail') throw new CorpusLoadError(cached.packed.warnings);
        await markDeskCacheUsed(file);
        await pruneCache(cacheDir, file, log);
        return { source: 'cache', packed: cached.packed };
      }
      cacheMiss = cached.miss;
      previousPacked = cached.previous;
      // Read before the build, so an edit made while it runs shows as a change next time.
      manifest = scanned?.manifest ?? corpusManifest(corpusDir, maxFileBytes);
    } catch (error) {
      if (error instanceof CorpusLoadError) throw error;
      // An unreadable folder is reported by the loader below, with its usual message.
      cacheMiss = error instanceof Error ? error.message : String(error);
      manifest = undefined;
    }
    log(`desk cache not used (${cacheMiss}); building the index`);
  }
  const { articles, problems } = scanned?.read ?? (await readCorpusDir(corpusDir, options));
  if (problems.length > 0 && (options.onProblem ?? 'skip') === 'fail') throw new CorpusLoadError(problems);
  if (articles.length === 0) {
    throw new CorpusLoadError(problems.length > 0 ? problems : [{ file: corpusDir, reason: 'no articles (*.md files) found' }]);
  }
  const timings = newBuildTimings();
  // Articles read before (same content, same code) come from the per-article cache.
  const articleCache: ArticleCacheRef | undefined = cacheDir === false ? undefined : articleCacheOf(cacheDir, corpusDir);
  const hooks: BuildHooks = { timings, ...(options.onProgress && { onProgress: options.onProgress }), ...(articleCache && { articleCache }) };
  if (warm) hooks.known = (article) => warm.work.get(article)?.read;
  const loadedAt = (options.now ?? (() => new Date()))();
  const toRead = warm ? articles.filter((article) => !warm.work.get(article)?.read).length : articles.length;
  const threads = toRead >= PARALLEL_MIN_ARTICLES ? options.buildThreads ?? defaultBuildThreads() : 1;
  const fingerprints = warm ? fingerprintsOf(warm, articles) : fingerprintArticles(articles);
  let incremental: PreparedIncremental | undefined;
  if (previousPacked) {
    previous = await previousDeskOf(previousPacked);
    previousPacked = undefined;
  }
  let read: readonly ReadArticle[] | undefined;
  // The desk the build starts from, and how its index became the new one: a delta's parts.
  const startedFrom = previous;
  let patch: IndexPatch | undefined;
  hooks.afterRead = (all) => {
    read = all;
    if (!previous) return undefined;
    const started = performance.now();
    const built = buildDeskDataIncrementally(previous, articles, fingerprints, all, loadedAt, timings);
    incremental = built ? { reindexed: built.reindexed, ms: performance.now() - started } : { reindexed: -1, ms: performance.now() - started };
    if (!built) log('incremental build not possible (unchanged articles reordered, or most sentences changed): building in full');
    patch = built?.patch;
    return built?.data;
  };
  const data = threads > 1 ? await buildDeskDataInParallel(articles, loadedAt, { ...hooks, threads }) : buildDeskData(articles, loadedAt, hooks);
  previous = undefined;
  // The serving process gets the delta first; packing and persisting the desk come after.
  const generation = warm && scanned && manifest !== undefined ? randomUUID() : undefined;
  let deltaSent = false;
  const base = options.delta?.base;
  if (options.delta && generation && patch && startedFrom && startedFrom === warm?.previous && warm.previous.generation === base) {
    const delta = diffDeskData(startedFrom, { data, fingerprints, warnings: problems }, patch, { base: base!, generation });
    if (delta) {
      await options.delta.send(delta);
      deltaSent = true;
    }
  }
  if (articleCache) {
    // Only this folder's articles as they are now stay cached.
    const keyOf = (article: Article) => (warm ? (workOf(warm, article).cacheKey ??= articleCacheKey(article, articleCache.salt)) : articleCacheKey(article, articleCache.salt));
    const removed = pruneArticleCache(articleCache.dir, new Set(articles.map(keyOf)));
    if (removed > 0) log(`article cache: removed ${removed} entries no longer in the folder`);
  }
  const packed = wantPacked || manifest !== undefined ? packDeskData(data, fingerprints, problems) : undefined;
  let handedOver: string | undefined;
  if (packed && manifest !== undefined && file !== undefined && cacheDir !== false) {
    try {
      if (await writeDeskCache(file, manifest, packed, deltaSent ? undefined : options.handOver)) handedOver = manifest.key;
    } catch (error) {
      // A read-only or full disk costs the next start-up a rebuild, nothing more.
      log(`desk cache not written: ${error instanceof Error ? error.message : String(error)}`);
    }
    // After a failed write too: a full disk may be full of unused desks.
    await pruneCache(cacheDir, file, log);
  }
  if (warm && scanned && packed && manifest !== undefined && read) {
    // Kept for the next build: this desk, the scan it was read from and each article's reading.
    warm.scan = scanned.scan;
    warm.previous = { data, fingerprints, index: packed.index, manifestKey: manifest.key, generation: generation! };
    read.forEach((r, i) => (workOf(warm, articles[i]!).read = r));
  }
  return {
    source: 'build',
    data,
    fingerprints,
    warnings: problems,
    ...(packed && { packed }),
    timings,
    cacheMiss,
    ...(handedOver !== undefined && { handedOver }),
    ...(incremental && incremental.reindexed >= 0 && { incremental }),
    ...(generation && warm?.previous?.generation === generation && { generation }),
    ...(deltaSent && { deltaSent }),
  };
}

/** `fingerprintArticles`, worked out once per article object (see `WarmBuild`). */
function fingerprintsOf(warm: WarmBuild, articles: readonly Article[]): Map<string, string> {
  const missing = articles.filter((article) => warm.work.get(article)?.fingerprint === undefined);
  const computed = fingerprintArticles(missing);
  for (const article of missing) workOf(warm, article).fingerprint = computed.get(article.id)!;
  return new Map(articles.map((article) => [article.id, warm.work.get(article)!.fingerprint!]));
}

/** Removes unused persisted desks (see `pruneDeskCache`), never `inUse`, and logs what went. */
async function pruneCache(cacheDir: string, inUse: string, log: (message: string) => void): Promise<void> {
  const removed = await pruneDeskCache(cacheDir, inUse);
  if (removed.length > 0) log(`desk cache: removed ${removed.length} unused file(s): ${removed.join(', ')}`);
}
