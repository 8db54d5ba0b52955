/**
 * Diagnostics for issue #14 (not part of the eval figures): why PolNeAR dev speaker questions
 * miss. For each gold attribution of a what-said question not found in the first max(10, n)
 * answers: not extracted (no quotation or reported statement falls on it), extracted but
 * credited to another speaker or none, or extracted and credited but ranked below. For who-said
 * misses: no answer vs a wrong speaker. Prints counts, and examples with `--examples N`.
 *
 * `--context` adds the text around each example's content (from the start of its sentence), to see the construction.
 *
 *   npx tsx scripts/speakers/classifyMisses.ts [--split dev] [--examples N] [--kind not-extracted|other|ranked] [--context]
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSplitDesk, placeInPolnear, type Split } from './polnearDesks';
import { makeQuestions, readSplitGold, readSplitTexts, type Attribution, type Span } from './polnearGold';

const args = process.argv.slice(2);
const opt = (n: string) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const split = (opt('--split') ?? 'dev') as Split;
if (split === 'test') throw new Error('not on test');
const examples = Number(opt('--examples') ?? 0);
const context = args.includes('--context');
const only = opt('--kind');
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const root = process.env.POLNEAR_DIR ?? resolve(repo, '../shared/eval/polnear');

const gold = readSplitGold(root, split);
const allTexts: string[] = [];
for (const s of ['train', 'dev', 'test'] as const) allTexts.push(...(s === split ? gold.texts.values() : readSplitTexts(root, s).values()));
const questions = makeQuestions(gold, allTexts);
const d = await loadSplitDesk(root, split);
const { desk, data } = d.loaded;
const articleOf = new Map([...d.stemOf].map(([a, s]) => [s, a]));

const inter = (a: Span, spans: readonly Span[]) => spans.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(a[1], e) - Math.max(a[0], s)), 0);
const size = (spans: readonly Span[]) => spans.reduce((sum, [s, e]) => sum + (e - s), 0);
const fallsOn = (a: Span, g: Attribution) => {
  const i = inter(a, g.content);
  return i > 0 && (i >= 0.5 * (a[1] - a[0]) || i >= 0.5 * size(g.content));
};
const surname = (n: string) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\s-]/gu, ' ').trim().split(/\s+/).pop() ?? '';
const same = (a: string | null | undefined, b: string) => !!a && (surname(a) === surname(b) || (Math.min(surname(a).length, surname(b).length) >= 5 && (surname(a).startsWith(surname(b)) || surname(b).startsWith(surname(a)))));

/** The same person: same surname, and the first name too when the speaker has one (Heidi Cruz is not Ted Cruz). */
const samePerson = (a: string | null | undefined, b: string) => {
  if (!same(a, b)) return false;
  const words = a!.replace(/\b\p{Lu}\.\s*/gu, '').split(/\s+/).filter(Boolean);
  return words.length < 2 || words[0]!.toLowerCase() === b.split(/\s+/)[0]!.toLowerCase();
};

const placeSentence = (article: string, sentenceId: string, text: string) => placeInPolnear(d, article, sentenceId, text);

/** The text from the start of the sentence (or paragraph) holding a gold attribution's first span to its end, on one line. */
function around(g: Attribution): string {
  const text = gold.texts.get(g.stem) ?? '';
  const from = Math.min(g.content[0]![0], ...g.source.map((s) => s[0]));
  const to = Math.max(g.content[g.content.length - 1]![1], ...g.source.map((s) => s[1]));
  let s = from;
  while (s > 0 && from - s < 300 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  return text.slice(s, Math.min(to + 40, s + 600)).replace(/\s+/g, ' ');
}

/** The desk's statements falling on a gold attribution. */
function extractedOn(g: Attribution) {
  const article = articleOf.get(g.stem)!;
  const shift = d.shift.get(g.stem)!;
  return data.quotes.filter((q) => q.article === article && fallsOn([q.start + shift, q.end + shift], g));
}

/** A coarse form of a gold attribution, for the not-extracted counts. */
function formOf(g: Attribution): string {
  if (g.content[0]![0] < d.shift.get(g.stem)!) return 'in the headline (not in the body the desk reads)';
  const cue = g.cueText.toLowerCase().trim();
  const parts: string[] = [];
  if (/''|``/.test(g.contentText)) parts.push("direct, '' marks");
  else if (/[“"]/.test(g.contentText)) parts.push('direct');
  else parts.push('indirect');
  if (/according/.test(cue)) parts.push('according to');
  else if (/^(said|says|say|told|tells|tell|saying|telling)$/.test(cue)) parts.push('say/tell');
  else if (REPORT_FINITE.has(cue) || PARTICIPLE.test(cue)) parts.push('other speech verb');
  else parts.push('other cue (belief, intent, act, noun)');
  const sentences = (g.contentText.match(/[.!?]['’”"]*\s+['‘“"]*\p{Lu}/gu) ?? []).length + 1;
  if (sentences > 1) parts.push('multi-sentence');
  if (g.source[0] && g.content[0] && g.source[0][0] > g.content[0][0]) parts.push('source after');
  return parts.join(', ');
}
const SPEECH = `say tell add note write declare insist explain argue claim state warn acknowledge admit announce assert
reply respond remark observe tweet post complain suggest predict conclude concede contend emphasize stress promise
vow pledge boast testify reiterate confirm repeat caution maintain allege reveal disclose affirm reaffirm guarantee assure
recall retort counter agree mention deny charge report estimate hint signal indicate ask urge joke quip accuse call describe criticize praise`.split(/\s+/);
const REPORT_FINITE = new Set(SPEECH.flatMap((b) => [b, b + 's', b + 'ed', b + 'd', b.replace(/y$/, 'ied'), b.replace(/y$/, 'ies'), b + 'es', 'told', 'said', 'wrote', 'joked', 'quipped', 'admitted']));
const PARTICIPLE = new RegExp(`^(${SPEECH.map((b) => b.replace(/e$/, '')).join('|')})ing$`);

const counts = new Map<string, number>();
const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
const shown = new Map<string, number>();
const show = (k: string, line: string) => {
  if ((only && !k.startsWith(only)) || (shown.get(k) ?? 0) >= examples) return;
  shown.set(k, (shown.get(k) ?? 0) + 1);
  console.log(`[${k}] ${line}`);
};
const seen = new Set<Attribution>();
for (const q of questions) {
  if (q.form === 'who-said') {
    const answers = desk.ask(q.q, { limit: 10 }).answers;
    if (same(answers[0]?.speaker, q.name)) continue;
    const k = answers.length === 0 ? 'who-said: none returned' : answers[0]!.speaker ? 'who-said: wrong speaker' : 'who-said: first answer has no speaker';
    add(k);
    show(k, `${q.q} gold ${q.name} → ${answers[0]?.speaker ?? '-'} | ${answers[0]?.text.slice(0, 120) ?? ''}`);
    continue;
  }
  if (q.form !== 'what-said') continue;
  const n = q.gold.length;
  const answers = desk.ask(q.q, { limit: Math.max(10, n) }).answers;
  const placed = answers.flatMap((a) => (a.sources.length ? a.sources : [{ article: a.article, sentenceId: a.sentenceId }]).map((s) => placeSentence(s.article, s.sentenceId, a.text)).filter((p) => p !== null));
  for (const g of q.gold) {
    if (placed.some((p) => p.stem === g.stem && fallsOn(p.span, g))) continue;
    if (seen.has(g)) continue;
    seen.add(g);
    const on = extractedOn(g);
        let k: string;
    if (on.length === 0) k = `not-extracted: ${formOf(g)}`;
    else if (on.some((x) => samePerson(x.speaker, q.name))) k = answers.length === 0 ? 'ranked: credited, no answers at all' : 'ranked: credited but not in the first max(10, n)';
    else if (on.some((x) => same(x.speaker, q.name))) k = 'other: extracted, credited to another person of the same surname (or a bad name)';
    else if (on.every((x) => !x.speaker)) k = 'other: extracted, no speaker';
    else k = `other: extracted, credited to ${on.some((x) => x.named) ? 'another named' : 'an unnamed mention'}`;
    add(k.replace(/^(not-extracted): .*/, (m) => m));
    add(k.split(':')[0]! + ' (total)');
    show(k, `${q.name} | src "${g.sourceText}" cue "${g.cueText}" | ${g.contentText.slice(0, 160).replace(/\n/g, ' ')}${on.length ? ` | desk: ${on.map((x) => `${x.kind}/${x.speaker ?? '-'}`).join(', ')}` : ''}${context ? ` || ${around(g)}` : ''}`);
  }
}
console.log('\ncounts:');
for (const [k, v] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`  ${String(v).padStart(4)}  ${k}`);
