/**
 * The reload's build process never outlives the serving process, even when the serving process
 * is SIGKILLed while a question holds the build stopped and another member of its process
 * group survives (the ShardingManager, here the test process itself): the kernel resumes a
 * stopped process only when its group is orphaned, which a surviving member prevents.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../support/seedCorpus';

/** Fields of /proc/<pid>/stat after the command name: state, ppid, …; undefined once the process is gone. */
function statOf(pid: number): { state: string; ppid: number; startTime: string } | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Field 3 of stat is the state, 4 the parent, 22 the start time (in clock ticks since boot).
  return { state: fields[0]!, ppid: Number(fields[1]), startTime: fields[19]! };
}

/** Polls `check` every 20 ms until it holds or `ms` have passed. */
async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

describe('the reload build process', () => {
  it.runIf(process.platform === 'linux')('is gone soon after its serving process is SIGKILLed while a question holds it stopped', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'orphan-corpus-'));
    cpSync(CORPUS_DIR, corpus, { recursive: true });
    // The test process is the surviving parent, in the same process group as what it spawns.
    const serving = spawn(process.execPath, ['--import', 'tsx', 'test/support/heldBuildProcess.ts', corpus, mkdtempSync(join(tmpdir(), 'orphan-cache-'))], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => serving.once('exit', resolve));
    let build: number | undefined;
    let buildStart: string | undefined;
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        serving.stdout.on('data', (chunk) => {
          out += chunk;
          if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
        });
        serving.once('exit', (code, signal) => reject(new Error(`serving process exited (${signal ?? code}) before holding its build`)));
      });
      const pids = JSON.parse(line) as { serving: number; build: number };
      build = pids.build;
      buildStart = statOf(build)?.startTime;
      expect(statOf(build)).toMatchObject({ ppid: serving.pid });
      expect(await waitFor(() => statOf(build!)?.state === 'T', 5_000)).toBe(true);

      serving.kill('SIGKILL');
      await exited;

      // Gone (or a zombie waiting to be reaped by its new parent), not stopped and holding its heap.
      const gone = await waitFor(() => {
        const stat = statOf(build!);
        return stat === undefined || stat.startTime !== buildStart || stat.state === 'Z';
      }, 10_000);
      expect(gone, `build process ${build} is still there, state ${statOf(build!)?.state}`).toBe(true);
    } finally {
      if (serving.exitCode === null && serving.signalCode === null) serving.kill('SIGKILL');
      // Whatever the outcome, leave no stopped process behind (only the one this test started).
      if (build !== undefined && buildStart !== undefined && statOf(build)?.startTime === buildStart) process.kill(build, 'SIGKILL');
    }
  }, 30_000);
});
