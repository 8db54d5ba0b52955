import { hasMojibake, type Token } from './tokens';
import {
  FIRST_NAME_GENDER, HONORIFIC_GENDER, NON_PERSON_WORDS, PERSON_TITLES, TITLE_WORDS, type Gender,
} from './lexicon';

/** A mention of a (probable) person in a text: a name with the title words before it. */
export interface PersonMention {
  /** Token range of the whole mention, role words included. */
  start: number;
  end: number;
  /** Token range of the name itself. */
  nameStart: number;
  /** The name as written, e.g. "Jens Stoltenberg", "Putin". */
  name: string;
  /** Title/role words before the name ("NATO Secretary General"), or null. */
  role: string | null;
  gender?: Gender;
  /** True when the evidence for a person is strong (first name, honorific or title), not just capitalisation. */
  certain: boolean;
}

const NAME_TOKEN = /^\p{Lu}[\p{L}’'.-]*$/u;
/** Parts of speech a capitalised sentence-initial word has when it is not a name ("While", "After"). */
const NON_NAME_POS = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'ADV', 'AUX', 'PART', 'INTJ']);
const CONNECT = new Set(['of', 'to', 'for']);
const GERUND = /^\p{Lu}\p{Ll}{2,}ing$/u;
/** Words that count people, never a first name. */
const QUANTIFIERS = new Set(['many', 'most', 'some', 'several', 'few', 'all', 'both', 'other', 'such', 'more', 'fewer']);

/** A name with a mis-decoded letter ("FranÃ§ois", "PeÃ±a"): its Latin-1 signs and control characters stand for letters. */
const MOJIBAKE_NAME = /^\p{Lu}[\p{L}\p{M}\p{N}\u0080-\u00bf\u2044’'.-]*$/u;

function isNameToken(t: Token): boolean {
  return (NAME_TOKEN.test(t.text) || (MOJIBAKE_NAME.test(t.text) && hasMojibake(t.text))) && !TITLE_WORDS.has(t.lower) && !NON_PERSON_WORDS.has(t.lower) && !/^\p{Lu}{2,}$/u.test(t.text)
    && !/[’']s$/.test(t.text) && !/\p{Ll}\p{Lu}{2,}/u.test(t.text) && !NON_NAME_POS.has(t.pos);
}

/**
 * A first name that is also a common word the name rules refuse ("Bill Clinton", not "the farm
 * bill"): it opens a name when a name follows it and what precedes it is no capitalised word but
 * a title ("Former President Bill Clinton"; "Senate Bill Seven" stays a bill).
 */
function opensNameAsFirstName(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  if (!NAME_TOKEN.test(t.text) || !NON_PERSON_WORDS.has(t.lower) || !FIRST_NAME_GENDER.has(t.lower)) return false;
  const next = toks[i + 1];
  if (!next || next.para !== t.para || !isNameToken(next)) return false;
  const prev = toks[i - 1];
  return !prev || prev.para !== t.para || !/^\p{Lu}/u.test(prev.text) || TITLE_WORDS.has(prev.lower) || PERSON_TITLES.has(prev.lower);
}

/**
 * A title word right after a lone known first name, ending the name, is a surname: "Larry King",
 * "Paul Singer" (a title comes before a name, not after a first name); party words are not
 * surnames ("Christian Democratic", "Virginia Democratic").
 */
const PARTY = /^(democratic|democrat|democrats|republican|republicans|conservative|liberal|labour|labor|independent|green|socialist)$/;
function titleAsSurname(toks: readonly Token[], i: number): boolean {
  const first = toks[i]!;
  const t = toks[i + 1];
  const after = toks[i + 2];
  return !!t && t.para === first.para && FIRST_NAME_GENDER.has(first.lower) && TITLE_WORDS.has(t.lower) &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) && !PARTY.test(t.lower) && !(after && after.para === t.para && (isNameToken(after) || TITLE_WORDS.has(after.lower) || /^(of|to|for)$/.test(after.lower)));
}

/** Speech verbs that make a full name next to them a speaker ("noted NBC’s Dante Chinni", "Keron Blair said"). */
const SPEECH = /^(said|says|told|tells|wrote|writes|noted|notes|added|adds|explained|argued|tweeted|warned|insisted)$/;

/**
 * True when the mention at [s, e) (its name from nameStart) is the subject or inverted subject of a speech verb: only a
 * person (or a named source) says things, so an unfamiliar first name counts there ("Dante
 * Chinni", "Malkia Cyril") without its surname being used alone.
 */
function speaksHere(toks: readonly Token[], s: number, nameStart: number, e: number): boolean {
  if (PLACE_OPENER.test(toks[nameStart]!.text)) return false;
  const next = toks[e];
  // "noted NBC’s Dante Chinni": past an outlet's possessive.
  let before = s - 1;
  if (before >= 1 && /^[’']s$/.test(toks[before]!.text) && /^\p{Lu}/u.test(toks[before - 1]!.text)) before -= 2;
  const prev = toks[before];
  const sameParagraph = (t: Token | undefined): t is Token => !!t && t.para === toks[s]!.para;
  // "officials in New York said": the object of a preposition is not the one speaking.
  const objectOf = sameParagraph(prev) && /^(in|at|from|of|for|on|with|by|to|near)$/.test(prev.lower);
  const nextIsCue = sameParagraph(next) && !objectOf && (SPEECH.test(next.lower) || speechPastDescription(toks, e));
  // "said Keron Blair", "according to Keron Blair"; "told New York magazine" names the listener.
  const prevIsCue = sameParagraph(prev) && ((SPEECH.test(prev.lower) && !/^(told|tells)$/.test(prev.lower)) || (prev.lower === 'to' && toks[before - 1]?.lower === 'according'));
  return nextIsCue || prevIsCue;
}
/** How far a description between a name and its speech verb may run, in tokens. */
const DESCRIPTION_REACH = 25;

/**
 * A speech verb after the description that follows a name: "Jenna Golden, Twitter’s director of political
 * advertising, said", "Quina Jones, 25, said", "Archbishop Aris Shirvanian of the Armenian Patriarchate of
 * Jerusalem told". News prints an unfamiliar name with its description far more often than right before its
 * verb. The description between commas stays in its sentence and holds no quotation; an "of" phrase is
 * capitalised words (an institution) only.
 */
function speechPastDescription(toks: readonly Token[], e: number): boolean {
  const at = toks[e];
  if (!at) return false;
  const para = at.para;
  let k = e + 1;
  if (at.text === ',') {
    while (k < toks.length && k - e <= DESCRIPTION_REACH && toks[k]!.para === para && toks[k]!.text !== ',') {
      if (/^[.!?;:“”"()—–]$/.test(toks[k]!.text)) return false;
      k++;
    }
    if (toks[k]?.text !== ',' || k === e + 1) return false;
    k++;
  } else if (at.lower === 'of') {
    while (k < toks.length && k - e <= 10 && toks[k]!.para === para &&
      (/^\p{Lu}/u.test(toks[k]!.text) || /^(the|of|and|for|[’']s)$/.test(toks[k]!.lower))) k++;
    if (k === e + 1) return false;
  } else return false;
  while (toks[k]?.pos === 'ADV' && toks[k]!.para === para) k++;
  return !!toks[k] && toks[k]!.para === para && SPEECH.test(toks[k]!.lower);
}

/** Words that open place names ("New York", "South Carolina", "Los Angeles"), never a first name. */
const PLACE_OPENER = /^(New|North|South|East|West|Northern|Southern|Eastern|Western|Fort|Las|Los|San|Santa|Saint|St\.|Middle|United|Federal|National)$/;

function isRoleToken(t: Token): boolean {
  // "first lady Michelle Obama" as AP style prints it; a capitalised "Lady" opens a name ("Lady Gaga").
  return TITLE_WORDS.has(t.lower) || t.text === 'lady' || (NAME_TOKEN.test(t.text) && !/[’']s$/.test(t.text)) || /^\p{Lu}{2,}$/u.test(t.text);
}

/** Gender from an honorific or a known first name. */
export function genderOf(role: string | null, name: string): Gender | undefined {
  const words = (role ?? '').toLowerCase().split(/\s+/);
  for (const w of words.reverse()) {
    if (w in HONORIFIC_GENDER && HONORIFIC_GENDER[w]) return HONORIFIC_GENDER[w];
  }
  if (/\b(spokeswoman|congresswoman|chairwoman|businesswoman|actress|queen|princess|wife|mother|daughter|sister)\b/.test(words.join(' '))) return 'female';
  if (/\b(spokesman|congressman|chairman|businessman|actor|king|prince|husband|father|son|brother)\b/.test(words.join(' '))) return 'male';
  const firstName = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  return FIRST_NAME_GENDER.get(firstName);
}

/**
 * Paragraphs written in Title Case (headlines: "Glenn Beck Blasts Drudge For Mocking …"), where capitalisation says
 * nothing about names: at least four longer words and none of them lowercase.
 */
function titleCaseParagraphs(toks: readonly Token[]): Set<number> {
  const words = new Map<number, [number, number]>();
  for (const t of toks) {
    if (!/^\p{L}{4,}/u.test(t.text)) continue;
    const w = words.get(t.para) ?? [0, 0];
    w[/^\p{Lu}/u.test(t.text) ? 0 : 1]++;
    words.set(t.para, w);
  }
  return new Set([...words].filter(([, [upper, lower]]) => upper >= 4 && lower === 0).map(([p]) => p));
}

/**
 * Finds person mentions: runs of capitalised name tokens, optionally preceded
 * by title words ("Secretary of State Antony Blinken", "White House press
 * secretary Jen Psaki", "Mr. Putin"). Single words count only with a title or
 * honorific before them; surname-only references are linked later.
 */
export function findPersonMentions(toks: readonly Token[]): PersonMention[] {
  const out: PersonMention[] = [];
  const headline = titleCaseParagraphs(toks);
  let i = 0;
  while (i < toks.length) {
    const firstName = opensNameAsFirstName(toks, i);
    if (!(firstName || isNameToken(toks[i]!)) || headline.has(toks[i]!.para)) { i++; continue; }
    let e = firstName ? i + 1 : i;
    while (e < toks.length && e - i < 4 && isNameToken(toks[e]!) && toks[e]!.para === toks[i]!.para) e++;
    if (e === i + 1 && titleAsSurname(toks, i)) e++;
    // A headline-style run ("Offensive Things Donald Trump", "Telling Jeb Bush"): the name starts at its first name.
    if (!FIRST_NAME_GENDER.has(toks[i]!.lower)) {
      for (let m = i + 1; m < e - 1; m++) {
        if (FIRST_NAME_GENDER.has(toks[m]!.lower)) { i = m; break; }
      }
    }
    // Role words before the name, back to a non-role token.
    let s = i;
    while (s - 1 >= 0 && i - s < 8 && toks[s - 1]!.para === toks[i]!.para) {
      const u = toks[s - 1]!;
      if (isRoleToken(u)) { s--; continue; }
      if (CONNECT.has(u.lower) && s - 2 >= 0 && isRoleToken(toks[s - 2]!)) { s--; continue; }
      break;
    }
    while (s < i && (CONNECT.has(toks[s]!.lower) || toks[s]!.lower === 'the')) s++;
    // A capitalised gerund opening a run is a verb, not a first name ("Electing Hillary",
    // "Closing Gitmo", "Speaking Spanish"): the name, if any, starts after it.
    // After Title Case words that are no title either ("More Important Than Electing Obama").
    const titleBefore = s < i && (TITLE_WORDS.has(toks[i - 1]!.lower) || PERSON_TITLES.has(toks[i - 1]!.lower));
    // So is an imperative opening a sentence ("Say Mexico demanded …", "Let Trump say it"), and a
    // quantifier is no first name ("Many Mexicans", "Most Republicans").
    const opensSentence = i === 0 || toks[i - 1]!.para !== toks[i]!.para || /^[.!?…]+$/.test(toks[i - 1]!.text);
    const notFirst = GERUND.test(toks[i]!.text) || QUANTIFIERS.has(toks[i]!.lower) || (opensSentence && toks[i]!.pos === 'VERB');
    if (!titleBefore && e - i >= 2 && notFirst && !FIRST_NAME_GENDER.has(toks[i]!.lower)) {
      s = ++i;
      if (e - i < 2) {
        i = e;
        continue;
      }
    }
    // The rest of an organisation's name ("the University of Nevada-Las Vegas", "the Bank of New York"): nobody, so
    // neither "Las Vegas" nor every sentence mentioning Las Vegas is given the university as a person.
    if (i >= 2 && toks[i - 1]!.lower === 'of' && NON_PERSON_WORDS.has(toks[i - 2]!.lower)) {
      i = e;
      continue;
    }
    const name = toks.slice(i, e).map((t) => t.text).join(' ');
    const roleToks = toks.slice(s, i);
    const role = roleToks.length ? roleToks.map((t) => t.text).join(' ') : null;
    const lastRole = roleToks[roleToks.length - 1]?.lower;
    const firstKnown = FIRST_NAME_GENDER.has(toks[i]!.lower);
    const titled = lastRole !== undefined && PERSON_TITLES.has(lastRole);
    const multi = e - i >= 2;
    const certain = firstKnown && multi || titled || (multi && speaksHere(toks, s, i, e));
    // A lone adjective after a title is a nationality ("the official Belarusian … agency"), not a name.
    // A single word needs a capitalised title ("President Putin", "Mr. Putin"), not a common noun.
    const lone = e - i === 1 && (toks[i]!.pos === 'ADJ' || !/^\p{Lu}/u.test(roleToks[roleToks.length - 1]?.text ?? ''));
    if ((certain || multi) && !lone) {
      out.push({ start: s, end: e, nameStart: i, name, role: role && role.replace(/^(the|a|an)\s+/i, ''), gender: genderOf(role, name), certain });
    }
    i = e;
  }
  return out;
}
