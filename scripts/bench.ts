/**
 * `npm run bench [-- --json]`: speed and scale on three corpora, in one run —
 *   seed:    the bundled corpus (corpus/);
 *   polnear: the 1,008 PolNeAR articles (../shared/eval/polnear, read-only, written as corpus
 *            files to a temp folder, never to the repo);
 *   large:   eleven replicas of PolNeAR (11,088 articles) with names, numbers and outlets swapped
 *            per replica, built by a reload in the build process while questions keep coming.
 * Figures: build throughput and where the time goes, cold start from the persisted desk in a
 * fresh process (time to first answer), heap and RSS after load, query latency, the event
 * loop's longest stall during a reload, and the same questions through plain minisearch.
 * `--json` also prints all figures as one JSON object on the last line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { createDesk } from '../src/desk/createDesk';
import { createDeskHolder } from '../src/desk/deskHolder';
import type { DeskData } from '../src/model/deskData';
import { prepareDesk } from '../src/build/prepareDesk';
import { forgetPerDesk } from '../src/answer/rememberPerDesk';
import type { BuildTimings } from '../src/build/buildDeskData';
import { terminalProgress } from '../src/cli/progressBar';
import { isNameWord, makeReplica, writeCorpus } from './bench/generateCorpus';
import { askDesk, measureQueries, round, type Latency } from './bench/measureQueries';
import { measureIncremental, type IncrementalFigures } from './bench/measureIncremental';
import { measureReload, type ReloadUnderLoad } from './bench/measureReload';
import { POLNEAR_QUESTIONS, TIMELINE_TOPICS, TIME_QUESTIONS, seedQuestions } from './bench/questions';
import { readPolnear } from './bench/readPolnear';

// Other engineers edit the tree while the bench runs (minutes); the persisted desk is keyed by
// the source, so an edit would turn a cold start into a rebuild. The bench runs on a snapshot.
if (!process.env.BENCH_SNAPSHOT) {
  const snapshot = mkdtempSync(join(tmpdir(), 'crisis-desk-bench-code-'));
  for (const path of ['src', 'commands', 'scripts', 'corpus', 'test/eval', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) {
    cpSync(resolve(path), join(snapshot, path), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(snapshot, 'node_modules'));
  // Cold starts run the compiled code, as `npm start` does.
  const compiled = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: snapshot, stdio: 'inherit' });
  if (compiled.status !== 0) process.exit(compiled.status ?? 1);
  const run = spawnSync(process.execPath, [...process.execArgv, 'scripts/bench.ts', ...process.argv.slice(2)], {
    cwd: snapshot,
    stdio: 'inherit',
    env: { ...process.env, BENCH_SNAPSHOT: snapshot, BENCH_POLNEAR: resolve('../shared/eval/polnear') },
  });
  rmSync(snapshot, { recursive: true, force: true });
  process.exit(run.status ?? 1);
}

const json = process.argv.includes('--json');
const POLNEAR = process.env.BENCH_POLNEAR ?? resolve('../shared/eval/polnear');
// BENCH_REPLICAS: a smaller large corpus for a quick run of the bench itself.
const REPLICAS = Number(process.env.BENCH_REPLICAS) || 11;
const work = mkdtempSync(join(tmpdir(), 'crisis-desk-bench-'));
process.env.CACHE_DIR = join(work, 'cache');
const say = (line: string) => console.log(line);
const benchStarted = performance.now();

interface CorpusFigures {
  articles: number;
  sentences: number;
  distinctSentences: number;
  quotes: number;
  vocabulary: number;
  build: { ms: number; articlesPerS: number; sentencesPerS: number; stagesMs: BuildTimings; where: string };
  cacheMb: number;
  coldStart: { firstAnswerMs: number; runsMs: number[]; source: string; heapUsedMb: number; rssMb: number; tsxMs: number };
  queries: Latency;
  /** The same questions, nothing remembered from earlier asks. */
  firstAsks: Latency;
  /** Questions with a time frame or asking for recency ("this week", "since October 1", "latest on …"). */
  timeQuestions: Latency;
  /** `/timeline` topics. */
  timelines: Latency;
  plain: { buildMs: number; p50: number; p95: number; p99: number; max: number; samples: number; hitAt1?: number };
  ratio: { p50: number; p99: number };
  reload?: ReloadUnderLoad;
}

const machine = {
  nproc: availableParallelism(),
  cpu: /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown',
  node: process.version,
  memoryGb: round(totalmem() / 2 ** 30, 1),
};
say(`Crisis Desk bench — ${machine.nproc} CPUs (${machine.cpu}), Node ${machine.node}, ${machine.memoryGb} GiB`);

const corpora: Record<string, CorpusFigures> = {};
let incremental: IncrementalFigures | undefined;
try {
  corpora.seed = await measureCorpus('seed', resolve('corpus'), seedQuestions(), resolve('test/eval/questions.json'));
  if (!existsSync(join(POLNEAR, 'data'))) {
    say(`PolNeAR not found at ${POLNEAR}: the polnear and large corpora are skipped.`);
  } else {
    const articles = readPolnear(POLNEAR);
    const dir = join(work, 'news');
    writeCorpus(dir, articles);
    corpora.polnear = await measureCorpus('polnear', dir, POLNEAR_QUESTIONS);

    // The large corpus: the moderator adds ten replicas (BENCH_REPLICAS - 1) to the same folder and reloads.
    const holder = await createDeskHolder(dir);
    const isName = isNameWord;
    const generated = performance.now();
    for (let r = 1; r < REPLICAS; r++) writeCorpus(dir, makeReplica(articles, r, isName));
    say(`  generated ${(articles.length * REPLICAS).toLocaleString('en-US')} articles in ${round((performance.now() - generated) / 1000, 1)} s`);
    const questions = [...POLNEAR_QUESTIONS, ...replicaQuestions(articles, isName, 5)];
    // A serving bot has answered questions before a moderator reloads: its tables are made.
    for (const q of questions) holder.desk.ask(q);
    // The large build is a full one: nothing read before comes from the per-article cache.
    for (const name of readdirSync(process.env.CACHE_DIR!)) if (name.startsWith('articles-')) rmSync(join(process.env.CACHE_DIR!, name), { recursive: true, force: true });
    const progress = terminalProgress('  reload (build process)');
    const reload = await measureReload(holder, questions, (done, total) => progress.update(done, total));
    progress.done();
    corpora.large = await measureCorpus('large', dir, questions, undefined, { holder, reload });
    say('\nlarge, one article at a time (issue #17): reload while a question is asked every 20 ms');
    incremental = await measureIncremental(holder, dir, articles, REPLICAS, isName, questions, coldStart, say);
  }
} finally {
  // BENCH_KEEP=1 keeps the generated corpora and caches (for profiling), else nothing is left behind.
  if (process.env.BENCH_KEEP) say(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

const totalS = round((performance.now() - benchStarted) / 1000, 1);
say(`bench finished in ${totalS} s`);
if (json) console.log(JSON.stringify({ machine, totalS, corpora, ...(incremental && { incremental }) }));

/** The replica questions: the PolNeAR questions with replica `replica`'s names, numbers and outlets. */
function replicaQuestions(articles: ReturnType<typeof readPolnear>, isName: (w: string) => boolean, replica: number): string[] {
  const [probe] = makeReplica([{ ...articles[0]!, body: POLNEAR_QUESTIONS.join('\n') }], replica, isName);
  return probe!.body.split('\n');
}

async function measureCorpus(
  name: string,
  dir: string,
  questions: string[],
  evalFile?: string,
  reloaded?: { holder: Awaited<ReturnType<typeof createDeskHolder>>; reload: ReloadUnderLoad },
): Promise<CorpusFigures> {
  say(`\n${name}: ${dir.startsWith(work) ? '(temp folder)' : dir}`);
  let data: DeskData;
  let build: CorpusFigures['build'];
  if (reloaded) {
    const loaded = reloaded.holder.loaded;
    data = loaded.data;
    const ms = reloaded.reload.reloadMs;
    build = figuresOfBuild(data, ms, loaded.timings!, 'reload in a build process (read, build, persist, hand over, unpack)');
  } else {
    const progress = terminalProgress('  build');
    const started = performance.now();
    const prepared = await prepareDesk(dir, { onProgress: (d, t) => progress.update(d, t) });
    progress.done();
    if (prepared.source !== 'build') throw new Error('expected a fresh build');
    data = prepared.data;
    build = figuresOfBuild(data, performance.now() - started, prepared.timings, 'in process (read, build, persist)');
  }
  const s = build.stagesMs;
  say(
    `  build: ${data.articles.length.toLocaleString('en-US')} articles, ${data.sentences.length.toLocaleString('en-US')} sentences in ${round(build.ms / 1000, 1)} s ` +
      `(${build.articlesPerS} articles/s, ${build.sentencesPerS} sentences/s; ${build.where})`,
  );
  say(
    `         wink-nlp sentences ${round(s.sentencesMs / 1000, 1)} s · quotes+people ${round(s.quotesMs / 1000, 1)} s · people field ${round(s.peopleMs / 1000, 1)} s · index (wink-nlp terms + postings) ${round(s.indexMs / 1000, 1)} s` +
      (s.threads > 1 ? ` (thread time, summed over ${s.threads} build threads)` : ''),
  );
  const distinctSentences = new Set(data.sentences.map((x) => x.text)).size;
  say(`  distinct sentences indexed: ${distinctSentences.toLocaleString('en-US')}; quotes ${data.quotes.length.toLocaleString('en-US')}; vocabulary ${data.index.vocabularySize.toLocaleString('en-US')} terms`);
  if (reloaded) {
    const r = reloaded.reload;
    say(`  reload under load: ${round(r.reloadMs / 1000, 1)} s; event loop longest stall ${r.maxStallMs} ms (p99 ${r.stallP99Ms} ms, probe ${r.probeMaxMs} ms); ${r.questionsAnswered} questions answered meanwhile, slowest ${r.maxQuestionMs} ms`);
  }
  const cacheMb = round(Number(execFileSync('du', ['-sb', process.env.CACHE_DIR!]).toString().split('\t')[0]) / 2 ** 20, 1);

  const desk = reloaded ? reloaded.holder.desk : createDesk(data);
  const queries = measureQueries(askDesk(desk), questions);
  say(`  queries (${queries.samples} timed, ${queries.answered}/${queries.questions} answered): p50 ${queries.p50} ms · p95 ${queries.p95} ms · p99 ${queries.p99} ms · max ${queries.max} ms`);
  // The desk remembers a speaker's quotations once worked out: the same questions again, each
  // as if asked for the first time.
  const firstAsks = measureQueries(askDesk(desk), questions, 3, () => forgetPerDesk(data));
  say(`  first asks (nothing remembered): p50 ${firstAsks.p50} ms · p95 ${firstAsks.p95} ms · p99 ${firstAsks.p99} ms · max ${firstAsks.max} ms`);
  const timeQuestions = measureQueries(askDesk(desk), TIME_QUESTIONS);
  say(`  time questions (${timeQuestions.answered}/${timeQuestions.questions} answered): p50 ${timeQuestions.p50} ms · p95 ${timeQuestions.p95} ms · p99 ${timeQuestions.p99} ms · max ${timeQuestions.max} ms`);
  const timelines = measureQueries((topic) => desk.timeline(topic).events.length, TIMELINE_TOPICS);
  say(`  /timeline (${timelines.answered}/${timelines.questions} with events): p50 ${timelines.p50} ms · p95 ${timelines.p95} ms · p99 ${timelines.p99} ms · max ${timelines.max} ms`);

  const runs = [0, 1, 2].map(() => coldStart(dir, questions[0]!));
  const median = [...runs].sort((a, b) => a.firstAnswerMs - b.firstAnswerMs)[1]!;
  const coldStartFigures = { ...median, firstAnswerMs: round(median.firstAnswerMs, 0), runsMs: runs.map((r) => round(r.firstAnswerMs, 0)), heapUsedMb: round(median.heapUsedMb, 0), rssMb: round(median.rssMb, 0) };
  say(`  cold start (fresh process on the compiled code, persisted desk ${cacheMb} MB on disk): first answer at ${coldStartFigures.firstAnswerMs} ms (runs ${coldStartFigures.runsMs.join(', ')}; from ${median.source}); heap ${coldStartFigures.heapUsedMb} MB, RSS ${coldStartFigures.rssMb} MB`);
  // The same under tsx (`npm run dev`), which compiles every module as it loads it.
  const tsxRuns = [0, 1, 2].map(() => coldStart(dir, questions[0]!, true).firstAnswerMs).sort((a, b) => a - b);
  say(`  cold start under tsx (npm run dev): first answer at ${round(tsxRuns[1]!, 0)} ms`);

  const questionsFile = join(work, `${name}-questions.json`);
  writeFileSync(questionsFile, JSON.stringify(questions));
  const plain = runChild(['--max-old-space-size=8192', '--import', 'tsx', 'scripts/bench/plainMinisearch.ts', dir, questionsFile, ...(evalFile ? [evalFile] : [])]) as CorpusFigures['plain'];
  // Plain minisearch remembers nothing: compared with our first asks.
  const ratio = { p50: round(firstAsks.p50 / plain.p50, 3), p99: round(firstAsks.p99 / plain.p99, 3) };
  say(
    `  plain minisearch (default options, same sentences): build ${round(plain.buildMs / 1000, 1)} s; p50 ${plain.p50} ms · p95 ${plain.p95} ms · p99 ${plain.p99} ms` +
      `${plain.hitAt1 !== undefined ? ` · hit@1 ${plain.hitAt1}` : ''} → ours/plain p50 ${ratio.p50}, p99 ${ratio.p99} (${round(1 / ratio.p99, 1)}× lower p99)`,
  );
  return {
    articles: data.articles.length,
    sentences: data.sentences.length,
    distinctSentences,
    quotes: data.quotes.length,
    vocabulary: data.index.vocabularySize,
    build,
    cacheMb,
    coldStart: { ...coldStartFigures, tsxMs: round(tsxRuns[1]!, 0) },
    queries,
    firstAsks,
    timeQuestions,
    timelines,
    plain,
    ratio,
    ...(reloaded && { reload: reloaded.reload }),
  };
}

function figuresOfBuild(data: DeskData, ms: number, stagesMs: BuildTimings, where: string): CorpusFigures['build'] {
  const seconds = ms / 1000;
  return {
    ms: round(ms, 0),
    articlesPerS: round(data.articles.length / seconds, 1),
    sentencesPerS: round(data.sentences.length / seconds, 0),
    stagesMs: { sentencesMs: round(stagesMs.sentencesMs, 0), quotesMs: round(stagesMs.quotesMs, 0), peopleMs: round(stagesMs.peopleMs, 0), indexMs: round(stagesMs.indexMs, 0), cachedArticles: stagesMs.cachedArticles, cacheMs: round(stagesMs.cacheMs, 0), threads: stagesMs.threads },
    where,
  };
}

/** A fresh process on the compiled code (as `npm start` runs it), or on the sources under tsx (`npm run dev`). */
function coldStart(dir: string, question: string, tsx = false): { firstAnswerMs: number; source: string; heapUsedMb: number; rssMb: number } {
  return runChild(tsx ? ['--expose-gc', '--import', 'tsx', 'scripts/bench/coldStart.mjs', dir, question, '--tsx'] : ['--expose-gc', 'scripts/bench/coldStart.mjs', dir, question]) as never;
}

function runChild(args: string[]): unknown {
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', env: process.env, maxBuffer: 64 * 2 ** 20 });
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed: ${child.stderr}`);
  const lines = child.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!);
}
