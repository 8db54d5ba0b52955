/**
 * Benchmarks quote extraction and speaker attribution on PolNeAR
 * (see ../shared/eval/polnear/ABOUT.md, "Suggested scoring").
 *
 *   npm run eval:quotes -- [--split train|dev|test] [--json] [--errors N]
 *
 * Reads the gold from POLNEAR_DIR (default ../shared/eval/polnear relative to the repo).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../src/quotes/extractQuotes';
import type { Quote } from '../src/quotes/types';

interface GoldLine {
  article: string;
  quoted_segments: [number, number][];
  fully_quoted: boolean;
  source: { fragments: [number, number][]; text: string; type: 'name' | 'nominal' | 'pronoun' | 'none' };
  source_resolved_silver?: string | null;
}

interface GoldSeg { start: number; end: number; line: GoldLine }

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const split = opt('--split') ?? 'test';
const asJson = args.includes('--json');
const showErrors = Number(opt('--errors') ?? 0);
if (!['train', 'dev', 'test'].includes(split)) {
  console.error(`--split must be train, dev or test (got ${split})`);
  process.exit(2);
}

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.POLNEAR_DIR ?? resolve(repo, '../shared/eval/polnear');
const goldFile = join(dir, `direct_quotes.${split}.jsonl`);
const textDir = join(dir, 'data', split, 'text');
if (!existsSync(goldFile) || !existsSync(textDir)) {
  console.error(`PolNeAR gold not found: expected ${goldFile} and ${textDir}. Set POLNEAR_DIR to the polnear folder.`);
  process.exit(1);
}

const gold = new Map<string, GoldSeg[]>();
for (const line of readFileSync(goldFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const g = JSON.parse(line) as GoldLine;
  const list = gold.get(g.article) ?? [];
  for (const [start, end] of g.quoted_segments) list.push({ start, end, line: g });
  gold.set(g.article, list);
}

const overlap = (g: { start: number; end: number }, p: { start: number; end: number }): number =>
  Math.max(0, Math.min(g.end, p.end) - Math.max(g.start, p.start)) / Math.max(1, g.end - g.start);

/** Greedy matching: each gold segment takes the unmatched prediction with the highest overlap. */
function match(golds: GoldSeg[], preds: Quote[], threshold: number): Map<GoldSeg, Quote> {
  const used = new Set<Quote>();
  const out = new Map<GoldSeg, Quote>();
  for (const g of golds) {
    let best: Quote | null = null;
    let bestOv = 0;
    for (const p of preds) {
      if (used.has(p)) continue;
      const ov = overlap(g, p);
      if (ov > bestOv) { bestOv = ov; best = p; }
    }
    if (best && bestOv >= threshold) { used.add(best); out.set(g, best); }
  }
  return out;
}

const lastToken = (s: string): string =>
  s.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\s-]/gu, ' ').trim().split(/\s+/).pop() ?? '';

/** The ABOUT.md rule: mention offsets overlap the gold source, or the surname matches the gold text / silver. */
function speakerCorrect(g: GoldSeg, p: Quote): boolean {
  const src = g.line.source;
  if (p.speakerStart !== null && p.speakerEnd !== null &&
    src.fragments.some(([s, e]) => p.speakerStart! < e && p.speakerEnd! > s)) return true;
  if (!p.speaker) return false;
  const mine = lastToken(p.speaker);
  if (src.type === 'name') return mine === lastToken(src.text);
  const silver = g.line.source_resolved_silver;
  return !!silver && mine === lastToken(silver);
}

const prf = (tp: number, np: number, ng: number) => {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, pred: np, gold: ng };
};

const t0 = Date.now();
const files = readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort();
const totals = {
  gold: 0, pred: 0, tp8: 0, tp3: 0, fqGold: 0, fqTp: 0, fqPred: 0, e2e: 0,
  spk: { all: [0, 0], name: [0, 0], nominal: [0, 0], pronoun: [0, 0] } as Record<string, [number, number]>,
  /** Matched quotes (gold source not none) by what we predicted: no speaker, a wrong named person, a wrong unnamed mention. */
  noSpeaker: 0, wrongNamed: 0, wrongUnnamed: 0,
};
const errors: string[] = [];
for (const f of files) {
  const id = f.replace(/\.txt$/, '');
  const text = readFileSync(join(textDir, f), 'utf8');
  const preds = extractQuotes(text);
  const golds = gold.get(id) ?? [];
  const m8 = match(golds, preds, 0.8);
  const m3 = match(golds, preds, 0.3);
  totals.gold += golds.length;
  totals.pred += preds.length;
  totals.tp8 += m8.size;
  totals.tp3 += m3.size;
  const fq = golds.filter((g) => g.line.fully_quoted);
  const matchedToOther = new Set([...m8].filter(([g]) => !g.line.fully_quoted).map(([, p]) => p));
  totals.fqGold += fq.length;
  totals.fqTp += fq.filter((g) => m8.has(g)).length;
  totals.fqPred += preds.filter((p) => !matchedToOther.has(p)).length;
  for (const [g, p] of m8) {
    const type = g.line.source.type;
    if (type === 'none') { totals.e2e++; continue; }
    const ok = speakerCorrect(g, p);
    for (const k of ['all', type]) { totals.spk[k]![1]++; if (ok) totals.spk[k]![0]++; }
    if (ok) totals.e2e++;
    else if (p.speaker === null && p.speakerStart === null) totals.noSpeaker++;
    else if (p.named) totals.wrongNamed++;
    else totals.wrongUnnamed++;
    if (!ok && errors.length < showErrors) {
      errors.push(`SPK ${id} ${JSON.stringify(text.slice(g.start, g.end).slice(0, 70))}\n    gold=${g.line.source.text} (${type}, silver ${g.line.source_resolved_silver}) pred=${p.speaker} mention=${p.mention} cue=${p.cue}`);
    }
  }
  if (showErrors) {
    const matched = new Set(m8.values());
    for (const g of golds) if (!m8.has(g) && errors.length < showErrors * 2) errors.push(`FN  ${id} ${JSON.stringify(text.slice(g.start, g.end).slice(0, 90))}`);
    for (const p of preds) if (!matched.has(p) && errors.length < showErrors * 3) errors.push(`FP  ${id} ${JSON.stringify(p.text.slice(0, 90))} [${p.speaker} | ${p.cue}]`);
  }
}

const acc = (k: string) => {
  const [ok, n] = totals.spk[k]!;
  return { accuracy: n ? ok / n : 0, correct: ok, total: n };
};
const report = {
  split,
  articles: files.length,
  seconds: (Date.now() - t0) / 1000,
  quotes08: prf(totals.tp8, totals.pred, totals.gold),
  quotes03: prf(totals.tp3, totals.pred, totals.gold),
  fullyQuoted08: prf(totals.fqTp, totals.fqPred, totals.fqGold),
  speaker: { overall: acc('all'), name: acc('name'), nominal: acc('nominal'), pronoun: acc('pronoun') },
  /** Shares of matched quotes (gold source not none): wrongNamed is the precision failure that matters most. */
  speakerErrors: {
    noSpeaker: totals.noSpeaker / Math.max(1, totals.spk.all![1]),
    wrongNamed: totals.wrongNamed / Math.max(1, totals.spk.all![1]),
    wrongUnnamed: totals.wrongUnnamed / Math.max(1, totals.spk.all![1]),
    counts: { noSpeaker: totals.noSpeaker, wrongNamed: totals.wrongNamed, wrongUnnamed: totals.wrongUnnamed },
  },
  endToEnd08: prf(totals.e2e, totals.pred, totals.gold),
  published: {
    'GGT V7.0 (own 98 articles)': { quoteF1_08: 0.761, quoteF1_03: 0.837, speakerMatch_08: 0.874 },
    'citron en_2021-11-15 (PARC 3.0)': { sourceF1_overlap: 0.853, contentF1_overlap: 0.833 },
  },
};

if (asJson) {
  console.log(JSON.stringify(report));
} else {
  const pc = (x: number) => (100 * x).toFixed(1).padStart(5);
  const row = (name: string, r: ReturnType<typeof prf>) =>
    `${name.padEnd(26)} P ${pc(r.p)}  R ${pc(r.r)}  F1 ${pc(r.f1)}   (tp ${r.tp}, pred ${r.pred}, gold ${r.gold})`;
  console.log(`PolNeAR ${split}: ${files.length} articles, ${report.seconds.toFixed(1)} s`);
  console.log(row('quotes @0.8', report.quotes08) + '   | GGT V7.0: F1 76.1');
  console.log(row('quotes @0.3', report.quotes03) + '   | GGT V7.0: F1 83.7');
  console.log(row('fully quoted @0.8', report.fullyQuoted08));
  for (const k of ['overall', 'name', 'nominal', 'pronoun'] as const) {
    const a = report.speaker[k];
    console.log(`speaker ${k.padEnd(18)} ${pc(a.accuracy)}%  (${a.correct}/${a.total})${k === 'overall' ? '   | GGT V7.0: 87.4%; citron source F1 85.3 (overlap, PARC 3.0)' : ''}`);
  }
  const se = report.speakerErrors;
  console.log(`speaker misses: wrong named ${pc(se.wrongNamed)}% (${se.counts.wrongNamed})   wrong unnamed ${pc(se.wrongUnnamed)}% (${se.counts.wrongUnnamed})   none ${pc(se.noSpeaker)}% (${se.counts.noSpeaker})`);
  console.log(row('end-to-end @0.8', report.endToEnd08));
  console.log('Published figures are on other data (GGT: 98 Canadian articles; citron: PARC 3.0) — context, not a like-for-like comparison.');
  if (errors.length) console.log('\n' + errors.join('\n'));
}
