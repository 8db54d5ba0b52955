/**
 * The reload build process: builds (or loads from the cache) the corpus folder's packed desk,
 * writes it to the file the serving process named and reports back over IPC. Started by
 * `keptBuildProcess`; builds each request in turn, keeping what its last build read and built
 * in memory (`WarmBuilds`) for the next, and exits when the serving process goes away.
 */
import { open, writeFile } from 'node:fs/promises';
import type { BuildReply, BuildRequest } from './buildInProcess';
import { INDEX_VERSION } from '../store/deskCache';
import { lowerProcessPriority } from './lowerThreadPriority';
import { encodePackedFile } from '../store/packedFile';
import { encodeDeskDelta } from '../store/deskDelta';
import { prepareDesk } from './prepareDesk';
import { WarmBuilds } from './warmBuild';
import { CorpusLoadError } from '../model/types';

/** Key of a hand-over file this process writes itself (rather than linking the cache file). */
const RELOAD_KEY = 'reload';

lowerProcessPriority();
process.on('disconnect', () => process.exit(0));

const send = (reply: BuildReply) => new Promise<void>((resolve) => process.send!(reply, () => resolve()));

/** What this process's last build read and built, for the next request. */
const warm = new WarmBuilds();

// The serving process sends one request at a time and waits for its reply.
process.on('message', (request: BuildRequest) => {
  void send({ type: 'received' });
  void build(request);
});

async function build(request: BuildRequest): Promise<void> {
  let lastProgress = 0;
  try {
    const prepared = await prepareDesk(
      request.corpusDir,
      {
        ...request.options,
        onProgress: (done, total) => {
          // A few messages a second is all a progress bar needs.
          const now = Date.now();
          if (now - lastProgress < 100 && done < total) return;
          lastProgress = now;
          void send({ type: 'progress', done, total });
        },
        log: (message) => void send({ type: 'log', message }),
        handOver: request.output,
        warm,
        // The serving process holds the desk of `base`: when this build starts from it, only
        // the delta is handed over, before the new desk is packed and persisted.
        ...(request.base && {
          delta: {
            base: request.base,
            send: async (delta) => {
              await writeFile(request.output, encodeDeskDelta(delta));
              await send({ type: 'delta', generation: delta.generation });
            },
          },
        }),
      },
      true,
    );
    const generation = prepared.source === 'build' ? prepared.generation : undefined;
    if (prepared.source === 'build' && prepared.deltaSent) {
      // The serving process has its desk already; the output is its (the delta was read there).
      await send({ type: 'done', source: 'build', key: '', timings: prepared.timings, ...(generation && { generation }) });
      return;
    }
    // The cache file just written is linked at the output already: nothing to write twice.
    let key = prepared.source === 'build' ? prepared.handedOver : undefined;
    if (key === undefined) {
      key = RELOAD_KEY;
      const handle = await open(request.output, 'w');
      try {
        // One part at a time (writeFile on a handle writes all of it at the current position).
        for (const part of encodePackedFile(prepared.packed!, INDEX_VERSION, key)) await handle.writeFile(part);
      } finally {
        await handle.close();
      }
    }
    await send({ type: 'done', source: prepared.source, key, ...(prepared.source === 'build' && { timings: prepared.timings }), ...(generation && { generation }) });
  } catch (error) {
    if (error instanceof CorpusLoadError) await send({ type: 'failed', problems: error.problems });
    else await send({ type: 'crashed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
