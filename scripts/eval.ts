/**
 * `npm run eval`: answer quality on our own question set (test/eval/questions.json),
 * written as users ask, before tuning. Prints hit@1, hit@3, MRR over answerable questions
 * and abstention accuracy (unanswerable questions must get no answers; answerable ones
 * must get some). `--json` prints the figures as one JSON object; `--verbose` lists misses;
 * `--holdout` scores the held-out set (test/eval/holdout.json) instead.
 */
import { readFileSync } from 'node:fs';
import { loadDesk } from '../src/desk/loadDesk';

interface EvalQuestion {
  q: string;
  kind: string;
  expect: string[];
}

const args = new Set(process.argv.slice(2));
// questions.json was written before tuning and then used for tuning; holdout.json was written
// afterwards and never tuned on (`--holdout`), so it shows how much the tuning overfits.
const set = args.has('--holdout') ? 'holdout' : 'questions';
const questions = JSON.parse(readFileSync(new URL(`../test/eval/${set}.json`, import.meta.url), 'utf8')) as EvalQuestion[];
const { desk } = await loadDesk(process.env.CORPUS_DIR || 'corpus');

const normalise = (t: string) => t.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
let answerable = 0;
let hit1 = 0;
let hit3 = 0;
let rr = 0;
let abstainRight = 0;
const byKind = new Map<string, { n: number; hit1: number; hit3: number }>();
const misses: string[] = [];

for (const item of questions) {
  const result = desk.ask(item.q, { limit: 25 });
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
  hitAt1: +(hit1 / answerable).toFixed(3),
  hitAt3: +(hit3 / answerable).toFixed(3),
  mrr: +(rr / answerable).toFixed(3),
  abstentionAccuracy: +(abstainRight / questions.length).toFixed(3),
};

if (args.has('--json')) {
  console.log(JSON.stringify(figures));
} else {
  console.log(`Crisis Desk eval (${set}): ${figures.questions} questions (${answerable} answerable, ${figures.unanswerable} unanswerable)`);
  console.log(`  hit@1 ${figures.hitAt1}   hit@3 ${figures.hitAt3}   MRR ${figures.mrr}   abstention accuracy ${figures.abstentionAccuracy}`);
  console.log('  by kind (hit@1 / hit@3; for unanswerable: correctly abstained):');
  for (const [kind, k] of byKind) console.log(`    ${kind.padEnd(13)} ${k.hit1}/${k.n}  ${k.hit3}/${k.n}`);
  if (args.has('--verbose')) for (const m of misses) console.log(`  ${m}`);
}
