import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Sentence } from '../corpus/types';
import type { TextPerson } from '../people/textPeople';
import type { Quote } from '../quotes/types';

/**
 * The per-article cache: what a build learns from one article on its own (its sentences,
 * quotations and people: the wink-nlp part of a build, `readArticle`) stored under a hash of
 * the article's content (every field the loader read, body included) and of the build code.
 * A build reads only articles whose content it has not seen through wink-nlp; an unchanged
 * article, wherever it moved in the folder and whatever its file's modification time, is
 * served from here. Keyed by content, never by size or modification time, so a file
 * rewritten within the same second with other words is never mistaken for the old one.
 *
 * One folder per corpus folder (`articles-<folder hash>/` beside the persisted desk), one file
 * per article (`<key>.json`), written to a temporary name and renamed. A file that does not
 * parse, or names another key, is ignored (the article is read again and the file rewritten).
 */

/** What a build learns from one article on its own (before the corpus-wide people registry). */
export interface ReadArticle {
  sentences: Sentence[];
  /** Quotations and reported statements, with speakers as resolved within the article. */
  quotes: Quote[];
  /** People the article names, for the registry. */
  people: TextPerson[];
}

/** Where a build keeps its per-article results, and the salt (index version and code hash) of their keys. */
export interface ArticleCacheRef {
  dir: string;
  salt: string;
}

/** The cache key of an article: its content (every field, as loaded) and the build code's salt. */
export function articleCacheKey(article: Article, salt: string): string {
  return createHash('sha256')
    .update(salt)
    .update('\0')
    .update(JSON.stringify([article.id, article.file, article.outlet, article.title, article.published, article.byline ?? null, article.url ?? null, article.body]))
    .digest('hex')
    .slice(0, 40);
}

const fileOf = (cache: ArticleCacheRef, key: string) => join(cache.dir, `${key}.json`);

/** The cached result for `article` under `key`, or undefined (not cached, unreadable, or not this key's). */
export function readCachedArticle(cache: ArticleCacheRef, key: string, article: Article): ReadArticle | undefined {
  let text: string;
  try {
    text = readFileSync(fileOf(cache, key), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const entry = JSON.parse(text) as CachedEntry;
    if (entry.k !== key) return undefined;
    return decodeRead(entry, article);
  } catch {
    return undefined;
  }
}

/** Stores `read` under `key` (atomically: a temporary file renamed). Failures are ignored: the cache only saves time. */
export function writeCachedArticle(cache: ArticleCacheRef, key: string, article: Article, read: ReadArticle): void {
  const file = fileOf(cache, key);
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(cache.dir, { recursive: true });
    writeFileSync(temp, JSON.stringify(encodeRead(key, article, read)));
    renameSync(temp, file);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // Never written.
    }
  }
}

/**
 * Removes the cached articles of `dir` whose keys are not in `keep` (articles no longer in
 * the folder, or read by older code), and temporary files. Returns how many went.
 */
export function pruneArticleCache(dir: string, keep: ReadonlySet<string>): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const key = /^([0-9a-f]+)\.json$/.exec(name)?.[1];
    if (key !== undefined && keep.has(key)) continue;
    // Another process's write in progress is renamed soon; one left by a dead process goes.
    if (key === undefined && !/\.json\.\d+\.[a-z0-9]*\.tmp$/.test(name)) continue;
    try {
      unlinkSync(join(dir, name));
      removed++;
    } catch {
      // Removed by another process meanwhile.
    }
  }
  return removed;
}

/**
 * The stored form: sentences and quotations as arrays, without what the article gives back
 * (a sentence's or quotation's text is `body.slice(start, end)`, a sentence's article and
 * outlet are the article's), which would otherwise make most of the bytes. Anything that does
 * not follow from the article is stored as it is (`t`, `a`, `o`, `x` fields).
 */
interface CachedEntry {
  k: string;
  /** [id, paragraph, position, start, end, normalized (0: same as text), overrides?] */
  s: [string, number, number, number, number, string | 0, SentenceOverrides?][];
  /** [start, end, kind, speaker, speakerStart, speakerEnd, mention, cue, role, group, named, text (0: body.slice)] */
  q: [number, number, Quote['kind'], string | null, number | null, number | null, string | null, string | null, string | null, number, 0 | 1, string | 0][];
  p: TextPerson[];
}

interface SentenceOverrides {
  t?: string;
  a?: string;
  o?: string;
}

function encodeRead(key: string, article: Article, read: ReadArticle): CachedEntry {
  return {
    k: key,
    s: read.sentences.map((s) => {
      const overrides: SentenceOverrides = {};
      if (article.body.slice(s.start, s.end) !== s.text) overrides.t = s.text;
      if (s.article !== article.id) overrides.a = s.article;
      if (s.outlet !== article.outlet) overrides.o = s.outlet;
      const row: CachedEntry['s'][number] = [s.id, s.paragraph, s.position, s.start, s.end, s.normalized === s.text ? 0 : s.normalized];
      if (Object.keys(overrides).length > 0) row.push(overrides);
      return row;
    }),
    q: read.quotes.map((q) => [
      q.start,
      q.end,
      q.kind,
      q.speaker,
      q.speakerStart,
      q.speakerEnd,
      q.mention,
      q.cue,
      q.role,
      q.group,
      q.named ? 1 : 0,
      article.body.slice(q.start, q.end) === q.text ? 0 : q.text,
    ]),
    p: read.people,
  };
}

function decodeRead(entry: CachedEntry, article: Article): ReadArticle {
  const sentences = entry.s.map(([id, paragraph, position, start, end, normalized, overrides]): Sentence => {
    const text = overrides?.t ?? article.body.slice(start, end);
    return {
      id,
      article: overrides?.a ?? article.id,
      outlet: overrides?.o ?? article.outlet,
      paragraph,
      position,
      text,
      normalized: normalized === 0 ? text : normalized,
      start,
      end,
    };
  });
  const quotes = entry.q.map(
    ([start, end, kind, speaker, speakerStart, speakerEnd, mention, cue, role, group, named, text]): Quote => ({
      start,
      end,
      text: text === 0 ? article.body.slice(start, end) : text,
      kind,
      speaker,
      speakerStart,
      speakerEnd,
      mention,
      cue,
      role,
      group,
      named: named === 1,
    }),
  );
  return { sentences, quotes, people: entry.p };
}
