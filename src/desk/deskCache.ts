import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePackedFile, encodePackedFile } from './packedFile';
import type { PackedDesk } from './packDeskData';

/**
 * The persisted desk: after a build the packed desk is written to
 * `<cache dir>/desk-<corpus folder hash>.bin`, keyed by a hash of the corpus files and the
 * code; start-up loads it when the key matches and rebuilds when it does not. A file that is
 * truncated, garbled, from another index version or another corpus is rebuilt, never trusted.
 */

/**
 * Bump when the packed form or the build pipeline changes in a way the code hash below
 * cannot see (e.g. a dependency's behaviour).
 */
export const INDEX_VERSION = '2';

/** The cache folder: `CACHE_DIR`, else `.cache/` in the working directory (the repo for npm scripts). */
export function defaultCacheDir(): string {
  return resolve(process.env.CACHE_DIR?.trim() || '.cache');
}

/** Cache file for one corpus folder (one file per folder, so several corpora can share the cache dir). */
export function cacheFile(cacheDir: string, corpusDir: string): string {
  let folder = resolve(corpusDir);
  try {
    folder = realpathSync(folder);
  } catch {
    // A missing folder fails later, with the loader's own message.
  }
  return join(cacheDir, `desk-${createHash('sha256').update(folder).digest('hex').slice(0, 16)}.bin`);
}

/**
 * What the cached desk must have been built from: every `*.md` file directly in the folder
 * (name and bytes, as the loader reads them), the loader's size limit, the index version and
 * the source of the build pipeline (so a code change never serves an index built by old code).
 */
export function corpusKey(corpusDir: string, maxFileBytes: number): string {
  const hash = createHash('sha256').update(`${INDEX_VERSION}\0${codeHash()}\0${maxFileBytes}\0`);
  const dir = resolve(corpusDir);
  const names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.md') && !n.startsWith('.')).sort();
  for (const name of names) {
    hash.update(`${name}\0`);
    try {
      const bytes = readFileSync(join(dir, name));
      hash.update(`${bytes.byteLength}\0`).update(bytes);
    } catch (error) {
      hash.update(`unreadable ${(error as NodeJS.ErrnoException).code ?? ''}\0`);
    }
  }
  return hash.digest('hex');
}

let code: string | undefined;

/** Hash of the sources that shape the built desk (corpus reading to indexing); computed once per process. */
function codeHash(): string {
  if (code !== undefined) return code;
  const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const hash = createHash('sha256');
  for (const folder of ['corpus', 'text', 'people', 'quotes', 'search', 'desk']) {
    let files: string[] = [];
    try {
      files = readdirSync(join(src, folder), { recursive: true }).map(String).filter((f) => /\.[cm]?[jt]s$/.test(f)).sort();
    } catch {
      // Not there (a bundled build): the index version alone keys the code.
    }
    for (const file of files) hash.update(`${folder}/${file}\0`).update(readFileSync(join(src, folder, file)));
  }
  code = hash.digest('hex');
  return code;
}

/** Why the cache was not used, for the log; undefined when it was. */
export type CacheMiss = string;

/** The cached packed desk when the file exists and matches `key`, else the reason it was not used. */
export async function readDeskCache(file: string, key: string): Promise<{ packed: PackedDesk } | { miss: CacheMiss }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { miss: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no cache yet' : String(error) };
  }
  try {
    return { packed: decodePackedFile(bytes, INDEX_VERSION, key) as PackedDesk };
  } catch (error) {
    return { miss: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Writes the cache atomically: to a temporary file in the same folder, flushed, then renamed
 * over the old one, so a reader (or a SIGTERM mid-write) never sees a half-written cache.
 */
export async function writeDeskCache(file: string, key: string, packed: PackedDesk): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const handle = await open(temp, 'w');
  try {
    // One part at a time (writeFile on a handle writes all of it at the current position).
    for (const part of encodePackedFile(packed, INDEX_VERSION, key)) await handle.writeFile(part);
    await handle.datasync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
