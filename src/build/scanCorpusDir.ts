import * as nodeFs from 'node:fs/promises';
import { statSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectArticles, parseArticleBytes, readOne, type CorpusRead } from '../corpus/readCorpusDir';
import { ArticleFormatError } from '../corpus/parseArticle';
import type { Article } from '../corpus/types';
import { hashBytes, manifestOf, type CorpusManifest } from '../store/deskCache';
import type { CorpusProblem } from '../model/types';

/** A file older than this before a scan is trusted by its stat next time; a newer one may change within its clock tick. */
export const RACY_MS = 2_000;

/** One corpus file as a scan found it. */
interface ScannedFile {
  /** size, mtime, ctime and inode; empty for a file never trusted by its stat (a symlink, an unreadable file). */
  stamp: string;
  mtimeNs: bigint;
  ctimeNs: bigint;
  entry: CorpusManifest['files'][number];
  result: Article | CorpusProblem;
}

/** What a scan of the corpus folder found, kept for the next scan (`scanCorpusDir`). */
export interface FolderScan {
  /** When the scan started (ms since the epoch). */
  at: number;
  maxFileBytes: number;
  files: Map<string, ScannedFile>;
}

export interface ScannedCorpus {
  read: CorpusRead;
  manifest: CorpusManifest;
  scan: FolderScan;
  /** Files read this time (the rest came from `previous`). */
  reread: number;
}

/**
 * Reads the corpus folder as `readCorpusDir` does, with its manifest (`corpusManifest`), from
 * the same bytes, but reads only the files that may have changed since `previous`: a regular
 * file whose size, modification time, change time and inode are those of the previous scan,
 * and whose times were at least `RACY_MS` older than that scan, keeps its article (the same
 * object, so what was worked out from it can be kept too) and its hash. A file modified
 * within `RACY_MS` of the previous scan is read again, since an edit in the same clock tick
 * can leave every stat field unchanged (git's "racy" files); the change time cannot be set
 * back by a program (`utimes` sets it to now), so a rewrite that restores the size and the
 * modification time is still seen. Symlinks and unreadable files are read every time.
 */
export async function scanCorpusDir(dir: string, maxFileBytes: number, previous?: FolderScan): Promise<ScannedCorpus> {
  const at = Date.now();
  const root = await nodeFs.realpath(resolve(dir));
  const names = (await nodeFs.readdir(root)).filter((n) => n.toLowerCase().endsWith('.md') && !n.startsWith('.')).sort();
  const usable = previous && previous.maxFileBytes === maxFileBytes ? previous : undefined;
  const racyFrom = usable ? BigInt(usable.at - RACY_MS) * 1_000_000n : 0n;
  const files = new Map<string, ScannedFile>();
  let reread = 0;
  for (const name of names) {
    const path = join(root, name);
    let file: ScannedFile;
    try {
      const stat = await nodeFs.lstat(path, { bigint: true });
      if (!stat.isFile()) throw new Error('not a regular file');
      const stamp = `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`;
      const known = usable?.files.get(name);
      if (known && known.stamp === stamp && known.mtimeNs < racyFrom && known.ctimeNs < racyFrom) {
        files.set(name, known);
        continue;
      }
      const bytes = await nodeFs.readFile(path);
      reread++;
      file = {
        stamp,
        mtimeNs: stat.mtimeNs,
        ctimeNs: stat.ctimeNs,
        entry: [name, Number(stat.size), String(stat.mtimeNs), hashBytes(bytes)],
        result: parseBytes(name, bytes, maxFileBytes),
      };
    } catch {
      // Symlinks, other kinds and files that vanish or cannot be read: as the reader and the manifest see them.
      reread++;
      file = { stamp: '', mtimeNs: 0n, ctimeNs: 0n, entry: manifestEntry(path, name), result: await readOne(nodeFs, root, name, maxFileBytes) };
    }
    files.set(name, file);
  }
  const list = [...files.values()];
  return {
    read: collectArticles(names, list.map((f) => f.result)),
    manifest: manifestOf(list.map((f) => f.entry), at, maxFileBytes),
    scan: { at, maxFileBytes, files },
    reread,
  };
}

/** A regular file's article from its bytes, or why it is bad (as `readOne` says it). */
function parseBytes(name: string, bytes: Uint8Array, maxFileBytes: number): Article | CorpusProblem {
  try {
    return parseArticleBytes(name, bytes, maxFileBytes);
  } catch (error) {
    if (error instanceof ArticleFormatError) return { file: name, reason: error.message };
    throw error;
  }
}

/** The manifest's entry for a file read the slow way (as `corpusManifest` writes it). */
function manifestEntry(path: string, name: string): CorpusManifest['files'][number] {
  try {
    const stat = statSync(path, { bigint: true });
    return [name, Number(stat.size), String(stat.mtimeNs), hashBytes(readFileSync(path))];
  } catch (error) {
    return [name, -1, '', `unreadable ${(error as NodeJS.ErrnoException).code ?? ''}`];
  }
}
