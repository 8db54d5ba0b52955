/**
 * Adding an article to the corpus folder, as /add and `npm run add` do: the source's fields
 * with the moderator's overrides, checked by the rules every corpus file passes
 * (`parseArticleBytes`), refused when the corpus already has the same url or the same text,
 * and written atomically as `<dir>/<id>.md` (a temporary dotfile hard-linked to its name, so
 * a reader never sees half a file and two adds never overwrite each other). Nothing is
 * written when anything is refused.
 */
import { createHash, randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { isIsoDate } from '../corpus/isIsoDate';
import { ArticleFormatError } from '../corpus/parseArticle';
import { parseArticleBytes, readCorpusDir } from '../corpus/readCorpusDir';
import type { Article } from '../corpus/types';
import { withCorpusLock } from './corpusLock';
import { IntakeError, type MetadataField } from './intakeError';
import { readSource, type ArticleSource, type SourceFields } from './readSource';
import { summarizeArticle } from './summarizeArticle';

export const REMOVED_DIR = '.removed';

export interface MetadataOverrides {
  outlet?: string;
  title?: string;
  /** YYYY-MM-DD. */
  published?: string;
  byline?: string;
}

export interface AddedArticle {
  id: string;
  /** Path of the written file (the corpus folder as given, joined with the file name). */
  file: string;
  outlet: string;
  title: string;
  published: string;
  byline?: string;
  url?: string;
  sentences: number;
  quotes: number;
  /** Named speakers of its quotations, most quoted first. */
  speakers: string[];
}

export async function addArticle(corpusDir: string, source: ArticleSource, overrides: MetadataOverrides = {}): Promise<AddedArticle> {
  const fields = readSource(source);
  const body = fields.body.trim();
  if (body === '') {
    throw new IntakeError(source.kind === 'html' ? 'no article text was found on that page' : 'the article text is empty');
  }
  const meta = resolveMetadata(fields, overrides);
  return withCorpusLock(corpusDir, async () => {
    const existing = await readCorpusDir(corpusDir);
    const duplicate = findDuplicate(existing.articles, meta.url, fields.otherUrls, body);
    if (duplicate) throw new IntakeError(`that article is already in the corpus as ${duplicate.id}`, { existing: duplicate.id });
    const taken = new Set([...existing.articles.map((a) => a.id.toLowerCase()), ...(await namesIn(corpusDir))]);
    const content = renderArticleFile(meta, body);
    const bytes = Buffer.from(content, 'utf8');
    for (let n = 1; n < 1000; n++) {
      const id = articleId(meta, n);
      if (taken.has(id.toLowerCase())) continue;
      const name = `${id}.md`;
      const article = checkArticle(name, bytes);
      if (await writeNew(corpusDir, name, bytes)) {
        const summary = summarizeArticle(article);
        return { id, file: join(corpusDir, name), ...meta, ...summary };
      }
    }
    throw new IntakeError('no free file name for that article');
  });
}

interface ResolvedMetadata {
  outlet: string;
  title: string;
  published: string;
  byline?: string;
  url?: string;
}

/** Source fields with the overrides on top; every missing required field named in one refusal. */
function resolveMetadata(fields: SourceFields, overrides: MetadataOverrides): ResolvedMetadata {
  const pick = (key: 'outlet' | 'title' | 'byline'): string | undefined => oneLine(overrides[key]) ?? oneLine(fields[key]);
  const outlet = pick('outlet');
  const title = pick('title');
  const byline = pick('byline');
  const given = oneLine(overrides.published);
  if (given !== undefined && !isIsoDate(given)) throw new IntakeError('`published` must be a date written YYYY-MM-DD');
  const published = given ?? dateOf(fields.published);
  const missing: MetadataField[] = [];
  if (!outlet) missing.push('outlet');
  if (!title) missing.push('title');
  if (!published) missing.push('published');
  if (missing.length > 0) {
    throw new IntakeError(`the article's ${missing.map(describeField).join(', ')} could not be found: please give ${missing.length > 1 ? 'them' : 'it'}`, { missing });
  }
  const url = fields.url && /^https?:\/\/\S+$/i.test(fields.url) ? fields.url : undefined;
  return { outlet: outlet!, title: title!, published: published!, ...(byline ? { byline } : {}), ...(url ? { url } : {}) };
}

export function describeField(field: MetadataField): string {
  return field === 'published' ? 'publication date' : field;
}

function oneLine(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, 300) : undefined;
}

function dateOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!isIsoDate(text)) throw new IntakeError('`published` in the front matter must be a date written YYYY-MM-DD');
  return text;
}

/** The same article: the same address (scheme, case of the host, `www.`, trailing slash, fragment and tracking parameters aside) or the same words. */
function findDuplicate(articles: readonly Article[], url: string | undefined, otherUrls: readonly string[], body: string): Article | undefined {
  const urls = new Set([url, ...otherUrls].filter((u): u is string => Boolean(u)).map(urlKey));
  const text = textKey(body);
  return articles.find((a) => (a.url !== undefined && urls.has(urlKey(a.url))) || textKey(a.body) === text);
}

export function urlKey(address: string): string {
  try {
    const url = new URL(address);
    for (const key of [...url.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$|mc_|ref$|cmpid$)/i.test(key)) url.searchParams.delete(key);
    url.searchParams.sort();
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    return `${host}${url.port ? `:${url.port}` : ''}${url.pathname.replace(/\/+$/, '')}${url.search}`;
  } catch {
    return address.trim().toLowerCase();
  }
}

/** The article's words: case, punctuation, quote style and spacing aside. */
function textKey(body: string): string {
  const words = body.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return createHash('sha256').update(words.join(' ')).digest('hex');
}

/** `<outlet>-<published>-<first words of the title>`, the bundled corpus's naming; `-n` when taken. */
export function articleId(meta: Pick<ResolvedMetadata, 'outlet' | 'title' | 'published'>, n = 1): string {
  const outlet = slug(meta.outlet, 30) || 'article';
  const title = slug(meta.title, 50);
  const base = [outlet, meta.published, title].filter(Boolean).join('-');
  return n > 1 ? `${base}-${n}` : base;
}

function slug(text: string, max: number): string {
  const words = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > max) break;
    out = next;
  }
  return out || (words[0] ?? '').slice(0, max);
}

function renderArticleFile(meta: ResolvedMetadata, body: string): string {
  const front = stringify(
    { outlet: meta.outlet, title: meta.title, published: meta.published, ...(meta.byline ? { byline: meta.byline } : {}), ...(meta.url ? { url: meta.url } : {}) },
    { lineWidth: 0 },
  );
  return `---\n${front}---\n${body}\n`;
}

function checkArticle(name: string, bytes: Uint8Array): Article {
  let result;
  try {
    result = parseArticleBytes(name, bytes);
  } catch (error) {
    if (error instanceof ArticleFormatError) throw new IntakeError(error.message);
    throw error;
  }
  if ('reason' in result && !('body' in result)) throw new IntakeError(result.reason);
  return result as Article;
}

/** File names (ids) in the folder and in `.removed/`, lower case and without `.md`, so a restored file never clashes. */
async function namesIn(corpusDir: string): Promise<string[]> {
  const names: string[] = [];
  for (const dir of [corpusDir, join(corpusDir, REMOVED_DIR)]) {
    const entries = await readdir(dir).catch(() => [] as string[]);
    for (const entry of entries) if (/\.md$/i.test(entry)) names.push(entry.replace(/\.md$/i, '').toLowerCase());
  }
  return names;
}

/**
 * Writes `bytes` as `<dir>/<name>` only if no such file exists: a temporary dotfile (never read
 * as corpus), flushed, then hard-linked to its name (atomic, fails when the name is taken).
 * @returns false when the name was taken meanwhile
 */
export async function writeNew(dir: string, name: string, bytes: Uint8Array): Promise<boolean> {
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temp, join(dir, name));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

export function corpusPath(corpusDir: string): string {
  return resolve(corpusDir);
}
