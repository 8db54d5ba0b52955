/**
 * `npm run eval:speakers`: speaker questions the way people ask them (issue #14), measured
 * before the speaker code changes.
 *
 *   npm run eval:speakers [-- --json] [--split train|dev|test] [--seeds-only] [--polnear-only] [--no-plain]
 *                          [--chat-only] [--misses N] [--holdout-misses] [--blind]
 *
 * Two sources of questions:
 *  - Seeds (test/eval/speakers.dev.json, speakers.holdout.json): written by hand over corpus/,
 *    before the code changes; holdout is never tuned on (its misses print only with
 *    `--holdout-misses`). An answer is a speaker's statement when its text (quote-normalised)
 *    contains an expected snippet, or lies inside one. `--blind` adds speakers.blind.json,
 *    written in the eighth session by someone who had not read the answering code (questions
 *    worded as in the other two files removed); run it once, at the end.
 *  - PolNeAR (../shared/eval/polnear or POLNEAR_DIR): questions generated at eval time from the
 *    gold attributions (scripts/speakers/polnearGold.ts: the parsing and the resolution rule),
 *    each split answered by a desk of that split's articles only (scripts/speakers/polnearDesks.ts).
 *    Default: train and dev. Test only with an explicit `--split test` (run it once, at the end).
 *    Each template question is also asked in one chat form ("comey quotes?", "did sanders say
 *    anything about wall street": scripts/speakers/chatForms.ts), with the same gold, scored
 *    on its own line ("chat forms") so the template figures stay comparable with earlier runs;
 *    `--chat-only` asks only the chat forms.
 *
 * Metrics (PolNeAR answers are placed by article + offsets: the answer's sentence start in the
 * article body, its text's length, shifted to the PolNeAR text):
 *  - overlap: answer A falls on attribution G when |A∩G| ≥ 50 % of A's characters or ≥ 50 % of
 *    G's (so a sentence holding a short content "a disaster" counts, and so does one sentence of a
 *    long content). An answer is X's when it falls on one of the question's gold attributions,
 *    or ≥ 50 % of its characters lie in the union of their content spans.
 *  - p@5: share of the first five answers (or all, if fewer) that are X's statements (any of
 *    X's, also for topic questions), over questions with gold; no answers counts 0. Seeds: X's
 *    statements are the snippets of X's what-said questions in both files.
 *  - topic@1 (what-said-about): the first answer is one of the topic's gold statements (PolNeAR:
 *    X's attributions whose content has the topic noun; seeds: the question's snippets). PolNeAR also reports p@5 "judged": answers falling on an
 *    attribution whose source could not be resolved to a person (a pronoun in train, say) are
 *    left out of the denominator, since the gold cannot tell whether they are X's.
 *  - recall: share of the question's gold attributions (seeds: expected snippets) that some answer
 *    among the first max(10, n) falls on (n = gold count; the desk is asked for that many).
 *  - speaker right (who-said): the first answer's `speaker` has the gold name's surname (last
 *    word, case/diacritics/possessive-insensitive; one may extend the other: Zelensky/Zelenskyy).
 *  - abstention (absent people): no answers.
 *  - wrong named: share of the first five answers of what-said questions (name, topic, role)
 *    whose `speaker` is a named person of the corpus (the desk's people registry) other than X.
 *  - plain minisearch beside each: `new MiniSearch({ fields: ['text'] })` over the same
 *    sentences, `search(q)`, the top hits as answers, speaker null (as scripts/bench/plainMinisearch.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import type { DeskData } from '../src/model/deskData';
import { loadDesk } from '../src/desk/loadDesk';
import type { Answer, Desk } from '../src/model/types';
import { loadSplitDesk, placeInPolnear, type Split, type SplitDesk } from './speakers/polnearDesks';
import { chatForms, nameRegistryOf } from './speakers/chatForms';
import { makeQuestions, readSplitGold, readSplitTexts, type Attribution, type PolnearQuestion, type Span } from './speakers/polnearGold';
import type { SeedQuestion } from './speakers/seedQuestion';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const asJson = args.includes('--json');
const splitArg = opt('--split');
if (splitArg && !['train', 'dev', 'test'].includes(splitArg)) {
  console.error(`--split must be train, dev or test (got ${splitArg})`);
  process.exit(2);
}
const splits: Split[] = splitArg ? [splitArg as Split] : ['train', 'dev'];
const showMisses = Number(opt('--misses') ?? 0);
const holdoutMisses = args.includes('--holdout-misses');
const chatOnly = args.includes('--chat-only');
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const polnearDir = process.env.POLNEAR_DIR ?? resolve(repo, '../shared/eval/polnear');

/* ------------------------------------------------------------- shared scoring ---------- */

interface Tally {
  questions: number;
  p5: number[];
  p5Judged: number[];
  recall: number[];
  who: number[];
  abstain: number[];
  /** What-said-about: the first answer is one of the topic's gold statements. */
  topic1: number[];
  wrongNamed: number;
  shownForWrong: number;
}
const tally = (): Tally => ({ questions: 0, p5: [], p5Judged: [], recall: [], who: [], abstain: [], topic1: [], wrongNamed: 0, shownForWrong: 0 });
const mean = (xs: number[]) => (xs.length ? +(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3) : null);
const summary = (t: Tally) => ({
  questions: t.questions,
  p5: mean(t.p5),
  ...(t.p5Judged.length ? { p5Judged: mean(t.p5Judged) } : {}),
  recall: mean(t.recall),
  ...(t.topic1.length ? { topicAt1: mean(t.topic1) } : {}),
  speakerRight: mean(t.who),
  abstention: mean(t.abstain),
  wrongNamed: t.shownForWrong ? +(t.wrongNamed / t.shownForWrong).toFixed(3) : null,
  counts: { p5: t.p5.length, recall: t.recall.length, whoSaid: t.who.length, absent: t.abstain.length },
});

/** The surname, past a generational suffix: "Harry B. Harris Jr." is "harris", not "jr". */
const surname = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\s-]/gu, ' ').trim()
    .replace(/(\s+(jr|sr|ii|iii|iv))+$/, '').split(/\s+/).pop() ?? '';
function sameSurname(a: string | null | undefined, b: string): boolean {
  if (!a) return false;
  const x = surname(a);
  const y = surname(b);
  if (!x || !y) return false;
  return x === y || (Math.min(x.length, y.length) >= 5 && (x.startsWith(y) || y.startsWith(x)));
}
/** A named person of the corpus other than the one asked about (the failure that matters most). */
const isOtherNamed = (data: DeskData, speaker: string | null, asked: string) =>
  !!speaker && !sameSurname(speaker, asked) && data.people.lookup(speaker) !== undefined;

/** `--no-plain`: skip the plain minisearch peer (most of a train run's time); its rows then read 0. */
const noPlain = args.includes('--no-plain');

/** Plain minisearch over a desk's sentences: the peer in the figures. */
function plainSearch(data: DeskData) {
  if (noPlain) return (_q: string, _limit: number): DeskData['sentences'] => [];
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  index.addAll(data.sentences.map((s, id) => ({ id, text: s.text })));
  return (q: string, limit: number) => index.search(q).slice(0, limit).map((hit) => data.sentences[hit.id as number]!);
}

/* ------------------------------------------------------------------- seeds ---------- */

const normalise = (t: string) => t.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

async function evalSeeds() {
  const { desk, data } = await loadDesk(process.env.CORPUS_DIR || join(repo, 'corpus'));
  const sets = {
    dev: JSON.parse(readFileSync(join(repo, 'test', 'eval', 'speakers.dev.json'), 'utf8')) as SeedQuestion[],
    holdout: JSON.parse(readFileSync(join(repo, 'test', 'eval', 'speakers.holdout.json'), 'utf8')) as SeedQuestion[],
    ...(args.includes('--blind') && { blind: JSON.parse(readFileSync(join(repo, 'test', 'eval', 'speakers.blind.json'), 'utf8')) as SeedQuestion[] }),
  };
  // A speaker's statements, for p@5 of topic questions: the expected snippets of their
  // what-said questions in both files (every speaker asked about by topic has one).
  // The blind set's own what-said lists join them for its questions only (the figures of the
  // other two stay comparable with earlier runs).
  const statementsOf = (lists: SeedQuestion[][]) => {
    const found = new Map<string, string[]>();
    for (const x of lists.flat()) if (x.form === 'what-said') found.set(x.speaker, [...(found.get(x.speaker) ?? []), ...x.expect]);
    return found;
  };
  const statementsBySet = { dev: statementsOf([sets.dev, sets.holdout]), holdout: statementsOf([sets.dev, sets.holdout]), blind: statementsOf([sets.dev, sets.holdout, sets.blind ?? []]) };
  const plain = plainSearch(data);
  const out: Record<string, unknown> = {};
  for (const set of ['dev', 'holdout', 'blind'] as const) {
    const questions = sets[set];
    if (!questions) continue;
    const statements = statementsBySet[set];
    const desk_ = tally();
    const peer = tally();
    const misses: string[] = [];
    const byStyle = new Map<string, Tally>();
    for (const item of questions) {
      const n = item.expect.length;
      const limit = Math.max(10, n);
      const answers = desk.ask(item.q, { limit }).answers;
      const peerTexts = plain(item.q, limit).map((s) => ({ text: s.text, speaker: null as string | null }));
      const style = byStyle.get(item.style ?? item.form) ?? tally();
      byStyle.set(item.style ?? item.form, style);
      for (const [t, got, isDesk] of [[desk_, answers, true], [peer, peerTexts, false]] as const) {
        const r = scoreSeed(item, got, data, [item.speaker, ...(item.together ?? [])].flatMap((who) => statements.get(who) ?? []));
        addSeed(t, r);
        if (isDesk) {
          addSeed(style, r);
          const bad = (r.p5 !== undefined && r.p5 < 1) || (r.recall !== undefined && r.recall < 1) || r.who === 0 || r.abstain === 0;
          if (bad) misses.push(`${item.form.padEnd(15)} ${item.q}  → p@5 ${r.p5?.toFixed(2) ?? '–'} recall ${r.recall?.toFixed(2) ?? '–'}${r.who !== undefined ? ` speaker ${answers[0]?.speaker ?? 'none'}` : ''}${r.abstain === 0 ? ` answered: ${answers[0]!.text.slice(0, 60)}` : ''}`);
        }
      }
    }
    out[set] = {
      desk: summary(desk_),
      plainMinisearch: summary(peer),
      byStyle: Object.fromEntries([...byStyle].map(([k, t]) => [k, summary(t)])),
      ...(set === 'dev' || holdoutMisses ? { misses } : {}),
    };
  }
  return out;
}

interface SeedResult { p5?: number; recall?: number; who?: number; abstain?: number; topic1?: number; wrong: number; shown: number }

function scoreSeed(item: SeedQuestion, answers: { text: string; speaker: string | null }[], data: DeskData, speakerStatements: string[]): SeedResult {
  const expect = item.expect.map(normalise);
  const theirs = [...expect, ...speakerStatements.map(normalise)];
  const inside = (text: string, snippets: string[]) => {
    const t = normalise(text);
    return snippets.some((e) => t.includes(e) || (t.length >= 20 && e.includes(t)));
  };
  const matches = (text: string) => inside(text, theirs);
  const r: SeedResult = { wrong: 0, shown: 0 };
  if (item.form === 'absent') {
    r.abstain = answers.length === 0 ? 1 : 0;
    return r;
  }
  if (item.form === 'who-said') {
    r.who = sameSurname(answers[0]?.speaker, item.expectSpeaker ?? item.speaker) ? 1 : 0;
    return r;
  }
  const top = answers.slice(0, 5);
  r.p5 = top.length ? top.filter((a) => matches(a.text)).length / top.length : 0;
  const shown = answers.slice(0, Math.max(10, expect.length)).map((a) => normalise(a.text));
  r.recall = expect.filter((e) => shown.some((t) => t.includes(e) || (t.length >= 20 && e.includes(t)))).length / expect.length;
  if (item.form === 'what-said-about') r.topic1 = answers[0] && inside(answers[0].text, expect) ? 1 : 0;
  r.shown = top.length;
  r.wrong = top.filter((a) => [item.speaker, ...(item.together ?? [])].every((who) => isOtherNamed(data, a.speaker, who))).length;
  return r;
}

function addSeed(t: Tally, r: SeedResult) {
  t.questions++;
  if (r.p5 !== undefined) t.p5.push(r.p5);
  if (r.recall !== undefined) t.recall.push(r.recall);
  if (r.who !== undefined) t.who.push(r.who);
  if (r.abstain !== undefined) t.abstain.push(r.abstain);
  if (r.topic1 !== undefined) t.topic1.push(r.topic1);
  t.wrongNamed += r.wrong;
  t.shownForWrong += r.shown;
}

/* ----------------------------------------------------------------- PolNeAR ---------- */

const inter = (a: Span, spans: readonly Span[]) => spans.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(a[1], e) - Math.max(a[0], s)), 0);
const size = (spans: readonly Span[]) => spans.reduce((sum, [s, e]) => sum + (e - s), 0);
/** Answer span A falls on attribution G. */
const fallsOn = (a: Span, g: Attribution) => {
  const i = inter(a, g.content);
  return i > 0 && (i >= 0.5 * (a[1] - a[0]) || i >= 0.5 * size(g.content));
};

interface Placed { stem: string; span: Span }

/** Where an answer's copies sit in the PolNeAR texts. */
const place = (d: SplitDesk, article: string, sentenceId: string, text: string): Placed | null => placeInPolnear(d, article, sentenceId, text);

interface Judged { x: boolean; unjudged: boolean }

function polnearEval(d: SplitDesk, questions: PolnearQuestion[], attributionsByStem: Map<string, Attribution[]>, byPerson: Map<string, Attribution[]>) {
  const { desk, data } = d.loaded;
  const plain = plainSearch(data);
  const byForm = new Map<string, { desk: Tally; peer: Tally }>();
  const all = { desk: tally(), peer: tally() };
  const chat = { desk: tally(), peer: tally() };
  const misses: string[] = [];
  const ms = { desk: 0, peer: 0 };
  /** Whether an answer is one of `statements` (X's), or unjudged (on an unresolved attribution). */
  const judge = (copies: Placed[], statements: readonly Attribution[]): Judged => {
    let x = false;
    let unjudged = false;
    for (const c of copies) {
      const gold = statements.filter((g) => g.stem === c.stem);
      const inGold = inter(c.span, gold.flatMap((g) => g.content));
      if (gold.some((g) => fallsOn(c.span, g)) || (inGold > 0 && inGold >= 0.5 * (c.span[1] - c.span[0]))) x = true;
      else if ((attributionsByStem.get(c.stem) ?? []).some((g) => !g.person && fallsOn(c.span, g))) unjudged = true;
    }
    return { x, unjudged: !x && unjudged };
  };
  for (const q of questions) {
    const n = q.gold.length;
    const limit = Math.max(10, n);
    let t = performance.now();
    const answers: Answer[] = desk.ask(q.q, { limit }).answers;
    ms.desk += performance.now() - t;
    t = performance.now();
    const deskPlaced = answers.map((a) => ({
      speaker: a.speaker,
      copies: (a.sources.length ? a.sources : [{ article: a.article, sentenceId: a.sentenceId }])
        .map((s) => place(d, s.article, s.sentenceId, a.text))
        .filter((p): p is Placed => p !== null),
    }));
    const peerPlaced = plain(q.q, limit).map((s) => ({ speaker: null as string | null, copies: [place(d, s.article, s.id, s.text)].filter((p): p is Placed => p !== null) }));
    ms.peer += performance.now() - t;
    const formKey = q.chat ? `chat ${q.form}` : q.form;
    const forms = byForm.get(formKey) ?? { desk: tally(), peer: tally() };
    byForm.set(formKey, forms);
    const tag = q.chat ? 'chat ' : '';
    for (const [which, got] of [['desk', deskPlaced], ['peer', peerPlaced]] as const) {
      const targets = [(q.chat ? chat : all)[which], forms[which]];
      for (const t of targets) t.questions++;
      if (q.form === 'absent') {
        for (const t of targets) t.abstain.push(got.length === 0 ? 1 : 0);
        if (which === 'desk' && got.length) misses.push(`${tag}absent    ${q.q} → ${answers[0]!.text.slice(0, 70)}`);
        continue;
      }
      if (q.form === 'who-said') {
        const ok = sameSurname(got[0]?.speaker, q.name) ? 1 : 0;
        for (const t of targets) t.who.push(ok);
        if (which === 'desk' && !ok) misses.push(`${tag}who-said  ${q.q} → ${got[0]?.speaker ?? 'none'} (gold ${q.name})`);
        continue;
      }
      const top = got.slice(0, 5).map((a) => ({ ...judge(a.copies, byPerson.get(q.person) ?? []), speaker: a.speaker }));
      if (q.form === 'what-said-about') {
        const first = got[0] ? judge(got[0].copies, q.gold).x : false;
        for (const t of targets) t.topic1.push(first ? 1 : 0);
      }
      const hits = top.filter((a) => a.x).length;
      const judged = top.filter((a) => a.x || !a.unjudged).length;
      const found = q.gold.filter((g) => got.some((a) => a.copies.some((c) => c.stem === g.stem && fallsOn(c.span, g)))).length;
      const wrong = top.filter((a) => isOtherNamed(data, a.speaker, q.name)).length;
      for (const t of targets) {
        t.p5.push(top.length ? hits / top.length : 0);
        t.p5Judged.push(judged ? hits / judged : top.length ? 0 : 0);
        t.recall.push(n ? found / n : 0);
        t.wrongNamed += wrong;
        t.shownForWrong += top.length;
      }
      if (which === 'desk' && (hits < top.length || top.length === 0)) misses.push(`${tag}${q.form.padEnd(9)} ${q.q} (n ${n}) → p@5 ${top.length ? (hits / top.length).toFixed(2) : '0 (no answers)'}, recall ${(found / Math.max(1, n)).toFixed(2)}`);
    }
  }
  return {
    articles: data.articles.length,
    sentences: data.sentences.length,
    desk: summary(all.desk),
    plainMinisearch: summary(all.peer),
    chat: { desk: summary(chat.desk), plainMinisearch: summary(chat.peer) },
    byForm: Object.fromEntries([...byForm].map(([f, t]) => [f, { desk: summary(t.desk), plainMinisearch: summary(t.peer) }])),
    askSeconds: { desk: +(ms.desk / 1000).toFixed(1), plainMinisearch: +(ms.peer / 1000).toFixed(1) },
    misses,
  };
}

async function evalPolnear() {
  const out: Record<string, unknown> = {};
  const allTexts: string[] = [];
  const golds = new Map<Split, ReturnType<typeof readSplitGold>>();
  // Absent names are checked against every split's texts, whichever are scored.
  // (Only the texts of splits not scored are read, and only to check the absent names.)
  for (const s of ['train', 'dev', 'test'] as const) {
    if (!splits.includes(s)) {
      allTexts.push(...readSplitTexts(polnearDir, s).values());
      continue;
    }
    const g = readSplitGold(polnearDir, s);
    allTexts.push(...g.texts.values());
    golds.set(s, g);
  }
  for (const split of splits) {
    const t0 = performance.now();
    const gold = golds.get(split)!;
    const template = makeQuestions(gold, allTexts);
    const chat = chatForms(template, nameRegistryOf(gold.texts.values()));
    const questions = chatOnly ? chat : [...template, ...chat];
    const t1 = performance.now();
    const d = await loadSplitDesk(polnearDir, split);
    const t2 = performance.now();
    const byStem = new Map<string, Attribution[]>();
    for (const a of gold.attributions) byStem.set(a.stem, [...(byStem.get(a.stem) ?? []), a]);
    const resolved = gold.attributions.filter((a) => a.person);
    const r = polnearEval(d, questions, byStem, gold.byPerson);
    out[split] = {
      gold: {
        attributions: gold.attributions.length,
        resolved: resolved.length,
        viaName: resolved.filter((a) => a.via === 'name').length,
        viaSilver: resolved.filter((a) => a.via === 'silver').length,
        people: gold.byPerson.size,
        speakersWith3: [...gold.byPerson.values()].filter((l) => l.length >= 3).length,
      },
      questions: Object.fromEntries(['what-said', 'what-said-about', 'who-said', 'role', 'absent'].map((f) => [f, template.filter((q) => q.form === f).length])),
      deskSource: d.source,
      seconds: +((performance.now() - t0) / 1000).toFixed(1),
      secondsBy: { goldAndQuestions: +((t1 - t0) / 1000).toFixed(1), desk: +((t2 - t1) / 1000).toFixed(1), asking: +((performance.now() - t2) / 1000).toFixed(1) },
      ...r,
      misses: r.misses.slice(0, showMisses),
    };
  }
  return out;
}

/* -------------------------------------------------------------------- main ---------- */

const report: Record<string, unknown> = {};
if (!args.includes('--polnear-only')) report.seeds = await evalSeeds();
if (!args.includes('--seeds-only')) report.polnear = await evalPolnear();

if (asJson) {
  console.log(JSON.stringify(report));
} else {
  const f = (x: number | null | undefined) => (x === null || x === undefined ? '   –  ' : x.toFixed(3).padStart(6));
  const line = (label: string, s: ReturnType<typeof summary>) =>
    `  ${label.padEnd(34)} ${String(s.questions).padStart(4)}  p@5 ${f(s.p5)}${s.p5Judged !== undefined ? ` (judged ${f(s.p5Judged)})` : '                 '}  recall ${f(s.recall)}  topic@1 ${f(s.topicAt1)}  speaker right ${f(s.speakerRight)}  abstention ${f(s.abstention)}  wrong named ${f(s.wrongNamed)}`;
  if (report.seeds) {
    for (const [set, r] of Object.entries(report.seeds as Record<string, { desk: ReturnType<typeof summary>; plainMinisearch: ReturnType<typeof summary>; byStyle: Record<string, ReturnType<typeof summary>>; misses?: string[] }>)) {
      console.log(`Seeds ${set} (${set === 'holdout' ? 'never tuned on' : set === 'blind' ? 'written blind, never tuned on' : 'for tuning'}):`);
      console.log(line('desk', r.desk));
      console.log(line('plain minisearch', r.plainMinisearch));
      for (const [style, s] of Object.entries(r.byStyle)) console.log(line(`  desk, ${style}`, s));
      if (r.misses?.length) for (const m of r.misses) console.log(`    miss: ${m}`);
      else if (set !== 'dev') console.log('    (holdout and blind misses: --holdout-misses)');
    }
  }
  if (report.polnear) {
    for (const [split, r] of Object.entries(report.polnear as Record<string, any>)) {
      console.log(`PolNeAR ${split}: ${r.articles} articles, ${r.gold.attributions} attributions (${r.gold.resolved} resolved: ${r.gold.viaName} named source, ${r.gold.viaSilver} silver), ${r.gold.speakersWith3} speakers with ≥ 3; desk from ${r.deskSource}, ${r.seconds} s (gold + questions ${r.secondsBy.goldAndQuestions}, desk ${r.secondsBy.desk}, asking ${r.secondsBy.asking}: desk ${r.askSeconds.desk}, minisearch ${r.askSeconds.plainMinisearch})`);
      console.log(`  questions: ${Object.entries(r.questions).map(([k, v]) => `${k} ${v}`).join(', ')} (each also in a chat form)`);
      if (!chatOnly) console.log(line('desk', r.desk));
      if (!chatOnly) console.log(line('plain minisearch', r.plainMinisearch));
      console.log(line('chat forms', r.chat.desk));
      console.log(line('chat forms, plain minisearch', r.chat.plainMinisearch));
      for (const [form, t] of Object.entries(r.byForm as Record<string, { desk: ReturnType<typeof summary>; plainMinisearch: ReturnType<typeof summary> }>)) {
        console.log(line(`  desk, ${form}`, t.desk));
        console.log(line(`  minisearch, ${form}`, t.plainMinisearch));
      }
      for (const m of r.misses as string[]) console.log(`    miss: ${m}`);
    }
  }
}
