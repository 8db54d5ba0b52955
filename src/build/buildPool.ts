import { Worker } from 'node:worker_threads';
import type { Article } from '../corpus/types';
import type { PackedIndex } from '../search/packedIndex';
import type { BuildTimings } from './buildTimings';
import type { SentencesToIndex } from './indexSentences';
import type { ArticleCacheRef } from '../store/articleCache';
import type { ReadArticle } from './readArticle';

/** Old-generation heap of each build worker, in MB (a tenth of a 10,000-article index fits easily). */
const STEP_WORKER_HEAP_MB = 8_192;

type StepTask = { type: 'read'; articles: Article[]; cache?: ArticleCacheRef } | { type: 'index'; sentences: SentencesToIndex };

export type StepRequest = StepTask & { id: number };

export type StepReply =
  | { id: number; type: 'read'; read: ReadArticle[]; timings: BuildTimings }
  | { id: number; type: 'index'; index: PackedIndex; timings: BuildTimings }
  | { id: number; type: 'error'; message: string };

/** Worker threads that read articles and index sentences for one build; `close` when done. */
export interface BuildPool {
  readonly size: number;
  /** Reads a run of articles on the next free worker (through the per-article cache, when given). */
  read(articles: Article[], cache?: ArticleCacheRef): Promise<{ read: ReadArticle[]; timings: BuildTimings }>;
  /** Indexes a run of sentences on the next free worker (ids from 0 within the run). */
  index(sentences: SentencesToIndex): Promise<{ index: PackedIndex; timings: BuildTimings }>;
  close(): Promise<void>;
}

type Pending = { request: StepRequest; resolve: (reply: StepReply) => void; reject: (error: Error) => void };

/**
 * Starts `size` build workers. Requests queue and go to whichever worker is free, so a pool
 * given many small runs balances itself. A worker that dies rejects what it held and every
 * later request (a build is all or nothing).
 */
export function createBuildPool(size: number): BuildPool {
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  let failure: Error | undefined;
  let nextId = 0;

  const fail = (error: Error) => {
    failure ??= error;
    for (const pending of [...busy.values(), ...queue.splice(0)]) pending.reject(failure);
    busy.clear();
  };
  const dispatch = () => {
    while (!failure && idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const pending = queue.shift()!;
      busy.set(worker, pending);
      worker.postMessage(pending.request);
    }
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./buildStepWorker.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: STEP_WORKER_HEAP_MB },
    });
    worker.on('message', (reply: StepReply) => {
      const pending = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (reply.type === 'error') pending?.reject(new Error(`build worker failed: ${reply.message}`));
      else pending?.resolve(reply);
      dispatch();
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (busy.has(worker) || queue.length > 0) fail(new Error(`build worker exited (code ${code}) mid-build`));
    });
    idle.push(worker);
    return worker;
  });

  const run = (request: StepTask) =>
    new Promise<StepReply>((resolve, reject) => {
      if (failure) return reject(failure);
      queue.push({ request: { ...request, id: nextId++ }, resolve, reject });
      dispatch();
    });

  return {
    size,
    read: async (articles, cache) => {
      const reply = await run({ type: 'read', articles, ...(cache && { cache }) });
      if (reply.type !== 'read') throw new Error('build worker answered the wrong request');
      return reply;
    },
    index: async (sentences) => {
      const reply = await run({ type: 'index', sentences });
      if (reply.type !== 'index') throw new Error('build worker answered the wrong request');
      return reply;
    },
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
