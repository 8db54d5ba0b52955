/**
 * `npm run eval:time [-- --json] [--set polnear|fresh|holdout|both]`: the time questions of
 * test/eval/time.polnear.json (the default) or of test/eval/time.fresh.json (an independent set
 * written before reading the time code), or test/eval/time.holdout.json (a holdout written blind after
 * the code was fixed on the other two; run it, never tune on it), or polnear and fresh (`both`), over the PolNeAR articles (../shared/eval/polnear or POLNEAR_DIR, read-only, written as corpus files to
 * a temp folder, never to the repo). Prints, over each question's top 5 answers:
 *  - frame read: the question's frame as the desk read it equals the hand-written one (an `until`
 *    on or after "now" counts as none: nothing is published after now); `"frame": null` in a set
 *    means the question names no time, and it is read when the desk reads no frame (counted apart);
 *    "strict" compares the frames exactly as written;
 *  - inside: the share of answers published inside the asked frame (target ≥ 0.98);
 *  - relevance@5: the share of answers attributed to the asked speaker and/or holding the topic words;
 *  - answered: questions with at least one answer;
 *  - recency: the top 5's mean age (days before "now") against the same question without the
 *    recency words, and how many recency questions list their top 5 newest first.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadDesk } from '../src/desk/loadDesk';
import type { Answer, Desk } from '../src/model/types';
import { writeCorpus } from './bench/generateCorpus';
import { readPolnear } from './bench/readPolnear';

interface Frame {
  since?: string;
  until?: string;
}

interface TimeQuestion {
  q: string;
  /** The asked days; null: the question names no time. */
  frame?: Frame | null;
  speaker?: string;
  terms?: string[];
  recency?: boolean;
  plain?: string;
}

const TOP = 5;
const SETS = ['polnear', 'fresh', 'holdout'] as const;
const args = process.argv.slice(2);
const json = args.includes('--json');
const setArg = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'polnear';
if (setArg !== 'both' && !(SETS as readonly string[]).includes(setArg ?? '')) {
  console.error(`usage: npm run eval:time -- [--json] [--set ${SETS.join('|')}|both]`);
  process.exit(2);
}
const names = setArg === 'both' ? (['polnear', 'fresh'] as const) : [setArg as (typeof SETS)[number]];
const polnear = process.env.POLNEAR_DIR ?? resolve('../shared/eval/polnear');

/** Whether a YYYY-MM-DD day falls inside an inclusive frame. */
const inside = (day: string, frame: Frame) => (frame.since === undefined || day >= frame.since) && (frame.until === undefined || day <= frame.until);

/** The frame as it selects answers: an `until` on or after now is no bound (nothing is later); no frame is null. */
function normal(frame: Frame | null | undefined, now: string): string {
  if (!frame) return 'null';
  const out: Frame = {};
  if (frame.since !== undefined) out.since = frame.since;
  if (frame.until !== undefined && frame.until < now) out.until = frame.until;
  return out.since === undefined && out.until === undefined ? 'null' : JSON.stringify(out);
}

const work = mkdtempSync(join(tmpdir(), 'crisis-desk-eval-time-'));
process.env.CACHE_DIR = join(work, 'cache');
try {
  const articles = readPolnear(polnear);
  if (articles.length === 0) throw new Error(`PolNeAR not found at ${polnear}`);
  writeCorpus(join(work, 'news'), articles);
  const { desk } = await loadDesk(join(work, 'news'));
  for (const name of names) evaluate(name, desk, articles.length);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function evaluate(name: string, desk: Desk, articleCount: number): void {
  const file = `test/eval/time.${name}.json`;
  const set = JSON.parse(readFileSync(resolve(file), 'utf8')) as { now: string; questions: TimeQuestion[] };
  const relevant = (t: TimeQuestion, a: Answer) =>
    (t.speaker === undefined || a.speaker === t.speaker) && (t.terms ?? []).every((w) => (a.printed ?? a.text).toLowerCase().includes(w.toLowerCase()));
  const age = (answers: Answer[]) => (answers.length ? answers.reduce((s, a) => s + (Date.parse(set.now) - Date.parse(a.published)) / 86_400_000, 0) / answers.length : NaN);
  let framed = 0;
  let read = 0;
  let strict = 0;
  let unframed = 0;
  let readNone = 0;
  let shown = 0;
  let insideCount = 0;
  let judged = 0;
  let relevantCount = 0;
  let answered = 0;
  const recency: { q: string; age: number; plainAge: number; newestFirst: boolean }[] = [];
  const rows: string[] = [];
  for (const t of set.questions) {
    const result = desk.ask(t.q);
    const top = result.answers.slice(0, TOP);
    if (top.length) answered++;
    judged += top.length;
    const rel = top.filter((a) => relevant(t, a)).length;
    relevantCount += rel;
    const notes: string[] = [];
    const got = JSON.stringify(result.frame ?? null);
    if (t.frame) {
      framed++;
      const same = normal(result.frame, set.now) === normal(t.frame, set.now);
      if (same) read++;
      if (got === JSON.stringify(t.frame)) strict++;
      const ins = top.filter((a) => inside(a.published, t.frame!)).length;
      shown += top.length;
      insideCount += ins;
      notes.push(`frame ${same ? 'read' : `MISREAD ${got}`} · inside ${ins}/${top.length}`);
    } else if (t.frame === null) {
      unframed++;
      const none = result.frame === undefined || normal(result.frame, set.now) === 'null';
      if (none) readNone++;
      notes.push(none ? 'no frame, as asked' : `FRAME READ WHERE NONE WAS ASKED ${got}`);
    }
    if (t.recency && t.plain) {
      const plainTop = desk.ask(t.plain).answers.slice(0, TOP);
      const dates = top.map((a) => a.published);
      const newestFirst = dates.every((d, i) => i === 0 || d <= dates[i - 1]!);
      recency.push({ q: t.q, age: age(top), plainAge: age(plainTop), newestFirst });
      notes.push(`mean age ${Math.round(age(top))} d (plain question ${Math.round(age(plainTop))} d) · ${newestFirst ? 'newest first' : 'NOT newest first'}`);
    }
    rows.push(`  ${t.q}: ${top.length} answers, ${rel} relevant · ${notes.join(' · ')}`);
  }
  const r = (n: number) => Math.round(n * 1000) / 1000;
  /** Mean over the questions that had answers (an unanswered question has no age). */
  const mean = (xs: number[]) => {
    const known = xs.filter((x) => !Number.isNaN(x));
    return known.reduce((s, x) => s + x, 0) / Math.max(known.length, 1);
  };
  const figures = {
    set: name,
    questions: set.questions.length,
    framed,
    frameRead: r(read / Math.max(framed, 1)),
    frameReadStrict: r(strict / Math.max(framed, 1)),
    ...(unframed ? { unframed, noFrameRead: r(readNone / unframed) } : {}),
    insideFrame: r(insideCount / Math.max(shown, 1)),
    relevanceAt5: r(relevantCount / Math.max(judged, 1)),
    answered: r(answered / set.questions.length),
    recency: {
      questions: recency.length,
      meanAgeDays: r(mean(recency.map((x) => x.age))),
      plainMeanAgeDays: r(mean(recency.map((x) => x.plainAge))),
      newestFirst: recency.filter((x) => x.newestFirst).length,
    },
  };
  console.log(`\n${file}: time questions over PolNeAR (${articleCount} articles, now = ${set.now}), top ${TOP} answers each:`);
  for (const row of rows) console.log(row);
  console.log(
    `\n${figures.questions} questions (${framed} with a frame${unframed ? `, ${unframed} naming no time` : ''}, ${recency.length} asking for recency): frame read ${figures.frameRead} (strict ${figures.frameReadStrict})${unframed ? ` · no frame read where none was asked ${figures.noFrameRead}` : ''} · inside the asked frame ${figures.insideFrame} (${insideCount}/${shown}) · relevance@5 ${figures.relevanceAt5} · answered ${figures.answered}`,
  );
  console.log(
    `recency: top-5 mean age ${figures.recency.meanAgeDays} days before now (same questions without the recency words: ${figures.recency.plainMeanAgeDays}); newest first in ${figures.recency.newestFirst}/${recency.length}`,
  );
  if (json) console.log(JSON.stringify(figures));
}
