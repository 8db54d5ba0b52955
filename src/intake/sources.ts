/** Where /add and `npm run add` get an article's bytes: a fetched address or a local file. */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { fetchPage, type FetchPolicy } from './fetchPage';
import { IntakeError } from './intakeError';
import { sourceKindOf, type ArticleSource } from './readSource';

export const SOURCE_TYPES_TEXT = '.md, .txt or .html';

/** A page fetched under `policy`: HTML is read as a page, text/plain as text. Its address is kept. */
export async function sourceFromUrl(address: string, policy: FetchPolicy): Promise<ArticleSource> {
  const page = await fetchPage(address, policy);
  return {
    bytes: page.bytes,
    kind: page.contentType === 'text/html' ? 'html' : 'text',
    ...(page.charset ? { charset: page.charset } : {}),
    url: address.trim(),
  };
}

/** An attachment (from an allowed host only): its kind by file name. */
export async function sourceFromAttachment(name: string, address: string, policy: FetchPolicy): Promise<ArticleSource> {
  const kind = sourceKindOf(name);
  if (!kind) throw new IntakeError(`only ${SOURCE_TYPES_TEXT} files can be added`);
  const page = await fetchPage(address, policy);
  return { bytes: page.bytes, kind, ...(page.charset ? { charset: page.charset } : {}) };
}

/** A local file, read up to `maxBytes`: its kind by file name. */
export async function sourceFromFile(path: string, maxBytes: number): Promise<ArticleSource> {
  const kind = sourceKindOf(basename(path));
  if (!kind) throw new IntakeError(`only ${SOURCE_TYPES_TEXT} files can be added`);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IntakeError(code === 'ENOENT' ? `no file ${path}` : `cannot read ${path} (${code ?? 'error'})`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new IntakeError(`${path} is not a file`);
    if (info.size > maxBytes) throw new IntakeError(`the file is over the ${Math.round(maxBytes / 1024 / 1024)} MB limit`);
    return { bytes: await handle.readFile(), kind };
  } finally {
    await handle.close();
  }
}

/** FETCH_ALLOW_PRIVATE: `true` lets fetches reach private and local addresses (tests only). */
export function allowPrivateFromEnv(env: Record<string, string | undefined>): boolean {
  const value = (env.FETCH_ALLOW_PRIVATE ?? '').trim().toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new IntakeError(`FETCH_ALLOW_PRIVATE must be true or false, not "${value.slice(0, 20)}"`);
}
