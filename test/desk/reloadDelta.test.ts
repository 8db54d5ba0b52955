/**
 * A holder's reloads through its kept build process: once the serving desk is one the build
 * process holds (a generation it gave), the next reload hands over only a delta, applied to the
 * serving desk; the answers are those of a full build of the folder, several reloads in a row,
 * and a build process killed while it persists the desk after the delta leaves a desk that
 * loads and a next reload that works.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareDesk } from '../../src/build/prepareDesk';
import { RACY_MS } from '../../src/build/scanCorpusDir';
import { createDesk } from '../../src/desk/createDesk';
import { createDeskHolder } from '../../src/desk/deskHolder';
import { loadDesk } from '../../src/desk/loadDesk';
import type { Desk } from '../../src/model/types';
import { CORPUS_DIR } from '../support/seedCorpus';

const QUESTIONS = ['what did Stoltenberg say', 'who said we remain in the window', 'how many troops has Russia massed near Ukraine', 'zeppelins quartermaster', 'harbour master dirigibles', 'what did Erik Stoltenberg say'];

function tempCorpus(): { corpus: string; cache: string } {
  const corpus = mkdtempSync(join(tmpdir(), 'delta-corpus-'));
  cpSync(CORPUS_DIR, corpus, { recursive: true });
  return { corpus, cache: mkdtempSync(join(tmpdir(), 'delta-cache-')) };
}

const fileOf = (corpus: string, prefix: string) => join(corpus, readdirSync(corpus).find((f) => f.startsWith(prefix))!);

function addLine(corpus: string, prefix: string, line: string): void {
  const file = fileOf(corpus, prefix);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/\n*$/, `\n\n${line}\n`));
}

const answers = (desk: Desk) => JSON.stringify([QUESTIONS.map((q) => desk.ask(q, { limit: 25 })), { ...desk.sources(), loadedAt: '' }]);

async function fullBuild(corpus: string): Promise<Desk> {
  const full = await prepareDesk(corpus, { cacheDir: false });
  if (full.source !== 'build') throw new Error('expected a build');
  return createDesk(full.data);
}

describe.runIf(process.platform === 'linux')('reloads by delta', () => {
  it('after the first reload, each reload hands over a delta and answers as a full build of the folder', async () => {
    const { corpus, cache } = tempCorpus();
    await new Promise((resolve) => setTimeout(resolve, RACY_MS + 100));
    const holder = await createDeskHolder(corpus, { cacheDir: cache });
    addLine(corpus, 'npr', 'The quartermaster counted eleven zeppelins.');
    await holder.reload();
    // Start-up loaded the persisted desk: the build process holds none like it, so the whole desk came.
    expect(holder.loaded.handOver).toBe('desk');
    const changes: [string, () => void][] = [
      ['change', () => addLine(corpus, 'voi', 'The harbour master counted nine dirigibles.')],
      ['add', () => writeFileSync(join(corpus, 'zzz-namesake.md'), readFileSync(fileOf(corpus, 'npr'), 'utf8').replace(/^id: .*$/m, 'id: zzz-namesake').replace(/\n---\n[\s\S]*$/, '\n---\nOSLO - Norwegian fisheries minister Erik Stoltenberg said the quotas would stay. "We remain committed to the quotas," Erik Stoltenberg told reporters.\n'))],
      ['remove', () => rmSync(fileOf(corpus, 'usatoday'))],
    ];
    for (const [name, change] of changes) {
      const before = holder.loaded;
      change();
      const report = await holder.reload();
      expect(holder.loaded.handOver, name).toBe('delta');
      expect(report.added.length + report.changed.length + report.removed.length, name).toBe(1);
      expect(answers(holder.desk), name).toBe(answers(await fullBuild(corpus)));
      // The unchanged articles are the very objects of the desk before.
      const kept = before.data.articles.find((a) => a.id.startsWith('militarytimes'))!;
      expect(holder.loaded.data.articleById.get(kept.id), name).toBe(kept);
    }
    // The build process persisted each desk after the swap: a fresh start-up loads the last.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const fresh = await loadDesk(corpus, { cacheDir: cache });
    expect(fresh.source).toBe('cache');
    expect(answers(fresh.desk)).toBe(answers(holder.desk));
  }, 180_000);

  it('a build process killed while it persists the desk after a delta leaves a desk that loads, and the next reload works', async () => {
    const { corpus, cache } = tempCorpus();
    await new Promise((resolve) => setTimeout(resolve, RACY_MS + 100));
    const holder = await createDeskHolder(corpus, { cacheDir: cache });
    addLine(corpus, 'npr', 'The quartermaster counted eleven zeppelins.');
    await holder.reload();
    addLine(corpus, 'voi', 'The harbour master counted nine dirigibles.');
    const report = await holder.reload();
    expect(holder.loaded.handOver).toBe('delta');
    expect(report.changed).toHaveLength(1);
    // The build process is still packing and writing the desk: kill it now (this holder's is
    // the newest build process of this test process).
    const startOf = (pid: string) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19]);
    const pids = readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .filter((p) => {
        try {
          return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('buildProcess.mjs') && readFileSync(`/proc/${p}/status`, 'utf8').includes(`PPid:\t${process.pid}\n`);
        } catch {
          return false;
        }
      })
      .sort((a, b) => startOf(b) - startOf(a));
    expect(pids.length).toBeGreaterThan(0);
    process.kill(Number(pids[0]), 'SIGKILL');
    // Whatever was persisted loads (the desk before, or this one), and answers as its folder.
    const persisted = await loadDesk(corpus, { cacheDir: cache });
    expect(answers(persisted.desk)).toBe(answers(await fullBuild(corpus)));
    // The next reload forks a new build process and gets the whole desk.
    addLine(corpus, 'militarytimes', 'The lighthouse keeper counted seven balloons.');
    await holder.reload();
    expect(holder.loaded.handOver).toBe('desk');
    expect(answers(holder.desk)).toBe(answers(await fullBuild(corpus)));
  }, 180_000);
});
