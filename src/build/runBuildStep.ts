/**
 * A build worker: reads runs of articles and indexes runs of sentences for
 * `buildDeskDataInParallel`, one request at a time, until the pool closes it.
 */
import { parentPort } from 'node:worker_threads';
import { newBuildTimings } from './buildTimings';
import type { StepReply, StepRequest } from './buildPool';
import { indexSentences } from './indexSentences';
import { lowerThreadPriority } from './lowerThreadPriority';
import { packedBuffers } from '../store/packedBuffers';
import { readArticleCached } from './readArticle';

lowerThreadPriority();

parentPort!.on('message', (request: StepRequest) => {
  const timings = newBuildTimings();
  try {
    if (request.type === 'read') {
      const read = request.articles.map((article) => readArticleCached(article, request.cache, timings));
      parentPort!.postMessage({ id: request.id, type: 'read', read, timings } satisfies StepReply);
    } else {
      const index = indexSentences(request.sentences, timings);
      parentPort!.postMessage({ id: request.id, type: 'index', index, timings } satisfies StepReply, packedBuffers(index));
    }
  } catch (error) {
    parentPort!.postMessage({ id: request.id, type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies StepReply);
  }
});
