import { Worker } from 'node:worker_threads';
import type { BuildTimings } from './buildDeskData';
import type { PackedDesk } from './packDeskData';
import type { PrepareDeskOptions } from './prepareDesk';
import { CorpusLoadError, type CorpusProblem } from './types';

/** Old-generation heap of the reload worker, in MB. */
const WORKER_HEAP_MB = 12_288;

/** What the worker is asked (plain data: it crosses the thread boundary). */
export interface WorkerRequest {
  corpusDir: string;
  options: Pick<PrepareDeskOptions, 'onProblem' | 'maxFileBytes' | 'cacheDir'>;
}

/** What the worker sends back. */
export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'log'; message: string }
  | { type: 'done'; packed: PackedDesk; source: 'cache' | 'build'; timings?: BuildTimings }
  | { type: 'failed'; problems: CorpusProblem[] }
  | { type: 'crashed'; message: string };

export interface WorkerBuild {
  packed: PackedDesk;
  source: 'cache' | 'build';
  timings?: BuildTimings;
}

/**
 * Builds the corpus folder's packed desk in a worker thread, so the calling thread keeps
 * answering questions. Rejects with `CorpusLoadError` (bad files, with `onProblem: 'fail'`)
 * or an Error when the worker fails.
 */
export function buildInWorker(
  request: WorkerRequest,
  onProgress?: (done: number, total: number) => void,
  log?: (message: string) => void,
): Promise<WorkerBuild> {
  return new Promise((resolve, reject) => {
    // A 10,000-article build holds several GB while it runs (the worker hit its default heap
    // limit at 11,088 articles); the finished desk is far smaller.
    const worker = new Worker(new URL('./buildWorker.mjs', import.meta.url), {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'progress') onProgress?.(reply.done, reply.total);
      else if (reply.type === 'log') log?.(reply.message);
      else if (reply.type === 'done') {
        const { packed, source, timings } = reply;
        settle(() => resolve({ packed, source, ...(timings && { timings }) }));
      } else if (reply.type === 'failed') settle(() => reject(new CorpusLoadError(reply.problems)));
      else settle(() => reject(new Error(`reload worker failed: ${reply.message}`)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`reload worker exited (code ${code}) without a result`))));
  });
}
