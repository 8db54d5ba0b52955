import { spawn } from 'node:child_process';

/** What `watchBuildProcess` returns: call `release` once the build process has been reaped. */
export interface BuildWatchdog {
  /** Stops the watchdog; call it when the build process has exited (its pid may then be reused). */
  release(): void;
}

/**
 * The watchdog's whole program: `read` waits on a pipe only the serving process can write to,
 * and returns at end of file, which comes when the serving process is gone, however it died
 * (SIGKILL included: the kernel closes its end). Then the build process is killed, stopped or
 * not (SIGKILL ends a stopped process too).
 */
const WATCH = 'read -r _; kill -KILL "$0" 2>/dev/null';

/**
 * Ties the build process `pid` to the life of the calling (serving) process. The serving
 * process stops its build during each question (`RunningBuild.hold`); if it is SIGKILLed then,
 * the build stays stopped forever, holding its heap, whenever another member of its process
 * group survives (the ShardingManager): the kernel resumes stopped processes only when their
 * group is orphaned. A stopped process cannot watch for anything itself, so a separate tiny
 * process (`sh`, about a megabyte) does, and is never stopped. A no-op on Windows, where builds
 * are never stopped.
 */
export function watchBuildProcess(pid: number | undefined): BuildWatchdog {
  if (pid === undefined || process.platform === 'win32') return { release: () => undefined };
  let watchdog: ReturnType<typeof spawn> | undefined;
  try {
    watchdog = spawn('/bin/sh', ['-c', WATCH, String(pid)], { stdio: ['pipe', 'ignore', 'ignore'] });
  } catch {
    return { release: () => undefined };
  }
  // Without /bin/sh (or out of processes) the build runs unwatched, as it did before.
  watchdog.on('error', () => undefined);
  watchdog.stdin?.on('error', () => undefined);
  // The watchdog and its pipe never keep the serving process alive; the build does that.
  watchdog.unref();
  (watchdog.stdin as { unref?: () => void } | null)?.unref?.();
  return {
    release() {
      if (watchdog === undefined) return;
      // SIGKILL, not end of file: end of file is the order to kill the build.
      watchdog.kill('SIGKILL');
      watchdog = undefined;
    },
  };
}
