/**
 * `npm run eval:time [-- --json]`: the time questions of test/eval/time.polnear.json over the
 * PolNeAR articles (../shared/eval/polnear or POLNEAR_DIR, read-only, written as corpus files to
 * a temp folder, never to the repo). Prints, over each question's top 5 answers:
 *  - frame read: the question's frame as the desk read it equals the hand-written one;
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
import type { Answer } from '../src/model/types';
import { inFrame, type TimeFrame } from '../src/time/timeFrame';
import { writeCorpus } from './bench/generateCorpus';
import { readPolnear } from './bench/readPolnear';

interface TimeQuestion {
  q: string;
  frame?: TimeFrame;
  speaker?: string;
  terms?: string[];
  recency?: boolean;
  plain?: string;
}

const TOP = 5;
const json = process.argv.includes('--json');
const polnear = process.env.POLNEAR_DIR ?? resolve('../shared/eval/polnear');
const set = JSON.parse(readFileSync(resolve('test/eval/time.polnear.json'), 'utf8')) as { now: string; questions: TimeQuestion[] };

const work = mkdtempSync(join(tmpdir(), 'crisis-desk-eval-time-'));
process.env.CACHE_DIR = join(work, 'cache');
try {
  const articles = readPolnear(polnear);
  if (articles.length === 0) throw new Error(`PolNeAR not found at ${polnear}`);
  writeCorpus(join(work, 'news'), articles);
  const { desk } = await loadDesk(join(work, 'news'));

  const relevant = (t: TimeQuestion, a: Answer) =>
    (t.speaker === undefined || a.speaker === t.speaker) && (t.terms ?? []).every((w) => (a.printed ?? a.text).toLowerCase().includes(w.toLowerCase()));
  const age = (answers: Answer[]) => (answers.length ? answers.reduce((s, a) => s + (Date.parse(set.now) - Date.parse(a.published)) / 86_400_000, 0) / answers.length : NaN);
  let framed = 0;
  let read = 0;
  let shown = 0;
  let inside = 0;
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
    let note = '';
    if (t.frame) {
      framed++;
      const same = JSON.stringify(result.frame ?? null) === JSON.stringify(t.frame);
      if (same) read++;
      const ins = top.filter((a) => inFrame(a.published, t.frame)).length;
      shown += top.length;
      inside += ins;
      note = `frame ${same ? 'read' : `MISREAD ${JSON.stringify(result.frame ?? null)}`} · inside ${ins}/${top.length}`;
    }
    if (t.recency && t.plain) {
      const plainTop = desk.ask(t.plain).answers.slice(0, TOP);
      const dates = top.map((a) => a.published);
      const newestFirst = dates.every((d, i) => i === 0 || d <= dates[i - 1]!);
      recency.push({ q: t.q, age: age(top), plainAge: age(plainTop), newestFirst });
      note = `mean age ${Math.round(age(top))} d (plain question ${Math.round(age(plainTop))} d) · ${newestFirst ? 'newest first' : 'NOT newest first'}`;
    }
    rows.push(`  ${t.q}: ${top.length} answers, ${rel} relevant · ${note}`);
  }
  const r = (n: number) => Math.round(n * 1000) / 1000;
  const figures = {
    questions: set.questions.length,
    framed,
    frameRead: r(read / framed),
    insideFrame: r(inside / Math.max(shown, 1)),
    relevanceAt5: r(relevantCount / Math.max(judged, 1)),
    answered: r(answered / set.questions.length),
    recency: {
      questions: recency.length,
      meanAgeDays: r(recency.reduce((s, x) => s + x.age, 0) / recency.length),
      plainMeanAgeDays: r(recency.reduce((s, x) => s + x.plainAge, 0) / recency.length),
      newestFirst: recency.filter((x) => x.newestFirst).length,
    },
  };
  console.log(`Time questions over PolNeAR (${articles.length} articles, now = ${set.now}), top ${TOP} answers each:`);
  for (const row of rows) console.log(row);
  console.log(
    `\n${figures.questions} questions (${framed} with a frame, ${recency.length} asking for recency): frame read ${figures.frameRead} · inside the asked frame ${figures.insideFrame} (${inside}/${shown}) · relevance@5 ${figures.relevanceAt5} · answered ${figures.answered}`,
  );
  console.log(
    `recency: top-5 mean age ${figures.recency.meanAgeDays} days before now (same questions without the recency words: ${figures.recency.plainMeanAgeDays}); newest first in ${figures.recency.newestFirst}/${recency.length}`,
  );
  if (json) console.log(JSON.stringify(figures));
} finally {
  rmSync(work, { recursive: true, force: true });
}
