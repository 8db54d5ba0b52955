import { readdir, rm, stat, unlink, utimes } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isProcessAlive } from './isProcessAlive';

/**
 * Keeps the cache folder from growing forever: it holds one persisted desk per corpus folder
 * ever served (312 MB of stale desks were found in one checkout). A desk's modification time
 * is its last use (`markDeskCacheUsed` on every load from it; a write sets it too).
 */

/** A desk not used for this long is removed. */
export const UNUSED_FOR_MS = 7 * 24 * 3_600_000;
/** Default cap on the persisted desks' total size (a desk of 11,000 articles takes 113 MB). */
export const DEFAULT_CACHE_MAX_BYTES = 2 * 1024 ** 3;
/** A cache write's temporary file older than this is left over from a killed process. */
const TEMP_STALE_AFTER_MS = 6 * 3_600_000;

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** A size in bytes, or with a K, M, G or T suffix (powers of 1024: `2G`, `500M`, `1.5 GiB`); undefined when malformed. */
export function parseByteSize(value: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(value);
  return match ? Math.floor(Number(match[1]) * UNITS[match[2]!.toLowerCase()]!) : undefined;
}

/** `CACHE_MAX_BYTES` (see `parseByteSize`); unset or malformed, `DEFAULT_CACHE_MAX_BYTES` (the bot's config refuses a malformed one). */
export function cacheMaxBytes(value = process.env.CACHE_MAX_BYTES): number {
  return (value === undefined ? undefined : parseByteSize(value)) ?? DEFAULT_CACHE_MAX_BYTES;
}

/** Marks a persisted desk as used now (its modification time; atime is unreliable: noatime, relatime). */
export async function markDeskCacheUsed(file: string, now = new Date()): Promise<void> {
  await utimes(file, now, now).catch(() => undefined);
}

export interface PruneOptions {
  /** Milliseconds since the epoch (default now). */
  now?: number;
  /** Default `cacheMaxBytes()`. */
  maxBytes?: number;
}

/**
 * Removes from `cacheDir` the persisted desks (`desk-<hash>.bin`) not used for
 * `UNUSED_FOR_MS`, then the least recently used while all of them together take more than
 * `maxBytes`; `inUse`, the desk this process serves, is never removed, even alone over the
 * cap. Also removes cache writes' temporary files left by a process that is gone. Returns the
 * paths removed; never throws (a file another process removed first is skipped).
 */
export async function pruneDeskCache(cacheDir: string, inUse: string, options: PruneOptions = {}): Promise<string[]> {
  const now = options.now ?? Date.now();
  const maxBytes = options.maxBytes ?? cacheMaxBytes();
  const keep = basename(inUse);
  let names: string[];
  try {
    names = await readdir(cacheDir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  const remove = async (name: string) => {
    try {
      await unlink(join(cacheDir, name));
      removed.push(join(cacheDir, name));
    } catch {
      // Removed by another process meanwhile, or not ours to remove.
    }
    // A desk's per-article cache (`articleCache.ts`) goes with it.
    const articles = /^desk-([0-9a-f]+)\.bin$/.exec(name)?.[1];
    if (articles !== undefined && names.includes(`articles-${articles}`)) {
      await rm(join(cacheDir, `articles-${articles}`), { recursive: true, force: true }).catch(() => undefined);
      removed.push(join(cacheDir, `articles-${articles}`));
    }
  };
  const desks: { name: string; size: number; usedAt: number }[] = [];
  for (const name of names) {
    const desk = /^desk-[0-9a-f]+\.bin$/.test(name);
    const temp = /^desk-[0-9a-f]+\.bin\.(\d+)\.[a-z0-9]*\.tmp$/.exec(name);
    if (!desk && !temp) continue;
    let info;
    try {
      info = await stat(join(cacheDir, name));
    } catch {
      continue;
    }
    if (temp) {
      // A write in progress in this process, or in a live one, is not touched.
      const pid = Number(temp[1]);
      if ((pid !== process.pid && !isProcessAlive(pid)) || now - info.mtimeMs > TEMP_STALE_AFTER_MS) await remove(name);
    } else if (name !== keep && now - info.mtimeMs > UNUSED_FOR_MS) {
      await remove(name);
    } else {
      desks.push({ name, size: info.size, usedAt: info.mtimeMs });
    }
  }
  let total = desks.reduce((sum, desk) => sum + desk.size, 0);
  // Least recently used first.
  desks.sort((a, b) => a.usedAt - b.usedAt);
  for (const desk of desks) {
    if (total <= maxBytes) break;
    if (desk.name === keep) continue;
    await remove(desk.name);
    total -= desk.size;
  }
  return removed;
}
