import { fork } from 'node:child_process';
import { open, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildTimings } from './buildTimings';
import { INDEX_VERSION } from './deskCache';
import { decodePackedFile, verifyPackedFile } from './packedFile';
import type { PackedDesk } from './packDeskData';
import type { PrepareDeskOptions } from './prepareDesk';
import { readRange } from './readRange';
import { CorpusLoadError, type CorpusProblem } from './types';

/** Old-generation heap of the build process, in MB (a 10,000-article build holds several GB while it runs). */
const BUILD_HEAP_MB = 12_288;

/** What the build process is asked (plain data: it crosses the process boundary). */
export interface BuildRequest {
  corpusDir: string;
  options: Pick<PrepareDeskOptions, 'onProblem' | 'maxFileBytes' | 'cacheDir'>;
  /** Where the packed desk is written. */
  output: string;
}

/** What the build process sends back. */
export type BuildReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'log'; message: string }
  | { type: 'done'; source: 'cache' | 'build'; timings?: BuildTimings }
  | { type: 'failed'; problems: CorpusProblem[] }
  | { type: 'crashed'; message: string };

export interface ProcessBuild {
  packed: PackedDesk;
  source: 'cache' | 'build';
  timings?: BuildTimings;
}

/**
 * Builds the corpus folder's packed desk in a child process at lower priority, so the calling
 * process keeps answering questions: a build's gigabytes of heap, its collector threads and
 * the freeing of it all at the end stay out of the serving process (in a worker thread they
 * slowed questions answered meanwhile several times over). The desk comes back through a
 * temporary file, read and checked in pieces with `pause` between them. Rejects with
 * `CorpusLoadError` (bad files, with `onProblem: 'fail'`) or an Error when the build fails.
 */
export function buildInProcess(
  request: Omit<BuildRequest, 'output'>,
  pause: () => Promise<void> | void,
  onProgress?: (done: number, total: number) => void,
  log?: (message: string) => void,
): Promise<ProcessBuild> {
  const output = join(tmpdir(), `crisis-desk-reload-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.bin`);
  const built = new Promise<Omit<ProcessBuild, 'packed'>>((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./buildProcess.mjs', import.meta.url)), [], {
      execArgv: [`--max-old-space-size=${BUILD_HEAP_MB}`],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    child.on('message', (reply: BuildReply) => {
      if (reply.type === 'progress') onProgress?.(reply.done, reply.total);
      else if (reply.type === 'log') log?.(reply.message);
      else if (reply.type === 'done') settle(() => resolve({ source: reply.source, ...(reply.timings && { timings: reply.timings }) }));
      else if (reply.type === 'failed') settle(() => reject(new CorpusLoadError(reply.problems)));
      else settle(() => reject(new Error(`reload build failed: ${reply.message}`)));
    });
    child.on('error', (error) => settle(() => reject(error)));
    child.on('exit', (code, signal) => settle(() => reject(new Error(`reload build process exited (${signal ?? `code ${code}`}) without a result`))));
    child.send({ ...request, output } satisfies BuildRequest);
  });
  return built
    .then(async (result) => ({ ...result, packed: await readPacked(output, pause) }))
    .finally(() => unlink(output).catch(() => undefined));
}

/** The packed desk the build process wrote: read off the event loop, checked in pieces. */
async function readPacked(file: string, pause: () => Promise<void> | void): Promise<PackedDesk> {
  const handle = await open(file, 'r');
  let bytes: Buffer;
  try {
    const { size } = await handle.stat();
    bytes = Buffer.allocUnsafeSlow(size);
    const read = await readRange(handle, bytes, 0, size);
    if (read < size) bytes = bytes.subarray(0, read);
  } finally {
    await handle.close();
  }
  await verifyPackedFile(bytes, pause);
  return decodePackedFile(bytes, INDEX_VERSION, 'reload', { checksumVerified: true }) as PackedDesk;
}
