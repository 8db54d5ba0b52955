import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { link, mkdir, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePackedFile, encodePackedFile, packedHeaderBytes, readPackedFileKey, readPackedFileMeta, verifyPackedFile } from './packedFile';
import type { ArticleCacheRef } from './articleCache';
import type { PackedDesk } from './packDeskData';
import { readRange } from './readRange';

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
export const INDEX_VERSION = '66';

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
 * The per-article cache of one corpus folder (`articles-<folder hash>/` beside its desk, see
 * `src/store/articleCache.ts`), its keys salted with the index version and the code hash, so
 * code that reads articles differently never serves another code's results.
 */
export function articleCacheOf(cacheDir: string, corpusDir: string): ArticleCacheRef {
  return { dir: cacheFile(cacheDir, corpusDir).replace(/desk-([0-9a-f]+)\.bin$/, 'articles-$1'), salt: `${INDEX_VERSION}\0${codeHash()}` };
}

/**
 * What a cached desk was built from: every `*.md` file directly in the folder (name, size,
 * modification time and a hash of its bytes, as the loader reads them) and `key`, a hash of
 * those files' bytes, the loader's size limit, the index version and the source of the build
 * pipeline (so a code change never serves an index built by old code).
 */
export interface CorpusManifest {
  key: string;
  /** When the files were read (ms since the epoch). */
  at: number;
  /** [name, size, mtime in ns, hash of the bytes], by name. */
  files: [string, number, string, string][];
  /**
   * The index version, code and size limit the desk was built with (`codeKeyOf`): a desk of the
   * same code can serve an incremental build after the corpus changed.
   */
  code?: string;
}

/** What besides the corpus files keys a desk: the index version, the build code and the loader's size limit. */
export function codeKeyOf(maxFileBytes: number): string {
  return createHash('sha256').update(`${INDEX_VERSION}\0${codeHash()}\0${maxFileBytes}`).digest('hex');
}

/** The corpus files of a folder, as the manifest lists them (sorted `*.md`, no dotfiles). */
export const listCorpus = (dir: string) => readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.md') && !n.startsWith('.')).sort();

/** Reads every corpus file of the folder and describes it (see `CorpusManifest`). */
export function corpusManifest(corpusDir: string, maxFileBytes: number): CorpusManifest {
  const dir = resolve(corpusDir);
  const at = Date.now();
  const files = listCorpus(dir).map((name): CorpusManifest['files'][number] => {
    const path = join(dir, name);
    try {
      const stat = statSync(path, { bigint: true });
      return [name, Number(stat.size), String(stat.mtimeNs), hashBytes(readFileSync(path))];
    } catch (error) {
      return [name, -1, '', `unreadable ${(error as NodeJS.ErrnoException).code ?? ''}`];
    }
  });
  return manifestOf(files, at, maxFileBytes);
}

/** The manifest of files described at `at` (see `CorpusManifest`). */
export function manifestOf(files: CorpusManifest['files'], at: number, maxFileBytes: number): CorpusManifest {
  return { key: keyOf(files, maxFileBytes), at, files, code: codeKeyOf(maxFileBytes) };
}

/**
 * The manifest's key when the folder still holds exactly its files, else undefined. Files
 * whose size and modification time are unchanged are not read again (11,000 files are
 * stat'ed in tens of milliseconds, where reading and hashing them took a quarter of a
 * second); a file modified within two seconds of the manifest is read anyway, since an edit
 * in the same clock tick could leave both unchanged (git's "racy" files).
 */
export function checkManifest(corpusDir: string, maxFileBytes: number, manifest: CorpusManifest): string | undefined {
  const dir = resolve(corpusDir);
  let names: string[];
  try {
    names = listCorpus(dir);
  } catch {
    return undefined;
  }
  if (names.length !== manifest.files.length) return undefined;
  const racyFrom = BigInt(manifest.at - 2_000) * 1_000_000n;
  for (let i = 0; i < names.length; i++) {
    const [name, size, mtimeNs, hash] = manifest.files[i]!;
    if (names[i] !== name) return undefined;
    const path = join(dir, name);
    // A file the manifest could not read still matches while it still cannot be read, alike.
    if (size === -1) {
      if (unreadable(path) !== hash) return undefined;
      continue;
    }
    try {
      const stat = statSync(path, { bigint: true });
      if (Number(stat.size) !== size) return undefined;
      if (String(stat.mtimeNs) === mtimeNs && stat.mtimeNs < racyFrom) continue;
      if (hashBytes(readFileSync(path)) !== hash) return undefined;
    } catch {
      return undefined;
    }
  }
  return keyOf(manifest.files, maxFileBytes);
}

function keyOf(files: CorpusManifest['files'], maxFileBytes: number): string {
  const hash = createHash('sha256').update(`${INDEX_VERSION}\0${codeHash()}\0${maxFileBytes}\0`);
  for (const [name, size, , bytesHash] of files) hash.update(`${name}\0${size}\0${bytesHash}\0`);
  return hash.digest('hex');
}

/** How reading the file fails, as the manifest writes it; undefined when it reads. */
function unreadable(path: string): string | undefined {
  try {
    readFileSync(path);
    return undefined;
  } catch (error) {
    return `unreadable ${(error as NodeJS.ErrnoException).code ?? ''}`;
  }
}

/** A corpus file's hash as the manifest records it. */
export const hashBytes = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

let code: string | undefined;

/** Where the compiled code (dist/) keeps the hash of the sources it was compiled from (`scripts/build.mjs`). */
export const CODE_HASH_FILE = 'code-hash.txt';

/** The source folders whose files shape the built desk (corpus reading to indexing). */
const BUILD_FOLDERS = ['corpus', 'text', 'people', 'quotes', 'search', 'model', 'build', 'store'];

/**
 * Hash of the sources under `srcRoot` that shape the built desk. The compiled code reads the
 * hash its build recorded from the TypeScript sources, so `npm start` (dist/) and `npm run
 * dev` (tsx) share one persisted desk instead of each rebuilding it.
 */
export function hashSources(srcRoot: string): string {
  const hash = createHash('sha256');
  for (const folder of BUILD_FOLDERS) {
    let files: string[] = [];
    try {
      files = readdirSync(join(srcRoot, folder), { recursive: true }).map(String).filter((f) => /\.[cm]?[jt]s$/.test(f)).sort();
    } catch {
      // Not there (a bundled build): the index version alone keys the code.
    }
    for (const file of files) hash.update(`${folder}/${file}\0`).update(readFileSync(join(srcRoot, folder, file)));
  }
  return hash.digest('hex');
}

/** Hash of the sources that shape the built desk; computed (or read, when compiled) once per process. */
function codeHash(): string {
  if (code !== undefined) return code;
  const here = dirname(fileURLToPath(import.meta.url));
  try {
    code = readFileSync(join(here, CODE_HASH_FILE), 'utf8').trim();
  } catch {
    code = hashSources(resolve(here, '..'));
  }
  return code;
}

/** Why the cache was not used, for the log; undefined when it was. */
export type CacheMiss = string;

/**
 * Whether the cache file holds a desk of exactly `manifest`'s files built by this code (only
 * its header is read): a kept build process whose own last desk is older loads it instead of
 * building from memory, when another process (a shard, a start-up) persisted the folder as it
 * is now.
 */
export async function persistedFor(file: string, manifest: CorpusManifest, maxFileBytes: number): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    return false;
  }
  try {
    const { size } = await handle.stat();
    const lead = Buffer.alloc(Math.min(size, 12));
    await readRange(handle, lead, 0, lead.length);
    const headerEnd = Math.min(size, packedHeaderBytes(lead));
    const header = Buffer.alloc(headerEnd);
    await readRange(handle, header, 0, headerEnd);
    const meta = readPackedFileMeta(header) as CorpusManifest | undefined;
    return meta?.key === manifest.key && meta.code === codeKeyOf(maxFileBytes);
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}

/**
 * The cached packed desk when the file exists, its manifest still matches the corpus folder
 * and its key this code, else the reason it was not used. The header is read first; the rest
 * of the file (100 MB at 10,000 articles) is read while the manifest is checked against the
 * folder, the two taking about as long. With `pause`, the checksum is checked in pieces with
 * `pause` awaited between them (a serving process keeps answering).
 */
export async function readDeskCache(
  file: string,
  corpusDir: string,
  maxFileBytes: number,
  pause?: () => Promise<void> | void,
  { previous = false, whileReading }: { previous?: boolean; whileReading?: () => void } = {},
): Promise<{ packed: PackedDesk } | { miss: CacheMiss; previous?: PackedDesk }> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    return { miss: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no cache yet' : String(error) };
  }
  try {
    const { size } = await handle.stat();
    const bytes = Buffer.allocUnsafeSlow(size);
    const lead = await readRange(handle, bytes, 0, Math.min(size, 12));
    const headerEnd = Math.min(size, packedHeaderBytes(bytes.subarray(0, lead)));
    await readRange(handle, bytes, lead, headerEnd);
    const manifest = readPackedFileMeta(bytes.subarray(0, headerEnd)) as CorpusManifest | undefined;
    const rest = readRange(handle, bytes, headerEnd, size);
    // Both settle before either is used: the handle stays open until the read is done.
    const [key, read] = await Promise.allSettled([
      Promise.resolve().then(() => (manifest && Array.isArray(manifest.files) ? checkManifest(corpusDir, maxFileBytes, manifest) : undefined)),
      rest,
      // Other start-up work, done while the disk reads (the file is most of start-up's wait).
      Promise.resolve().then(() => whileReading?.()),
    ]);
    if (read.status === 'rejected') throw read.reason;
    if (key.status === 'rejected') throw key.reason;
    const whole = read.value === size ? bytes : bytes.subarray(0, read.value);
    if (key.value === undefined && previous && manifest?.code === codeKeyOf(maxFileBytes)) {
      // The corpus changed since this desk was built by this code: it can still serve an
      // incremental build (checksum checked, as always).
      return { miss: 'the corpus changed', previous: decodePackedFile(whole, INDEX_VERSION, readPackedFileKey(whole)) as PackedDesk };
    }
    // A serving process (`pause` given) checks the checksum in pieces, between which it answers.
    const verifyInPieces = pause !== undefined && key.value !== undefined;
    if (verifyInPieces) await verifyPackedFile(whole, pause);
    return { packed: decodePackedFile(whole, INDEX_VERSION, key.value ?? 'the corpus changed', { checksumVerified: verifyInPieces }) as PackedDesk };
  } catch (error) {
    return { miss: error instanceof Error ? error.message : String(error) };
  } finally {
    await handle.close();
  }
}

/**
 * Writes the cache atomically: to a temporary file in the same folder, flushed, then renamed
 * over the old one, so a reader (or a SIGTERM mid-write) never sees a half-written cache.
 * With `linkAt`, the flushed file is also hard-linked there before the rename, so that path
 * holds exactly these bytes even if another process replaces the cache file meanwhile (a
 * reload's hand-over, written once instead of twice). Resolves to whether `linkAt` was linked.
 */
export async function writeDeskCache(file: string, manifest: CorpusManifest, packed: PackedDesk, linkAt?: string): Promise<boolean> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const handle = await open(temp, 'w');
  try {
    // One part at a time (writeFile on a handle writes all of it at the current position).
    for (const part of encodePackedFile(packed, INDEX_VERSION, manifest.key, manifest)) await handle.writeFile(part);
    await handle.datasync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  // Another file system, or one without hard links: the caller writes its own copy.
  const linked = linkAt !== undefined && (await link(temp, linkAt).then(() => true, () => false));
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return linked;
}
