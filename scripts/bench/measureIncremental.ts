/**
 * Issue #17's figures: on the large corpus, a moderator adds one article, changes one, removes
 * one, adds ten at once, and the desk holder reloads each time while a question is asked every
 * 20 ms (wall time of the reload, longest event-loop stall); then a fresh start-up after one file
 * changed; then the answers after all that, compared with a full build of the same folder
 * (no cache of any kind).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/corpus/types';
import { prepareDesk } from '../../src/build/prepareDesk';
import { createDesk } from '../../src/desk/createDesk';
import type { Desk, DeskHolder } from '../../src/model/types';
import { makeReplica, writeCorpus } from './generateCorpus';
import { round } from './measureQueries';
import { measureReload } from './measureReload';

export interface IncrementalStep {
  step: string;
  reloadMs: number;
  maxStallMs: number;
  source: string;
  added: number;
  changed: number;
  removed: number;
}

export interface IncrementalFigures {
  steps: IncrementalStep[];
  /** Fresh process, persisted desk, one file changed since it was written. */
  startAfterChange: { firstAnswerMs: number; source: string };
  /** Full build of the final folder with no cache, and whether its answers equal the reloaded desk's. */
  fullBuildMs: number;
  sameAnswers: boolean;
  questionsCompared: number;
  differing: string[];
}

/**
 * `articles`: the PolNeAR articles the large corpus was made of (replica 0 is in `dir`); new
 * articles are taken from replica `replica`, which is not in the folder yet.
 */
export async function measureIncremental(
  holder: DeskHolder,
  dir: string,
  articles: readonly Article[],
  replica: number,
  isName: (word: string) => boolean,
  questions: readonly string[],
  coldStart: (dir: string, question: string) => { firstAnswerMs: number; source: string },
  say: (line: string) => void,
): Promise<IncrementalFigures> {
  const fresh = makeReplica(articles.slice(0, 12), replica, isName);
  const steps: IncrementalStep[] = [];
  const run = async (step: string, change: () => void) => {
    change();
    const before = holder.desk;
    const r = await measureReload(holder, questions);
    if (holder.desk === before) throw new Error(`${step}: the desk was not swapped`);
    steps.push({ step, reloadMs: r.reloadMs, maxStallMs: r.maxStallMs, source: r.source ?? '?', added: r.added, changed: r.changed, removed: r.removed });
    say(`  ${step}: served after ${round(r.reloadMs / 1000, 2)} s (${r.source}; +${r.added} ~${r.changed} -${r.removed}); event loop longest stall ${r.maxStallMs} ms (p99 ${r.stallP99Ms} ms)`);
  };
  await run('add 1', () => writeCorpus(dir, fresh.slice(0, 1)));
  const changedFile = join(dir, `${articles[3]!.id}.md`);
  await run('change 1', () => writeFileSync(changedFile, readFileSync(changedFile, 'utf8').replace(/\n*$/, '\n\nThe quartermaster counted eleven zeppelins at the depot.\n')));
  await run('remove 1', () => rmSync(join(dir, `${articles[5]!.id}.md`)));
  await run('add 10', () => writeCorpus(dir, fresh.slice(1, 11)));

  // A fresh start-up after one more file changed (the persisted desk is one change behind).
  const startFile = join(dir, `${articles[7]!.id}.md`);
  writeFileSync(startFile, readFileSync(startFile, 'utf8').replace(/\n*$/, '\n\nThe harbour master counted nine zeppelins.\n'));
  const started = coldStart(dir, questions[0]!);
  say(`  fresh start-up after one file changed: first answer at ${round(started.firstAnswerMs, 0)} ms (from ${started.source})`);
  // The holder catches up with that change too, so both desks below read the same folder.
  await run('catch up with that change (the start-up persisted it)', () => undefined);

  // Same answers as a full build of the same folder, with no cache of any kind.
  const t = performance.now();
  const full = await prepareDesk(dir, { cacheDir: false });
  const fullBuildMs = performance.now() - t;
  if (full.source !== 'build') throw new Error('expected a full build');
  const differing = compareAnswers(holder.desk, createDesk(full.data), [...questions, 'zeppelins quartermaster depot', 'harbour master zeppelins']);
  const sameAnswers = differing.length === 0;
  say(`  full build of the same folder (no cache): ${round(fullBuildMs / 1000, 1)} s; same answers as the reloaded desk: ${sameAnswers ? 'yes' : `NO (${differing.length} questions differ: ${differing.slice(0, 3).join(' | ')})`}`);
  return {
    steps,
    startAfterChange: { firstAnswerMs: round(started.firstAnswerMs, 0), source: started.source },
    fullBuildMs: round(fullBuildMs, 0),
    sameAnswers,
    questionsCompared: questions.length + 2,
    differing,
  };
}

/** Questions whose answers (everything but the load time) differ between two desks. */
function compareAnswers(a: Desk, b: Desk, questions: readonly string[]): string[] {
  const differing: string[] = [];
  for (const q of questions) {
    const x = JSON.stringify(a.ask(q, { limit: 25 }));
    const y = JSON.stringify(b.ask(q, { limit: 25 }));
    if (x !== y) differing.push(q);
  }
  const sources = (d: Desk) => JSON.stringify({ ...d.sources(), loadedAt: '' });
  if (sources(a) !== sources(b)) differing.push('(sources)');
  return differing;
}
