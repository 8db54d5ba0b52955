import { fork, type ChildProcess } from 'node:child_process';
import { open, unlink } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BuildTimings } from './buildTimings';
import { watchBuildProcess } from './buildWatchdog';
import { INDEX_VERSION } from '../store/deskCache';
import { handOverDir, newHandOverFile } from '../store/handOverFile';
import { decodePackedFile, verifyPackedFile } from '../store/packedFile';
import type { PackedDesk } from '../store/packDeskData';
import type { PrepareDeskOptions } from './prepareDesk';
import { readRange } from '../store/readRange';
import { decodeDeskDelta, type DeskDelta } from '../store/deskDelta';
import { CorpusLoadError, type CorpusProblem } from '../model/types';

/** Old-generation heap of the build process, in MB (a 10,000-article build holds several GB while it runs). */
const BUILD_HEAP_MB = 12_288;

/** What the build process is asked (plain data: it crosses the process boundary). */
export interface BuildRequest {
  corpusDir: string;
  options: Pick<PrepareDeskOptions, 'onProblem' | 'maxFileBytes' | 'cacheDir'>;
  /** Where the packed desk (or the delta) is written. */
  output: string;
  /** The generation of the desk the serving process holds, when a build process gave it one: a delta to it may come back. */
  base?: string;
}

/** What the build process sends back. */
export type BuildReply =
  /** The first reply to each request: the process has it (one that dies before this never saw it). */
  | { type: 'received' }
  | { type: 'progress'; done: number; total: number }
  | { type: 'log'; message: string }
  /** The delta to the new desk (from the request's `base`) is written at the output; the desk is being persisted. */
  | { type: 'delta'; generation: string }
  /**
   * `key`: the packed file's key (the cache file's when it was linked as the output); after a
   * `delta` reply nothing more is at the output. `generation`: the new desk's, when the process keeps it.
   */
  | { type: 'done'; source: 'cache' | 'build'; key: string; timings?: BuildTimings; generation?: string }
  | { type: 'failed'; problems: CorpusProblem[] }
  | { type: 'crashed'; message: string };

/** A build's result: the whole packed desk, or the delta from the desk the serving process holds. */
export type ProcessBuild = {
  source: 'cache' | 'build';
  timings?: BuildTimings;
  /** The new desk's generation, when the build process keeps it (the next request's `base`). */
  generation?: string;
  /** When the build process's reply came (`performance.now()`), before its file was read: where the build ends and readying the desk begins. */
  repliedAt?: number;
} & ({ packed: PackedDesk; delta?: undefined } | { delta: DeskDelta; packed?: undefined });

/** A build under way in its child process. */
export interface RunningBuild {
  /** The build process's id (for logs and tests). */
  readonly pid: number | undefined;
  /** The packed desk or the delta, once built and read back; the temporary file is gone by then. */
  readonly result: Promise<ProcessBuild>;
  /**
   * Settles when the build process is done with the request: after a delta it still packs and
   * persists the new desk, off the serving process's critical path.
   */
  readonly finished: Promise<void>;
  /**
   * Runs `work` (synchronous: answering a question) with the build process stopped, so the
   * answer has the machine to itself. Lowering the build's priority is not enough: on two
   * cores a question answered beside a running build, even a single-threaded one, took two to
   * four times as long (they share caches and memory bandwidth). Stopped with SIGSTOP and
   * resumed with SIGCONT in a `finally`; a no-op once the process has exited, and on Windows.
   */
  hold<T>(work: () => T): T;
}

/** A build process kept between reloads (`keptBuildProcess`). */
export interface KeptBuildProcess {
  /** Starts a build in the kept process (forked first when there is none, or it died). */
  build(request: Omit<BuildRequest, 'output'>, pause: () => Promise<void> | void, onProgress?: (done: number, total: number) => void, log?: (message: string) => void): RunningBuild;
  /** Ends the kept process (it also ends when this process exits or disconnects). */
  close(): void;
}

/**
 * Builds the corpus folder's packed desk in a child process at lower priority, so the calling
 * process keeps answering questions: a build's gigabytes of heap, its collector threads and
 * the freeing of it all at the end stay out of the serving process (in a worker thread they
 * slowed questions answered meanwhile several times over). The desk comes back through a
 * hand-over file in the cache folder (`newHandOverFile`), read and checked in pieces with
 * `pause` between them.
 *
 * The process is kept between builds, with the wink-nlp model loaded and what its last build
 * read and built in memory (`WarmBuilds`): the next reload after a small change reads only
 * the changed files and starts from the desk it holds, instead of reading back the folder, the
 * persisted desk and every article's cached reading. It holds that memory while idle (about a
 * gigabyte at 11,000 articles) for `idleMs` at most (default `KEPT_IDLE_MS`), then ends; it
 * never keeps this process alive, and is forked again when it ended or died. Each build's result rejects with `CorpusLoadError` (bad files, with `onProblem:
 * 'fail'`) or an Error when the build fails.
 */
export function keptBuildProcess(idleMs = KEPT_IDLE_MS): KeptBuildProcess {
  let child: ChildProcess | undefined;
  let busy = false;
  // The last build, until its process is done with it (a delta's desk is persisted after the result).
  let finishing: Promise<void> | undefined;
  // Ended after `idleMs` without a build: its memory is worth holding only while reloads follow.
  let idle: NodeJS.Timeout | undefined;
  const start = (): ChildProcess => {
    const forked = fork(fileURLToPath(new URL('./buildProcess.mjs', import.meta.url)), [], {
      execArgv: [`--max-old-space-size=${BUILD_HEAP_MB}`],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    // Killed if this process dies, even while a question holds it stopped.
    const watchdog = watchBuildProcess(forked.pid);
    // Until its 'exit' event the child's pid cannot be reused (an exited child stays a zombie
    // until reaped, and reaping is what emits 'exit'), so signalling it before then is safe; the
    // watchdog is released in the same callback, before the pid could be reused.
    forked.once('exit', () => {
      watchdog.release();
      if (child === forked) child = undefined;
    });
    forked.on('error', () => undefined);
    return forked;
  };
  return {
    build(request, pause, onProgress, log) {
      if (busy) throw new Error('the kept build process is busy');
      busy = true;
      clearTimeout(idle);
      let current: RunningBuild | undefined;
      const begin = (retries: number): RunningBuild => {
        const running = (child ??= start());
        // While it builds, the child keeps this process alive (its result is awaited); idle, never.
        running.ref();
        running.channel?.ref();
        const build = runBuild(running, request, pause, onProgress, log);
        const own: RunningBuild = {
          ...build,
          finished: build.finished.finally(() => {
            running.unref();
            running.channel?.unref();
          }),
        };
        current = own;
        if (retries === 0) return own;
        // A kept process that died before its exit was seen (killed, or ended idle a moment
        // ago) fails the write of the request (`write EPIPE`): the request never reached it,
        // so a new process gets it, once.
        const again = build.result.then(
          () => undefined,
          (error: unknown) => {
            if (!(error instanceof RequestNotDelivered)) return undefined;
            if (child === running) child = undefined;
            running.kill('SIGKILL');
            return begin(retries - 1);
          },
        );
        return {
          get pid() {
            return current?.pid;
          },
          result: again.then((retried) => (retried ? retried.result : build.result)),
          finished: again.then((retried) => (retried ? retried.finished : own.finished)),
          hold: (work) => (current ? current.hold(work) : work()),
        };
      };
      // After a delta the process still persists the previous desk: this request waits for that.
      const began = finishing ? finishing.then(() => begin(1)) : Promise.resolve(begin(1));
      const result = began.then((build) => build.result).finally(() => {
        busy = false;
        idleUnlessBusy();
      });
      const finished = began.then(
        (build) => build.finished,
        () => undefined,
      );
      finishing = finished;
      void finished.finally(() => {
        if (finishing === finished) finishing = undefined;
        idleUnlessBusy();
      });
      return {
        get pid() {
          return current?.pid;
        },
        result,
        finished,
        hold: (work) => (current ? current.hold(work) : work()),
      };
    },
    close,
  };
  /** Once a build's result is in and its process is done with it, the process idles (and ends after `idleMs`). */
  function idleUnlessBusy(): void {
    if (busy || finishing) return;
    clearTimeout(idle);
    idle = setTimeout(() => {
      if (!busy && !finishing) close();
    }, idleMs);
    idle.unref();
  }

  function close(): void {
    clearTimeout(idle);
    child?.kill();
    child = undefined;
  }
}

/**
 * How long the kept build process waits for the next reload before it ends: a moderator's
 * additions come minutes apart, and at 11,000 articles it holds about a gigabyte idle.
 */
export const KEPT_IDLE_MS = 15 * 60_000;

/**
 * A one-off build: a kept process closed when the build is over (tests, and callers that
 * build once).
 */
export function buildInProcess(
  request: Omit<BuildRequest, 'output'>,
  pause: () => Promise<void> | void,
  onProgress?: (done: number, total: number) => void,
  log?: (message: string) => void,
): RunningBuild {
  const kept = keptBuildProcess();
  const build = kept.build(request, pause, onProgress, log);
  const result = build.result.finally(() => kept.close());
  return { get pid() { return build.pid; }, result, finished: build.finished, hold: build.hold };
}

/** The request could not be written to the build process (it had died): it never saw it. */
export class RequestNotDelivered extends Error {}

/** Sends `request` to the build process `child` and follows it to its result. */
function runBuild(
  child: ChildProcess,
  request: Omit<BuildRequest, 'output'>,
  pause: () => Promise<void> | void,
  onProgress?: (done: number, total: number) => void,
  log?: (message: string) => void,
): RunningBuild {
  const output = newHandOverFile(handOverDir(request.options.cacheDir));
  let exited = process.platform === 'win32' || child.exitCode !== null || child.signalCode !== null;
  const onExit = () => (exited = true);
  child.once('exit', onExit);
  const signal = (name: 'SIGSTOP' | 'SIGCONT'): boolean => {
    if (exited || child.pid === undefined) return false;
    try {
      process.kill(child.pid, name);
      return true;
    } catch {
      return false;
    }
  };
  // The result comes with the first 'delta' or 'done'; the process is done with the request at
  // 'done', 'failed' or 'crashed' (after a delta it still persists the desk), or when it exits.
  let resolveResult!: (outcome: { delta: true; generation: string } | { delta: false; reply: Extract<BuildReply, { type: 'done' }> }) => void;
  let rejectResult!: (error: unknown) => void;
  const outcome = new Promise<Parameters<typeof resolveResult>[0]>((resolve, reject) => {
    resolveResult = resolve;
    rejectResult = reject;
  });
  let answered = false;
  const answer = (fn: () => void) => {
    if (answered) return;
    answered = true;
    fn();
  };
  // Whether the process said it has the request ('received', its first reply to each).
  let heard = false;
  const finished = new Promise<void>((resolve) => {
    let settled = false;
    const onMessage = (reply: BuildReply) => {
      heard = true;
      if (reply.type === 'received') return;
      if (reply.type === 'progress') onProgress?.(reply.done, reply.total);
      else if (reply.type === 'log') log?.(reply.message);
      else if (reply.type === 'delta') answer(() => resolveResult({ delta: true, generation: reply.generation }));
      else if (reply.type === 'done') settle(() => answer(() => resolveResult({ delta: false, reply })));
      else if (reply.type === 'failed') settle(() => answer(() => rejectResult(new CorpusLoadError(reply.problems))));
      else settle(() => answer(() => rejectResult(new Error(`reload build failed: ${reply.message}`))));
    };
    const onError = (error: Error) => settle(() => answer(() => rejectResult(error)));
    // Gone before it said it had the request: a write to a process that had just died can
    // fail (`write EPIPE`) or, short, even succeed; either way it never saw the request.
    const onGone = (code: number | null, sig: NodeJS.Signals | null) => {
      const how = sig ?? `code ${code}`;
      settle(() => answer(() => rejectResult(heard ? new Error(`reload build process exited (${how}) without a result`) : new RequestNotDelivered(`reload build process exited (${how}) before it had the request`))));
    };
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      child.off('message', onMessage);
      child.off('error', onError);
      child.off('exit', onGone);
      child.off('exit', onExit);
      fn();
      resolve();
    };
    child.on('message', onMessage);
    child.on('error', onError);
    child.on('exit', onGone);
    if (exited) onGone(child.exitCode, child.signalCode);
    else
      child.send({ ...request, output } satisfies BuildRequest, (error) => {
        if (error) onError(heard ? error : new RequestNotDelivered(`reload request not delivered: ${error.message}`));
      });
  });
  const result = outcome
    .then(async (got): Promise<ProcessBuild> => {
      const repliedAt = performance.now();
      if (got.delta) return { source: 'build', generation: got.generation, repliedAt, delta: await readDelta(output, pause) };
      const { key, source, timings, generation } = got.reply;
      return { source, ...(timings && { timings }), ...(generation && { generation }), repliedAt, packed: await readPacked(output, key, pause) };
    })
    .finally(() => unlink(output).catch(() => undefined));
  return {
    pid: child.pid,
    result,
    finished,
    hold(work) {
      const stopped = signal('SIGSTOP');
      try {
        return work();
      } finally {
        if (stopped) signal('SIGCONT');
      }
    },
  };
}

/** The delta the build process wrote (`encodeDeskDelta`), read off the event loop and decoded between pauses. */
async function readDelta(file: string, pause: () => Promise<void> | void): Promise<DeskDelta> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = Buffer.allocUnsafeSlow(size);
    const read = await readRange(handle, bytes, 0, size);
    return await decodeDeskDelta(bytes.subarray(0, read), pause);
  } finally {
    await handle.close();
  }
}

/** The packed desk the build process wrote: read off the event loop, checked in pieces. */
async function readPacked(file: string, key: string, pause: () => Promise<void> | void): Promise<PackedDesk> {
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
  return decodePackedFile(bytes, INDEX_VERSION, key, { checksumVerified: true }) as PackedDesk;
}
