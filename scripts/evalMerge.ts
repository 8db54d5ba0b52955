/**
 * `npm run eval:merge`: which sentences the answers merge as copies printed by several
 * outlets, over PolNeAR (real 2016 news, read-only, never copied into the repo), and an audit
 * of every merged group made independently of the merge rule: do its members differ in a
 * figure, in negation, or in their named speaker? The rule (`copyKey`) allows none of these.
 *
 *   npm run eval:merge [-- --verbose]
 *
 * Reads POLNEAR_DIR (default ../shared/eval/polnear relative to the repo). Units are built as
 * answers build them: each sentence with the speaker of its quotation (a named one first).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyKey } from '../src/answer/copyKey';
import { mergeCopies } from '../src/answer/mergeDuplicates';
import { sentenceSpeaker } from '../src/answer/sentenceSpeaker';
import { buildDeskData } from '../src/build/buildDeskData';
import { readPolnear } from './bench/readPolnear';

const verbose = process.argv.includes('--verbose');
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.POLNEAR_DIR ?? resolve(repo, '../shared/eval/polnear');
if (!existsSync(join(dir, 'data', 'metadata.tsv'))) {
  console.error(`PolNeAR not found at ${dir}: set POLNEAR_DIR to the polnear folder.`);
  process.exit(1);
}
const data = buildDeskData(readPolnear(dir), new Date());
const units = data.sentences.map((s, i) => {
  const speaker = sentenceSpeaker(data, i);
  const named = (data.quotesBySentence.get(i) ?? []).some((q) => data.quotes[q]!.named && data.quotes[q]!.speaker === speaker);
  return { text: s.text, outlet: s.outlet, speaker, named };
});
const groups = mergeCopies(units, (u) => copyKey(u.text, u.speaker)).filter((g) => new Set(g.map((u) => u.outlet)).size > 1);

// The audit: its own readings of figures, negation and speakers, not the rule's.
const figures = (t: string) => (t.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/,/g, '')).sort().join(' ');
const negations = (t: string) => (t.toLowerCase().replace(/’/g, "'").match(/\b(?:not|no|never|nothing|none|neither|nor|without|\w+n[’']t)\b/g) ?? []).sort().join(' ');
const audit = { groups: groups.length, sentences: groups.reduce((n, g) => n + g.length, 0), differentFigures: 0, differentNegation: 0, differentNamedSpeakers: 0, namedWithUnattributed: 0 };
const examples: string[] = [];
for (const g of groups) {
  const flag = (what: keyof typeof audit, differs: boolean) => {
    if (!differs) return;
    audit[what]++;
    examples.push(`${what}:\n${g.map((u) => `    [${u.outlet}; ${u.speaker ?? 'no speaker'}] ${u.text}`).join('\n')}`);
  };
  flag('differentFigures', new Set(g.map((u) => figures(u.text))).size > 1);
  flag('differentNegation', new Set(g.map((u) => negations(u.text))).size > 1);
  const named = new Set(g.filter((u) => u.named).map((u) => u.speaker));
  flag('differentNamedSpeakers', named.size > 1);
  flag('namedWithUnattributed', named.size > 0 && g.some((u) => !u.speaker));
}
console.log(`PolNeAR: ${data.sentences.length} sentences; ${audit.groups} groups merged across outlets (${audit.sentences} sentences)`);
console.log(`  groups joining different figures: ${audit.differentFigures}`);
console.log(`  groups joining a sentence with its negation: ${audit.differentNegation}`);
console.log(`  groups joining different named speakers: ${audit.differentNamedSpeakers}`);
console.log(`  groups joining a named speaker's copy with an unattributed one: ${audit.namedWithUnattributed}`);
if (verbose) for (const e of examples) console.log(`  ${e}`);
