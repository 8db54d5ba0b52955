/**
 * The fact-question sets of issue #15 (test/eval/facts.dev.json, facts.holdout.json, facts.blind.json,
 * facts.train.json):
 * their format, the split rule, the shared-content-word count and the PolNeAR references.
 *
 * Seed questions carry verbatim answer snippets (`expect`); PolNeAR questions carry only
 * references (`expectRefs`: article, character offsets [start, end) into the article's .txt
 * file, and a hash of the normalised sentence), because PolNeAR may not be copied into the
 * repo; they are resolved to text at eval time from ../shared/eval/polnear.
 *
 * Nothing here reads src/: the measurement must not move when the answering code does.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ANSWER_TYPES = ['measure', 'count', 'when', 'where', 'who-is', 'what-called', 'what', 'unanswerable'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** What each type stands for (printed by the eval). */
export const TYPE_LABELS: Record<AnswerType, string> = {
  measure: 'how long/far/big/old',
  count: 'how many/how much',
  when: 'when (date/time)',
  where: 'where (place)',
  'who-is': 'who is (person with a role)',
  'what-called': 'what is it called (a name)',
  what: 'what/why (general fact)',
  unanswerable: 'unanswerable',
};

export type Corpus = 'seeds' | 'polnear';
/**
 * `blind`: written in the eighth session by someone who had not read the answering code; run once, at the end.
 * `train`: PolNeAR questions over train articles only, written in the ninth session to tune on beside dev
 * (facts.train.json, no holdout half: the holdout and blind sets stay the check).
 */
export type SetName = 'dev' | 'holdout' | 'blind' | 'train';

/** One answering sentence of a PolNeAR article: offsets into data/<split>/text/<article>.txt. */
export interface FactRef {
  /** File name without .txt (e.g. `nyt_2016-06-07_germany-pledges-to-expand-its-mi`). */
  article: string;
  start: number;
  end: number;
  /** First 8 hex digits of sha256 of the normalised text at [start, end) (detects drift). */
  hash: string;
}

export interface FactQuestion {
  /** Stable id: `s…` seeds, `p…` PolNeAR; the split rule orders by it. */
  id: string;
  q: string;
  type: AnswerType;
  corpus: Corpus;
  set: SetName;
  /** Seeds: verbatim snippets, each inside one answering sentence (every outlet's copy listed). */
  expect?: string[];
  /** PolNeAR: the answering sentences. */
  expectRefs?: FactRef[];
  /** Content words the question shares with its answer (the most over its answering sentences). */
  shares: number;
  /** Free-form: what makes the question hard (related words, name variant, typo, casual). */
  tags?: string[];
}

export interface FactFile {
  set: SetName;
  about: string;
  split: string;
  questions: FactQuestion[];
}

export const SPLIT_RULE =
  'Questions are grouped by (corpus, type) and ordered by id; within each group the 1st, 3rd, 5th … are dev and the 2nd, 4th, 6th … holdout (scripts/facts/factSet.ts assignSets). Never tune on the holdout.';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '../..');
export const factFile = (set: SetName) => join(REPO, 'test', 'eval', `facts.${set}.json`);

export function readFactFile(set: SetName): FactFile {
  return JSON.parse(readFileSync(factFile(set), 'utf8')) as FactFile;
}

/** The deterministic split: alternate within each (corpus, type) group, ordered by id. */
export function assignSets(questions: readonly Pick<FactQuestion, 'id' | 'corpus' | 'type'>[]): Map<string, SetName> {
  const groups = new Map<string, string[]>();
  for (const q of questions) {
    const key = `${q.corpus}/${q.type}`;
    groups.set(key, [...(groups.get(key) ?? []), q.id]);
  }
  const sets = new Map<string, SetName>();
  for (const ids of groups.values()) {
    ids.sort(compareIds).forEach((id, i) => sets.set(id, i % 2 === 0 ? 'dev' : 'holdout'));
  }
  return sets;
}

/** `s2` before `s10`. */
export function compareIds(a: string, b: string): number {
  const [pa, na] = [a.replace(/\d+$/, ''), Number(a.match(/\d+$/)?.[0] ?? 0)];
  const [pb, nb] = [b.replace(/\d+$/, ''), Number(b.match(/\d+$/)?.[0] ?? 0)];
  return pa === pb ? na - nb : pa < pb ? -1 : 1;
}

/** Curly quotes and apostrophes to straight ones, character for character (offsets keep). */
export function normaliseQuotes(text: string): string {
  return text.replace(/[’‘‛`]/g, "'").replace(/[“”„]/g, '"');
}

/** The text a ref's hash is taken of: quotes straightened, whitespace collapsed, trimmed. */
export function normaliseSentence(text: string): string {
  return normaliseQuotes(text.normalize('NFC')).replace(/''/g, '"').replace(/\s+/g, ' ').trim();
}

export function sentenceHash(text: string): string {
  return createHash('sha256').update(normaliseSentence(text)).digest('hex').slice(0, 8);
}

// Content words ---------------------------------------------------------------------------
// A small, fixed definition, independent of the bot's analyser: lower case, quotes straightened,
// possessive 's dropped, split on anything but letters and digits (digits keep their commas:
// "150,000"), stop words and question words dropped, then a light suffix stem so "troops" and
// "troop", "deployed" and "deploy" count as one word. Verbs of saying (say, said, told …) are
// not content: every quotation has one.

const STOP = new Set(
  `a about above after again against all also am an and any are aren as at be because been before being below between both
  but by can could did didn do does doesn doing don down during each else ever few for from further get gets got had has
  have having he her here hers herself him himself his how i if in into is isn it its itself just like ll me more most
  much many my myself no nor not now of off on once only or other our ours ourselves out over own re same she should so
  some such than that the their theirs them themselves then there these they this those through to too under until up
  upon us ve very was wasn we were weren what when where which while who whom whose why will with won would you your
  yours yourself yourselves s t d m o y rn gonna wanna u ur r im pls plz tho yet still even per via
  say says said saying tell tells told telling according
  one ones thing things way ways lot lots kind name named called call`
    .split(/\s+/)
    .filter(Boolean),
);

/** The question's and answer's words as compared: lower case, stop words out, light stem. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  const cleaned = normaliseQuotes(text.normalize('NFC'))
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/(?<=\d),(?=\d{3}\b)/g, '');
  for (const raw of cleaned.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (STOP.has(raw)) continue;
    words.add(stem(raw));
  }
  return words;
}

export function stem(word: string): string {
  if (/^\d/.test(word) || word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  // "deployed" → "deploy", "stopped" → "stopp" → "stop"
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** How many content words `question` shares with `answer`. */
export function sharedWords(question: string, answer: string): string[] {
  const a = contentWords(answer);
  return [...contentWords(question)].filter((w) => a.has(w));
}

/** Shared words with the closest answering sentence (the most shared over all of them). */
export function sharesWithAnswers(question: string, answers: readonly string[]): number {
  return answers.reduce((most, text) => Math.max(most, sharedWords(question, text).length), 0);
}

// PolNeAR -----------------------------------------------------------------------------------

/** ../shared/eval/polnear next to the repo (or POLNEAR_DIR), when its texts are there. */
export function polnearRoot(): string | undefined {
  const dir = process.env.POLNEAR_DIR ?? resolve(REPO, '../shared/eval/polnear');
  return existsSync(join(dir, 'data', 'metadata.tsv')) ? dir : undefined;
}

export interface PolnearFile {
  stem: string;
  split: 'train' | 'dev' | 'test';
  /** The .txt file's text (never written anywhere). */
  text: string;
  /** Where the article body starts in `text`, as scripts/bench/readPolnear.ts cuts it. */
  bodyStart: number;
  /** The corpus article id readPolnear gives it. */
  articleId: string;
}

/** Every PolNeAR article's text, by file stem. */
export function readPolnearFiles(root: string): Map<string, PolnearFile> {
  const files = new Map<string, PolnearFile>();
  for (const split of ['train', 'dev', 'test'] as const) {
    const dir = join(root, 'data', split, 'text');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const stemName = name.slice(0, -4);
      const text = readFileSync(join(dir, name), 'utf8');
      const newline = text.indexOf('\n');
      const rest = newline < 0 ? '' : text.slice(newline + 1);
      const bodyStart = newline < 0 ? text.length : newline + 1 + (rest.length - rest.replace(/^\s+/, '').length);
      files.set(stemName, {
        stem: stemName,
        split,
        text,
        bodyStart,
        articleId: stemName.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 120),
      });
    }
  }
  return files;
}

/** A ref's text, or why it cannot be read (missing article, offsets out of range, hash drift). */
export function resolveRef(ref: FactRef, files: ReadonlyMap<string, PolnearFile>): { text: string } | { error: string } {
  const file = files.get(ref.article);
  if (!file) return { error: `article ${ref.article} not in PolNeAR` };
  if (!(ref.start >= 0 && ref.end > ref.start && ref.end <= file.text.length)) return { error: `offsets [${ref.start}, ${ref.end}) outside ${ref.article}` };
  const text = file.text.slice(ref.start, ref.end);
  const hash = sentenceHash(text);
  if (hash !== ref.hash) return { error: `hash drift in ${ref.article} [${ref.start}, ${ref.end}): ${hash} ≠ ${ref.hash}` };
  return { text };
}

// Sentences ---------------------------------------------------------------------------------

const ABBREVIATION = /(?:^|[\s(“"'])(?:[A-Z]|Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Rev|Jr|Sr|St|Gen|Lt|Col|Sgt|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|vs|U\.S|U\.N|D\.C|E\.U)\.$/;

/**
 * The sentence around text[start, end): out to the nearest line break or sentence end
 * ([.!?] and closing quotes, then a space), never cutting after an abbreviation such as
 * "U.S." or "Mr.". A plain splitter of our own, so the shared-word counts do not depend on
 * the bot's sentence segmentation.
 */
export function enclosingSentence(text: string, start: number, end: number): { start: number; end: number; text: string } {
  const isEnd = (i: number) => {
    // i: index just after the sentence's closing punctuation (and quotes); text[i] is a space.
    let j = i;
    while (j > 0 && /["”’')\]]/.test(text[j - 1]!)) j--;
    if (!/[.!?]/.test(text[j - 1] ?? '')) return false;
    // "and ... by others", "U.S. officials": no sentence starts in lower case or after an abbreviation.
    if (/^[^\S\n]*[\p{Ll}]/u.test(text.slice(i, i + 8))) return false;
    return !(text[j - 1] === '.' && ABBREVIATION.test(text.slice(Math.max(0, j - 6), j)));
  };
  let s = start;
  while (s > 0 && text[s - 1] !== '\n' && !(/[^\S\n]/.test(text[s - 1]!) && isEnd(s - 1))) s--;
  while (s < start && /\s/.test(text[s]!)) s++;
  let e = end;
  while (e < text.length && text[e] !== '\n' && !(/[^\S\n]/.test(text[e]!) && isEnd(e))) e++;
  while (e > end && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** The seed corpus files (corpus/*.md), body text only, by file name. */
export function readSeedFiles(dir = join(REPO, 'corpus')): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    files.set(name, body);
  }
  return files;
}

/** Every place a snippet occurs in the seed corpus (quotes normalised), with its sentence. */
export function findSnippet(snippet: string, files: ReadonlyMap<string, string>): { file: string; sentence: string }[] {
  const found: { file: string; sentence: string }[] = [];
  const needle = normaliseQuotes(snippet);
  for (const [file, body] of files) {
    const hay = normaliseQuotes(body);
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
      found.push({ file, sentence: enclosingSentence(body, at, at + needle.length).text });
    }
  }
  return found;
}
