import type { Token } from '../people/tokens';
import { PRONOUNS, TIME_WORDS, TITLE_HEADS } from '../people/lexicon';
import { isCue } from './cues';

/**
 * Noun-phrase boundaries over wink-nlp tokens, enough to find the speaker
 * mention next to a reporting verb. Ranges are token index ranges [start, end).
 */
export type Range = [number, number];

/** People who speak for someone named after them ("a representative for Mr. Pinchuk", "a lawyer for Trump"). */
export const AGENT_NOUN = /^(?:(?:representative|spokesman|spokeswoman|spokesperson|lawyer|attorney|aide|adviser|advisor|publicist|agent|assistant|staffer|associate|friend)s?|spokesmen|spokeswomen|spokespeople)$/;

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const NON_NAME_POS = new Set(['PRON', 'SCONJ', 'ADP', 'CCONJ', 'ADV', 'AUX', 'PART', 'DET', 'INTJ']);
const CONNECTORS = new Set(['of', 'to', 'for', 'at', 'on']);
const AUX_LIKE = new Set(['has', 'have', 'had', 'would', 'will', 'could', 'did', 'does', 'do', 'may', 'might', 'should',
  'is', 'was', 'were', 'are', 'be', 'been', 'also', 'later', 'then', 'again', 'once', 'previously', 'reportedly',
  'recently', 'further', 'simply', 'only', 'just', 'often', 'repeatedly', 'publicly', 'privately', 'famously', 'never',
  'not', 'n’t', "n't", 'had', 'earlier', 'still', 'now', 'first', 'last', 'even', 'ultimately', 'finally',
  // "Cruz himself said": an emphatic reflexive between a subject and its verb.
  'himself', 'herself', 'themselves', 'itself']);

export function isCapitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

export function isPronoun(t: Token): boolean {
  return t.lower in PRONOUNS;
}

/** Reporting-verb token: a cue form used as a verb ("said", not "the report"). */
export function isCueToken(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (!t || !isCue(t.lower) || isCapitalised(t) && i > 0 && !/[.!?:"“”]/.test(toks[i - 1]!.text)) return false;
  if (t.lower === 'said' || t.lower === 'says' || t.lower === 'told' || t.lower === 'added' || t.lower === 'quipped') {
    return true;
  }
  const prev = toks[i - 1];
  if (t.pos !== 'VERB') {
    // "The ad claims “…”": a third-person -s form the tagger took for a plural noun, after its subject.
    const next = toks[i + 1];
    const afterSubject = !!prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || isPronoun(prev)) && !inPrepositionalPhrase(toks, i - 1);
    // "Trump shot back": a past form right after its subject.
    if (afterSubject && (/ed$/.test(t.lower) || PAST_FORMS.has(t.lower)) && !isCapitalised(t)) return true;
    // Before a comma only after a name or pronoun ("Trump tweets, …"): after a common noun it is most often a compound's
    // plural ("recites the same campaign points, calling him …").
    return /s$/.test(t.lower) && afterSubject && !!next &&
      (next.text === '“' || next.text === '"' || next.lower === 'that' || next.pos === 'DET' || next.text === ':' ||
        (next.text === ',' && prev!.pos !== 'NOUN'));
  }
  // After a possessive it describes a noun ("Trump’s fired campaign manager"), as after a determiner.
  return !(prev && (prev.pos === 'DET' || prev.lower === 'to' || /^[’']s$|^(his|her|their|its|my|our|your)$/.test(prev.lower)));
}

/** True when the noun at i ends a prepositional phrase ("in her opening remarks", "during his speech"): not a subject. */
function inPrepositionalPhrase(toks: readonly Token[], i: number): boolean {
  let j = i;
  while (j - 1 >= 0 && i - j < 5 && /^(NOUN|ADJ|DET|NUM)$/.test(toks[j - 1]!.pos) && !isCapitalised(toks[j - 1]!)) j--;
  if (j - 1 >= 0 && /^(his|her|their|its|our|my)$/.test(toks[j - 1]!.lower)) j--;
  return j < i + 1 && j - 1 >= 0 && toks[j - 1]!.pos === 'ADP' && /^(in|at|on|during|with|from|of|to|for|by)$/.test(toks[j - 1]!.lower);
}

/** A reporting-verb form used as a verb: tagged so, or a past form ("said", "shot"); "the state report" keeps its nouns. */
function isVerbalCue(t: Token): boolean {
  return isCue(t.lower) && (t.pos === 'VERB' || t.pos === 'AUX' || /ed$/.test(t.lower) || PAST_FORMS.has(t.lower));
}
const PAST_FORMS = new Set(['said', 'told', 'wrote', 'written', 'shot', 'began', 'pled', 'read', 'says', 'tells']);

function isNpWord(t: Token): boolean {
  if (/^[’']s$/.test(t.lower)) return true;
  if (TIME_WORDS.has(t.lower) && !isCapitalised(t)) return false;
  if (isVerbalCue(t) && !isCapitalised(t)) return false;
  if (NP_POS.has(t.pos)) return true;
  if (isCapitalised(t) && /\p{L}/u.test(t.text) && !NON_NAME_POS.has(t.pos)) return true;
  if (/^\p{Ll}+-\p{L}+/u.test(t.text)) return true;
  return false;
}

function hasHead(toks: readonly Token[], r: Range): boolean {
  for (let i = r[0]; i < r[1]; i++) {
    const t = toks[i]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || (isCapitalised(t) && /\p{L}/u.test(t.text)) || /-year-old$/.test(t.lower)) return true;
  }
  return false;
}

/** Drops trailing time words ("Blinken Wednesday") and possessive tails. */
function trimRight(toks: readonly Token[], r: Range): Range {
  let [s, e] = r;
  while (e > s && (TIME_WORDS.has(toks[e - 1]!.lower) || CONNECTORS.has(toks[e - 1]!.lower) || toks[e - 1]!.pos === 'DET')) e--;
  return [s, e];
}

/**
 * "Cruz belittled the issue", "Trump blasted her": a past form the tagger read as an adjective, right after a name and
 * before its object, is the name's verb, not part of its phrase. So is a present form the tagger read as a plural noun
 * ("Sanders rips the agreement", "Trump slams his rivals"): a proper name is no noun's modifier before a determiner.
 */
export function isVerbAfterName(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  const prev = toks[j - 1];
  const next = toks[j + 1];
  if (!t || !prev || !next || prev.pos !== 'PROPN' || !isCapitalised(prev) || !/^(DET|PRON|NUM)$/.test(next.pos)) return false;
  return (t.pos === 'ADJ' && /\p{Ll}ed$/u.test(t.text)) || (t.pos === 'NOUN' && /^\p{Ll}+[^s’']s$/u.test(t.text) && next.pos !== 'NUM');
}

/** Noun phrase starting at token i, at most up to `lim`. */
export function npForward(toks: readonly Token[], i: number, lim: number, greedy = false): Range | null {
  const t = toks[i];
  if (!t || i >= lim) return null;
  if (isPronoun(t)) return [i, i + 1];
  let j = i;
  // "his campaign manager Jeff Weaver": a possessive determiner opens the phrase.
  if (/^(his|her|their|its|our|my)$/.test(t.lower) && toks[i + 1] && i + 1 < lim && isNpWord(toks[i + 1]!)) j++;
  while (j < lim && j - i < 12) {
    const u = toks[j]!;
    if (u.pos === 'DET' && j > i && !CONNECTORS.has(toks[j - 1]!.lower)) break;
    // "Conway notes.": a reporting -s form right after the name, closing the clause, is its verb.
    if (j > i && isCue(u.lower) && /s$/.test(u.lower) && !isCapitalised(u) && (!toks[j + 1] || /^[.,;:!?“"]$/.test(toks[j + 1]!.text) || toks[j + 1]!.lower === 'that')) break;
    if (j > i && isVerbAfterName(toks, j)) break;
    // "Will Doyle", "Mark Kelly": a capitalised word the tagger read as a verb, when a name follows.
    if (isNpWord(u) || (isCapitalised(u) && toks[j + 1]?.pos === 'PROPN' && isCapitalised(toks[j + 1]!) && !isCue(u.lower))) { j++; continue; }
    // "one unaligned Florida Republican strategist": a participle used as an adjective inside the phrase.
    if (j > i && u.pos === 'VERB' && /(ed|ing)$/.test(u.lower) && !isCue(u.lower) && /^(DET|NUM|ADJ)$/.test(toks[j - 1]!.pos) &&
      toks[j + 1] && /^(NOUN|PROPN|ADJ)$/.test(toks[j + 1]!.pos)) { j++; continue; }
    // Where a verb must follow (subject position), the phrase may go on through "of/for/in … " and "and":
    // "a spokesman for committee Democrats", "the Florida senator and Republican presidential candidate".
    // A title the tagger read as an adjective heads it too ("Hunter’s chief of staff").
    if (greedy && j > i && /^(of|for|at|from|in|with|and)$/.test(u.lower) &&
      (toks[j - 1]!.pos === 'NOUN' || toks[j - 1]!.pos === 'PROPN' || (toks[j - 1]!.pos === 'ADJ' && TITLE_HEADS.has(toks[j - 1]!.lower)))) {
      let k = j + 1;
      if (toks[k] && (toks[k]!.pos === 'DET' || /^(his|her|their|its)$/.test(toks[k]!.lower))) k++;
      if (k < lim && toks[k] && isNpWord(toks[k]!) && !isPronoun(toks[k]!)) { j = k; continue; }
    }
    // "Secretary of State", "Ambassador to NATO": a connector between capitalised words.
    if (CONNECTORS.has(u.lower) && j > i && isCapitalised(toks[j - 1]!) && toks[j + 1] &&
      (isCapitalised(toks[j + 1]!) || (toks[j + 1]!.pos === 'DET' && toks[j + 2] && isCapitalised(toks[j + 2]!)))) {
      j++;
      continue;
    }
    break;
  }
  const r = trimRight(toks, [i, j]);
  return r[1] > r[0] && hasHead(toks, r) ? r : null;
}

const TIME_NOUN = /^(week|weeks|month|months|year|years|night|nights|morning|afternoon|evening|weekend|day|days|hour|hours|time|summer|spring|fall|winter)$/;

/** Noun phrase ending just before token i, not reaching below `lo`. */
export function npBackward(toks: readonly Token[], i: number, lo: number): Range | null {
  let e = i;
  // "Blinken on Wednesday said", "he also said", "she has said".
  while (e - 1 >= lo) {
    const u = toks[e - 1]!;
    // "on Wednesday" before the day alone: else "on" was left as the phrase's last word ("Beck on Wednesday called").
    if (e - 2 >= lo && /^(on|in|last|this|late|early)$/.test(toks[e - 2]!.lower) && TIME_WORDS.has(u.lower)) { e -= 2; continue; }
    if (AUX_LIKE.has(u.lower) || u.pos === 'ADV' || (TIME_WORDS.has(u.lower))) { e--; continue; }
    // "last week said", "two days ago said", "earlier this month said".
    if (u.lower === 'ago') { e--; continue; }
    // "who in 2010 said", "Obama in 2008 told".
    if (e - 2 >= lo && /^(1[89]|20)\d\d$/.test(u.text) && /^(in|since|by)$/.test(toks[e - 2]!.lower)) { e -= 2; continue; }
    if (e - 2 >= lo && TIME_NOUN.test(u.lower) && (/^(last|this|next|that|each|every|a|few|several|earlier|later)$/.test(toks[e - 2]!.lower) || toks[e - 2]!.pos === 'NUM')) {
      e -= 2;
      continue;
    }
    break;
  }
  if (e - 1 < lo) return null;
  const last = toks[e - 1]!;
  if (last.text === ')') {
    // "Sen. Elizabeth Warren (D-Mass.) said": the name before the parenthesis.
    for (let o = e - 2; o >= lo && o >= e - 8; o--) if (toks[o]!.text === '(') return npBackward(toks, o, lo);
    return null;
  }
  if (isPronoun(last)) return [e - 1, e];
  // "X, who said" / "X, the majority leader, who said": the antecedent, with its appositive.
  if (last.lower === 'who' && e - 2 >= lo && toks[e - 2]!.text === ',') return npBackward(toks, e - 1, lo) ?? npBackward(toks, e - 2, lo);
  if (last.text === ',') {
    // "Sen. Lindsey Graham, R-S.C., said": the name before its party label.
    const label = partyLabelBefore(toks, e - 1, lo);
    if (label >= 0) return npBackward(toks, label, lo);
    // Appositive: "Julie Smith, the U.S. Ambassador to NATO, said".
    const inner = npBackward(toks, e - 1, lo);
    // "Mitch McConnell, now the Senate majority leader, who said": an adverb may open the appositive.
    const open = inner && /^(now|then|later|formerly|once|currently)$/.test(toks[inner[0] - 1]?.lower ?? '') ? inner[0] - 1 : inner?.[0] ?? 0;
    if (inner && open - 1 >= lo && toks[open - 1]!.text === ',') {
      // "Graham, R-S.C., a long-shot candidate, said": the label between name and appositive is no name ("C.").
      const before = partyLabelBefore(toks, open - 1, lo);
      const head = npBackward(toks, before >= 0 ? before : open - 1, lo);
      // A place after a preposition is no subject: "a woman in Worcester, Massachusetts, told him" is the woman's; in
      // "Clinton, during a town hall meeting in Columbus, Ohio, said" the phrase interrupts and the subject is earlier.
      const adp = head ? head[0] - 1 : -1;
      if (head && adp >= lo && toks[adp]!.pos === 'ADP' && !/^(of|for|to|at)$/.test(toks[adp]!.lower)) {
        const owner = npBackward(toks, adp, lo);
        if (!owner || owner[1] !== adp) return null;
        const o = owner[0] - 1;
        // ", during a town hall meeting in …,": an interruption; "Dean Johnson, a salesman from Sumter, South Carolina,": an appositive.
        if (o - 1 >= lo && toks[o]!.pos === 'ADP' && toks[o - 1]!.text === ',') return null;
        const name = o >= lo && toks[o]!.text === ',' ? npBackward(toks, o, lo) : null;
        return [name ? name[0] : owner[0], inner[1]];
      }
      if (head) return [head[0], inner[1]];
    }
    return relativeBefore(toks, e - 1, lo);
  }
  let s = e;
  while (s - 1 >= lo && e - s < 12) {
    const u = toks[s - 1]!;
    if (u.pos === 'DET') {
      // "ambassador to the European Union": keep going through a connector.
      if (s - 2 >= lo && CONNECTORS.has(toks[s - 2]!.lower) && s - 3 >= lo && isNpWord(toks[s - 3]!)) { s -= 2; continue; }
      if (/^(the|a|an|this|that|his|her|their|its|our|one|another|some|several|many|two|three|both)$/.test(u.lower)) s--;
      break;
    }
    if (isNpWord(u)) { s--; continue; }
    // "Donald Trump’s fired campaign manager", "the newly elected mayor": a participle used as an adjective, between
    // a determiner, possessive or adjective and the noun it describes. Else the phrase stopped at the participle and
    // the possessor before it was taken for the speaker.
    // After a determiner or possessive it is no finite verb, even one that reports ("Trump’s fired campaign manager").
    if (u.pos === 'VERB' && /(ed|en)$/.test(u.lower) && s < e && /^(NOUN|PROPN|ADJ)$/.test(toks[s]!.pos) && s - 2 >= lo &&
      (toks[s - 2]!.pos === 'DET' || /^[’']s$|^(his|her|their|its)$/.test(toks[s - 2]!.lower) ||
        (/^(ADJ|ADV)$/.test(toks[s - 2]!.pos) && !isCue(u.lower)))) { s--; continue; }
    if (CONNECTORS.has(u.lower) && s < e && isCapitalised(toks[s]!) && s - 2 >= lo && isCapitalised(toks[s - 2]!)) {
      s--;
      continue;
    }
    break;
  }
  const r = trimRight(toks, [s, e]);
  if (!(r[1] > r[0] && hasHead(toks, r))) return null;
  // "a spokesman for Bernie Sanders could only quip": the agent speaks; the phrase opens with them (resolveMention
  // then keeps the one they speak for out). Not inside an appositive ("Dog Andres, a spokesman for Paul Ryan, said"),
  // where the name before it speaks.
  const prep = r[0] - 1;
  if (prep - 1 >= lo && toks[r[1]]?.text !== ',' && /^(for|of|to)$/.test(toks[prep]!.lower) && AGENT_NOUN.test(toks[prep - 1]!.lower) && /^\p{Ll}/u.test(toks[prep - 1]!.text)) {
    const agent = npBackward(toks, prep, lo);
    if (agent && agent[1] === prep) return [agent[0], r[1]];
  }
  // "Trump in his announcement speech called …": a phrase after a preposition is not the subject; the one before it is.
  let p = r[0] - 1;
  if (p >= lo && /^(his|her|their|its)$/.test(toks[p]!.lower)) p--;
  if (p > lo && /^(in|during|at)$/.test(toks[p]!.lower) && !isCapitalised(toks[r[0]]!)) {
    const before = npBackward(toks, p, lo);
    if (before && before[1] === p && toks.slice(before[0], before[1]).some((t) => t.pos === 'PROPN')) return before;
  }
  return r;
}

/** How far back a relative clause between a subject and its verb may open, in tokens. */
const RELATIVE_REACH = 20;

/**
 * The subject before a relative clause that ends at the comma `close`: "Michael Bloomberg, who's thinking about running
 * for president, said …", "Kessel, whose organization is helping push for bills, said …". The clause opens with ",
 * who" or ", whose" and holds no other comma; the phrase before it is the subject (the clause only describes it).
 */
function relativeBefore(toks: readonly Token[], close: number, lo: number): Range | null {
  for (let k = close - 1; k > lo && close - k <= RELATIVE_REACH; k--) {
    const t = toks[k]!;
    if (/^[,;:()“”"—–]$/.test(t.text) || /^[.!?]+$/.test(t.text)) return null;
    if (!/^(who|whose)$/.test(t.lower) || toks[k - 1]!.text !== ',') continue;
    const head = npBackward(toks, k - 1, lo);
    // "Jeb Bush, the former Florida governor, who …": the name before the appositive.
    if (!head || head[1] !== k - 1) return null;
    // "Jeb Bush, the former Florida governor, who …": the name before the appositive; "of Ashton, Md., who …": a place.
    const full = toks[head[0] - 1]?.text === ',' ? npBackward(toks, k, lo) : null;
    const described = toks[head[0]]!.pos === 'DET' || /^\p{Ll}/u.test(toks[head[0]]!.text);
    const subject = full && (described || toks[full[0] - 1]?.pos === 'ADP') ? full : head;
    // "an actor in Dallas, who …", "allegations against Trump’s campaign manager, who …": the clause describes a
    // preposition's object, not the subject.
    return toks[subject[0] - 1]?.pos !== 'ADP' ? subject : null;
  }
  return null;
}

/**
 * A subject joined by "and" to the phrase before it: "U.S. and NATO officials said", "Sanders and Clinton told
 * reporters". Without it the speaker would be the last conjunct alone, and a joint statement would be credited to
 * one of them. Only where the joined phrase opens the clause (at `lo`, after punctuation or a conjunction), so an
 * object before "and" ("Trump attacked Clinton and Sanders said …") is not taken in. `ofPhrase`: the caller goes on to
 * the phrase an "of"/"from" hangs on, so the pair may follow one ("Officials from the U.S. and NATO say").
 */
export function withCoordinate(toks: readonly Token[], np: Range, lo: number, ofPhrase = false): Range {
  // "Ann Cole and her husband said": the possessive opens the second conjunct.
  const start = /^(his|her|their)$/.test(toks[np[0] - 1]?.lower ?? '') && np[0] - 1 > lo ? np[0] - 1 : np[0];
  const and = start - 1;
  if (and - 1 < lo || toks[and]!.lower !== 'and' || isPronoun(toks[np[0]]!)) return np;
  const left = npBackward(toks, and, lo);
  if (!left || left[1] !== and) return np;
  // "Former House speaker and Ohioan John Boehner", "the senator and candidate": one person's two descriptions.
  const last = toks[and - 1]!;
  if (TITLE_HEADS.has(last.lower) || (/^\p{Ll}/u.test(last.text) && !/s$/.test(last.lower))) return np;
  const before = toks[left[0] - 1];
  const opens = left[0] === lo || !before || /^[,;:(—–-]$/.test(before.text) || before.pos === 'CCONJ' || before.pos === 'SCONJ' ||
    (ofPhrase && /^(of|from)$/.test(before.lower));
  return opens ? [left[0], np[1]] : np;
}

/** A party label's first token: "R-S", "D-Texas", "I-Vt.", "R-N.Y.". */
const PARTY_LABEL = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

/** True for the stop the tokenizer splits out of a party label ("R-S" "." "C."): it ends no sentence. */
export function isPartyLabelStop(toks: readonly Token[], i: number): boolean {
  return toks[i]?.text === '.' && i > 0 && PARTY_LABEL.test(toks[i - 1]!.text);
}

/**
 * The comma opening a party-and-state label that ends at the comma `close`: ", R-S.C.," / ", D-Texas," (the
 * comma form of "(D-Vt.)"), or -1. The tokenizer splits such labels ("R-S", ".", "C."), and read as a phrase
 * they made "C." a speaker.
 */
export function partyLabelBefore(toks: readonly Token[], close: number, lo: number): number {
  for (let k = close - 1; k >= lo && close - k <= 4; k--) {
    const t = toks[k]!.text;
    if (PARTY_LABEL.test(t)) return k - 1 >= lo && toks[k - 1]!.text === ',' ? k - 1 : -1;
    if (!(t === '.' || /^\p{Lu}[\p{L}.]*$/u.test(t))) return -1;
  }
  return -1;
}

/** Skips adverbs/auxiliaries forward ("also", "later", "has"). */
export function skipAuxForward(toks: readonly Token[], i: number, lim: number): number {
  while (i < lim && (AUX_LIKE.has(toks[i]!.lower) || (toks[i]!.pos === 'ADV' && !isCue(toks[i]!.lower)))) i++;
  return i;
}
