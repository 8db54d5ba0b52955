/**
 * `npm run eval`: answer quality.
 *
 * Fact questions (issue #15; test/eval/facts.train.json, facts.dev.json and facts.holdout.json; facts.blind.json with --blind), per corpus —
 * seeds (corpus/) and PolNeAR (the 1,008 articles as scripts/bench/readPolnear.ts reads them,
 * when ../shared/eval/polnear or POLNEAR_DIR is there; skipped with a line otherwise) — and
 * per set (dev, holdout): hit@1, hit@3 and MRR over the answerable questions, abstention over
 * the unanswerable ones (right when there are no answers), each per answer type, with plain
 * minisearch (`new MiniSearch({ fields: ['text'] })` over the same sentences, `search(q)`, as
 * scripts/bench/plainMinisearch.ts) beside them: its top hits scored the same way; it never
 * abstains. Then the legacy sets (questions.json, tuned on; holdout.json) as one block.
 *
 *   --json                   the same figures as one JSON object
 *   --verbose                dev misses (ours: rank, question, our top answer; when there is
 *                            none, the gate that dropped it: src/answer/factGates.ts)
 *   --show-holdout-misses    holdout misses too (never while tuning)
 *   --blind                  also the blind set (facts.blind.json, seeds): questions written by
 *                            someone who had not read the answering code; run once, at the end
 *   --sets train,dev         only these sets (train: facts.train.json, PolNeAR train articles and seeds,
 *                            tuned on beside dev); while tuning, run only train and dev
 *   --corpus seeds|polnear   one corpus only
 *   --legacy [--holdout]     only the legacy set, printed as before this change
 *
 * A seed answer is right when its text contains an expected snippet (quotes normalised); a
 * PolNeAR answer when one of its copies (sources) overlaps half or more of an expected
 * sentence (the refs' offsets, read back from ../shared; the texts are never stored here).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { stringify } from 'yaml';
import { loadDesk, type LoadedDesk } from '../src/desk/loadDesk';
import type { Answer } from '../src/model/types';
import { takeFactGate } from '../src/answer/factGates';
import type { Article } from '../src/corpus/types';
import { readPolnear } from './bench/readPolnear';
import {
  ANSWER_TYPES,
  TYPE_LABELS,
  normaliseQuotes,
  polnearRoot,
  factFile,
  readFactFile,
  readPolnearFiles,
  resolveRef,
  type AnswerType,
  type Corpus,
  type FactQuestion,
  type PolnearFile,
  type SetName,
} from './facts/factSet';

const argv = process.argv.slice(2);
const flags = new Set(argv);
const json = flags.has('--json');
const verbose = flags.has('--verbose');
const showHoldoutMisses = flags.has('--show-holdout-misses');
const corpusAt = argv.indexOf('--corpus');
const onlyCorpus = corpusAt >= 0 ? argv[corpusAt + 1] : undefined;
const LIMIT = 25;

const normalise = (t: string) => normaliseQuotes(t);
const round = (x: number) => +x.toFixed(3);

// Legacy sets ----------------------------------------------------------------------------

interface LegacyQuestion {
  q: string;
  kind: string;
  expect: string[];
}

function evalLegacy(desk: LoadedDesk['desk'], set: 'questions' | 'holdout') {
  const questions = JSON.parse(readFileSync(new URL(`../test/eval/${set}.json`, import.meta.url), 'utf8')) as LegacyQuestion[];
  let answerable = 0;
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  let abstainRight = 0;
  const byKind = new Map<string, { n: number; hit1: number; hit3: number }>();
  const misses: string[] = [];
  for (const item of questions) {
    const result = desk.ask(item.q, { limit: LIMIT });
    const kind = byKind.get(item.kind) ?? { n: 0, hit1: 0, hit3: 0 };
    kind.n++;
    byKind.set(item.kind, kind);
    if (item.expect.length === 0) {
      if (result.answers.length === 0) {
        abstainRight++;
        kind.hit1++;
        kind.hit3++;
      } else misses.push(`ABSTAIN? ${item.q} → ${result.answers[0]!.text.slice(0, 80)}`);
      continue;
    }
    answerable++;
    if (result.answers.length > 0) abstainRight++;
    const rank = result.answers.findIndex((a) => item.expect.some((e) => normalise(a.text).includes(normalise(e))));
    if (rank === 0) {
      hit1++;
      kind.hit1++;
    }
    if (rank >= 0 && rank < 3) {
      hit3++;
      kind.hit3++;
    }
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank !== 0) misses.push(`rank ${rank < 0 ? '—' : rank + 1}: ${item.q} → ${result.answers[0]?.text.slice(0, 80) ?? result.note}`);
  }
  const figures = {
    questions: questions.length,
    answerable,
    unanswerable: questions.length - answerable,
    hitAt1: round(hit1 / answerable),
    hitAt3: round(hit3 / answerable),
    mrr: round(rr / answerable),
    abstentionAccuracy: round(abstainRight / questions.length),
  };
  return { figures, byKind, misses };
}

function printLegacy(set: 'questions' | 'holdout', run: ReturnType<typeof evalLegacy>, withKinds: boolean, withMisses: boolean) {
  const f = run.figures;
  console.log(`Crisis Desk eval (${set}): ${f.questions} questions (${f.answerable} answerable, ${f.unanswerable} unanswerable)`);
  console.log(`  hit@1 ${f.hitAt1}   hit@3 ${f.hitAt3}   MRR ${f.mrr}   abstention accuracy ${f.abstentionAccuracy}`);
  if (withKinds) {
    console.log('  by kind (hit@1 / hit@3; for unanswerable: correctly abstained):');
    for (const [kind, k] of run.byKind) console.log(`    ${kind.padEnd(13)} ${k.hit1}/${k.n}  ${k.hit3}/${k.n}`);
  }
  if (withMisses) for (const m of run.misses) console.log(`  ${m}`);
}

// Corpora --------------------------------------------------------------------------------

interface EvalCorpus {
  corpus: Corpus;
  loaded: LoadedDesk;
  /** Whether a hit (an answer's text and the sentence ids of its copies) answers the question. */
  matches(item: FactQuestion, hit: { text: string; sentenceIds: string[] }): boolean;
  describe: string;
}

/** The PolNeAR articles as corpus files in a folder outside the repo, rewritten only when changed (the desk cache then holds). */
function polnearCorpusDir(articles: readonly Article[]): string {
  const dir = join(tmpdir(), 'crisis-desk-eval', 'polnear');
  mkdirSync(dir, { recursive: true });
  for (const a of articles) {
    const meta = stringify({ id: a.id, outlet: a.outlet, title: a.title, published: a.published }).trimEnd();
    const text = `---\n${meta}\n---\n${a.body}\n`;
    const file = join(dir, `${a.id}.md`);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  }
  return dir;
}

async function seedCorpus(): Promise<EvalCorpus> {
  const loaded = await loadDesk(process.env.CORPUS_DIR || 'corpus');
  return {
    corpus: 'seeds',
    loaded,
    matches: (item, hit) => (item.expect ?? []).some((e) => normalise(hit.text).includes(normalise(e))),
    describe: `corpus/: ${loaded.data.articles.length} articles, ${loaded.data.sentences.length} sentences`,
  };
}

async function polnearCorpus(root: string): Promise<EvalCorpus> {
  const files = readPolnearFiles(root);
  const byArticleId = new Map<string, PolnearFile>([...files.values()].map((f) => [f.articleId, f]));
  const dir = polnearCorpusDir(readPolnear(root));
  const started = performance.now();
  const loaded = await loadDesk(dir, { cacheDir: join(tmpdir(), 'crisis-desk-eval', 'cache') });
  const ms = performance.now() - started;
  // The offsets of the refs are into the .txt files; the desk's into article bodies.
  for (const file of files.values()) {
    const body = loaded.data.articleById.get(file.articleId)?.body;
    if (body !== undefined && !body.startsWith(file.text.slice(file.bodyStart, file.bodyStart + 200))) {
      throw new Error(`PolNeAR article ${file.stem}: the desk's body does not start where the .txt body does; offsets would be wrong`);
    }
  }
  const { data } = loaded;
  const span = (sentenceId: string) => {
    const index = data.sentenceById.get(sentenceId);
    if (index === undefined) return undefined;
    const s = data.sentences[index]!;
    const file = byArticleId.get(s.article);
    return file && { stem: file.stem, start: s.start + file.bodyStart, end: s.end + file.bodyStart };
  };
  return {
    corpus: 'polnear',
    loaded,
    matches: (item, hit) =>
      hit.sentenceIds.some((id) => {
        const s = span(id);
        return (
          s !== undefined &&
          (item.expectRefs ?? []).some((r) => r.article === s.stem && Math.min(r.end, s.end) - Math.max(r.start, s.start) >= (r.end - r.start) / 2)
        );
      }),
    describe: `${data.articles.length} PolNeAR articles, ${data.sentences.length} sentences; desk from the ${loaded.source} in ${(ms / 1000).toFixed(1)} s`,
  };
}

// Scoring --------------------------------------------------------------------------------

interface Tally {
  n: number;
  answerable: number;
  hit1: number;
  hit3: number;
  rr: number;
  abstained: number;
  /** Answerable questions we gave no answer to. */
  silent: number;
  plainHit1: number;
  plainHit3: number;
  plainRr: number;
  /** Answerable questions given no answer, by the gate that dropped them (src/answer/factGates.ts). */
  gates: Record<string, number>;
}
const tally = (): Tally => ({ n: 0, answerable: 0, hit1: 0, hit3: 0, rr: 0, abstained: 0, silent: 0, plainHit1: 0, plainHit3: 0, plainRr: 0, gates: {} });

function figuresOf(t: Tally) {
  const unanswerable = t.n - t.answerable;
  const per = (x: number) => (t.answerable ? round(x / t.answerable) : null);
  return {
    questions: t.n,
    answerable: t.answerable,
    unanswerable,
    hitAt1: per(t.hit1),
    hitAt3: per(t.hit3),
    mrr: per(t.rr),
    abstention: unanswerable ? round(t.abstained / unanswerable) : null,
    noAnswer: t.silent,
    noAnswerBy: t.gates,
    plain: { hitAt1: per(t.plainHit1), hitAt3: per(t.plainHit3), mrr: per(t.plainRr), abstention: unanswerable ? 0 : null },
  };
}
type Figures = ReturnType<typeof figuresOf>;

function scoreSet(c: EvalCorpus, plain: MiniSearch, questions: readonly FactQuestion[]) {
  const all = tally();
  const byType = new Map<AnswerType, Tally>();
  const misses: string[] = [];
  for (const item of questions) {
    const t = byType.get(item.type) ?? tally();
    byType.set(item.type, t);
    takeFactGate();
    const result = c.loaded.desk.ask(item.q, { limit: LIMIT });
    // Which gate left it without answers (null: answered, or not a fact question).
    const gate = result.answers.length === 0 ? takeFactGate() : null;
    const plainHits = plain.search(item.q).slice(0, LIMIT);
    for (const x of [all, t]) x.n++;
    if (item.type === 'unanswerable') {
      if (result.answers.length === 0) for (const x of [all, t]) x.abstained++;
      else misses.push(`ABSTAIN? [${item.id} ${item.type}] ${item.q} → ${result.answers[0]!.text.slice(0, 90)}`);
      continue;
    }
    const rankOf = (hits: { text: string; sentenceIds: string[] }[]) => hits.findIndex((h) => c.matches(item, h));
    const rank = rankOf(result.answers.map(hitOfAnswer));
    const plainRank = rankOf(
      plainHits.map((h) => {
        const s = c.loaded.data.sentences[h.id as number]!;
        return { text: s.text, sentenceIds: [s.id] };
      }),
    );
    for (const x of [all, t]) {
      x.answerable++;
      if (result.answers.length === 0) x.silent++;
      if (result.answers.length === 0) x.gates[gate ?? 'other'] = (x.gates[gate ?? 'other'] ?? 0) + 1;
      if (rank === 0) x.hit1++;
      if (rank >= 0 && rank < 3) x.hit3++;
      if (rank >= 0) x.rr += 1 / (rank + 1);
      if (plainRank === 0) x.plainHit1++;
      if (plainRank >= 0 && plainRank < 3) x.plainHit3++;
      if (plainRank >= 0) x.plainRr += 1 / (plainRank + 1);
    }
    if (rank !== 0) {
      misses.push(`rank ${rank < 0 ? '—' : rank + 1} (plain ${plainRank < 0 ? '—' : plainRank + 1}): [${item.id} ${item.type}, shares ${item.shares}] ${item.q} → ${result.answers[0]?.text.slice(0, 90) ?? `${result.note ?? '(no answer)'} [gate: ${gate ?? 'other'}]`}`);
    }
  }
  const types = Object.fromEntries(ANSWER_TYPES.filter((ty) => byType.has(ty)).map((ty) => [ty, figuresOf(byType.get(ty)!)]));
  return { ...figuresOf(all), byType: types as Partial<Record<AnswerType, Figures>>, misses };
}

function hitOfAnswer(a: Answer) {
  return { text: a.text, sentenceIds: a.sources.length > 0 ? a.sources.map((s) => s.sentenceId) : [a.sentenceId] };
}

function plainIndex(c: EvalCorpus): MiniSearch {
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  index.addAll(c.loaded.data.sentences.map((s, id) => ({ id, text: s.text })));
  return index;
}

// Printing -------------------------------------------------------------------------------

const fmt = (x: number | null) => (x === null ? '  —  ' : x.toFixed(3));

function printSet(set: SetName, r: ReturnType<typeof scoreSet>) {
  console.log(
    `  ${set.padEnd(8)} ${r.questions} questions (${r.answerable} answerable, ${r.unanswerable} unanswerable)` +
      `   ours: hit@1 ${fmt(r.hitAt1)}  hit@3 ${fmt(r.hitAt3)}  MRR ${fmt(r.mrr)}  abstention ${fmt(r.abstention)}  (no answer to ${r.noAnswer} answerable${r.noAnswer ? `: ${Object.entries(r.noAnswerBy).map(([g, n]) => `${g} ${n}`).join(', ')}` : ''})` +
      `   plain: hit@1 ${fmt(r.plain.hitAt1)}  hit@3 ${fmt(r.plain.hitAt3)}  MRR ${fmt(r.plain.mrr)}  abstention ${fmt(r.plain.abstention)}`,
  );
  console.log(`    ${'type'.padEnd(13)} ${'n'.padStart(3)}   ${'ours h@1'.padStart(8)} ${'h@3'.padStart(5)} ${'MRR'.padStart(5)}   ${'plain h@1'.padStart(9)} ${'h@3'.padStart(5)} ${'MRR'.padStart(5)}`);
  for (const [type, f] of Object.entries(r.byType) as [AnswerType, Figures][]) {
    const [o1, o3, om, p1, p3, pm] =
      type === 'unanswerable'
        ? [f.abstention, null, null, f.plain.abstention, null, null]
        : [f.hitAt1, f.hitAt3, f.mrr, f.plain.hitAt1, f.plain.hitAt3, f.plain.mrr];
    console.log(`    ${type.padEnd(13)} ${String(f.questions).padStart(3)}   ${fmt(o1).padStart(8)} ${fmt(o3).padStart(5)} ${fmt(om).padStart(5)}   ${fmt(p1).padStart(9)} ${fmt(p3).padStart(5)} ${fmt(pm).padStart(5)}`);
  }
}

// Main -----------------------------------------------------------------------------------

if (flags.has('--legacy')) {
  const { desk } = await loadDesk(process.env.CORPUS_DIR || 'corpus');
  const set = flags.has('--holdout') ? 'holdout' : 'questions';
  const run = evalLegacy(desk, set);
  if (json) console.log(JSON.stringify(run.figures));
  else printLegacy(set, run, true, verbose);
} else {
  const setsAt = argv.indexOf('--sets');
  const chosen = new Set<SetName>(setsAt >= 0 ? (argv[setsAt + 1]!.split(',') as SetName[]) : ['train', 'dev', 'holdout', ...(flags.has('--blind') ? (['blind'] as const) : [])]);
  const read = (set: SetName) => (chosen.has(set) && (set !== 'train' || existsSync(factFile(set))) ? readFactFile(set).questions : []);
  const sets = { train: read('train'), dev: read('dev'), holdout: read('holdout'), blind: read('blind') };
  const out: Record<string, unknown> = {};
  const facts: Record<string, unknown> = {};
  if (!json) {
    console.log('Fact questions (issue #15: test/eval/facts.train.json (PolNeAR train articles and seeds), facts.dev.json, facts.holdout.json; facts.blind.json, seeds only, written blind). hit@k / MRR over answerable questions;');
    console.log('abstention: unanswerable questions given no answers. plain = plain minisearch over the same sentences, top hits (never abstains).');
    console.log(`types: ${ANSWER_TYPES.map((t) => `${t} = ${TYPE_LABELS[t]}`).join('; ')}`);
  }
  let seedDesk: LoadedDesk['desk'] | undefined;
  for (const corpus of ['seeds', 'polnear'] as const) {
    if (onlyCorpus && onlyCorpus !== corpus) continue;
    let c: EvalCorpus;
    if (corpus === 'seeds') {
      c = await seedCorpus();
      seedDesk = c.loaded.desk;
    } else {
      const root = polnearRoot();
      if (!root) {
        const reason = 'PolNeAR not found (../shared/eval/polnear or POLNEAR_DIR): polnear questions skipped';
        facts.polnear = { skipped: reason };
        if (!json) console.log(`\npolnear: skipped — ${reason}`);
        continue;
      }
      const files = readPolnearFiles(root);
      for (const item of [...sets.train, ...sets.dev, ...sets.holdout, ...sets.blind]) {
        for (const ref of item.expectRefs ?? []) {
          const resolved = resolveRef(ref, files);
          if ('error' in resolved) throw new Error(`${item.id} ${item.q}: ${resolved.error}`);
        }
      }
      c = await polnearCorpus(root);
    }
    const plain = plainIndex(c);
    const perSet: Record<string, unknown> = {};
    if (!json) console.log(`\n${corpus} (${c.describe})`);
    for (const set of ['train', 'dev', 'holdout', 'blind'] as const) {
      const questions = sets[set].filter((q) => q.corpus === corpus);
      if (questions.length === 0) continue;
      const r = scoreSet(c, plain, questions);
      const { misses, ...figures } = r;
      perSet[set] = figures;
      if (json) continue;
      printSet(set, r);
      if (verbose && (set === 'dev' || set === 'train' || showHoldoutMisses)) for (const m of misses) console.log(`      ${m}`);
    }
    if (!json && verbose && !showHoldoutMisses && sets.holdout.length > 0) console.log('    (holdout misses hidden: --show-holdout-misses, never while tuning)');
    facts[corpus] = perSet;
  }
  out.facts = facts;
  if ((!onlyCorpus || onlyCorpus === 'legacy') && setsAt < 0) {
    seedDesk ??= (await loadDesk(process.env.CORPUS_DIR || 'corpus')).desk;
    const legacy = { questions: evalLegacy(seedDesk, 'questions'), holdout: evalLegacy(seedDesk, 'holdout') };
    out.legacy = { questions: legacy.questions.figures, holdout: legacy.holdout.figures };
    if (!json) {
      console.log('\nLegacy sets (seeds; questions.json was tuned on; details: --legacy [--holdout] [--verbose])');
      for (const set of ['questions', 'holdout'] as const) printLegacy(set, legacy[set], false, false);
    }
  }
  if (json) console.log(JSON.stringify(out));
}
