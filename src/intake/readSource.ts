/**
 * What a moderator hands /add, read into article fields: a `.md` file (with or without front
 * matter), a `.txt` file, or an HTML page (file or fetched). Nothing is guessed: a field the
 * source does not state stays unset and is asked for.
 */
import { parse as parseYaml } from 'yaml';
import { extractArticle } from './extractArticle';
import { IntakeError } from './intakeError';

export type SourceKind = 'markdown' | 'text' | 'html';

export interface ArticleSource {
  bytes: Uint8Array;
  kind: SourceKind;
  /** Charset the server declared (pages), if any. */
  charset?: string;
  /** Address the source was fetched from (kept as the article's `url`). */
  url?: string;
}

export interface SourceFields {
  outlet?: string;
  title?: string;
  published?: unknown;
  byline?: string;
  url?: string;
  /** Also the address of this article (a page's canonical link), for the duplicate check. */
  otherUrls: string[];
  body: string;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The kind of source a file name or media type names, or undefined when /add does not take it. */
export function sourceKindOf(name: string, mediaType?: string): SourceKind | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt') return 'text';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === undefined && mediaType === 'text/html') return 'html';
  if (ext === undefined && mediaType === 'text/plain') return 'text';
  return undefined;
}

export function readSource(source: ArticleSource): SourceFields {
  const text = decode(source.bytes, source.charset, source.kind === 'html');
  const fields: SourceFields = { otherUrls: [], body: '' };
  if (source.url) fields.url = source.url;
  if (source.kind === 'html') {
    const page = extractArticle(text);
    if (page.canonicalUrl) fields.otherUrls.push(page.canonicalUrl);
    Object.assign(fields, withoutUndefined({ outlet: page.outlet, title: page.title, published: page.published, byline: page.byline }));
    fields.body = page.body;
    return fields;
  }
  const match = source.kind === 'markdown' ? FRONT_MATTER.exec(text) : null;
  if (match) {
    let meta: unknown;
    try {
      meta = parseYaml(match[1] ?? '');
    } catch (error) {
      throw new IntakeError(`the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
    if (meta !== null && typeof meta === 'object' && !Array.isArray(meta)) {
      const m = meta as Record<string, unknown>;
      Object.assign(fields, withoutUndefined({ outlet: textOf(m.outlet), title: textOf(m.title), byline: textOf(m.byline), url: textOf(m.url) ?? fields.url }));
      if (m.published !== undefined && m.published !== null && m.published !== '') fields.published = m.published;
    }
    fields.body = text.slice(match[0].length);
  } else {
    fields.body = text.replace(/^\uFEFF/, '');
  }
  fields.body = fields.body.replace(/\r\n?/g, '\n');
  return fields;
}

function decode(bytes: Uint8Array, declared: string | undefined, html: boolean): string {
  if (bytes.includes(0)) throw new IntakeError('the content is binary (NUL bytes), not a text article');
  const charset = normalizeCharset(declared ?? (html ? sniffCharset(bytes) : undefined) ?? 'utf-8');
  if (charset === 'utf-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new IntakeError('the content is not valid UTF-8 text');
    }
  }
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    throw new IntakeError(`the content's character set (${charset.slice(0, 30)}) is not one I can read`);
  }
}

function normalizeCharset(label: string): string {
  const l = label.trim().toLowerCase();
  return l === 'utf8' || l === 'utf-8' ? 'utf-8' : l;
}

/** `<meta charset>` or `http-equiv` content-type in the first 2 KB of an HTML page. */
function sniffCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}

function textOf(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
