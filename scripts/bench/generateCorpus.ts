/**
 * Corpora for `npm run bench`, written to a temporary folder (never the repo): article files
 * in the corpus format, and replicas of real news made different enough that they do not
 * collapse under duplicate merging — per replica, person names, numbers and outlet names are
 * swapped for replica-specific ones, so sentences differ and the vocabulary grows as real news does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Article } from '../../src/corpus/types';
import { PERSON_TITLES, TITLE_WORDS } from '../../src/people/lexicon';
import { processTerm } from '../../src/search/analyzeText';

/** Writes articles as `<id>.md` files with front matter. */
export function writeCorpus(dir: string, articles: readonly Article[]): void {
  mkdirSync(dir, { recursive: true });
  for (const a of articles) {
    const meta = stringify({ id: a.id, outlet: a.outlet, title: a.title, published: a.published }).trimEnd();
    writeFileSync(join(dir, `${a.id}.md`), `---\n${meta}\n---\n${a.body}\n`);
  }
}

const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'das', 'tor', 'bel', 'ri', 'san', 'gu', 'nov', 'tek', 'lan', 'por', 'ez', 'mi', 'dra', 'hol', 'ven', 'shu', 'ar', 'bo', 'cel', 'fi'];
const REGIONS = ['', 'Midwest', 'Pacific', 'Gulf', 'Plains', 'Harbor', 'Summit', 'Valley', 'Coast', 'Metro', 'Lakes', 'Ridge'];

/**
 * Made-up names for one replica: the n-th distinct word renamed gets the n-th name, spelled in
 * syllables (base 24) with the digits permuted per replica, and ending in the replica's own
 * ending, so names never collide within a replica nor between replicas (a surname that stood
 * for a different person in each replica would gather eleven people's quotations into one).
 * Deterministic: the same articles in the same order give the same names.
 */
export function replicaNamer(replica: number): (token: string) => string {
  // One namer per replica for the whole run, so questions get the names the articles got.
  const existing = namers.get(replica);
  if (existing) return existing;
  const order = [...SYLLABLES.keys()].sort((a, b) => hash(`${replica}|${a}`) - hash(`${replica}|${b}`));
  const names = new Map<string, string>();
  const namer = (token: string) => {
    let name = names.get(token);
    if (name === undefined) {
      let n = names.size + SYLLABLES.length;
      name = '';
      while (n > 0) {
        name = SYLLABLES[order[n % SYLLABLES.length]!]! + name;
        n = Math.floor(n / SYLLABLES.length);
      }
      name = name[0]!.toUpperCase() + name.slice(1) + replicaEnding(replica);
      names.set(token, name);
    }
    return name;
  };
  namers.set(replica, namer);
  return namer;
}

const namers = new Map<number, (token: string) => string>();

// Endings no syllable ends with, one per replica (then numbered), so the end of a name tells its replica.
const ENDINGS = ['wyn', 'quist', 'zek', 'yth', 'xar', 'jorn', 'pix', 'wulf', 'zor', 'kwe', 'yx', 'qua'];

function replicaEnding(replica: number): string {
  const ending = ENDINGS[(replica - 1) % ENDINGS.length]!;
  return replica > ENDINGS.length ? `${ending}${Math.ceil(replica / ENDINGS.length)}` : ending;
}

function hash(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h;
}

/**
 * Whether a capitalised word is a name a replica swaps: people, places, organisations. Titles
 * and roles ("President", "Sen.", "Secretary") stay, as they do across real news, so people
 * are still found by their titles; stop words stay too.
 */
export function isNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  return !TITLE_WORDS.has(lower) && !PERSON_TITLES.has(lower) && processTerm(lower) !== null;
}

/** The outlet name used by replica `replica`. */
export function replicaOutlet(outlet: string, replica: number): string {
  return replica === 0 ? outlet : `${outlet} ${REGIONS[replica % REGIONS.length]}${replica >= REGIONS.length ? ` ${replica}` : ''}`;
}

/**
 * Replica `replica` of the articles (replica 0 is the articles themselves): every capitalised
 * word `isName` accepts (people, places, organisations: the names news is about) becomes a
 * replica-specific made-up name, every digit is shifted, and outlet names (in the front matter
 * and the text) get a replica suffix.
 */
export function makeReplica(articles: readonly Article[], replica: number, isName: (word: string) => boolean): Article[] {
  if (replica === 0) return [...articles];
  const outlets = [...new Set(articles.map((a) => a.outlet))].sort((a, b) => b.length - a.length);
  const outletPattern = new RegExp(outlets.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const namer = replicaNamer(replica);
  const names = new Map<string, string>();
  const rename = (word: string) => {
    let name = names.get(word);
    if (name === undefined) {
      name = isName(word) ? namer(word) : word;
      names.set(word, name);
    }
    return name;
  };
  const swap = (text: string) =>
    text
      .replace(outletPattern, (o) => `\u0000${replicaOutlet(o, replica)}\u0001`)
      .replace(/\u0000[^\u0001]*\u0001|\p{Lu}\p{L}{2,}/gu, (word) => (word.startsWith('\u0000') ? word.slice(1, -1) : rename(word)))
      .replace(/\d/g, (d) => String((Number(d) + replica) % 10));
  return articles.map((a) => ({
    ...a,
    id: `${a.id}-r${replica}`,
    file: `${a.id}-r${replica}.md`,
    outlet: replicaOutlet(a.outlet, replica),
    title: swap(a.title),
    body: swap(a.body),
  }));
}
