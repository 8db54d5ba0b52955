/**
 * The reload's hand-over file lives in the cache folder, and files a killed process left
 * there are removed at the next start-up, while those of live processes stay.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, utimesSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInProcess } from '../../src/build/buildInProcess';
import { createDeskHolder } from '../../src/desk/deskHolder';
import { handOverName, newHandOverFile, removeStaleHandOvers, STALE_AFTER_MS } from '../../src/store/handOverFile';
import { CORPUS_DIR } from '../support/seedCorpus';

function tempCorpus(): string {
  const corpus = mkdtempSync(join(tmpdir(), 'handover-corpus-'));
  cpSync(CORPUS_DIR, corpus, { recursive: true });
  return corpus;
}

/** The id of a process that has exited and been reaped. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('reload hand-over files', () => {
  it('are written in the cache folder and removed once read', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'handover-cache-'));
    const seen = new Set<string>();
    const watcher = watch(cache, (_event, name) => name && seen.add(String(name)));
    try {
      const build = buildInProcess({ corpusDir: tempCorpus(), options: { cacheDir: cache, onProblem: 'fail' } }, () => undefined);
      expect((await build.result).packed!.articles.id.length).toBe(5);
    } finally {
      watcher.close();
    }
    expect([...seen].filter((name) => name.startsWith('crisis-desk-reload-'))).toHaveLength(1);
    expect(readdirSync(cache).filter((name) => name.startsWith('crisis-desk-reload-'))).toEqual([]);
    // The desk cache the build wrote (and handed over, linked) is still there.
    expect(readdirSync(cache).filter((name) => /^desk-[0-9a-f]+\.bin$/.test(name))).toHaveLength(1);
  });

  it('left by a process that is gone, or too old, are removed; those of live processes stay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handover-stale-'));
    const file = (name: string) => {
      writeFileSync(join(dir, name), 'packed desk');
      return name;
    };
    const ofDeadProcess = file(handOverName(deadPid()));
    // The same pid as this process but not handed out by it: a previous process (containers reuse pids).
    const ofPreviousSelf = file(handOverName(process.pid));
    const ofLiveProcess = file(handOverName(process.ppid));
    const oldOfLiveProcess = file(handOverName(process.ppid));
    const now = Date.now();
    utimesSync(join(dir, oldOfLiveProcess), new Date(now - STALE_AFTER_MS - 60_000), new Date(now - STALE_AFTER_MS - 60_000));
    const ofOtherHost = file('crisis-desk-reload-otherhost-1-abc.bin');
    const oldOfOtherHost = file('crisis-desk-reload-otherhost-2-abc.bin');
    utimesSync(join(dir, oldOfOtherHost), new Date(now - STALE_AFTER_MS - 60_000), new Date(now - STALE_AFTER_MS - 60_000));
    const inFlight = newHandOverFile(dir);
    writeFileSync(inFlight, 'being read');
    const unrelated = file('desk-0123456789abcdef.bin');

    const removed = await removeStaleHandOvers(dir, now);
    expect(removed.map((path) => path.slice(dir.length + 1)).sort()).toEqual([ofDeadProcess, ofPreviousSelf, oldOfLiveProcess, oldOfOtherHost].sort());
    expect(readdirSync(dir).sort()).toEqual([ofLiveProcess, ofOtherHost, inFlight.slice(dir.length + 1), unrelated].sort());
  });

  it('left behind are removed when the desk holder starts', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'handover-start-'));
    const stale = join(cache, handOverName(deadPid()));
    writeFileSync(stale, 'packed desk of a killed process');
    await createDeskHolder(tempCorpus(), { cacheDir: cache });
    expect(existsSync(stale)).toBe(false);
  });
});
