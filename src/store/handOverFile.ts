import { accessSync, constants, mkdirSync } from 'node:fs';
import { readdir, stat, unlink } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultCacheDir } from './deskCache';
import { isProcessAlive } from './isProcessAlive';

/**
 * The file a reload's build process hands its packed desk over in. It lives in the cache
 * folder, not the system temp folder, and is named after its owner (host and serving process),
 * so a file left behind by a killed process is recognised and removed at the next start-up
 * (`removeStaleHandOvers`) instead of filling the temp folder.
 */

const PREFIX = 'crisis-desk-reload-';
/** A hand-over file lives seconds (written at the end of a build, read and removed at once). */
export const STALE_AFTER_MS = 6 * 3_600_000;

const host = () => hostname().replace(/[^A-Za-z0-9.]/g, '_') || 'host';
/** Names this process handed out: never stale while it runs, whatever their age. */
const ours = new Set<string>();

/** A fresh hand-over file name for the serving process `pid` of this host. */
export function handOverName(pid: number): string {
  return `${PREFIX}${host()}-${pid}-${Math.random().toString(36).slice(2)}.bin`;
}

/** Folder of hand-over files: the cache folder (`cacheDir`, else `defaultCacheDir()`), even when caching is off. */
export function handOverDir(cacheDir?: string | false): string {
  return typeof cacheDir === 'string' ? cacheDir : defaultCacheDir();
}

/**
 * A new hand-over file path in `dir` (created if missing). When `dir` cannot be written (a
 * read-only cache folder), the system temp folder instead, so reloads still work there.
 */
export function newHandOverFile(dir: string): string {
  let folder = dir;
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch {
    folder = tmpdir();
  }
  const name = handOverName(process.pid);
  ours.add(name);
  return join(folder, name);
}

/**
 * Removes hand-over files in `dir` (and in the system temp folder, the fallback) that no live
 * process will read: those of a process of this host that is gone, those carrying this
 * process's id but not handed out by it (a previous process with the same id, as in a
 * container where the bot always has the same pid), and any older than `STALE_AFTER_MS` (a
 * reused pid, another host). Returns the paths removed; never throws.
 */
export async function removeStaleHandOvers(dir: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of new Set([dir, tmpdir()])) {
    let names: string[];
    try {
      names = (await readdir(folder)).filter((name) => name.startsWith(PREFIX) && name.endsWith('.bin') && !ours.has(name));
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(folder, name);
      try {
        if (!(ownerGone(name) || now - (await stat(path)).mtimeMs > STALE_AFTER_MS)) continue;
        await unlink(path);
        removed.push(path);
      } catch {
        // Gone already, or not ours to remove: left alone.
      }
    }
  }
  return removed;
}

/** Whether the process named in a hand-over file's name is known to be gone. */
function ownerGone(name: string): boolean {
  const match = /^(.+)-(\d+)-[a-z0-9]+\.bin$/.exec(name.slice(PREFIX.length));
  if (!match || match[1] !== host()) return false;
  const pid = Number(match[2]);
  return pid === process.pid || !isProcessAlive(pid);
}
