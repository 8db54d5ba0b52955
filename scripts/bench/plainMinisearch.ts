/**
 * Child process of `npm run bench`: the plain peer — minisearch with default options over the
 * same sentences (`new MiniSearch({ fields: ['text'] })`, `search(q)`) — timed on the same
 * questions. Runs apart so its memory does not weigh on the desk's figures.
 * Usage: node --import tsx scripts/bench/plainMinisearch.ts <corpus dir> <questions json file> [eval json]
 * Prints one JSON line: build time, latency percentiles, and (with an eval set) hit@1.
 */
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { loadDesk } from '../../src/desk/loadDesk';
import { percentiles, round } from './measureQueries';

const [dir, questionsFile, evalFile] = process.argv.slice(2);
const questions = JSON.parse(readFileSync(questionsFile!, 'utf8')) as string[];
const { data } = await loadDesk(dir!);
const started = performance.now();
const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
index.addAll(data.sentences.map((s, id) => ({ id, text: s.text })));
const buildMs = performance.now() - started;
for (const q of questions.slice(0, 3)) index.search(q);
const samples = questions.map((q) => {
  const t = performance.now();
  index.search(q);
  return performance.now() - t;
});
let hitAt1: number | undefined;
if (evalFile) {
  // The same scoring as `npm run eval`: the top sentence contains an expected one.
  const set = JSON.parse(readFileSync(evalFile, 'utf8')) as { q: string; expect: string[] }[];
  const norm = (t: string) => t.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  const answerable = set.filter((item) => item.expect.length > 0);
  const hits = answerable.filter((item) => {
    const top = index.search(item.q)[0];
    const text = top ? data.sentences[top.id as number]!.text : '';
    return item.expect.some((e) => norm(text).includes(norm(e)));
  }).length;
  hitAt1 = round(hits / answerable.length, 3);
}
console.log(JSON.stringify({ buildMs: round(buildMs, 0), ...percentiles(samples), samples: samples.length, ...(hitAt1 !== undefined && { hitAt1 }) }));
