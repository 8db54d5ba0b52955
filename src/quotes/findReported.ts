import type { Token } from '../people/tokens';
import { matchPostAdjacent, matchSubject, skipTimeForward } from './attribute';
import { CLAIM_NOUNS, STRONG_CUES } from './cues';
import { isCueToken, npBackward, npForward, skipAuxForward, withCoordinate, type Range } from './phrases';

/**
 * Reported (indirect) speech: a statement a source made, printed without quotation marks.
 * Found per sentence over the tokens the quotation stage already has, in these forms:
 *  - `<clause>, <mention> said [Wednesday].` / `<clause>, said <mention>.` (post)
 *  - `<mention> [adverb] <speech verb> [that] <clause>`, `<mention> told <listener> [that] <clause>` (pre)
 *  - `According to <mention>, <clause>` / `<clause>, according to <mention>.` (according)
 *  - `<subject> <verb> …, saying [that] <clause>` (participle: the sentence's subject is the source)
 * The content is the clause (token range); the caller resolves the mention as for quotations
 * and drops statements whose source resolves to no one. In sentences holding quoted text, only a
 * report wholly outside the quotation is read; the rest is the quotation stage's.
 */
export interface ReportedFind {
  /** Token range of the reported clause ("that" included when printed). */
  content: Range;
  mention: Range;
  cue: number;
  form: 'post' | 'pre' | 'according' | 'participle' | 'stance';
}

/** Speech verbs that introduce a reported clause; say and tell may drop the "that". */
const REPORT_BASES = `say tell add note write declare insist explain argue claim state warn acknowledge admit announce assert
reply respond remark observe tweet post complain suggest predict conclude concede contend emphasize emphasise stress promise
vow pledge boast testify reiterate confirm repeat caution maintain allege reveal disclose affirm reaffirm guarantee assure
recall retort counter agree mention deny charge report estimate hint signal indicate joke`.split(/\s+/).filter(Boolean);
const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says'], tell: ['told', 'tells'], write: ['wrote', 'writes'], reply: ['replied', 'replies'],
  testify: ['testified', 'testifies'], admit: ['admitted', 'admits'], signal: ['signaled', 'signalled', 'signals'],
  post: ['posted', 'posts'], deny: ['denied', 'denies'], emphasize: ['emphasized', 'emphasizes'],
  think: ['thought', 'thinks'], feel: ['felt', 'feels'], know: ['knew', 'knows'],
};
/**
 * Verbs of belief that report a source's view with a clause ("Trump believes the system is
 * rigged", "she fears that …"). Only with a clause after them, and only as verbs.
 */
const BELIEF_BASES = ['believe', 'think', 'hope', 'fear', 'expect', 'feel', 'know', 'worry', 'doubt', 'suspect'];
const BELIEF = new Set(BELIEF_BASES);
function finiteForms(base: string): string[] {
  if (IRREGULAR[base]) return [base, ...IRREGULAR[base]];
  if (base.endsWith('e')) return [base, base + 'd', base + 's'];
  if (base.endsWith('y') && !/[aeiou]y$/.test(base)) return [base, base.slice(0, -1) + 'ied', base.slice(0, -1) + 'ies'];
  if (/(s|sh|ch|x)$/.test(base)) return [base, base + 'ed', base + 'es'];
  return [base, base + 'ed', base + 's'];
}
const REPORT_FINITE = new Map<string, string>([...REPORT_BASES, ...BELIEF_BASES].flatMap((b) => finiteForms(b).map((f) => [f, b] as [string, string])));
/** Progressive forms ("is warning that", "are saying"), after a form of "be". */
const PROGRESSIVE = new Map<string, string>(REPORT_BASES.map((b) => [b.endsWith('e') && b !== 'see' ? b.slice(0, -1) + 'ing' : b + 'ing', b]));
/** Participles after a comma that report the sentence subject's words: "…, saying the troops …". */
const PARTICIPLES = new Map<string, string>(
  ['saying', 'adding', 'noting', 'arguing', 'warning', 'claiming', 'insisting', 'explaining', 'stressing', 'asserting',
    'suggesting', 'predicting', 'acknowledging', 'contending', 'telling', 'emphasizing', 'declaring', 'announcing',
    // Other speech participles, read (as all but saying and telling) only with a "that" clause or a pronoun subject.
    'remarking', 'stating', 'conceding', 'complaining', 'maintaining', 'admitting', 'observing', 'reiterating',
    'countering', 'cautioning', 'alleging', 'tweeting', 'writing']
    .map((p) => [p, p === 'saying' ? 'say' : p === 'telling' ? 'tell' : 'other']),
);
/**
 * Verbs by which news prose reports a source's stance without a clause: demands, wants, praise
 * and attacks ("Trump called for the repeal of …", "Sanders wants to …", "Trump attacked
 * Machado"), and refusals ("Scholz declined to comment on …", a response a reader asks for). PolNeAR annotates
 * them as attributions, and they answer "what did X say". Only as
 * the main verb of a sentence whose subject is a named person (see `extractStatements`).
 */
const STANCE_BASES = `call cite criticize criticise attack praise accuse blame urge vow pledge promise refuse propose endorse
reject question demand dismiss defend tout want oppose rail lambaste slam blast decry denounce condemn applaud
welcome thank compliment brag boast complain describe portray cast paint liken compare dispute threaten recommend advocate
champion highlight raise outline pitch promote challenge mock ridicule insult disparage label dub push press seek
favor favour support back embrace fault chide scold berate castigate excoriate assail decline`.split(/\s+/).filter(Boolean);
/**
 * Speech verbs whose object is itself what was said, without a clause: "denied the charges", "announced a series of
 * steps", "reiterated his support for …", "warned of a recession", "explained his reasoning". Not "argue", "claim" or
 * "suggest" (their object is mostly a clause without "that", measured before as less precise), "admit" ("admitted
 * the mistake and apologized" stays no statement), "repeat" ("repeated his tradition of tweeting" is an act), nor "add", "write", "report", "post", "charge" or "estimate" (an
 * act or a figure: "reported $5,000 in income").
 */
const SPOKEN_OBJECT_BASES = `deny announce reiterate stress emphasize emphasise acknowledge concede predict warn mention explain
reveal confirm insist joke tweet`.split(/\s+/).filter(Boolean);
const STANCE_FORMS = new Set<string>([...STANCE_BASES, ...SPOKEN_OBJECT_BASES].flatMap((b) => finiteForms(b).slice(1))
  .concat(['sought', 'cast', 'bragged', 'compared']));
/** Base forms of the stance verbs, read only after a purpose lead ("went on to criticize", `purposeLead`). */
const STANCE_BASE_FORMS = new Set<string>([...STANCE_BASES, ...SPOKEN_OBJECT_BASES]);
/**
 * Stance verbs that may also name an act ("is raising money", "thanking supporters at a rally", "backing Clinton",
 * "revealing a tendency"):
 * all but these are always something said (praise, attack, demands, promises), the only ones read in a progressive form.
 */
const ACT_STANCES = new Set(`refuse endorse want welcome thank describe portray cast paint raise outline pitch promote push press
seek favor favour support back embrace decline reveal`.split(/\s+/).filter(Boolean));
const SPOKEN_STANCE_BASES = [...STANCE_BASES, ...SPOKEN_OBJECT_BASES].filter((b) => !ACT_STANCES.has(b));
/** Progressive forms of those ("is touting", "are criticizing", "was calling for"). */
const STANCE_PROGRESSIVE = new Set<string>(SPOKEN_STANCE_BASES.map((b) => (/[^e]e$/.test(b) ? b.slice(0, -1) : b) + 'ing')
  .concat(['slamming', 'bragging', 'dubbing']));
/** A particle or preposition the stance verb takes before its object ("called for", "railed against"). */
const STANCE_PARTICLE = /^(for|on|upon|against|about|of|at|out|up|off|back|down|with)$/;
/** Verbs that may drop the "that" before their clause. */
const ZERO_THAT = new Set(['say', 'tell', ...BELIEF_BASES]);

const NEGATION = /^(not|n’t|n't|never|no|cannot|can’t|can't)$/;
/** Modals and hypotheticals: "would say", "may argue" report nothing said. */
const MODAL = /^(would|could|might|may|will|should|must|can|’d|'d|’ll|'ll|to)$/;
const BE = /^(was|were|is|are|be|been|being|’s|'s|get|got)$/;
const CLOSING = /^[.!?…]+$|^[)\]]$/;

const isVerb = (t: Token | undefined): boolean => !!t && (t.pos === 'VERB' || t.pos === 'AUX');
/** A verb not in -ing form: a clause's finite verb ("were withdrawn", "has"), not a participle. */
const isFiniteVerb = (t: Token | undefined): boolean => isVerb(t) && !/ing$/.test(t!.lower);
/** A finite verb at k, not an infinitive ("to deploy"): the verb a clause opened before k needs. */
const finiteVerbAt = (toks: readonly Token[], k: number): boolean => isFiniteVerb(toks[k]) && toks[k - 1]!.lower !== 'to';

/** True when [s, e) reads as a clause: at least three words and a verb. */
function isClause(toks: readonly Token[], s: number, e: number): boolean {
  let words = 0;
  let verb = false;
  for (let i = s; i < e; i++) {
    if (/\p{L}/u.test(toks[i]!.text)) words++;
    if (isVerb(toks[i])) verb = true;
  }
  return words >= 3 && verb;
}

/**
 * A clause opening at i without "that": a word that can open a subject ("the plan", "he",
 * "much of his discussion", "there") and a finite verb within a few words, before any comma or
 * subordinate clause ("said the same thing when he …" is no clause).
 */
function opensClause(toks: readonly Token[], i: number, hi: number): boolean {
  const t = toks[i];
  if (!t || i >= hi) return false;
  if (!/^(DET|PRON|PROPN|NOUN|ADJ|NUM)$/.test(t.pos) && !/^\p{Lu}/u.test(t.text) &&
    !/^(none|nearly|almost|only|about|roughly|most|all|neither|either|just|even|many|few|several|both|too)$/.test(t.lower)) return false;
  if (/^(what|which|who|whom|how|why|where|whether|if|to|so|something|nothing|anything|much|little|more|less|goodbye|hello|yes|no)$/.test(t.lower) && !(t.lower === 'much' && toks[i + 1]?.lower === 'of')) return false;
  for (let k = i + 1; k < hi && k <= i + 30; k++) {
    const u = toks[k]!;
    if (u.text === ',' && k <= i + 4) {
      // The subject's appositive: "said its troops, part of a large buildup …, were withdrawn".
      const after = appositiveEnd(toks, k, hi);
      if (after >= 0) return isFiniteVerb(toks[after]);
    }
    if (/^[,;:(—–]$/.test(u.text) || /^(when|while|because|after|before|if|as|since|until|though|although|whether)$/.test(u.lower)) return false;
    if (finiteVerbAt(toks, k)) return true;
  }
  return false;
}

/** A belief verb used as a verb: so tagged, or an -s form the tagger read as a plural noun, after a name and before "that" ("Blinken fears that"). */
function beliefVerb(toks: readonly Token[], c: number): boolean {
  const t = toks[c]!;
  if (t.pos === 'VERB') return true;
  return /s$/.test(t.lower) && toks[c + 1]?.lower === 'that' && /^(PROPN|PRON)$/.test(toks[c - 1]?.pos ?? '');
}

/** A belief verb's clause without "that" opens with its subject, and no relative clause comes before its verb. */
function beliefClause(toks: readonly Token[], i: number, hi: number): boolean {
  if (!/^(DET|PRON|PROPN|NOUN|ADJ|NUM)$/.test(toks[i]?.pos ?? '')) return false;
  for (let k = i + 1; k < hi && k <= i + 30; k++) {
    const u = toks[k]!;
    if (/^(that|which|who|whom)$/.test(u.lower)) return false;
    if (finiteVerbAt(toks, k)) return true;
  }
  return false;
}

/**
 * After the comma at `comma`, a noun phrase set off by a second comma (", part of a large
 * buildup accompanied by …,"): the token after that second comma, or -1 when what follows the
 * comma opens no noun phrase or holds a clause of its own (a relative pronoun, a semicolon).
 */
function appositiveEnd(toks: readonly Token[], comma: number, hi: number): number {
  const first = toks[comma + 1];
  if (!first || !/^(DET|NOUN|ADJ|NUM|PROPN)$/.test(first.pos) || /^(which|who|whom|whose|that|when|where)$/.test(first.lower)) return -1;
  for (let k = comma + 2; k < hi && k <= comma + 30; k++) {
    const u = toks[k]!;
    if (/^[;:(—–]$/.test(u.text) || /^(which|who|whom|whose|that|when|where|while|because|if|and|but)$/.test(u.lower)) return -1;
    if (u.text === ',') return k + 1 < hi ? k + 1 : -1;
  }
  return -1;
}

/**
 * A clause with a personal pronoun as its subject and its finite verb next ("insisted he has …",
 * "notes they were appointed …"): what the other speech verbs may report without "that", since
 * no object reads that way ("admitted the mistake and apologised" is not a clause).
 */
function pronounClause(toks: readonly Token[], i: number, hi: number): boolean {
  if (!/^(he|she|they|we|i|it|there)$/.test(toks[i]?.lower ?? '')) return false;
  let k = i + 1;
  if (toks[k]?.pos === 'ADV' && toks[k]!.lower !== 'to') k++;
  const v = toks[k];
  return !!v && k < hi && isFiniteVerb(v) && !(toks[i]!.lower === 'it' && /^(to|\.)$/.test(toks[k + 1]?.lower ?? ''));
}

/**
 * Where the clause after a speech verb starts (the "that" or its first word), or -1 when what
 * follows is no reported clause (an object, an infinitive, a question, a quotation).
 */
function clauseAfter(toks: readonly Token[], cue: number, hi: number, base: string): number {
  let i = cue + 1;
  if (base === 'tell') {
    // The listener: "told reporters", "told The Associated Press", "told him".
    const np = npForward(toks, i, hi);
    if (!np) return -1;
    i = np[1];
  }
  // A clause may open with an adverb ("said none of …", "said only the Senate …"): tried first.
  const direct = skipTimeForward(toks, i, hi);
  if (ZERO_THAT.has(base) && toks[direct]?.pos === 'ADV' && opensClause(toks, direct, hi)) return direct;
  // "said Wednesday", "said on Tuesday", "said in a statement", "also said, however,".
  for (let guard = 0; guard < 4 && i < hi; guard++) {
    const before = i;
    i = skipDuration(toks, skipTimeForward(toks, i, hi), hi);
    while (i < hi && toks[i]!.pos === 'ADV' && toks[i]!.lower !== 'that') i++;
    if (i < hi && /^(in|at|during|on|after|before|through|via|to|with)$/.test(toks[i]!.lower)) {
      // A short prepositional phrase, only when "that" follows it: "said in a statement that".
      for (let k = i + 1; k < hi && k <= i + 8; k++) {
        if (toks[k]!.lower === 'that' && toks[k]!.pos !== 'DET') { i = k; break; }
        // A capitalised word is part of a name, whatever the tagger read: "said on “Meet the Press” that".
        if (toks[k]!.text === ',' || (isVerb(toks[k]) && !/^\p{Lu}/u.test(toks[k]!.text))) break;
      }
    }
    if (i === before) break;
  }
  // "told The New York Times Tuesday morning that …": a few more words before "that"; after "told", the rest of the
  // listener too ("told members of the AFL-CIO executive council that …", "told The Post and Courier newspaper of
  // Charleston on Saturday that …"), but not what they were told about ("told reporters about the plan that …").
  const topic = (k: number): boolean => /^(about|over|why|how|what|whether)$/.test(toks[k]!.lower);
  if (toks[i] && toks[i]!.lower !== 'that' && !topic(i)) {
    const reach = base === 'tell' ? 9 : 3;
    for (let k = i + 1; k < hi && k <= i + reach; k++) {
      if (toks[k]!.lower === 'that' && opensClause(toks, k + 1, hi)) { i = k; break; }
      if (toks[k]!.text === ',' || isVerb(toks[k]) || topic(k)) break;
    }
  }
  const t = toks[i];
  if (!t || i >= hi) return -1;
  if (t.lower === 'that' && (t.pos === 'SCONJ' || t.pos === 'ADP' || opensClause(toks, i + 1, hi))) return i;
  if (!ZERO_THAT.has(base)) return pronounClause(toks, i, hi) ? i : -1;
  if (BELIEF.has(base) && !beliefClause(toks, i, hi)) return -1;
  return opensClause(toks, i, hi) ? i : -1;
}

const DURATION_UNIT = /^(days|weeks|months|years|decades|hours|some|a|the)$/;
/**
 * Skips a duration after a speech verb ("has said for weeks he is …", "has argued for years that …", "for the past
 * two years"): "for", at most three words, and a unit of time; anything else is left as it is.
 */
function skipDuration(toks: readonly Token[], i: number, hi: number): number {
  if (toks[i]?.lower !== 'for' || !DURATION_UNIT.test(toks[i + 1]?.lower ?? '')) return i;
  for (let k = i + 1; k < hi && k <= i + 4; k++) {
    if (/^(days|weeks|months|years|decades|hours|time|while)$/.test(toks[k]!.lower)) return k + 1;
    if (!/^(DET|NUM|ADJ)$/.test(toks[k]!.pos) && !/^(past|last|few|several|many|some|a|the|long)$/.test(toks[k]!.lower)) return i;
  }
  return i;
}

/** Conjunctions opening a subordinate clause whose subject may report ("after Trump said …"); not "if", a hypothetical. */
const SUBORDINATOR = /^(after|when|because|as|since|before|while|although|though|once|until|whereas|even)$/;

/** The tokens before a mention that let it be a clause subject: the sentence start, a comma, "and", "but", a dash. */
function subjectPosition(toks: readonly Token[], at: number, lo: number): boolean {
  if (at <= lo) return true;
  const p = toks[at - 1]!;
  if (/^[,;—–-]$/.test(p.text) || p.text === '--') return true;
  if (/^(and|but|yet|so|meanwhile|instead|however|also|still)$/.test(p.lower)) return true;
  // "In Brussels, …" is caught by the comma; "Separately, …" likewise.
  return false;
}

/** The content up to the sentence end, without its closing punctuation. */
function contentEnd(toks: readonly Token[], s: number, hi: number): number {
  let e = hi;
  while (e > s && (CLOSING.test(toks[e - 1]!.text) || toks[e - 1]!.text === ',')) e--;
  return e;
}

/** The start of the sentence after an opening bullet, dash or dateline ("WASHINGTON (AP) —"). */
function sentenceOpening(toks: readonly Token[], lo: number, hi: number): number {
  let i = lo;
  while (i < hi && /^[-–—•*]$/.test(toks[i]!.text)) i++;
  if (toks[i] && /^\p{Lu}{2,}/u.test(toks[i]!.text)) {
    for (let d = i + 1; d < hi && d - i <= 12; d++) if (/^[—–]$|^--$/.test(toks[d]!.text)) return d + 1;
  }
  return i;
}

/** Tokens after a post attribution: a short closing phrase without a clause of its own. */
function shortTail(toks: readonly Token[], from: number, hi: number): boolean {
  if (hi - from > 12) return false;
  for (let i = from; i < hi; i++) {
    const t = toks[i]!;
    if (t.lower === 'that' || t.text === ':' || (isVerb(t) && !/^(according|speaking|adding|referring|citing)$/.test(t.lower) && !/ing$/.test(t.lower))) return false;
  }
  return true;
}

function findInSentence(toks: readonly Token[], lo: number, hi: number, noQuotes: Int32Array): ReportedFind | null {
  const start = sentenceOpening(toks, lo, hi);
  const end = contentEnd(toks, start, hi);
  if (end - start < 4) return null;

  // Post: "<clause>, <mention> said [Wednesday]." The report around the whole clause comes first.
  for (let c = end - 1; c > start + 2; c--) {
    if (toks[c]!.text !== ',') continue;
    const m = matchPostAdjacent(toks, c + 1, end, noQuotes);
    if (!m) continue;
    const cue = toks[m.cue]!;
    if (!STRONG_CUES.has(cue.lower) || /ing$/.test(cue.lower) || !REPORT_FINITE.has(cue.lower)) continue;
    // "…, said Blinken": the inverted order only with say/add/write forms.
    if (m.cue < m.mention[0] && !/^(said|says|added|adds|wrote|writes|noted|notes|told|tweeted|explained|continued|argued|warned|insisted)$/.test(cue.lower)) continue;
    // "John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the Khan family deserved better":
    // when the verb is the sentence subject's own, what comes before the comma is that subject, not a reported clause.
    if (m.cue < m.mention[0]) {
      const subj = matchSubject(toks, noQuotes, start, m.cue + 1);
      if (subj && subj.cue === m.cue && subj.mention[1] <= c) continue;
    }
    const after = Math.max(m.cue, m.mention[1] - 1) + 1;
    let tail = after;
    if (REPORT_FINITE.get(cue.lower) === 'tell' && m.cue > m.mention[0]) tail = (npForward(toks, m.cue + 1, end) ?? [0, m.cue + 1])[1];
    if (!shortTail(toks, tail, end)) continue;
    // Nothing between the mention and the cue but adverbs and auxiliaries: no "would say", no "did not say".
    if (hasNegationOrModal(toks, Math.min(m.mention[1], m.cue), Math.max(m.mention[0], m.cue))) continue;
    if (!isClause(toks, start, c) || !hasHeadWord(toks, m.mention)) continue;
    return { content: [start, c], mention: m.mention, cue: m.cue, form: 'post' };
  }

  // "According to <mention>, <clause>."
  if (toks[start]!.lower === 'according' && toks[start + 1]?.lower === 'to') {
    for (let c = start + 3; c < end && c <= start + 14; c++) {
      if (toks[c]!.text !== ',') continue;
      const np = npForward(toks, start + 2, c, true);
      if (np && np[1] === c && isClause(toks, c + 1, end)) return { content: [c + 1, end], mention: np, cue: start, form: 'according' };
      break;
    }
  }

  // "As <mention> noted [in …], <clause>." / "As reported by <mention>, <clause>.": the opening attributes the sentence.
  // Also after an opening phrase or clause and its comma ("Just a few weeks ago, as Western Journalism reported, …",
  // "…, and as Comey noted, …").
  // Not after a report of its own ("Smith said that …, as Jones noted, …" is Smith's).
  for (let a = start; a < end - 4; a++) {
    if (a > start && REPORT_FINITE.has(toks[a - 1]!.lower) && isCueToken(toks, a - 1)) break;
    if (toks[a]!.lower !== 'as' || !(a === start || toks[a - 1]!.text === ',' || (/^(and|but)$/.test(toks[a - 1]!.lower) && toks[a - 2]?.text === ','))) continue;
    const asReport = asOpening(toks, a, end);
    if (asReport) return asReport;
  }

  // Pre: "<mention> [adverb] <speech verb> [that] <clause>"; the leftmost report is the outer one.
  for (let c = start + 1; c < end - 2; c++) {
    const t = toks[c]!;
    // "is warning that …": a progressive form after "be" reports as its finite form does.
    const progressive = /^(is|are|was|were|’s|'s)$/.test(toks[c - 1]!.lower) && t.pos === 'VERB' ? PROGRESSIVE.get(t.lower) : undefined;
    const base = progressive ?? REPORT_FINITE.get(t.lower);
    if (!base || t.lower === 'ask' || /^ask/.test(t.lower)) continue;
    if (!progressive && !(BELIEF.has(base) ? beliefVerb(toks, c) : isCueToken(toks, c))) continue;
    if (!progressive && isPassive(toks, c, start)) continue;
    let np = npBackward(toks, c, start);
    if (np) np = withCoordinate(toks, np, start, true);
    // "about half of Democratic primary voters said", "a spokesman for the campaign said": the phrase the "of" hangs on.
    for (let guard = 0; np && guard < 2 && !subjectPosition(toks, np[0], start) && /^(of|for|from|in|at|with)$/.test(toks[np[0] - 1]?.lower ?? ''); guard++) {
      const head = npBackward(toks, np[0] - 1, start);
      if (!head) break;
      np = [head[0], np[1]];
    }
    // "about half of …", "nearly 6 in 10 …".
    if (np && /^(about|nearly|almost|roughly|some|only|just)$/.test(toks[np[0] - 1]?.lower ?? '')) np = [np[0] - 1, np[1]];
    let viaSubject = false;
    let purpose = false;
    // "… denouncing the regime after Trump said he is open to a deal": the subject of a subordinate clause reports
    // the rest of the sentence, when nothing else follows its clause (no comma or dash in it).
    const subordinate = !!np && np[0] > start && SUBORDINATOR.test(toks[np[0] - 1]!.lower) && toks[c - 1]!.text !== ',';
    if (!np || !(subjectPosition(toks, np[0], start) || subordinate) || toks[c - 1]!.text === ',') {
      // "Chris Cox, who runs the NRA’s lobbying arm, says …", "Marley Anderson, 21, a junior, said …",
      // "The senator survived … and says …", "Sullivan put off deciding … but said …": the sentence's subject, when
      // this is its verb (or a verb joined by "and" or "but").
      const subj = matchSubject(toks, noQuotes, start, c + 1);
      // The subject's verb may be an auxiliary of this one ("Trump, who has relied on …, has said …", "… but has
      // said …"): the verb group runs from the auxiliaries to the cue.
      const group = auxGroupStart(toks, c, start);
      const joined = /^(and|but)$/.test(toks[group - 1]?.lower ?? '') && subj !== null && subj.mention[1] < group;
      purpose = !!subj && subj.cue < c && purposeLead(toks, subj.cue, c);
      np = subj && ((subj.cue >= group && subj.cue <= c) || joined || purpose) ? subj.mention : null;
      if (!np) continue;
      viaSubject = true;
    }
    if (!hasHeadWord(toks, np)) continue;
    if (np[1] - np[0] === 1 && /^(who|which|that|what)$/.test(toks[np[0]]!.lower)) continue;
    // A base form ("will go to Iowa and say …") stays in the scope of an earlier modal; a finite one has its own.
    // After a purpose lead ("went on to explain") only the lead's own verb group is checked.
    if (purpose ? hasNegationOrModal(toks, np[1], c - 1) && hasNegationOrModal(toks, verbGroupStart(toks, np[1], c), c - 1)
      : hasNegationOrModal(toks, viaSubject && t.lower !== base ? verbGroupStart(toks, np[1], c) : np[1], c)) continue;
    // "X, who said …, …": a relative clause has its own end; one closed by its comma before the verb ("Trump, who has
    // relied on …, has said …") leaves the verb to X.
    let rel = false;
    for (let i = np[1]; i < c && !viaSubject; i++) {
      if (toks[i]!.lower === 'who' || toks[i]!.lower === 'which') rel = true;
      else if (rel && toks[i]!.text === ',') rel = false;
    }
    if (rel) continue;
    const s = clauseAfter(toks, c, end, base);
    if (s < 0 || !isClause(toks, s, end)) continue;
    if (subordinate && !viaSubject && toks.slice(s, end).some((u) => /^(,|;|—|–|--)$/.test(u.text))) continue;
    return { content: [s, end], mention: np, cue: c, form: 'pre' };
  }

  // "<clause>, according to <mention>."
  for (let c = end - 1; c > start + 2; c--) {
    if (toks[c]!.text !== ',' || toks[c + 1]?.lower !== 'according' || toks[c + 2]?.lower !== 'to') continue;
    const np = npForward(toks, c + 3, end, true);
    if (np && shortTail(toks, np[1], end) && isClause(toks, start, c)) return { content: [start, c], mention: np, cue: c + 1, form: 'according' };
    break;
  }

  // Participle: "<subject> <verb> …, saying [that] <clause>", also after a dash or a preposition of manner or
  // time ("picked up … by saying he is ready", "while arguing that …", "after initially saying he would not …").
  for (let c = start + 3; c < end - 2; c++) {
    const kind = PARTICIPLES.get(toks[c]!.lower);
    if (!kind) continue;
    const intro = participleIntro(toks, c);
    if (intro < 0) continue;
    const subj = matchSubject(toks, noQuotes, start, intro);
    if (!subj || subj.mention[1] > c) continue;
    if (hasNegationOrModal(toks, subj.mention[1], subj.cue + 1)) continue;
    const s = clauseAfter(toks, c, end, kind === 'other' ? 'other' : kind);
    if (s < 0 || !isClause(toks, s, end)) continue;
    return { content: [s, end], mention: subj.mention, cue: c, form: 'participle' };
  }

  // A speech participle opening the sentence with its "that" clause ("Noting that Obama’s policy has been to …, Trump
  // reminded Americans …"): the clause is the words of the main clause's subject, a name or he/she right after the
  // first comma that opens a clause with its own verb.
  if (toks[start + 1]?.lower === 'that' && PARTICIPLES.has(toks[start]!.lower)) {
    for (let c = start + 4; c < end - 1; c++) {
      if (toks[c]!.text !== ',') continue;
      const subj = matchSubject(toks, noQuotes, c + 1, end);
      if (!subj || subj.mention[0] !== c + 1) continue;
      const np = subj.mention;
      if (!(namedHead(toks, np) || (np[1] - np[0] === 1 && /^(he|she)$/.test(toks[np[0]]!.lower)))) break;
      if (hasNegationOrModal(toks, np[1], subj.cue + 1) || !isClause(toks, start + 2, c)) break;
      return { content: [start + 1, c], mention: np, cue: start, form: 'participle' };
    }
  }

  // A possessive claim: "Trump’s claim that …", "Stumpf’s repeated insistence that …".
  for (let c = start + 2; c < end - 3; c++) {
    if (!CLAIM_NOUNS.has(toks[c]!.lower) || toks[c + 1]!.lower !== 'that' || !isClause(toks, c + 2, end)) continue;
    let p = c - 1;
    while (p > start && (toks[p]!.pos === 'ADJ' || toks[p]!.pos === 'ADV' || (toks[p]!.pos === 'VERB' && /ed$/.test(toks[p]!.lower)))) p--;
    if (!/^[’']s$/.test(toks[p]!.text)) continue;
    const np = npBackward(toks, p, start);
    if (!np || !toks.slice(np[0], np[1]).some((u) => u.pos === 'PROPN')) continue;
    return { content: [c + 1, end], mention: np, cue: c, form: 'stance' };
  }

  // Stance: "<subject> [has] called for <object>", "<subject> wants to …", "<subject> cited …".
  for (let c = start + 1; c < end - 1; c++) {
    const t = toks[c]!;
    // "Sanders is touting his campaign’s work …": a progressive stance right after a form of "be".
    const progressive = t.pos === 'VERB' && STANCE_PROGRESSIVE.has(t.lower) && /^(is|are|was|were)$/.test(toks[c - 1]!.lower);
    // A base form only after a purpose lead ("went on to criticize", checked below).
    const bare = STANCE_BASE_FORMS.has(t.lower) && toks[c - 1]!.lower === 'to';
    if (t.pos !== 'VERB' || !(STANCE_FORMS.has(t.lower) || progressive || bare)) continue;
    const subj = matchSubject(toks, noQuotes, start, c + 1);
    // The subject's verb is this one, perhaps after auxiliaries and adverbs ("has repeatedly called for").
    // A stance verb in a relative clause or other interruption before the subject's own verb ("Obama, who has
    // denounced the attack, reiterated his frustration …"): the subject's verb comes later, and may be a stance.
    const whole = subj ?? matchSubject(toks, noQuotes, start, end);
    if (whole && whole.cue > c && whole.mention[1] <= c) continue;
    if (!subj || subj.cue > c || !hasHeadWord(toks, subj.mention)) break;
    const lead = !progressive && purposeLead(toks, subj.cue, c);
    if (bare && !lead) continue;
    // A passive ("was accused of", "has been criticized for") reports what others said of the subject; a progressive's
    // own "is" does not make one.
    if (!lead && toks.slice(subj.cue, progressive ? c - 1 : c).some((u) => (u.pos !== 'AUX' && u.pos !== 'ADV' && u.pos !== 'PART') || BE.test(u.lower))) break;
    // The subject's verb may have been read as the participle itself ("… was widely criticized as sloppy").
    if (!progressive && isPassive(toks, c, start)) break;
    // Only the verb's own group: "Sanders, who had said he would debate …, criticized Clinton" has its modal in the
    // relative clause, not on the stance.
    if (hasNegationOrModal(toks, verbGroupStart(toks, subj.mention[1], c), lead ? subj.cue + 1 : c)) break;
    if (!stanceSays(toks, c, end)) break;
    const s = stanceObject(toks, c, end);
    if (s >= end || !/\p{L}/u.test(toks[s]!.text)) break;
    // In an opening subordinate clause ("When Sanders accused Clinton of …, she said …") the stance ends at its comma.
    let e = end;
    if (OPENING_SUBORDINATOR.test(toks[start]!.lower) && subj.mention[0] === start + 1) {
      for (e = s; e < end && toks[e]!.text !== ','; e++);
    }
    return { content: [s, e], mention: subj.mention, cue: c, form: 'stance' };
  }
  return subordinateStance(toks, start, end) ?? participleStance(toks, start, end, noQuotes);
}

/**
 * "As Comey noted, people involved in the case could still be …", "As reported by Western Journalism, investigators
 * found …": a sentence opening with "as" and a report, then a comma, is the reporter's whole clause. The report is a
 * finite speech verb after its subject (no modal, no negation: "as he would say"), perhaps followed by a time word or a
 * short phrase without a verb ("as Comey noted in his testimony,"); the clause after the comma needs its own subject
 * and verb.
 */
function asOpening(toks: readonly Token[], start: number, end: number): ReportedFind | null {
  if (toks[start]?.lower !== 'as') return null;
  let np: Range | null;
  let cue: number;
  if (/^(reported|noted|stated|explained)$/.test(toks[start + 1]?.lower ?? '') && toks[start + 2]?.lower === 'by') {
    cue = start + 1;
    np = null;
    for (let c = start + 4; c < end && c <= start + 12; c++) {
      if (toks[c]!.text !== ',') continue;
      const r = npForward(toks, start + 3, c, true);
      if (r && r[1] === c) np = r;
      break;
    }
  } else {
    cue = -1;
    for (let c = start + 2; c < end && c <= start + 12; c++) {
      const t = toks[c]!;
      if (t.text === ',' || /^[;:()]$/.test(t.text)) break;
      if (REPORT_FINITE.has(t.lower) && STRONG_CUES.has(t.lower) && !BELIEF.has(REPORT_FINITE.get(t.lower)!) && isCueToken(toks, c)) { cue = c; break; }
    }
    if (cue < 0) return null;
    np = npBackward(toks, cue, start + 1);
    if (np && np[0] !== start + 1) np = null;
  }
  if (!np || !hasHeadWord(toks, np) || hasNegationOrModal(toks, np[1], cue)) return null;
  // The comma closing the opening: right after the cue or after a time word or a short phrase without a verb.
  let c = Math.max(cue, np[1] - 1) + 1;
  for (; c < end && c <= cue + 8; c++) if (toks[c]!.text === ',' || isVerb(toks[c]) || toks[c]!.lower === 'that') break;
  if (c >= end || toks[c]!.text !== ',') return null;
  if (!opensClause(toks, c + 1, end) || !isClause(toks, c + 1, end)) return null;
  return { content: [c + 1, end], mention: np, cue, form: 'according' };
}

/** "applauding along with the audience": in a participle phrase, applause is mostly clapping, not a statement. */
const CLAPPING = /^applaud/;

/**
 * A name heads the mention: "Sen. Bernie Sanders", "Secretary of State John Kerry", not "The event with Obama" or "a
 * crowd of Trump supporters", whose name sits in a phrase after the head.
 */
function namedHead(toks: readonly Token[], r: Range): boolean {
  let e = r[1];
  for (let i = r[0] + 1; i < r[1]; i++) if (toks[i]!.pos === 'ADP' && !/^\p{Lu}/u.test(toks[i - 1]!.text)) { e = i; break; }
  for (let i = r[0]; i < e; i++) if (toks[i]!.pos === 'PROPN') return true;
  return false;
}

/**
 * A stance in a participle phrase of the sentence's subject: "Carson has shown little sign of …, slamming the Texas
 * senator for failing to act", "Bill Clinton unloaded on Sanders in a speech Sunday, accusing his followers of
 * sexism", "… by calling for heavy tariffs". Only the stance verbs that always name something said (no acts:
 * "thanking", "backing"), introduced as the speech participles are (`participleIntro`); the subject must be the
 * subject's own, unnegated and without a modal, and named (checked by the caller, as for every stance).
 */
function participleStance(toks: readonly Token[], start: number, end: number, noQuotes: Int32Array): ReportedFind | null {
  for (let c = start + 3; c < end - 1; c++) {
    if (!STANCE_PROGRESSIVE.has(toks[c]!.lower) || toks[c]!.pos === 'NOUN' || CLAPPING.test(toks[c]!.lower)) continue;
    const intro = participleIntro(toks, c);
    if (intro < 0) continue;
    const subj = matchSubject(toks, noQuotes, start, intro);
    if (!subj || subj.mention[1] > c || subj.cue > intro || !namedHead(toks, subj.mention)) continue;
    if (hasNegationOrModal(toks, verbGroupStart(toks, subj.mention[1], subj.cue + 1), subj.cue + 1)) continue;
    // "Trump was criticized by Rubio, accusing …" is no stance of Trump's; "Trump was in Maine, promising …" is.
    if ((BE.test(toks[subj.cue]!.lower) && /ed$/.test(toks[subj.cue + 1]?.lower ?? '')) || !stanceSays(toks, c, end)) continue;
    const s = stanceObject(toks, c, end);
    if (s >= end || !/\p{L}/u.test(toks[s]!.text)) continue;
    return { content: [s, end], mention: subj.mention, cue: c, form: 'stance' };
  }
  return null;
}

/**
 * A lead that makes the base-form verb at c (after "to") the subject's own act of speaking: "went on to explain",
 * "took to Twitter to call", "used his acceptance speech to call for", "is using her victory speech to draw". The lead
 * verb is the subject's; only a short phrase without a comma or another verb stands between it and "to".
 */
function purposeLead(toks: readonly Token[], lead: number, c: number): boolean {
  if (toks[c - 1]?.lower !== 'to' || toks[c]!.pos !== 'VERB' || /(ed|ing|s)$/.test(toks[c]!.lower) && !/ss$/.test(toks[c]!.lower)) return false;
  const v = toks[lead]!.lower;
  let k = lead + 1;
  if (/^(went|goes|go)$/.test(v)) return toks[k]?.lower === 'on' && k + 2 === c;
  if (/^(took|takes|taking)$/.test(v)) {
    if (toks[k]?.lower !== 'to') return false;
    k++;
  } else if (!/^(used|uses|using)$/.test(v)) return false;
  if (c - 1 - k < 1 || c - 1 - k > 8) return false;
  for (let i = k; i < c - 1; i++) if (toks[i]!.text === ',' || isVerb(toks[i]) || toks[i]!.lower === 'to') return false;
  return true;
}

/** A form of "be" right before the verb at c, adverbs aside ("was criticized", "was widely criticized"): a passive, said of the subject, not by it. */
function isPassive(toks: readonly Token[], c: number, start: number): boolean {
  let b = c - 1;
  while (b > start && toks[b]!.pos === 'ADV') b--;
  return b >= start && BE.test(toks[b]!.lower);
}

const REFUSAL = /^(declin|refus)/;
/** What a source raises when raising is saying something: concerns, questions, doubts, an issue, the possibility. */
const RAISED_POINT = /^(concerns?|questions?|doubts?|issues?|objections?|alarms?|possibility|prospect|specter|spectre|idea|points?|fears?|worries|criticism|complaints?)$/;
/** What a refusal that answers the press declines: "declined to comment", "declined an interview request". */
const PRESS_ASK = /^(interview|interviews|comment|comments|request|requests|question|questions|invitation)$/;

/**
 * Whether the stance verb at c says something by what follows it: "called for …", "called on X to …" ("called in
 * to a show", "called him back" are none); a refusal when it declines to do something ("declined to comment",
 * "refused to rule out …") or declines the press ("declined an interview"), not "She declined that assignment";
 * raising when a point is raised ("raised concerns about …"), not "raises substantial sums of money".
 */
function stanceSays(toks: readonly Token[], c: number, end: number): boolean {
  const verb = toks[c]!.lower;
  if (/^call/.test(verb)) return callSays(toks, c, end);
  if (REFUSAL.test(verb)) {
    if (toks[c + 1]?.lower === 'to') return true;
    for (let k = c + 1; k < end && k <= c + 4; k++) if (PRESS_ASK.test(toks[k]!.lower)) return true;
    return false;
  }
  if (/^rais/.test(verb)) return toks.slice(c + 1, c + 5).some((u) => RAISED_POINT.test(u.lower));
  return true;
}

/**
 * "Call" says something when it demands or names: "called [Wednesday] for …", "called on X to …", "called out X",
 * "called to ban …", and "called X a liar / his friend / pro-choice" (an object, then a noun phrase opened by "a"
 * or a possessive, or an adjective). Not "called in to a show", "called him back", "called LeVell onto the stage",
 * "called a press conference".
 */
function callSays(toks: readonly Token[], c: number, end: number): boolean {
  const k = skipTimeForward(toks, c + 1, end);
  const next = toks[k]?.lower ?? '';
  if (/^(for|on|upon|out)$/.test(next)) return true;
  if (next === 'to') return toks[k + 1]?.pos === 'VERB' && !/ing$/.test(toks[k + 1]!.lower);
  const np = npForward(toks, k, end);
  if (!np || np[1] >= end) return false;
  const t = toks[np[1]]!;
  if (/^(a|an|his|her|their|its|my|our)$/.test(t.lower)) return /^(NOUN|ADJ|PROPN)$/.test(toks[np[1] + 1]?.pos ?? '');
  return t.pos === 'ADJ';
}

/** Where a stance verb's object opens: after its particle, and a time between them ("called Wednesday for …"). */
function stanceObject(toks: readonly Token[], c: number, end: number): number {
  const k = skipTimeForward(toks, c + 1, end);
  return k < end && STANCE_PARTICLE.test(toks[k]!.lower) ? k + 1 : c + 1;
}

/** Conjunctions that open a sentence with a subordinate clause whose subject may take a stance. */
const OPENING_SUBORDINATOR = /^(after|when|as|because|since|while|once|before)$/;

/**
 * A stance in an opening subordinate clause: "After Johnson refused to rule out a carbon tax, he was criticized …",
 * "When Sanders accused Clinton of being too reliant on Wall Street, she said …". The subject right after the
 * conjunction, the stance verb right after it; the content runs to the comma that ends the clause.
 */
function subordinateStance(toks: readonly Token[], start: number, end: number): ReportedFind | null {
  if (!OPENING_SUBORDINATOR.test(toks[start]!.lower)) return null;
  const np = npForward(toks, start + 1, end);
  if (!np || !toks.slice(np[0], np[1]).some((u) => u.pos === 'PROPN')) return null;
  let c = np[1];
  while (c < end && toks[c]!.pos === 'ADV') c++;
  const t = toks[c];
  if (!t || t.pos !== 'VERB' || !STANCE_FORMS.has(t.lower)) return null;
  if (!stanceSays(toks, c, end)) return null;
  const s = stanceObject(toks, c, end);
  let e = s;
  while (e < end && toks[e]!.text !== ',') e++;
  if (e >= end || e - s < 1 || !/\p{L}/u.test(toks[s]!.text)) return null;
  return { content: [s, e], mention: np, cue: c, form: 'stance' };
}

/**
 * Where the phrase of a participle at c opens, or -1: a comma or dash before it ("…, saying", "— saying"), or a
 * preposition of manner or time, perhaps with an adverb ("by saying", "while arguing", "after initially saying").
 * Not "without saying" or "for saying" (a passive's reason: "was criticized for saying"): another's words or none.
 */
function participleIntro(toks: readonly Token[], c: number): number {
  let p = c - 1;
  if (toks[p]?.pos === 'ADV' && /ly$/.test(toks[p]!.lower)) p--;
  const t = toks[p];
  if (!t) return -1;
  if (p === c - 1 && (t.text === ',' || /^[—–]$|^--$/.test(t.text))) return p;
  return /^(by|while|after|before|when|in)$/.test(t.lower) ? p : -1;
}

/** A mention must have a noun, name or pronoun: not "Having" or "Asked". */
function hasHeadWord(toks: readonly Token[], r: Range): boolean {
  for (let i = r[0]; i < r[1]; i++) if (/^(NOUN|PROPN|PRON|NUM)$/.test(toks[i]!.pos)) return true;
  return false;
}

/**
 * Where the cue's own verb group starts, for a subject separated from its cue by a relative clause, an
 * interruption or an earlier verb ("Sullivan put off deciding whether X could … but said …", "Weingarten, who
 * has visited … to rally …, said …"): after the last comma, "and" or "but" before the cue. A "could" or "to"
 * before that belongs to another verb, not to the report.
 */
function verbGroupStart(toks: readonly Token[], from: number, cue: number): number {
  for (let k = cue - 1; k >= from; k--) if (toks[k]!.text === ',' || /^(and|but)$/.test(toks[k]!.lower)) return k + 1;
  return from;
}

/**
 * The first token of the perfect auxiliaries and adverbs right before a cue ("has said", "have also said", "had
 * repeatedly said"): where the cue's verb group opens. Modals and negations are left out of the group, so the check
 * that rejects them still sees them.
 */
function auxGroupStart(toks: readonly Token[], cue: number, lo: number): number {
  let g = cue;
  while (g - 1 > lo && (/^(has|have|had)$/.test(toks[g - 1]!.lower) || (toks[g - 1]!.pos === 'ADV' && /ly$|^also$/.test(toks[g - 1]!.lower)))) g--;
  return g;
}

function hasNegationOrModal(toks: readonly Token[], s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (NEGATION.test(toks[i]!.lower) || MODAL.test(toks[i]!.lower)) return true;
  return false;
}

/** Whether a token is quoted, or is itself a typewriter quotation mark (`''`, two backticks). */
function isQuotedAt(toks: readonly Token[], inQuote: (i: number) => boolean, i: number): boolean {
  return inQuote(i) || toks[i]!.text === "''" || toks[i]!.text === '``';
}

/**
 * True when the token at i closes a quotation that ends its sentence: a closing mark (”, ", or the
 * second ' of a typewriter '') inside the quotation, right after its stop.
 */
function closesQuotedSentence(toks: readonly Token[], i: number, inQuote: (i: number) => boolean): boolean {
  const t = toks[i];
  if (!t || !inQuote(i)) return false;
  if (/^[”"]$/.test(t.text)) return /^[.!?]/.test(toks[i - 1]?.text ?? '');
  return t.text === "'" && toks[i - 1]?.text === "'" && /^[.!?]/.test(toks[i - 2]?.text ?? '');
}

/** True when no token from the report's source or cue to the end of its clause is quoted (`isQuotedAt`). */
function outsideQuotes(r: ReportedFind, inQuote: (i: number) => boolean, toks: readonly Token[], inWork: (i: number) => boolean): boolean {
  const from = Math.min(r.mention[0], r.cue, r.content[0]);
  const to = Math.max(r.mention[1], r.cue + 1, r.content[1]);
  for (let i = from; i < to; i++) {
    // The quoted name of a show between the verb and its clause ("acknowledged on NBC’s “Meet the Press” that …").
    if (i > r.cue && i < r.content[0] && inWork(i)) continue;
    if (isQuotedAt(toks, inQuote, i)) return false;
  }
  return true;
}

/** Words that join a second, contrasted report to a first ("…, but the U.S. said …", "…, even as NATO warned …"). */
const CONTRAST = /^(but|while|whereas|yet|and|though|although)$/;

/**
 * "Russia said it was pulling back troops, but the U.S. said the threat remained": a report whose
 * clause goes on, after a comma and a contrasting conjunction, into another source's report of its
 * own. The second clause is that source's, not the first's: the first report's content ends at the
 * comma (`at`) and the second is returned as a report of its own.
 */
function contrastedReport(toks: readonly Token[], first: ReportedFind, hi: number, noQuotes: Int32Array): { at: number; find: ReportedFind } | null {
  for (let k = first.content[0] + 3; k < first.content[1] - 4; k++) {
    if (!/^[,;]$/.test(toks[k]!.text)) continue;
    let j = k + 1;
    // "…, even as the U.S. said …", "…, while at the same time Britain warned …" are read from the conjunction on.
    if (toks[j]?.lower === 'even' && toks[j + 1]?.lower === 'as') j += 2;
    else if (CONTRAST.test(toks[j]?.lower ?? '')) j++;
    else continue;
    const second = findInSentence(toks, j, hi, noQuotes);
    if (!second || second.form !== 'pre' || second.mention[0] !== j) continue;
    return { at: k, find: second };
  }
  return null;
}

/**
 * Reported statements of a text in text order: one per sentence, or two where a second source's
 * report is contrasted with the first's (`contrastedReport`). `sentences` is the
 * sentence index of each token (`sentenceIndex`); in sentences with tokens inside quotation
 * marks (`inQuote`), a report is kept only when its source, cue and clause are all outside them.
 */
export function findReported(
  toks: readonly Token[],
  sentences: Int32Array,
  inQuote: (i: number) => boolean,
  /** Tokens of quoted names of shows and works (“Meet the Press”): between a verb and its clause they quote no one. */
  inWork: (i: number) => boolean = () => false,
): ReportedFind[] {
  const out: ReportedFind[] = [];
  const noQuotes = new Int32Array(toks.length).fill(-1);
  let lo = 0;
  while (lo < toks.length) {
    let hi = lo;
    let quoted = false;
    while (hi < toks.length && sentences[hi] === sentences[lo]) {
      if (isQuotedAt(toks, inQuote, hi)) quoted = true;
      hi++;
      // A quotation that ends its sentence (`… forth.” Jens Stoltenberg said …`, or in typewriter marks
      // `… the Deal.'' Mr. Trump said …`) ends it here too.
      if (closesQuotedSentence(toks, hi - 1, inQuote) && hi < toks.length && !inQuote(hi) && /^\p{Lu}/u.test(toks[hi]!.text)) break;
      // A sentence followed by a quotation in typewriter marks (`… his position. ''I think …`): the sentence
      // index splits only before a capital or a curly or straight mark.
      if (/^[.!?]+$/.test(toks[hi - 1]!.text) && !inQuote(hi - 1) && toks[hi]?.text === "'" && toks[hi + 1]?.text === "'" && inQuote(hi)) break;
    }
    if (hi - lo >= 5 && hi - lo <= 120) {
      const found = findInSentence(toks, lo, hi, noQuotes);
      // In a sentence with a quotation, only a report whose source, cue and clause lie wholly outside it
      // ("Sanders argued he is the stronger candidate, citing “…”" is not; "Speaking to “Meet the Press,” he said …" is).
      if (found && (!quoted || outsideQuotes(found, inQuote, toks, inWork))) {
        const second = found.form === 'pre' ? contrastedReport(toks, found, hi, noQuotes) : null;
        if (second) {
          out.push({ ...found, content: [found.content[0], second.at] });
          if (!quoted || outsideQuotes(second.find, inQuote, toks, inWork)) out.push(second.find);
        } else out.push(found);
      }
    }
    lo = hi;
  }
  return out;
}
