/**
 * Benchmarks quote extraction and speaker attribution on PolNeAR
 * (see ../shared/eval/polnear/ABOUT.md, "Suggested scoring").
 *
 *   npm run eval:quotes -- [--split train|dev|test] [--json] [--errors N]
 *   npm run eval:quotes -- --reported [--split …] [--json] [--errors N]
 *
 * The split defaults to dev: test is read only when asked for by name (it is run once, at the
 * end; a default of test had it read by accident while tuning).
 *
 * `--reported` scores reported statements (`extractStatements`, kind 'reported') against
 * PolNeAR's gold attributions without quotation marks in their content (indirect speech; the
 * .ann parsing of scripts/speakers/polnearGold.ts): a prediction is right when ≥ 50 % of its
 * characters lie in one gold content (precision), a gold content is found when predictions
 * cover ≥ 50 % of it (recall); strict: both ≥ 80 %. Speaker right: the mention overlaps the gold
 * source, or the speaker's last word is the gold person's (resolved as polnearGold does) or the
 * gold source's last word. Recall is also given for gold whose cue is a speech verb (said, told,
 * according to, …), what the extractor is for; PolNeAR's other attributions (believes, wants,
 * polls show) are out of its scope.
 *
 * Reads the gold from POLNEAR_DIR (default ../shared/eval/polnear relative to the repo).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes, extractStatements } from '../src/quotes/extractQuotes';
import { isCue } from '../src/quotes/cues';
import type { Quote } from '../src/quotes/types';
import { readSplitGold, type Attribution as GoldAttribution } from './speakers/polnearGold';

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
const split = opt('--split') ?? 'dev';
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

if (args.includes('--reported')) {
  evalReported();
  process.exit(0);
}

const t0 = Date.now();
const files = readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort();
const totals = {
  gold: 0, pred: 0, tp8: 0, tp3: 0, fqGold: 0, fqTp: 0, fqPred: 0, e2e: 0,
  spk: { all: [0, 0], name: [0, 0], nominal: [0, 0], pronoun: [0, 0] } as Record<string, [number, number]>,
  /** Matched quotes (gold source not none) by what we predicted: no speaker, a wrong named person, a wrong unnamed mention. */
  noSpeaker: 0, wrongNamed: 0, wrongUnnamed: 0,
};
const errors: string[] = [];
/** Quotations printed with two apostrophes or backticks (PolNeAR's NYT texts): not in the derived gold. */
const TYPEWRITER = /^(''|``)/;
let typewriter = 0;
for (const f of files) {
  const id = f.replace(/\.txt$/, '');
  const text = readFileSync(join(textDir, f), 'utf8');
  // The derived gold lists only quotations in “ ” or " marks; ''…'' quotations cannot be judged against it.
  const all = extractQuotes(text);
  const preds = all.filter((q) => !TYPEWRITER.test(q.text));
  typewriter += all.length - preds.length;
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
  if (typewriter) console.log(`(${typewriter} quotations in '' … '' marks left out: the derived gold lists only “ ” and " quotations)`);
  console.log('Published figures are on other data (GGT: 98 Canadian articles; citron: PARC 3.0) — context, not a like-for-like comparison.');
  if (errors.length) console.log('\n' + errors.join('\n'));
}

/* ------------------------------------------------------------- reported speech ---------- */

function evalReported(): void {
  const t0 = Date.now();
  const g = readSplitGold(dir, split as 'train' | 'dev' | 'test');
  const byStem = new Map<string, GoldAttribution[]>();
  for (const a of g.attributions) byStem.set(a.stem, [...(byStem.get(a.stem) ?? []), a]);
  const quoted = (a: GoldAttribution) => /[“”"]/.test(a.contentText);
  const speechCue = (a: GoldAttribution) => /\baccording to\b/i.test(a.cueText) || a.cueText.toLowerCase().split(/[^a-z’']+/).some((w) => isCue(w));
  const inter = (s: number, e: number, spans: readonly [number, number][]) =>
    spans.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(e, b) - Math.max(s, a)), 0);
  const size = (spans: readonly [number, number][]) => spans.reduce((sum, [a, b]) => sum + (b - a), 0);
  const t = {
    pred: 0, spanOk: 0, strictOk: 0, spkOk: 0, wrongNamed: 0, wrongUnnamed: 0, named: 0, namedOk: 0,
    gold: 0, goldSpeech: 0, found: 0, foundSpeech: 0, foundStrict: 0,
    direct: { pred: 0, spanOk: 0, spkOk: 0 },
  };
  const errors: string[] = [];
  const byForm = new Map<string, [number, number, number]>();
  for (const [stem, text] of g.texts) {
    const golds = byStem.get(stem) ?? [];
    const preds = extractStatements(text);
    const reported = preds.filter((p) => p.kind === 'reported');
    const indirect = golds.filter((a) => !quoted(a));
    for (const p of reported) {
      t.pred++;
      // The gold content holding most of the prediction.
      let best: GoldAttribution | null = null;
      let bestIn = 0;
      for (const a of golds) {
        const i = inter(p.start, p.end, a.content);
        if (i > bestIn) { bestIn = i; best = a; }
      }
      const len = p.end - p.start;
      const spanOk = !!best && bestIn >= 0.5 * len;
      const strict = spanOk && bestIn >= 0.8 * len && bestIn >= 0.8 * size(best!.content);
      const form = p.cue === 'according to' ? 'according' : /ing$/.test(p.cue ?? '') ? 'participle' : 'said/told/…';
      const f = byForm.get(form) ?? [0, 0, 0];
      f[0]++;
      if (p.named) { t.named++; }
      if (!spanOk) {
        if (errors.length < showErrors * 2) errors.push(`FP  ${stem} [${p.speaker} | ${p.cue}] ${JSON.stringify(p.text.slice(0, 100))}`);
        byForm.set(form, f);
        continue;
      }
      t.spanOk++;
      f[1]++;
      if (strict) t.strictOk++;
      const ok = speakerRight(p, best!);
      if (ok) { t.spkOk++; f[2]++; if (p.named) t.namedOk++; }
      else if (p.named) t.wrongNamed++;
      else t.wrongUnnamed++;
      if (!ok && errors.length < showErrors * 2) {
        errors.push(`SPK ${stem} ${JSON.stringify(p.text.slice(0, 70))}\n    gold=${best!.sourceText} (${best!.person ?? '?'}) pred=${p.speaker} mention=${p.mention} cue=${p.cue}`);
      }
      byForm.set(form, f);
    }
    for (const a of indirect) {
      t.gold++;
      const speech = speechCue(a);
      if (speech) t.goldSpeech++;
      const covered = reported.reduce((sum, p) => sum + inter(p.start, p.end, a.content), 0);
      const found = covered >= 0.5 * size(a.content);
      if (found) { t.found++; if (speech) t.foundSpeech++; }
      if (reported.some((p) => { const i = inter(p.start, p.end, a.content); return i >= 0.8 * size(a.content) && i >= 0.8 * (p.end - p.start); })) t.foundStrict++;
      if (!found && speech && errors.length < showErrors * 3 && errors.length >= 0) {
        if (errors.filter((e) => e.startsWith('FN')).length < showErrors) errors.push(`FN  ${stem} <${a.sourceText} | ${a.cueText}> ${JSON.stringify(a.contentText.slice(0, 100))}`);
      }
    }
  }
  const pct = (a: number, b: number) => (b ? +(100 * a / b).toFixed(1) : 0);
  const report = {
    split,
    mode: 'reported',
    articles: g.texts.size,
    seconds: (Date.now() - t0) / 1000,
    predictions: t.pred,
    precision: pct(t.spanOk, t.pred),
    precisionStrict: pct(t.strictOk, t.pred),
    goldIndirect: t.gold,
    goldIndirectSpeechCue: t.goldSpeech,
    recall: pct(t.found, t.gold),
    recallSpeechCue: pct(t.foundSpeech, t.goldSpeech),
    recallStrict: pct(t.foundStrict, t.gold),
    speakerAccuracy: pct(t.spkOk, t.spanOk),
    endToEndPrecision: pct(t.spkOk, t.pred),
    namedPredictions: t.named,
    namedSpeakerAccuracy: pct(t.namedOk, t.named - (t.named - t.namedOk - t.wrongNamed)),
    wrongNamed: { count: t.wrongNamed, shareOfPredictions: pct(t.wrongNamed, t.pred) },
    wrongUnnamed: t.wrongUnnamed,
    byForm: Object.fromEntries([...byForm].map(([k, [n, span, spk]]) => [k, { predictions: n, precision: pct(span, n), speakerRightOfMatched: pct(spk, span) }])),
  };
  if (asJson) console.log(JSON.stringify(report));
  else {
    console.log(`PolNeAR ${split}, reported statements: ${report.articles} articles, ${report.seconds.toFixed(1)} s`);
    console.log(`  predictions ${t.pred}: precision ${report.precision}% (strict ${report.precisionStrict}%), speaker right ${report.speakerAccuracy}% of matched, end-to-end precision ${report.endToEndPrecision}%`);
    console.log(`  wrong named person ${t.wrongNamed} (${report.wrongNamed.shareOfPredictions}% of predictions), wrong unnamed ${t.wrongUnnamed}`);
    console.log(`  gold indirect ${t.gold}: recall ${report.recall}% (strict ${report.recallStrict}%); with a speech cue ${t.goldSpeech}: recall ${report.recallSpeechCue}%`);
    for (const [k, v] of Object.entries(report.byForm)) console.log(`  ${k.padEnd(14)} ${JSON.stringify(v)}`);
    if (errors.length) console.log('\n' + errors.join('\n'));
  }

  function speakerRight(p: Quote, a: GoldAttribution): boolean {
    if (p.speakerStart !== null && p.speakerEnd !== null && a.source.some(([s, e]) => p.speakerStart! < e && p.speakerEnd! > s)) return true;
    if (!p.speaker) return false;
    const mine = lastToken(p.speaker);
    if (a.person && mine === lastToken(a.person)) return true;
    return !!a.sourceText && mine === lastToken(a.sourceText);
  }
}
