import { parse as parseYaml } from 'yaml';
import { isIsoDate } from './isIsoDate';
import type { Article } from './types';

/** Why a corpus file was rejected; the message is shown to moderators as is. */
export class ArticleFormatError extends Error {
  override name = 'ArticleFormatError';
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * Parses one corpus file: YAML front matter between `---` lines, then the body as scraped.
 *
 * Required: `outlet`, `title`, `published` (YYYY-MM-DD). Optional: `byline`, `url`, `id`
 * (default: the file name without `.md`). Unknown keys are ignored, so importers may keep
 * provenance (e.g. `source_file`).
 *
 * @param file file name relative to the corpus folder (e.g. `npr-2022.md`)
 * @param content the file's text
 * @throws ArticleFormatError with a short reason a moderator can act on
 */
export function parseArticle(file: string, content: string): Article {
  const match = FRONT_MATTER.exec(content);
  if (!match) throw new ArticleFormatError('no front matter (the file must start with a --- line)');
  let meta: unknown;
  try {
    meta = parseYaml(match[1] ?? '');
  } catch (error) {
    const first = (error as Error).message.split('\n')[0] ?? 'parse error';
    throw new ArticleFormatError(`front matter is not valid YAML: ${first}`);
  }
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) {
    throw new ArticleFormatError('front matter must be a YAML mapping (key: value lines)');
  }
  const fields = meta as Record<string, unknown>;
  const outlet = requiredText(fields, 'outlet');
  const title = requiredText(fields, 'title');
  const published = dateText(fields.published);
  const byline = optionalText(fields, 'byline');
  const url = optionalText(fields, 'url');
  if (url !== undefined && !/^https?:\/\/\S+$/i.test(url)) {
    throw new ArticleFormatError('`url` must be an http(s) address');
  }
  const id = optionalText(fields, 'id') ?? file.replace(/^.*[\\/]/, '').replace(/\.md$/i, '');
  if (!ID.test(id)) {
    throw new ArticleFormatError('`id` may use letters, digits, ".", "_" and "-" only (max 128)');
  }
  const body = content.slice(match[0].length);
  if (body.trim() === '') throw new ArticleFormatError('the article body is empty');
  return { id, outlet, title, published, body, file, ...(byline && { byline }), ...(url && { url }) };
}

function requiredText(fields: Record<string, unknown>, key: string): string {
  const value = optionalText(fields, key);
  if (value === undefined) throw new ArticleFormatError(`missing required \`${key}\``);
  return value;
}

function optionalText(fields: Record<string, unknown>, key: string): string | undefined {
  const value = fields[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new ArticleFormatError(`\`${key}\` must be text`);
  }
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

function dateText(value: unknown): string {
  if (value === undefined || value === null || value === '') {
    throw new ArticleFormatError('missing required `published`');
  }
  // YAML 1.1 loaders turn bare dates into Date objects; accept both forms.
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  if (!isIsoDate(text)) {
    throw new ArticleFormatError('`published` must be a date written YYYY-MM-DD');
  }
  return text;
}
