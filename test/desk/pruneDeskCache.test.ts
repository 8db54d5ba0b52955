/**
 * The cache folder does not keep every desk forever: desks unused for 7 days go, then the
 * least recently used beyond the size cap; the desk in use never goes, and loading a desk
 * from the cache counts as a use.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFile } from '../../src/store/deskCache';
import { loadDesk } from '../../src/desk/loadDesk';
import { cacheMaxBytes, DEFAULT_CACHE_MAX_BYTES, pruneDeskCache, UNUSED_FOR_MS } from '../../src/store/pruneDeskCache';
import { CORPUS_DIR } from '../support/seedCorpus';

const DAY = 24 * 3_600_000;
const NOW = Date.UTC(2024, 5, 1);

/** A cache folder holding `desk-<name>.bin` files of the given sizes, last used `daysAgo` before NOW. */
function cacheWith(desks: Record<string, { bytes: number; daysAgo: number }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'prune-cache-'));
  for (const [name, { bytes, daysAgo }] of Object.entries(desks)) {
    const path = join(dir, `desk-${name}.bin`);
    writeFileSync(path, Buffer.alloc(bytes));
    const at = new Date(NOW - daysAgo * DAY);
    utimesSync(path, at, at);
  }
  return dir;
}

const left = (dir: string) => readdirSync(dir).sort();

describe('pruning the desk cache', () => {
  it('removes desks not used for 7 days, except the one in use', async () => {
    const dir = cacheWith({ a0: { bytes: 10, daysAgo: 30 }, b0: { bytes: 10, daysAgo: 8 }, c0: { bytes: 10, daysAgo: 6.9 }, d0: { bytes: 10, daysAgo: 0 } });
    const removed = await pruneDeskCache(dir, join(dir, 'desk-a0.bin'), { now: NOW, maxBytes: 1_000 });
    expect(removed).toEqual([join(dir, 'desk-b0.bin')]);
    expect(left(dir)).toEqual(['desk-a0.bin', 'desk-c0.bin', 'desk-d0.bin']);
    expect(UNUSED_FOR_MS).toBe(7 * DAY);
  });

  it("removes a desk's per-article cache with the desk, and keeps the one in use's", async () => {
    const dir = cacheWith({ a3: { bytes: 10, daysAgo: 30 }, b3: { bytes: 10, daysAgo: 30 } });
    for (const name of ['a3', 'b3']) {
      mkdirSync(join(dir, `articles-${name}`));
      writeFileSync(join(dir, `articles-${name}`, '0123.json'), '{}');
    }
    const removed = await pruneDeskCache(dir, join(dir, 'desk-a3.bin'), { now: NOW, maxBytes: 1_000 });
    expect(removed).toEqual([join(dir, 'desk-b3.bin'), join(dir, 'articles-b3')]);
    expect(left(dir)).toEqual(['articles-a3', 'desk-a3.bin']);
  });

  it('removes the least recently used beyond the size cap, never the one in use', async () => {
    const dir = cacheWith({ a1: { bytes: 100, daysAgo: 5 }, b1: { bytes: 100, daysAgo: 3 }, c1: { bytes: 100, daysAgo: 2 }, d1: { bytes: 100, daysAgo: 1 }, e1: { bytes: 100, daysAgo: 0 } });
    // 500 bytes against a cap of 250: the oldest go until the rest fit; a1 is in use.
    await pruneDeskCache(dir, join(dir, 'desk-a1.bin'), { now: NOW, maxBytes: 250 });
    expect(left(dir)).toEqual(['desk-a1.bin', 'desk-e1.bin']);
    // The desk in use stays even when it alone is over the cap.
    await pruneDeskCache(dir, join(dir, 'desk-a1.bin'), { now: NOW, maxBytes: 50 });
    expect(left(dir)).toEqual(['desk-a1.bin']);
  });

  it("removes cache writes' temporary files of processes that are gone, and leaves everything else", async () => {
    const dir = cacheWith({ f2: { bytes: 10, daysAgo: 0 } });
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const names = [`desk-f2.bin.${gone}.abc.tmp`, `desk-f2.bin.${process.ppid}.abc.tmp`, `desk-f2.bin.${process.pid}.abc.tmp`, 'notes.txt', 'crisis-desk-reload-h-1-a.bin'];
    for (const name of names) writeFileSync(join(dir, name), 'x');
    expect(await pruneDeskCache(dir, join(dir, 'desk-f2.bin'), { now: Date.now(), maxBytes: 1_000 })).toEqual([join(dir, names[0]!)]);
    expect(left(dir)).toEqual(['desk-f2.bin', ...names.slice(1)].sort());
  });

  it('reads the cap from CACHE_MAX_BYTES, in bytes or with a unit', () => {
    expect(cacheMaxBytes(undefined)).toBe(DEFAULT_CACHE_MAX_BYTES);
    expect(DEFAULT_CACHE_MAX_BYTES).toBe(2 * 1024 ** 3);
    expect(cacheMaxBytes('1000000')).toBe(1_000_000);
    expect(cacheMaxBytes('500M')).toBe(500 * 1024 ** 2);
    expect(cacheMaxBytes('1.5 GiB')).toBe(1.5 * 1024 ** 3);
    expect(cacheMaxBytes('0')).toBe(0);
    expect(cacheMaxBytes('lots')).toBe(DEFAULT_CACHE_MAX_BYTES);
    expect(cacheMaxBytes('-5')).toBe(DEFAULT_CACHE_MAX_BYTES);
  });

  it('loading a desk marks it used and prunes the stale desks of other corpora', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'prune-corpus-'));
    cpSync(CORPUS_DIR, corpus, { recursive: true });
    const cache = cacheWith({ '0123456789abcdef': { bytes: 10, daysAgo: (NOW - Date.now()) / DAY + 8 } });
    const stale = join(cache, 'desk-0123456789abcdef.bin');
    await loadDesk(corpus, { cacheDir: cache });
    // Written by the build: the other corpus's desk, unused for 8 days, is gone.
    expect(existsSync(stale)).toBe(false);
    const own = cacheFile(cache, corpus);
    const longAgo = new Date(Date.now() - 30 * DAY);
    utimesSync(own, longAgo, longAgo);
    expect((await loadDesk(corpus, { cacheDir: cache })).source).toBe('cache');
    // Loaded from the cache: used now, so the 7-day rule counts from now.
    expect(Date.now() - statSync(own).mtimeMs).toBeLessThan(DAY);
  });
});
