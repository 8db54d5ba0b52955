/**
 * Gold attributions from PolNeAR's brat files, resolved to named people, and the speaker
 * questions generated from them at eval time (nothing from PolNeAR is stored in the repo).
 *
 * Attributions: every `E` line of an article's .ann file (direct and indirect speech alike)
 * with its Source, Cue and Content spans (`Source2`, `Content2`… are further fragments of the
 * same role). One annotator per article: the lexicographically first annotator id, as the
 * derived direct_quotes files use (ABOUT.md).
 *
 * Resolution rule (a Source is a mention as written, often a pronoun), in order:
 *  1. A named Source span: the span, minus a possessive and trailing punctuation, does not start
 *     with a determiner or possessive pronoun and has no "and"/comma; its trailing run of
 *     name-like words (capitalised with a lower-case letter, or an initial), after dropping
 *     title words (President, Sen., Director, spokesman…) and Jr./Sr., is the name, unless a
 *     word of it is an organisation word (News, Committee, Campaign…). Two words or more:
 *     the person is "First Last" (middle names and initials dropped). One word (a surname): the
 *     most frequent "First Last" ending in that surname among the article's capitalised runs
 *     (ties: the first in the text), of the gender an honorific gives ("Mr. Obama" is not
 *     "Michelle Obama"; first names' genders from the people lexicon); none: unresolved.
 *  2. Else the silver resolution (`source_resolved_silver`) of the direct_quotes jsonl line with
 *     the same article and content fragments, canonicalised the same way (dev and test only,
 *     and only for quote-bearing attributions: train has no silver).
 *  3. Else unresolved: the attribution is no one's gold; an answer that falls on it is
 *     "unjudged" (see evalSpeakers.ts).
 * People are identified across articles by "First Last", case- and apostrophe-insensitive.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getNlp } from '../../src/text/nlp';
import { FIRST_NAME_GENDER } from '../../src/people/lexicon';
import type { Split } from './polnearDesks';

export type Span = [number, number];

export interface Attribution {
  stem: string;
  /** Content fragments, offsets into the PolNeAR text. */
  content: Span[];
  contentText: string;
  sourceText: string;
  /** Source fragments (the mention as written), offsets into the PolNeAR text. */
  source: Span[];
  /** The cue as written ("said", "according to"). */
  cueText: string;
  /** Canonical "First Last", or null when unresolved. */
  person: string | null;
  /** How the person was found. */
  via: 'name' | 'silver' | null;
}

export interface SplitGold {
  split: Split;
  texts: Map<string, string>;
  attributions: Attribution[];
  /** Person key → their attributions. */
  byPerson: Map<string, Attribution[]>;
  /** Person key → display name (the most common spelling). */
  names: Map<string, string>;
}

const DETERMINERS = new Set('the a an this that these those his her their our its my your some many several one two three both all another other each any no such'.split(' '));
const TITLES = new Set(
  ('mr mrs ms miss dr sen senator rep representative congressman congresswoman gov governor president vice director secretary speaker ' +
    'chairman chairwoman chair judge justice attorney general mayor chief former minister ambassador pope rev reverend gen lt col sgt ' +
    'prof professor leader commissioner sheriff nominee candidate spokesman spokeswoman spokesperson press executive ceo founder host anchor ' +
    'adviser advisor aide manager strategist pollster democrat republican democratic gop sir lady lord prime first deputy assistant ' +
    'majority minority state u.s. us sec. gov. sen. rep. dr. mr. mrs. ms. prof. gen. lt. col. sgt. rev. atty. supt. adm. admiral ' +
    'captain capt. officer agent detective lawmaker strategist consultant analyst economist activist author writer reporter correspondent ' +
    'actor actress singer rapper comedian filmmaker producer liberal conservative billionaire businessman businesswoman mogul')
    .split(' '),
);
const ORG_WORDS = new Set(
  ('news post times journal committee party foundation institute university center centre council department association network club group ' +
    'press service house court congress senate agency bureau office commission administration campaign company corp inc magazine review poll ' +
    'college school union street democrats republicans americans media report tribune herald gazette daily channel radio tv fund bank trust ' +
    'project coalition alliance pac watch action initiative society federation organization caucus board team staff insider politico ' +
    'breitbart reuters twitter facebook google fox cnn msnbc abc cbs nbc county city state states department police army navy church')
    .split(' '),
);
/** Capitalised words that begin sentences or clauses but are not first names. */
const NOT_FIRST = new Set(
  ('but and or so if when while as at in on of for from to by with after before since then that this these those it he she they we i you ' +
    'his her their our its yet also even still now here there where what who how why according meanwhile however although though because ' +
    'like unlike during under over last next monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december both said says asked told did does not no yes dear new north south east west ' +
    'most besides many some every each')
    .split(' '),
);
const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv)$/i;

const bare = (w: string) => w.replace(/[’']s$/i, '').replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
const isNameWord = (w: string) => /^\p{Lu}[\p{L}’'.-]*$/u.test(w) && (/\p{Ll}/u.test(w) || /^\p{Lu}\.$/u.test(w));
const isInitial = (w: string) => /^\p{Lu}\.$/u.test(w);
export const personKey = (name: string) => name.toLowerCase().replace(/[’]/g, "'");

/** The trailing name run of a mention ("FBI Director James Comey" → James Comey), or null. */
export function nameRun(mention: string): string[] | null {
  const cleaned = mention.replace(/[’']s\s*$/i, '').replace(/[\s,.;:!?"“”]+$/g, '').trim();
  if (!cleaned || /,|\band\b|&/.test(cleaned)) return null;
  const words = cleaned.split(/\s+/);
  if (DETERMINERS.has(words[0]!.toLowerCase())) return null;
  while (words.length && SUFFIX.test(words[words.length - 1]!)) words.pop();
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (!isNameWord(w) || TITLES.has(w.toLowerCase()) || /[’']s$/.test(w)) break;
    run.unshift(w);
  }
  if (run.length === 0 || run.some((w) => ORG_WORDS.has(w.toLowerCase().replace(/\.$/, '')))) return null;
  if (run.length > 4 || NOT_FIRST.has(run[0]!.toLowerCase())) return null;
  return run;
}

/**
 * "First Last" for a run of two or more words: the surname and the nearest word before it that
 * is not an initial ("Donald J. Trump" → Donald Trump; "Liberal Susan Sarandon" → Susan Sarandon).
 */
const firstLast = (run: string[]): string | null => {
  const words = run.slice(0, -1).filter((w) => !isInitial(w));
  const first = words[words.length - 1];
  if (!first || /\.$/.test(first) || NOT_FIRST.has(first.toLowerCase()) || DETERMINERS.has(first.toLowerCase())) return null;
  return `${first} ${bare(run[run.length - 1]!)}`;
};

/** Full names in an article by surname: surname (lower-case) → "First Last" → count, in text order. */
export function fullNamesIn(text: string): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}’'.-]*(?:[ \u00a0]+\p{Lu}[\p{L}’'.-]*){1,5}/gu)) {
    let words = m[0].split(/[ \u00a0]+/).map((w) => w.replace(/[’']s$/, ''));
    while (words.length && SUFFIX.test(words[words.length - 1]!)) words.pop();
    // Drop everything up to the last title or sentence word ("But President Barack Obama" → Barack Obama).
    let from = 0;
    words.forEach((w, i) => {
      if (TITLES.has(w.toLowerCase()) || NOT_FIRST.has(w.toLowerCase()) || !isNameWord(w)) from = i + 1;
    });
    words = words.slice(from);
    if (words.length < 2 || words.length > 4 || words.some((w) => ORG_WORDS.has(w.toLowerCase().replace(/\.$/, '')))) continue;
    const name = firstLast(words);
    if (!name) continue;
    const surname = name.split(' ')[1]!.toLowerCase();
    const forSurname = out.get(surname) ?? new Map<string, number>();
    forSurname.set(name, (forSurname.get(name) ?? 0) + 1);
    out.set(surname, forSurname);
  }
  return out;
}

function resolveRun(run: string[], names: Map<string, Map<string, number>>, gender?: 'male' | 'female'): string | null {
  if (run.length >= 2) return firstLast(run);
  const candidates = names.get(bare(run[0]!).toLowerCase());
  if (!candidates) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of candidates) {
    // "Mr. Obama" is not the article's only full name of that surname when it is "Michelle Obama".
    const given = FIRST_NAME_GENDER.get(name.split(' ')[0]!.toLowerCase());
    if (gender && given && given !== gender) continue;
    if (count > bestCount) { best = name; bestCount = count; }
  }
  return best;
}

/** The gender an honorific before a mention gives ("Mr. Obama", "Mrs. Clinton"). */
function honorificGender(mention: string): 'male' | 'female' | undefined {
  const m = /\b(Mr|Mrs|Ms|Miss)\.?\s+\S+\s*$/.exec(mention.replace(/[’']s\s*$/i, '').replace(/[\s,.;:!?"“”]+$/g, ''));
  return m ? (m[1] === 'Mr' ? 'male' : 'female') : undefined;
}

interface TLine { label: string; spans: Span[] }

function parseAnn(ann: string): { t: Map<string, TLine>; e: { roles: { role: string; id: string }[] }[] } {
  const t = new Map<string, TLine>();
  const e: { roles: { role: string; id: string }[] }[] = [];
  for (const line of ann.split('\n')) {
    const tm = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (tm) {
      const spans = tm[3]!.split(';').map((p) => p.trim().split(/\s+/).map(Number) as Span);
      t.set(tm[1]!, { label: tm[2]!, spans });
      continue;
    }
    const em = /^E\d+\t(.*)$/.exec(line);
    if (em) e.push({ roles: em[1]!.trim().split(/\s+/).filter(Boolean).map((r) => { const [role, id] = r.split(':'); return { role: role!, id: id! }; }) });
  }
  return { t, e };
}

interface SilverLine { article: string; content: { fragments: Span[] }; source_resolved_silver?: string | null }

/** A split's texts by file stem. */
export function readSplitTexts(root: string, split: Split): Map<string, string> {
  const textDir = join(root, 'data', split, 'text');
  const texts = new Map<string, string>();
  for (const f of readdirSync(textDir).filter((n) => n.endsWith('.txt'))) texts.set(f.slice(0, -4), readFileSync(join(textDir, f), 'utf8'));
  return texts;
}

export function readSplitGold(root: string, split: Split): SplitGold {
  const annDir = join(root, 'data', split, 'attributions');
  const texts = readSplitTexts(root, split);
  // One annotator per article: the lexicographically first id.
  const annFor = new Map<string, string>();
  for (const f of readdirSync(annDir).filter((n) => n.endsWith('.ann')).sort()) {
    const stem = f.slice(0, f.lastIndexOf('_'));
    if (!annFor.has(stem)) annFor.set(stem, f);
  }
  const silver = new Map<string, string>();
  try {
    for (const line of readFileSync(join(root, `direct_quotes.${split}.jsonl`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const g = JSON.parse(line) as SilverLine;
      if (g.source_resolved_silver) silver.set(`${g.article}|${JSON.stringify(g.content.fragments)}`, g.source_resolved_silver);
    }
  } catch {
    // no silver for this split
  }
  const attributions: Attribution[] = [];
  for (const [stem, file] of [...annFor].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const text = texts.get(stem);
    if (text === undefined) continue;
    const { t, e } = parseAnn(readFileSync(join(annDir, file), 'utf8'));
    const names = fullNamesIn(text);
    for (const ev of e) {
      const content: Span[] = [];
      const source: Span[] = [];
      const cue: Span[] = [];
      for (const { role, id } of ev.roles) {
        const spans = t.get(id)?.spans ?? [];
        if (/^Content\d*$/.test(role)) content.push(...spans);
        else if (/^Source\d*$/.test(role)) source.push(...spans);
        else if (/^Cue\d*$/.test(role)) cue.push(...spans);
      }
      if (content.length === 0) continue;
      content.sort((a, b) => a[0] - b[0]);
      source.sort((a, b) => a[0] - b[0]);
      const sourceText = source.map(([s, en]) => text.slice(s, en)).join(' ').replace(/\s+/g, ' ').trim();
      const contentText = content.map(([s, en]) => text.slice(s, en)).join(' ').replace(/\s+/g, ' ').trim();
      let person: string | null = null;
      let via: Attribution['via'] = null;
      const run = sourceText ? nameRun(sourceText) : null;
      if (run) {
        person = resolveRun(run, names, honorificGender(sourceText));
        if (person) via = 'name';
      }
      if (!person && !run) {
        const s = silver.get(`${stem}|${JSON.stringify(content)}`);
        const silverRun = s ? nameRun(s) : null;
        if (silverRun) {
          person = resolveRun(silverRun, names, honorificGender(s!));
          if (person) via = 'silver';
        }
      }
      const cueText = cue.sort((a, b) => a[0] - b[0]).map(([s, en]) => text.slice(s, en)).join(' ').replace(/\s+/g, ' ').trim();
      attributions.push({ stem, content, contentText, sourceText, source, cueText, person, via });
    }
  }
  const byPerson = new Map<string, Attribution[]>();
  const spellings = new Map<string, Map<string, number>>();
  for (const a of attributions) {
    if (!a.person) continue;
    const key = personKey(a.person);
    byPerson.set(key, [...(byPerson.get(key) ?? []), a]);
    const sp = spellings.get(key) ?? new Map<string, number>();
    sp.set(a.person, (sp.get(a.person) ?? 0) + 1);
    spellings.set(key, sp);
  }
  const names = new Map([...spellings].map(([k, sp]) => [k, [...sp].sort((a, b) => b[1] - a[1])[0]![0]]));
  return { split, texts, attributions, byPerson, names };
}

/* ---------------------------------------------------------------- questions ---------- */

export interface PolnearQuestion {
  q: string;
  form: 'what-said' | 'what-said-about' | 'who-said' | 'role' | 'absent';
  /** Person key (absent: the absent name). */
  person: string;
  name: string;
  /** Gold attributions (empty for who-said and absent). */
  gold: Attribution[];
  topic?: string;
  role?: string;
  /** A chat form of a template question (scripts/speakers/chatForms.ts), scored on its own line. */
  chat?: boolean;
}

/** World figures to ask about as absent; kept only when neither their surname nor full name is in any PolNeAR text. */
export const ABSENT_CANDIDATES = [
  'Volodymyr Zelenskyy', 'Jacinda Ardern', 'Olaf Scholz', 'Jens Stoltenberg', 'Greta Thunberg', 'Rishi Sunak', 'Ursula von der Leyen',
  'Jair Bolsonaro', 'Keir Starmer', 'Giorgia Meloni', 'Sanna Marin', 'Cyril Ramaphosa', 'Fumio Kishida', 'Pete Buttigieg',
  'Alexandria Ocasio-Cortez', 'Liz Truss', 'Mark Rutte', 'Andrzej Duda', 'Emmanuel Macron', 'Kamala Harris', 'Ron DeSantis',
  'Antony Blinken', 'Jen Psaki', 'Kristalina Georgieva', 'Abiy Ahmed', 'Nayib Bukele', 'Gustavo Petro', 'Anthony Albanese',
  'Olena Zelenska', 'Yoon Suk-yeol',
];

/** Deterministic order without randomness: a string hash. */
export const hash = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
};

const GENERIC_NOUNS = new Set('thing things people time times way year years lot lots part kind sort point fact something anything everything nothing someone everyone anyone day days week weeks month months number numbers place question questions answer statement interview percent today tonight morning night'.split(' '));
const ROLE_HEADS = new Set(
  ('director secretary senator governor president chairman chairwoman chair spokesman spokeswoman spokesperson nominee candidate manager ' +
    'adviser advisor speaker leader mayor representative congressman congresswoman aide strategist pollster justice judge attorney ' +
    'ambassador commissioner sheriff executive ceo founder host anchor chief economist analyst professor minister general counsel ' +
    'coordinator surrogate pastor daughter son wife husband mate')
    .split(' '),
);
const ROLE_MODIFIERS = new Set(
  ('former presidential vice press campaign national communications deputy senior top chief policy foreign state general executive ' +
    'democratic republican gop majority minority house senate white political running finance digital field legal economic security ' +
    'intelligence defense homeland attorney assistant associate district county city federal u.s. us independent libertarian green ' +
    'conservative liberal progressive party committee fbi cia nsa dnc rnc')
    .split(' '),
);
const lowerIfCommon = (w: string) => (ROLE_HEADS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase()) ? w.toLowerCase().replace(/^u\.s\.$/, 'U.S.').replace(/^(fbi|cia|nsa|dnc|rnc|gop|ceo)$/, (x) => x.toUpperCase()) : w);

/** Roles the texts put right before a person's full name ("FBI Director James Comey" → the FBI director). */
function rolesBefore(text: string, fullName: string): string[] {
  const out: string[] = [];
  const [first, last] = fullName.split(' ');
  const re = new RegExp(`((?:[\\p{L}.’'-]+ ){1,6})${escapeRe(first!)} (?:\\p{Lu}\\.? )?${escapeRe(last!)}\\b`, 'gu');
  for (const m of text.matchAll(re)) {
    const words = m[1]!.trim().split(' ');
    if (!ROLE_HEADS.has(words[words.length - 1]!.toLowerCase())) continue;
    const kept: string[] = [];
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i]!;
      const lw = w.toLowerCase();
      const ok = i === words.length - 1 || ROLE_MODIFIERS.has(lw) || ROLE_HEADS.has(lw) || /^\p{Lu}[\p{L}.’'-]*$/u.test(w);
      if (!ok || DETERMINERS.has(lw) || NOT_FIRST.has(lw)) break;
      kept.unshift(w);
    }
    // A role says more than a bare title: "Sen." or "President" alone fits many people.
    if (kept.length < 2 || kept.length > 5) continue;
    if (kept.some((w) => w.toLowerCase().includes(last!.toLowerCase()))) continue;
    out.push(`the ${kept.map(lowerIfCommon).join(' ')}`);
  }
  return out;
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Nouns of a text, lower-case, by wink-nlp part of speech. */
function nounsOf(text: string): string[] {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out(its.normal) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  return words.filter((w, i) => pos[i] === 'NOUN' && /^[a-z][a-z-]{3,}$/.test(w) && !GENERIC_NOUNS.has(w));
}

/** The first 8 words of a text without quote marks, or null when it has fewer. */
function firstWords(text: string): string | null {
  const words = text.replace(/[“”"]/g, '').replace(/[‘’]/g, "'").split(/\s+/).filter(Boolean);
  if (words.length < 8) return null;
  return words.slice(0, 8).join(' ').replace(/[,;:.!?—–-]+$/, '');
}

/** 8 words from the start of the longest “quoted” segment of a text, when it has 8 words or more. */
function quotedSnippet(text: string): string | null {
  const segments = [...text.matchAll(/[“"]([^“”"]+)[”"]?/g)].map((m) => m[1]!).sort((a, b) => b.length - a.length);
  return segments.length ? firstWords(segments[0]!) : null;
}

const wordRe = (noun: string) => new RegExp(`\\b${escapeRe(noun)}(?:s|es)?\\b`, 'i');

export interface QuestionOptions {
  /** Speakers need at least this many attributions (default 3). */
  minAttributions?: number;
  /** Who-said questions per speaker (default 2). */
  whoPerSpeaker?: number;
}

export function makeQuestions(gold: SplitGold, allTexts: readonly string[], options: QuestionOptions = {}): PolnearQuestion[] {
  const minAttributions = options.minAttributions ?? 3;
  const whoPerSpeaker = options.whoPerSpeaker ?? 2;
  const questions: PolnearQuestion[] = [];
  const speakers = [...gold.byPerson].filter(([, list]) => list.length >= minAttributions).sort(([a], [b]) => (a < b ? -1 : 1));
  // Document frequency of words over all attribution contents of the split (nouns are picked by
  // part of speech only in the attributions questions are made from).
  const df = new Map<string, number>();
  for (const a of gold.attributions) {
    for (const w of new Set(a.contentText.toLowerCase().match(/[a-z][a-z-]+/g) ?? [])) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const rolesByPerson = new Map<string, Map<string, number>>();
  const roleDisplay = new Map<string, string>();
  for (const [key, list] of speakers) {
    const name = gold.names.get(key)!;
    questions.push({ q: `what did ${name} say`, form: 'what-said', person: key, name, gold: list });
    // About: a salient noun (the rarest in the split, seen at least twice) of one attribution.
    const ordered = [...list].sort((a, b) => hash(key + a.contentText) - hash(key + b.contentText));
    for (const a of ordered) {
      const nouns = [...new Set(nounsOf(a.contentText))].filter((n) => (df.get(n) ?? 0) >= 2).sort((x, y) => df.get(x)! - df.get(y)! || (x < y ? -1 : 1));
      const noun = nouns[0];
      if (!noun) continue;
      const about = list.filter((b) => wordRe(noun).test(b.contentText));
      questions.push({ q: `what did ${name} say about ${noun}`, form: 'what-said-about', person: key, name, gold: about, topic: noun });
      break;
    }
    // Who said: 8 words of the content, as people quote it: from the start of its longest quoted
    // segment when it has one of 8 words or more (direct speech first), else from the start of the
    // content (minus a leading "that"). Up to `whoPerSpeaker` attributions of 8 words or more.
    let who = 0;
    const quotedFirst = [...ordered].sort((a, b) => Number(!!quotedSnippet(b.contentText)) - Number(!!quotedSnippet(a.contentText)));
    for (const a of quotedFirst) {
      if (who >= whoPerSpeaker) break;
      const snippet = quotedSnippet(a.contentText) ?? firstWords(a.contentText.replace(/^that\s+/i, ''));
      if (!snippet) continue;
      questions.push({ q: `who said "${snippet}"`, form: 'who-said', person: key, name, gold: [] });
      who++;
    }
    // Roles as the articles introduce them.
    const roles = new Map<string, number>();
    for (const stem of new Set(list.map((a) => a.stem))) {
      for (const r of rolesBefore(gold.texts.get(stem)!, name)) {
        const k = r.toLowerCase();
        if (!roleDisplay.has(k)) roleDisplay.set(k, r);
        roles.set(k, (roles.get(k) ?? 0) + 1);
      }
    }
    rolesByPerson.set(key, roles);
  }
  // A role names one person in the split: roles seen for several speakers are dropped.
  const owners = new Map<string, Set<string>>();
  for (const [key, roles] of rolesByPerson) for (const r of roles.keys()) owners.set(r, (owners.get(r) ?? new Set()).add(key));
  for (const [key, list] of speakers) {
    const roles = [...rolesByPerson.get(key)!].filter(([r]) => owners.get(r)!.size === 1).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (roles.length === 0) continue;
    const role = roleDisplay.get(roles[0]![0])!;
    questions.push({ q: `what did ${role} say`, form: 'role', person: key, name: gold.names.get(key)!, gold: list, role });
  }
  // Absent people: neither full name nor surname anywhere in PolNeAR.
  for (const name of ABSENT_CANDIDATES) {
    const surname = name.split(' ').pop()!;
    const re = new RegExp(`\\b${escapeRe(surname)}\\b`, 'i');
    if (allTexts.some((t) => re.test(t) || t.includes(name))) continue;
    questions.push({ q: `what did ${name} say`, form: 'absent', person: personKey(name), name, gold: [] });
  }
  return questions;
}
