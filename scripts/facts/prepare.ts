/**
 * Writes test/eval/facts.dev.json and facts.holdout.json (or facts.train.json).
 *
 *   npm run facts:prepare -- --draft FILE   from a draft (kept OUTSIDE the repo: its PolNeAR
 *                                           answers are text, which may not be committed)
 *   npm run facts:prepare -- --train FILE   a draft of PolNeAR questions over train articles
 *                                           only, all tuned on: facts.train.json, ids t1, t2 …,
 *                                           no split (the holdout stays the check)
 *   npm run facts:prepare -- --train-add FILE  append a draft to facts.train.json (ids go on
 *                                           from the last t id); seed questions are allowed
 *                                           here, PolNeAR ones still over train articles only
 *   npm run facts:prepare                   re-derive shares, hashes and the split of the
 *                                           current files (after editing them by hand)
 *
 * Draft: a JSON array, in id order, of
 *   {"q", "type", "corpus": "seeds", "expect": ["verbatim snippet", …], "tags"?}
 *   {"q", "type", "corpus": "polnear", "refs": [R, …], "tags"?} with R one of
 *     {"a": "<article file stem>", "t": "<verbatim sentence>"}  that sentence, plus every
 *         identical copy of it in any PolNeAR article (wire copies)
 *     {"grep": ["regex", …]}   every sentence of PolNeAR matching all the regexes
 *   unanswerable questions have no expect/refs.
 * Ids are s1, s2 … and p1, p2 … in draft order. Every snippet must occur in corpus/, every
 * sentence in its article; the script stops on the first that does not.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  ANSWER_TYPES,
  SPLIT_RULE,
  assignSets,
  compareIds,
  enclosingSentence,
  factFile,
  findSnippet,
  polnearRoot,
  readFactFile,
  readPolnearFiles,
  readSeedFiles,
  resolveRef,
  sentenceHash,
  sharesWithAnswers,
  type FactFile,
  type FactQuestion,
  type FactRef,
  type PolnearFile,
  type SetName,
} from './factSet';

interface DraftRef {
  a?: string;
  t?: string;
  grep?: string[];
}
interface DraftQuestion {
  q: string;
  type: FactQuestion['type'];
  corpus: FactQuestion['corpus'];
  expect?: string[];
  refs?: DraftRef[];
  tags?: string[];
}

const args = process.argv.slice(2);
const addAt = args.indexOf('--train-add');
const trainAt = args.indexOf('--train');
const draftAt = addAt >= 0 ? -1 : trainAt >= 0 ? trainAt : args.indexOf('--draft');
const asTrain = trainAt >= 0 || addAt >= 0;
const seeds = readSeedFiles();
const root = polnearRoot();
if (!root) throw new Error('PolNeAR not found (../shared/eval/polnear or POLNEAR_DIR): its refs cannot be checked');
const polnear = readPolnearFiles(root);

let questions: FactQuestion[];
if (draftAt >= 0) {
  const draft = JSON.parse(readFileSync(args[draftAt + 1]!, 'utf8')) as DraftQuestion[];
  let s = 0;
  let p = 0;
  questions = draft.map((d) => {
    if (!ANSWER_TYPES.includes(d.type)) throw new Error(`${d.q}: unknown type ${d.type}`);
    if (asTrain && d.corpus !== 'polnear') throw new Error(`${d.q}: the train set is PolNeAR only`);
    const id = asTrain ? `t${++p}` : d.corpus === 'seeds' ? `s${++s}` : `p${++p}`;
    const base = { id, q: d.q, type: d.type, corpus: d.corpus, set: (asTrain ? 'train' : 'dev') as SetName, shares: 0, ...(d.tags && { tags: d.tags }) };
    if (d.corpus === 'seeds') return { ...base, expect: d.expect ?? [] };
    return { ...base, expectRefs: (d.refs ?? []).flatMap((r) => draftRefs(d.q, r)) };
  });
} else {
  questions = (['dev', 'holdout', 'train'] as const).flatMap((set) => (set === 'train' && !existsSync(factFile(set)) ? [] : readFactFile(set).questions));
}
if (addAt >= 0) {
  // Appended train questions: seeds as well as PolNeAR (the tenth session's), ids after the last.
  const draft = JSON.parse(readFileSync(args[addAt + 1]!, 'utf8')) as DraftQuestion[];
  let t = Math.max(0, ...questions.filter((q) => q.set === 'train').map((q) => Number(q.id.slice(1))));
  for (const d of draft) {
    if (!ANSWER_TYPES.includes(d.type)) throw new Error(`${d.q}: unknown type ${d.type}`);
    const base = { id: `t${++t}`, q: d.q, type: d.type, corpus: d.corpus, set: 'train' as SetName, shares: 0, ...(d.tags && { tags: d.tags }) };
    questions.push(d.corpus === 'seeds' ? { ...base, expect: d.expect ?? [] } : { ...base, expectRefs: (d.refs ?? []).flatMap((r) => draftRefs(d.q, r)) });
  }
}

// Dedupe refs, check everything resolves, count shared words.
for (const item of questions) {
  if ((item.type === 'unanswerable') !== ((item.expect?.length ?? 0) + (item.expectRefs?.length ?? 0) === 0)) {
    throw new Error(`${item.id} ${item.q}: unanswerable questions, and only they, have no answers`);
  }
  let answers: string[];
  if (item.corpus === 'seeds') {
    answers = (item.expect ?? []).flatMap((snippet) => {
      const found = findSnippet(snippet, seeds);
      if (found.length === 0) throw new Error(`${item.id} ${item.q}: snippet not in corpus/: ${snippet}`);
      return found.map((f) => f.sentence);
    });
  } else {
    const seen = new Set<string>();
    item.expectRefs = (item.expectRefs ?? []).filter((r) => {
      const key = `${r.article}:${r.start}`;
      return !seen.has(key) && seen.add(key);
    });
    answers = item.expectRefs.map((r) => {
      const resolved = resolveRef(r, polnear);
      if ('error' in resolved) throw new Error(`${item.id} ${item.q}: ${resolved.error}`);
      return resolved.text;
    });
  }
  item.shares = sharesWithAnswers(item.q, answers);
}

// Train questions keep their set; the others are split by the rule.
const sets = assignSets(questions.filter((q) => q.set !== 'train'));
for (const item of questions) item.set = sets.get(item.id) ?? 'train';
questions.sort((a, b) => compareIds(a.id, b.id));

const ABOUT =
  'Fact questions in users\' words (issue #15), written before the answering code was changed for them. ' +
  'Seeds: expect = verbatim snippets of every outlet\'s answering sentence in corpus/. PolNeAR (train/dev articles; ' +
  'copies of an answer in any article are listed too): expectRefs = article file stem under ../shared/eval/polnear/data/*/text, ' +
  '[start, end) character offsets into the .txt, and the first 8 hex digits of sha256 of the normalised sentence; the texts are ' +
  'not copied here (no licence). shares = content words the question shares with its closest answering sentence ' +
  '(scripts/facts/factSet.ts contentWords). Written by scripts/facts/prepare.ts.';
const TRAIN_ABOUT =
  'Fact questions in users\' words over PolNeAR TRAIN articles (issue #15, ninth session; from t71 on, tenth session, also over the seeds), written before looking at how the code answers them, ' +
  'to tune on beside dev (dev alone was too small to calibrate abstention on). Same format as facts.dev.json; ids t1, t2 …';
const TRAIN_SPLIT = 'No split: every question here is tuned on. The holdout and blind sets are the check.';
for (const set of ['dev', 'holdout', 'train'] as const) {
  const these = questions.filter((q) => q.set === set);
  // A --train draft rewrites only the train file; a --draft only dev and holdout.
  if (draftAt >= 0 && (set === 'train') !== asTrain) continue;
  if (set === 'train' && these.length === 0) continue;
  const file: FactFile = set === 'train' ? { set, about: TRAIN_ABOUT, split: TRAIN_SPLIT, questions: these } : { set, about: ABOUT, split: SPLIT_RULE, questions: these };
  writeFileSync(factFile(set), `${formatFile(file)}\n`);
}
const low = questions.filter((q) => q.type !== 'unanswerable' && q.shares <= 2).length;
const answerable = questions.filter((q) => q.type !== 'unanswerable').length;
console.log(
  `${questions.length} questions (${questions.filter((q) => q.corpus === 'seeds').length} seeds, ${questions.filter((q) => q.corpus === 'polnear').length} PolNeAR), ` +
    `${questions.length - answerable} unanswerable, ${low}/${answerable} answerable share ≤ 2 content words; ` +
    `${questions.filter((q) => q.set === 'holdout').length} holdout`,
);

/** One question per line group: readable diffs, small files. */
function formatFile(file: FactFile): string {
  const lines = file.questions.map((q) => `    ${JSON.stringify(q)}`);
  return `{\n  "set": ${JSON.stringify(file.set)},\n  "about": ${JSON.stringify(file.about)},\n  "split": ${JSON.stringify(file.split)},\n  "questions": [\n${lines.join(',\n')}\n  ]\n}`;
}

function draftRefs(q: string, r: DraftRef): FactRef[] {
  if (r.grep) {
    // A space in a pattern matches any run of white space (the texts have no-break spaces).
    const patterns = r.grep.map((g) => new RegExp(g.replace(/ /g, '\\s+'), 'u'));
    const refs: FactRef[] = [];
    for (const file of polnear.values()) {
      const first = new RegExp(patterns[0]!.source, 'gu');
      const done = new Set<number>();
      for (const m of file.text.matchAll(first)) {
        const s = enclosingSentence(file.text, m.index!, m.index! + m[0].length);
        if (done.has(s.start) || s.start < file.bodyStart) continue;
        done.add(s.start);
        if (patterns.every((p) => p.test(s.text))) refs.push(refOf(file, s.start, s.end));
      }
    }
    if (refs.length === 0) throw new Error(`${q}: grep ${r.grep.join(' & ')} found nothing`);
    return refs;
  }
  const file = polnear.get(r.a!);
  if (!file) throw new Error(`${q}: no PolNeAR article ${r.a}`);
  if (file.split === 'test') throw new Error(`${q}: ${r.a} is a test article; questions come from train/dev`);
  if (asTrain && file.split !== 'train') throw new Error(`${q}: ${r.a} is a ${file.split} article; train questions come from train articles`);
  const at = file.text.indexOf(r.t!);
  if (at < 0) throw new Error(`${q}: sentence not in ${r.a}: ${r.t}`);
  const refs = [refOf(file, at, at + r.t!.length)];
  // Wire copies: the same sentence printed in another article.
  for (const other of polnear.values()) {
    for (let i = other.text.indexOf(r.t!); i >= 0; i = other.text.indexOf(r.t!, i + 1)) {
      if (other !== file || i !== at) refs.push(refOf(other, i, i + r.t!.length));
    }
  }
  return refs;
}

function refOf(file: PolnearFile, start: number, end: number): FactRef {
  return { article: file.stem, start, end, hash: sentenceHash(file.text.slice(start, end)) };
}
