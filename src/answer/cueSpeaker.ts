import type { DeskData } from '../model/deskData';
import { FIRST_NAME_GENDER } from '../people/lexicon';
import { BARE_CUE_FORMS, CUE_FORMS, PHRASE_ONLY_CUES } from '../quotes/cues';
import { copyKey } from './copyKey';
import { searchSentences } from './searchSentences';
import { sentenceUnit, type Unit } from './units';
import { longestVerbatimRun, printedTokens } from '../text/verbatimRun';

/**
 * The person a sentence's own attribution cue names, for sentences the quotation reader gave
 * no statement ("…,'' Mr. Burman said.", "Graham said, since …", "David Axelrod on Wednesday
 * called on …", "Anderson largely agreed …"): "<Name>[, 82,] [on <weekday>|<adverb>] <cue>" or
 * "<cue> <Name>" or a colon introduction "<Name>: “…", the cue being any form of the quotation reader's reporting verbs
 * (`CUE_FORMS`), so both readers know the same verbs.
 */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+/;
const NAME = "(?<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\\.\\s+)?\\p{Lu}[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+){0,3})";
// The verb is any lowercase word, checked against `CUE_FORMS` after the match: an alternation
// of the lexicon's 600 forms made every sentence cost a millisecond.
/** Between a name and its cue: an aside (", 82,"), then a weekday, an adverb, "also" or "later". */
const BEFORE_CUE = '(?:,[^,]{1,60},)?\\s+(?:on\\s+\\p{Lu}\\p{Ll}+day\\s+|\\p{Ll}+ly\\s+|also\\s+|later\\s+)?';
const CUE_AFTER = new RegExp(`${NAME}${BEFORE_CUE}(?<verb>\\p{Ll}+)\\b`, 'gu');
/**
 * "<cue> <Name>" is an inverted attribution only after a quotation's end or a comma ("…,'' said
 * Mr. Burman", "…, says Graham"): elsewhere the name is whom the verb is about or addressed
 * to ("she would have to tell Holder", "the senator slammed Holder").
 */
const CUE_BEFORE = new RegExp(`(?<=[,;:”"'’—–]\\s*(?:\\p{Ll}+ly\\s+)?)\\b(?<verb>\\p{Ll}+)\\s+${NAME}`, 'gu');
/** A colon introduction right before a quotation: "Republican pollster Daron Shaw: “Historically, …”". */
const COLON_BEFORE = new RegExp(`${NAME}:\\s*(?=[“"]|'')`, 'gu');

/** Right before a name, words that make it part of a plural subject ("Clinton and Kaine say", "critics like Huffman say"), which takes a base form. */
const PLURAL_BEFORE = /\b(?:and|like|including|as)\s+$/;

/** After a verb of `PHRASE_ONLY_CUES`, what opens the words it reports: a colon, comma, dash, quotation mark, "that", "back" or "at" ("fired back", "fired at Trump"). */
const WORDS_FOLLOW = /^\s*(?:[:,—–“"‘]|''|that\b|back\b|at\b)/;

/**
 * Whether a verb reports nothing ("Mr. Manafort began working in Ukraine …"): one of
 * `PHRASE_ONLY_CUES` with no words after it (`after`: the text after the verb) and no other
 * reporting verb ("continued to say").
 */
function reportsNothing(verb: string, after: string): boolean {
  if (!PHRASE_ONLY_CUES.has(verb)) return false;
  const next = /^\s+to\s+(\p{Ll}+)/u.exec(after);
  return !WORDS_FOLLOW.test(after) && !(next && CUE_FORMS.has(next[1]!) && !PHRASE_ONLY_CUES.has(next[1]!));
}

/** "<First> [X.] <Surname>": a name as printed in full. */
const FULL_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}’'-]+$/u;

/** How far back in its article a sentence looks for the full name of a surname its cue gives. */
const LOOK_BACK = 60;

/**
 * The person a sentence's attribution cue names, or null (no cue, or no person). A surname
 * alone ("Mr. Bush declared") is first the person its own article names in full with it,
 * nearest before ("George W. Bush", "Larry King", even when several people of the corpus share
 * the surname or the registry lacks them); else the registry's one person of that name.
 */
export function cueSpeaker(data: DeskData, sentence: number): string | null {
  const text = data.sentences[sentence]!.text;
  for (const re of [CUE_AFTER, CUE_BEFORE, COLON_BEFORE]) {
    for (const m of text.matchAll(re)) {
      // A possessive is no speaker ("Clinton's email").
      if ((m.groups!.verb !== undefined && !CUE_FORMS.has(m.groups!.verb)) || /[’']s$/.test(m.groups!.name!)) continue;
      // A base form after one name is another verb's complement ("help Mr. Putin maintain the image").
      if (re === CUE_AFTER && BARE_CUE_FORMS.has(m.groups!.verb!) && !PLURAL_BEFORE.test(text.slice(0, m.index))) continue;
      // "Mr. Manafort began working in Ukraine": such a verb reports only the words that follow it.
      if (re === CUE_AFTER && reportsNothing(m.groups!.verb!, text.slice(m.index + m[0].length))) continue;
      const person = personNamed(data, sentence, m.groups!.name!);
      if (person) return person;
    }
  }
  return null;
}

/** The person a printed name is in its sentence: a surname alone as its article names it in full, else the registry's, else a full name opening with a common first name; or null. */
function personNamed(data: DeskData, sentence: number, printed: string): string | null {
  // A sentence's full stop is no part of the name ("… said Mr. Burman.").
  const name = printed.replace(HONORIFIC, '').replace(/(\p{L}{3,})\.$/u, '$1');
  const full = /^\p{Lu}[\p{L}’'-]+$/u.test(name) ? fullNameBefore(data, sentence, name) : null;
  if (full) return data.people.lookup(full)?.name ?? full;
  const person = data.people.lookup(name);
  if (person) return person.name;
  // A full name the registry lacks (someone never quoted elsewhere) is still who the cue
  // names when its first word is a common first name ("Zoe Saldana pointed out that …").
  if (FULL_NAME.test(name) && opensWithFirstName(name)) return name;
  return null;
}

/**
 * The subject of a sentence that opens with a person: "[<opening clause>, ][<Titles>] <Name>
 * [, <aside>,] <lowercase word> …" ("House Oversight Committee Chairman Jason Chaffetz on
 * Tuesday requested …", "Mr. Hurt is eager to …", "Before his death, Ali rebuked …"). The titles
 * and the name are capitalised words only; the opening clause starts with a capitalised
 * function word and holds no other comma.
 */
const SUBJECT = new RegExp(
  `^(?:(?:In|At|On|Before|After|During|Since|But|And|Now|Later|Meanwhile|However|Instead|Yet|So|Still|Then|Earlier|Last|When|While|As|With|Without|Despite|Although|Though|Amid|Unlike|Like|Under|\\p{Lu}\\p{Ll}+ing)\\b[^,]{0,100},\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,6}?${NAME}(?:,[^,]{1,60},)?\\s+(?:\\([^)]{1,20}\\)\\s+)?(?<verb>\\p{Ll}+)\\b`,
  'u',
);
/**
 * The subject's verb, as far as a pattern can tell a verb from a noun ("Trump supporters say"
 * opens with supporters, not Trump): a reporting verb, an auxiliary or modal, a past tense,
 * an adverb, or "on" before a weekday.
 */
const SUBJECT_VERB = /^(?:is|was|has|had|have|would|will|could|can|should|may|might|must|does|did|also|on|\p{Ll}+ed|\p{Ll}+ly|held|put|made|gave|took|spent|sent|kept|left|met|led|brought|thought|felt|found|sought|fought|won|lost|paid|threw|struck|swore|stood|knew|became|got)$/u;
/** A present-tense verb in -s, told from a plural noun ("Trump supporters want") by what follows it: "hopes to", "believes that". */
const PRESENT_S = /^\p{Ll}{2,}s$/u;
const PRESENT_S_AFTER = /^\s+(?:to|that)\b/;

/**
 * A sentence that gives someone's view without a reporting verb: "To Ms. Gil, skateboarding
 * represents …", "Podliska’s most explosive claim is that …". The view group marks the form.
 */
const VIEW_OF = new RegExp(
  `^(?:To\\s+${NAME}(?<view>),\\s+|(?:(?:But|And|Yet|So|Still)\\s+)?${NAME.replace('<name>', '<owner>')}[’']s\\s+(?:\\p{Ll}+\\s+){0,3}(?<view2>claim|argument|view|position|contention|assertion|message|point|belief|complaint|charge|accusation|case)\\s+(?:is|was)\\s+that\\s)`,
  'u',
);

/** The holder of a view `VIEW_OF` matched, when the asked words are in the view itself and do not name them. */
function viewHolder(data: DeskData, sentence: number, text: string, m: RegExpExecArray, asked: string): string | null {
  const printedName = m.groups!.name ?? m.groups!.owner!;
  const person = personNamed(data, sentence, printedName);
  if (!person) return null;
  const words = new Set(asked.toLowerCase().match(/\p{L}+/gu) ?? []);
  if (person.toLowerCase().match(/\p{L}+/gu)!.some((w) => w.length > 2 && words.has(w))) return null;
  const printed = [...text.toLowerCase().replace(/[’‘ʼ`]/g, "'").matchAll(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)];
  const run = longestVerbatimRun(printedTokens(asked), printed.map((t) => t[0]));
  return run.length > 0 && printed[run.start]!.index! >= m[0].length ? person : null;
}

/**
 * Whom "who said <words>" means when the sentence printing the words has no statement and no
 * cue: the person it opens with as its subject (the gold of a who-said question counts what a
 * person "hopes", "requested", "is eager to" as theirs), unless the asked words name that
 * person (then the sentence is about them: "Hillary Clinton is a liar" is nobody's statement
 * of hers). Null when the sentence opens otherwise.
 */
export function subjectSpeaker(data: DeskData, sentence: number, asked: string): string | null {
  const text = data.sentences[sentence]!.text;
  const m = VIEW_OF.exec(text) ?? SUBJECT.exec(text);
  if (m && (m.groups!.view !== undefined || m.groups!.view2 !== undefined)) return viewHolder(data, sentence, text, m, asked);
  const verb = m?.groups!.verb ?? '';
  const isVerb = SUBJECT_VERB.test(verb) || CUE_FORMS.has(verb) || (PRESENT_S.test(verb) && PRESENT_S_AFTER.test(text.slice(m!.index + m![0].length)));
  if (!m || /[’']s$/.test(m.groups!.name!) || !isVerb) return null;
  if (reportsNothing(m.groups!.verb!, text.slice(m.index + m[0].length))) return null;
  const person = personNamed(data, sentence, m.groups!.name!);
  if (!person) return null;
  const words = new Set(asked.toLowerCase().match(/\p{L}+/gu) ?? []);
  if (person.toLowerCase().match(/\p{L}+/gu)!.some((w) => w.length > 2 && words.has(w))) return null;
  // The asked words must be in the subject's own clause: "Bill Clinton submitted the family's
  // cookies and Melania Trump's entry was a star-shaped cookie" gives the cookie to no one.
  const printed = [...text.toLowerCase().replace(/[’‘ʼ`]/g, "'").matchAll(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)];
  const run = longestVerbatimRun(printedTokens(asked), printed.map((t) => t[0]));
  if (run.length === 0) return person;
  // Nor in the opening clause before it ("When Borger brought up the fact that …, Sanders used it").
  if (printed[run.start]!.index! < m.index + m[0].indexOf(m.groups!.name!)) return null;
  return CLAUSE_BREAK.test(text.slice(m[0].length, printed[run.start]!.index)) ? null : person;
}

/** Where a sentence's next clause begins: a semicolon, a dash, or a comma before a conjunction. */
const CLAUSE_BREAK = /;|\s[—–]\s|,\s+(?:and|but|while|whereas|although|though)\b|\s(?:and|but)\s+\p{Lu}/u;

/** The nearest "<First> [X.] <surname>" in the article, up to this sentence, that names a person (`isPersonName`). */
function fullNameBefore(data: DeskData, sentence: number, surname: string): string | null {
  const article = data.sentences[sentence]!.article;
  const pattern = new RegExp(`(?<![\\p{L}’'.-])(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?\\s+${surname})(?![\\p{L}’'-])`, 'gu');
  for (let s = sentence; s >= Math.max(0, sentence - LOOK_BACK) && data.sentences[s]!.article === article; s--) {
    const found = [...data.sentences[s]!.text.matchAll(pattern)].map((m) => m[1]!).filter((full) => isPersonName(data, full, surname));
    if (found.length) return found[found.length - 1]!;
  }
  return null;
}

/** Whether "<First> [X.] <surname>" names a person: the registry's person of that full name, or a common first name ("Larry King": "King" is also a title, so the registry has no such person). */
function isPersonName(data: DeskData, full: string, surname: string): boolean {
  const person = data.people.lookup(full);
  if (person) return person.name.endsWith(surname);
  return opensWithFirstName(full);
}

/** Whether a full name's first word is a common first name ("Larry King", "Zoe Saldana"). */
function opensWithFirstName(full: string): boolean {
  return FIRST_NAME_GENDER.has(full.slice(0, full.indexOf(' ')).toLowerCase());
}

/** Where a cue for a surname would be: a word right after it (past an aside, a weekday or an adverb), or right before it (past a first name or title). Two patterns, so one match cannot hide the other. */
function cuesNear(surname: string): RegExp[] {
  const name = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    new RegExp(`(?<![’'])\\b${name}\\.?${BEFORE_CUE}(?<verb>\\p{Ll}+)`, 'gu'),
    new RegExp(`(?<verb>\\p{Ll}+)\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}${name}\\b`, 'gu'),
  ];
}

/** Sentences read per question for a speaker with no statements: the surname's best search hits. */
const MAX_CUED = 200;

/**
 * A speaker's statements that only a cue attributes, for a person the quotation reader gave
 * none ("''There's no empirical evidence …,'' Mr. Burman said." in quote marks it does not read):
 * the sentences holding the surname whose own cue names that person (`cueSpeaker`), and that
 * no extracted statement credits to someone. As units of one sentence each, credited to them.
 */
export function sentencesCuedTo(data: DeskData, name: string): Unit[] {
  const surname = name.split(/\s+/).pop() ?? '';
  if (surname.length < 2) return [];
  const units: Unit[] = [];
  const near = cuesNear(surname);
  for (const hit of searchSentences(data, surname, { limit: MAX_CUED })) {
    const s = hit.sentence;
    if ((data.quotesBySentence.get(s) ?? []).some((i) => data.quotes[i]!.speaker)) continue;
    // A cheap test first (a reporting verb right by the surname); only then the whole cue, which reads the article back.
    const text = data.sentences[s]!.text;
    if (!near.some((re) => [...text.matchAll(re)].some((m) => CUE_FORMS.has(m.groups!.verb!)))) continue;
    if (cueSpeaker(data, s) !== name || !saysSomething(text, name)) continue;
    const unit = sentenceUnit(data, s);
    unit.speaker = name;
    unit.kind = /[“”"]|''/.test(unit.text) ? 'quote' : 'reported';
    unit.key = copyKey(unit.text, name);
    units.push(unit);
  }
  return units.sort((a, b) => a.sentences[0]! - b.sentences[0]!);
}

/** Words that carry nothing said: articles, prepositions, conjunctions, honorifics, the cue's company ("later", "also"). */
const NOTHING_SAID = new Set('a an the and but or to in on at from by for of with as into also later then again mr mrs ms dr sen rep gov gen'.split(' '));
/** Least words, besides the name, the cue and `NOTHING_SAID`, for a cued sentence to be a statement. */
const MIN_SAID_WORDS = 3;

/**
 * Whether a cued sentence says something beyond its attribution: "Graham asked.", "Pence said
 * in response.", "Lerer reported from Los Angeles." (a byline) say nothing (their quotation, if
 * any, is the sentence before, already the speaker's); "Trump claims he's worth $10 billion."
 * does. Counted: words other than the speaker's name words, reporting verbs (`CUE_FORMS`) and
 * `NOTHING_SAID`, at least `MIN_SAID_WORDS`.
 */
function saysSomething(text: string, name: string): boolean {
  const nameWords = new Set(name.toLowerCase().split(/\s+/));
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, '')).filter(Boolean);
  const said = words.filter((w) => {
    const lower = w.toLowerCase().replace(/[’']s$/, '');
    return !nameWords.has(lower) && !NOTHING_SAID.has(lower) && !CUE_FORMS.has(w);
  });
  return said.length >= MIN_SAID_WORDS;
}

