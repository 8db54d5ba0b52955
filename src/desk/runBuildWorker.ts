/**
 * The reload worker: builds (or loads from the cache) the corpus folder's packed desk off the
 * serving thread and sends it back with its buffers transferred. Started by `buildInWorker`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { packedBuffers } from './packedBuffers';
import { prepareDesk } from './prepareDesk';
import type { WorkerReply, WorkerRequest } from './buildInWorker';
import { lowerThreadPriority } from './lowerThreadPriority';
import { CorpusLoadError } from './types';

lowerThreadPriority();

const request = workerData as WorkerRequest;
const post = (message: WorkerReply, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);
let lastProgress = 0;

try {
  const prepared = await prepareDesk(
    request.corpusDir,
    {
      ...request.options,
      onProgress: (done, total) => {
        // Messages are cheap, but a few per second is all a progress bar needs.
        const now = Date.now();
        if (now - lastProgress < 100 && done < total) return;
        lastProgress = now;
        post({ type: 'progress', done, total });
      },
      log: (message) => post({ type: 'log', message }),
    },
    true,
  );
  const packed = prepared.packed!;
  post(
    {
      type: 'done',
      packed,
      source: prepared.source,
      ...(prepared.source === 'build' && { timings: prepared.timings }),
    },
    packedBuffers(packed),
  );
} catch (error) {
  if (error instanceof CorpusLoadError) post({ type: 'failed', problems: error.problems });
  else post({ type: 'crashed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
