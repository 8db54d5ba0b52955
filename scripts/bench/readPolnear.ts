/**
 * Reads the PolNeAR articles (real news, read-only, never copied into the repo) as corpus
 * articles: the first line of each text file is the headline, `data/metadata.tsv` names the
 * publisher and date. Used by `npm run bench` only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/corpus/types';

/** Display names for PolNeAR's publisher codes, so outlets read as in a real corpus. */
const OUTLETS: Record<string, string> = {
  breitbart: 'Breitbart',
  'huff-post': 'HuffPost',
  nyt: 'The New York Times',
  parc: 'PARC',
  politico: 'Politico',
  'usa-today': 'USA Today',
  'wash-post': 'The Washington Post',
  'west-journal': 'Western Journal',
};

/** The 1,008 PolNeAR articles, sorted by file name; empty when the data is not there. */
export function readPolnear(root: string): Article[] {
  const meta = readMetadata(join(root, 'data', 'metadata.tsv'));
  const articles: Article[] = [];
  for (const compartment of ['train', 'dev', 'test']) {
    const dir = join(root, 'data', compartment, 'text');
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const stem = name.slice(0, -4);
      const text = readFileSync(join(dir, name), 'utf8');
      const newline = text.indexOf('\n');
      const title = (newline < 0 ? text : text.slice(0, newline)).trim();
      const body = newline < 0 ? '' : text.slice(newline + 1).replace(/^\s+/, '');
      const row = meta.get(stem);
      const code = row?.publisher ?? stem.split('_')[0] ?? 'unknown';
      articles.push({
        id: stem.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 120),
        outlet: OUTLETS[code] ?? code,
        title: title || stem,
        published: /^\d{4}-\d{2}-\d{2}$/.test(row?.date ?? '') ? row!.date : '2016-01-01',
        body,
        file: `${stem}.md`,
      });
    }
  }
  return articles.filter((a) => a.body.trim() !== '').sort((a, b) => (a.id < b.id ? -1 : 1));
}

function readMetadata(file: string): Map<string, { publisher: string; date: string }> {
  const rows = new Map<string, { publisher: string; date: string }>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return rows;
  }
  const [header, ...lines] = text.split('\n');
  const columns = (header ?? '').split('\t');
  const at = (name: string) => columns.indexOf(name);
  for (const line of lines) {
    const cells = line.split('\t');
    const filename = cells[at('filename')];
    if (!filename) continue;
    rows.set(filename, { publisher: cells[at('publisher')] ?? '', date: cells[at('publication_date')] ?? '' });
  }
  return rows;
}
