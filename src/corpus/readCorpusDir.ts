import * as nodeFs from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { CorpusProblem } from '../model/types';
import { ArticleFormatError, parseArticle } from './parseArticle';
import type { Article } from './types';

/** The file-system calls the reader makes; tests inject one to delete a file mid-read. */
export type CorpusFs = Pick<typeof nodeFs, 'lstat' | 'readdir' | 'readFile' | 'realpath' | 'stat'>;

export interface ReadCorpusOptions {
  /** Largest article file accepted, in bytes. Default 2 MiB: far above any news article. */
  maxFileBytes?: number;
  /** File-system calls; default `node:fs/promises`. */
  fs?: CorpusFs;
}

export interface CorpusRead {
  articles: Article[];
  /** Files that could not be read or parsed, each with a reason. */
  problems: CorpusProblem[];
}

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Reads every `*.md` file directly inside `dir` (sorted by name; dotfiles and other
 * extensions ignored) and parses it as an article. Never throws for a bad file: each one
 * becomes a problem, so the caller decides whether to skip it or fail the whole load.
 * Symlinks are followed only when they stay inside the folder. Duplicate ids: the first
 * file by name keeps the id, later ones are problems.
 */
export async function readCorpusDir(dir: string, options: ReadCorpusOptions = {}): Promise<CorpusRead> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const fs = options.fs ?? nodeFs;
  const root = await fs.realpath(resolve(dir));
  const names = (await fs.readdir(root)).filter((n) => n.toLowerCase().endsWith('.md') && !n.startsWith('.')).sort();
  const results: (Article | CorpusProblem)[] = [];
  for (const name of names) results.push(await readOne(fs, root, name, maxBytes));
  return collectArticles(names, results);
}

/**
 * The articles and problems of a folder from each file's own result (`names` sorted, as read):
 * a later file (by name) whose id an earlier one took is a problem.
 */
export function collectArticles(names: readonly string[], results: readonly (Article | CorpusProblem)[]): CorpusRead {
  const articles: Article[] = [];
  const problems: CorpusProblem[] = [];
  const seenIds = new Map<string, string>();
  names.forEach((name, i) => {
    const result = results[i]!;
    if ('reason' in result) {
      problems.push(result);
      return;
    }
    const earlier = seenIds.get(result.id);
    if (earlier !== undefined) {
      problems.push({ file: name, reason: `duplicate article id "${result.id}" (already used by ${earlier})` });
      return;
    }
    seenIds.set(result.id, name);
    articles.push(result);
  });
  return { articles, problems };
}

/** One corpus file read and parsed: its article, or why it is bad. */
export async function readOne(fs: CorpusFs, root: string, name: string, maxBytes: number): Promise<Article | CorpusProblem> {
  const path = join(root, name);
  try {
    const link = await fs.lstat(path);
    if (link.isSymbolicLink()) {
      const target = await fs.realpath(path);
      const rel = relative(root, target);
      if (rel.startsWith('..') || rel.startsWith(sep) || resolve(root, rel) !== target) {
        return { file: name, reason: 'symlink points outside the corpus folder' };
      }
    }
    const info = await fs.stat(path);
    if (!info.isFile()) return { file: name, reason: 'not a regular file' };
    if (info.size > maxBytes) {
      return { file: name, reason: `file is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit` };
    }
    return parseArticleBytes(name, await fs.readFile(path), maxBytes);
  } catch (error) {
    if (error instanceof ArticleFormatError) return { file: name, reason: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file: name, reason: 'file disappeared while reading' };
    return { file: name, reason: `cannot read file (${code ?? (error as Error).message})` };
  }
}

/**
 * The checks every corpus file passes, on its bytes: size, no NUL bytes, valid UTF-8, then
 * `parseArticle`. Used by the reader and by /add on the file it is about to write.
 * @throws ArticleFormatError for a bad parse; size and encoding problems are returned
 */
export function parseArticleBytes(name: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): Article | CorpusProblem {
  if (bytes.length > maxBytes) return { file: name, reason: `file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit` };
  if (bytes.includes(0)) return { file: name, reason: 'binary content (NUL bytes), not a text article' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { file: name, reason: 'not valid UTF-8 text' };
  }
  return parseArticle(name, text);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
