/**
 * The reload's build process: questions answered while it runs have the machine to themselves
 * (it is stopped for their length), and it still delivers the packed desk afterwards.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInProcess } from '../../src/build/buildInProcess';
import { CORPUS_DIR } from '../support/seedCorpus';

/** The process's scheduler state from /proc (R running, S sleeping, T stopped, …). */
function stateOf(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2)[0]!;
}

/** Polls `check` (signals arrive asynchronously) for up to two seconds. */
function waitFor(check: () => boolean): boolean {
  const until = Date.now() + 2_000;
  while (!check()) if (Date.now() > until) return false;
  return true;
}

/** Pids of this process's children running the build watchdog (`sh -c 'read …; kill …'`). */
function watchdogs(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return state !== 'Z' && Number(ppid) === process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('kill -KILL');
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe.runIf(process.platform === 'linux')('buildInProcess', () => {
  it('stops the build process for the length of a held call, then lets it finish', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'hold-corpus-'));
    cpSync(CORPUS_DIR, corpus, { recursive: true });
    const build = buildInProcess({ corpusDir: corpus, options: { cacheDir: false, onProblem: 'fail' } }, () => undefined);
    const pid = build.pid!;
    expect(watchdogs()).toHaveLength(1);

    const held = build.hold(() => ({ stopped: waitFor(() => stateOf(pid) === 'T'), value: 'answer' }));
    expect(held).toEqual({ stopped: true, value: 'answer' });
    expect(waitFor(() => stateOf(pid) !== 'T')).toBe(true);

    // A held call that throws still resumes the build.
    expect(() =>
      build.hold(() => {
        throw new Error('question failed');
      }),
    ).toThrow('question failed');
    expect(waitFor(() => stateOf(pid) !== 'T')).toBe(true);

    const { packed, source } = await build.result;
    expect(source).toBe('build');
    expect(packed!.articles.id.length).toBe(5);
    // The watchdog that would kill the build if this process died goes with the build (which
    // exits just after sending its result).
    const until = Date.now() + 5_000;
    while (watchdogs().length > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(watchdogs()).toEqual([]);
  });
});
