/**
 * How often outlets report the same figure, and how often they disagree, on PolNeAR
 * (real 2016 news from eight publishers; read-only, never copied into the repo).
 *
 *   npm run eval:compare [-- --limit N] [--json]
 *
 * Builds a DeskData from the PolNeAR texts (first line the headline, outlet the publisher
 * named in data/metadata.tsv), extracts every sentence's figures, groups them across the
 * whole corpus with the same rules as `compare`, and prints how many groups several outlets
 * report, how many agree / are compatible / differ, wire copy found, and a sample of 5 groups.
 * Reads POLNEAR_DIR (default ../shared/eval/polnear relative to the repo).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../src/claims/extractClaims';
import { findWireCopy } from '../src/claims/findWireCopy';
import { commonPlaceTest, groupClaims } from '../src/claims/groupClaims';
import type { ClaimGroup } from '../src/claims/types';
import { buildDeskData } from '../src/build/buildDeskData';
import { readPolnear } from './bench/readPolnear';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const asJson = args.includes('--json');

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.POLNEAR_DIR ?? resolve(repo, '../shared/eval/polnear');
if (!existsSync(join(dir, 'data', 'metadata.tsv'))) {
  console.error(`PolNeAR not found: expected ${join(dir, 'data', 'metadata.tsv')} and data/*/text/*.txt. Set POLNEAR_DIR to the polnear folder.`);
  process.exit(1);
}
const articles = readPolnear(dir).slice(0, limit);
if (articles.length === 0) {
  console.error(`PolNeAR texts not found under ${join(dir, 'data')}/{train,dev,test}/text.`);
  process.exit(1);
}

const t0 = performance.now();
const data = buildDeskData(articles, new Date());
const t1 = performance.now();
const claims = extractClaims(data);
const t2 = performance.now();
// No topic picks the sentences here, so two claims must share two context words, not one.
const groups = groupClaims(claims, { isCommonPlace: commonPlaceTest(data), minSharedContext: 2 });
const t3 = performance.now();
const wire = findWireCopy(data);
const t4 = performance.now();

const count = (a: ClaimGroup['agreement']) => groups.filter((g) => g.agreement === a).length;
const byKind = new Map<string, number>();
for (const c of claims) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
// A sample across verdicts: the differing, compatible and agreeing groups with the most outlets.
const sample = [
  ...groups.filter((g) => g.agreement === 'differ').slice(0, 2),
  ...groups.filter((g) => g.agreement === 'compatible').slice(0, 1),
  ...groups.filter((g) => g.agreement === 'same').slice(0, 2),
];
const summary = {
  articles: articles.length,
  outlets: new Set(articles.map((a) => a.outlet)).size,
  sentences: data.sentences.length,
  claims: claims.length,
  claimsByKind: Object.fromEntries(byKind),
  groups: groups.length,
  same: count('same'),
  compatible: count('compatible'),
  differ: count('differ'),
  wireGroups: wire.length,
  wireWithAgency: wire.filter((w) => w.agency).length,
  seconds: { build: (t1 - t0) / 1000, extract: (t2 - t1) / 1000, group: (t3 - t2) / 1000, wire: (t4 - t3) / 1000 },
};

if (asJson) {
  console.log(JSON.stringify({ ...summary, sample: sample.map((g) => ({ quantity: g.quantity, agreement: g.agreement, figures: g.figures.map((f) => ({ text: f.claim.text, outlets: f.outlets, sentence: f.claim.sentenceText })) })) }));
} else {
  const s = summary;
  console.log(`PolNeAR: ${s.articles} articles from ${s.outlets} outlets, ${s.sentences} sentences, ${s.claims} figures (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')})`);
  console.log(`Figure groups reported by several outlets: ${s.groups} — same ${s.same}, compatible ${s.compatible}, differ ${s.differ}`);
  console.log(`Wire copy: ${s.wireGroups} sentences carried by several outlets (${s.wireWithAgency} with a credited agency)`);
  console.log(`Time: build ${s.seconds.build.toFixed(1)} s, extract ${s.seconds.extract.toFixed(1)} s, group ${s.seconds.group.toFixed(1)} s, wire ${s.seconds.wire.toFixed(1)} s`);
  console.log('\nSample:');
  for (const g of sample) {
    console.log(`\n${g.quantity} — ${g.agreement}: ${g.note}`);
    for (const f of g.figures.slice(0, 4)) console.log(`  • ${f.claim.text} — ${f.outlets.join(', ')}\n      “${f.claim.sentenceText.slice(0, 200)}”`);
  }
}
