/**
 * One desk per PolNeAR split (train, dev, test), so a split's questions are answered only from
 * that split's articles and test is never built unless asked for. The articles are read as
 * `scripts/bench/readPolnear.ts` reads them and written as corpus files to a folder under the
 * system temp dir (never into the repo: PolNeAR may not be redistributed); a file is rewritten
 * only when its content changed, so the persisted desk (`.cache/`) is reused between runs.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Article } from '../../src/corpus/types';
import { loadDesk, type LoadedDesk } from '../../src/desk/loadDesk';
import { readPolnear } from '../bench/readPolnear';

export type Split = 'train' | 'dev' | 'test';

export interface SplitDesk {
  split: Split;
  loaded: LoadedDesk;
  /** Corpus article id → PolNeAR file stem. */
  stemOf: Map<string, string>;
  /** PolNeAR stem → the offset of the corpus body's first character in the PolNeAR text. */
  shift: Map<string, number>;
  seconds: number;
  source: 'cache' | 'build';
}

/** The corpus article id readPolnear gives a file stem. */
export const articleIdOf = (stem: string): string => stem.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 120);

export async function loadSplitDesk(root: string, split: Split): Promise<SplitDesk> {
  const stems = new Set(readdirSync(join(root, 'data', split, 'text')).filter((n) => n.endsWith('.txt')).map((n) => n.slice(0, -4)));
  const byId = new Map([...stems].map((s) => [articleIdOf(s), s]));
  const articles = readPolnear(root).filter((a) => byId.has(a.id));
  const dir = join(tmpdir(), 'crisis-desk-eval-speakers', `polnear-${split}`);
  writeCorpusIfChanged(dir, articles);
  const shift = new Map<string, number>();
  const stemOf = new Map<string, string>();
  for (const a of articles) {
    const stem = byId.get(a.id)!;
    const text = readFileSync(join(root, 'data', split, 'text', `${stem}.txt`), 'utf8');
    // readPolnear drops the headline line and the whitespace after it; nothing else.
    shift.set(stem, text.length - a.body.length);
    stemOf.set(a.id, stem);
  }
  const t0 = performance.now();
  const loaded = await loadDesk(dir);
  // The loaded body must be the PolNeAR text from the shift on, or offsets would not line up.
  for (const a of loaded.data.articles) {
    const stem = stemOf.get(a.id);
    if (!stem) continue;
    const text = readFileSync(join(root, 'data', split, 'text', `${stem}.txt`), 'utf8');
    if (!text.slice(shift.get(stem)!).startsWith(a.body.trimEnd())) throw new Error(`PolNeAR ${stem}: loaded body does not line up with the text`);
  }
  return { split, loaded, stemOf, shift, seconds: (performance.now() - t0) / 1000, source: loaded.source };
}

function writeCorpusIfChanged(dir: string, articles: readonly Article[]): void {
  mkdirSync(dir, { recursive: true });
  const wanted = new Set<string>();
  for (const a of articles) {
    const meta = stringify({ id: a.id, outlet: a.outlet, title: a.title, published: a.published }).trimEnd();
    const file = join(dir, `${a.id}.md`);
    const content = `---\n${meta}\n---\n${a.body}\n`;
    wanted.add(`${a.id}.md`);
    if (existsSync(file) && readFileSync(file, 'utf8') === content) continue;
    writeFileSync(file, content);
  }
  for (const name of readdirSync(dir)) if (!wanted.has(name)) rmSync(join(dir, name));
}

/** Where an answer's copy sits in the PolNeAR texts: its article's stem and its span there (answer text, else its sentence). */
export function placeInPolnear(d: SplitDesk, article: string, sentenceId: string, text: string): { stem: string; span: [number, number] } | null {
  const data = d.loaded.data;
  const stem = d.stemOf.get(article);
  const i = data.sentenceById.get(sentenceId);
  if (!stem || i === undefined) return null;
  const s = data.sentences[i]!;
  const body = data.articleById.get(article)!.body;
  const at = body.indexOf(text, Math.max(0, s.start - 1));
  const start = at >= 0 && at <= s.end ? at : s.start;
  const end = at >= 0 && at <= s.end ? at + text.length : Math.max(s.end, s.start + text.length);
  const shift = d.shift.get(stem)!;
  return { stem, span: [start + shift, end + shift] };
}
