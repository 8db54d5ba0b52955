/**
 * The reload build process is kept between reloads: the second build runs in the same
 * process, from the desk it built first (held in memory), and gives the desk of the folder now.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptBuildProcess } from '../../src/build/buildInProcess';
import { RACY_MS } from '../../src/build/scanCorpusDir';
import { createDeskHolder } from '../../src/desk/deskHolder';
import { CORPUS_DIR } from '../support/seedCorpus';

function tempCorpus(): { corpus: string; cache: string } {
  const corpus = mkdtempSync(join(tmpdir(), 'kept-corpus-'));
  cpSync(CORPUS_DIR, corpus, { recursive: true });
  return { corpus, cache: mkdtempSync(join(tmpdir(), 'kept-cache-')) };
}

function addLine(corpus: string, prefix: string, line: string): void {
  const file = join(corpus, readdirSync(corpus).find((f) => f.startsWith(prefix))!);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/\n*$/, `\n\n${line}\n`));
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.runIf(process.platform === 'linux')('keptBuildProcess', () => {
  it('runs the next build in the same process, from the desk in memory', async () => {
    const { corpus, cache } = tempCorpus();
    const kept = keptBuildProcess();
    try {
      const logs: string[] = [];
      const log = (message: string) => logs.push(message);
      const first = kept.build({ corpusDir: corpus, options: { cacheDir: cache, onProblem: 'fail' } }, () => undefined, undefined, log);
      expect((await first.result).source).toBe('build');
      addLine(corpus, 'npr', 'The quartermaster counted eleven zeppelins.');
      logs.length = 0;
      const second = kept.build({ corpusDir: corpus, options: { cacheDir: cache, onProblem: 'fail' } }, () => undefined, undefined, log);
      expect(second.pid).toBe(first.pid);
      const { packed, source } = await second.result;
      expect(source).toBe('build');
      expect(logs.some((m) => m.includes('building from the desk in memory'))).toBe(true);
      expect(packed!.articles.id.length).toBe(5);
      // Idle between reloads, it stays.
      expect(alive(first.pid!)).toBe(true);
    } finally {
      kept.close();
    }
  });

  it('ends after a while without a build, and forks again for the next', async () => {
    const { corpus, cache } = tempCorpus();
    const kept = keptBuildProcess(300);
    try {
      const first = kept.build({ corpusDir: corpus, options: { cacheDir: cache, onProblem: 'fail' } }, () => undefined);
      await first.result;
      expect(alive(first.pid!)).toBe(true);
      const deadline = Date.now() + 10_000;
      while (alive(first.pid!) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(alive(first.pid!)).toBe(false);
      const second = kept.build({ corpusDir: corpus, options: { cacheDir: cache, onProblem: 'fail' } }, () => undefined);
      expect(second.pid).not.toBe(first.pid);
      expect((await second.result).packed!.articles.id.length).toBe(5);
    } finally {
      kept.close();
    }
  });

  it('a request sent to a kept process that died before its exit was seen goes to a new process (no write EPIPE)', async () => {
    const { corpus, cache } = tempCorpus();
    const kept = keptBuildProcess();
    try {
      const first = kept.build({ corpusDir: corpus, options: { cacheDir: cache, onProblem: 'fail' } }, () => undefined);
      await first.result;
      await first.finished;
      const pid = first.pid!;
      process.kill(pid, 'SIGKILL');
      // Wait for it to be gone without yielding to the event loop, so its 'exit' is not seen
      // yet: the next request is written to a dead process, as when a reload meets one dying.
      const deadline = Date.now() + 10_000;
      while (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]![0] !== 'Z' && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      addLine(corpus, 'npr', 'The quartermaster counted eleven zeppelins.');
      const second = kept.build({ corpusDir: corpus, options: { cacheDir: cache, onProblem: 'fail' } }, () => undefined);
      const { packed, source } = await second.result;
      expect(source).toBe('build');
      expect(packed!.articles.id.length).toBe(5);
      expect(second.pid).not.toBe(pid);
      await second.finished;
    } finally {
      kept.close();
    }
  });

  it('a holder reloads twice through one build process, the second from memory, answering as the folder is now', async () => {
    const { corpus, cache } = tempCorpus();
    await new Promise((resolve) => setTimeout(resolve, RACY_MS + 100));
    const logs: string[] = [];
    const holder = await createDeskHolder(corpus, { cacheDir: cache, log: (m) => logs.push(m) });
    addLine(corpus, 'npr', 'The quartermaster counted eleven zeppelins.');
    const first = await holder.reload();
    expect(first.changed).toHaveLength(1);
    addLine(corpus, 'voi', 'The harbour master counted nine dirigibles.');
    logs.length = 0;
    const second = await holder.reload();
    expect(second.changed).toHaveLength(1);
    expect(logs.some((m) => m.includes('building from the desk in memory'))).toBe(true);
    expect(holder.desk.ask('zeppelins quartermaster').answers[0]?.text).toBe('The quartermaster counted eleven zeppelins.');
    expect(holder.desk.ask('harbour master dirigibles').answers[0]?.text).toBe('The harbour master counted nine dirigibles.');
  });
});
