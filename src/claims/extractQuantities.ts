import { getNlp } from '../text/nlp';
import { readDate, readTime } from './readDate';
import { isNumberWord, readNumber, startsNumber } from './readNumber';
import type { Change, Qualifier, Quantity, QuantityKind } from './types';

/**
 * Finds the figures in a sentence: the number, its qualifier, what it counts, and whether
 * it is a total or a change. wink-nlp tokenises and tags (parts of speech, lemmas, DATE and
 * TIME entities); the rules below are ours:
 *
 * 1. Number: figures ("150,000", "2.5 billion", "10-20"), number words ("twenty-five",
 *    "two dozen") and vague plurals ("thousands", "tens of thousands"). A bare four-digit
 *    1900–2100 with no counted noun after it is a year. "2-to-1" is a ratio and skipped.
 * 2. Qualifier: the words just before the number (longest match first, so "no more than"
 *    beats "more than"), or just after it ("or more", "or so", "100,000+"). See QUALIFIERS.
 * 3. Range: "three to four", "between 10 and 20", "10-20" when the second figure is larger
 *    ("62% to 34%" is a comparison, not a range; "from X to Y" is a change, not a range).
 * 4. What is counted: a percent sign or word; a hyphenated unit ("656-foot" → foot, with the
 *    noun after it as the thing measured); "N of [the|X's] NOUN"; else the noun phrase after
 *    the number, whose head is its first plural noun (or last noun). Proper-noun modifiers
 *    before the head are the owner ("Russian troops"). Without a noun: "the number/strength
 *    of X … stood at N" counts X; after kill/die/wound … it counts people. Counted nouns are
 *    lemmatised and mapped through SYNONYMS (forces, soldiers → troop).
 * 5. Change: "another"/"additional"/"extra" before, "more" after, or an increase verb with
 *    "by" ("increased … by as many as 7,000") or "add" directly ("added up to 7,000") make
 *    an increase; withdraw/reduce/cut/pull … likewise a decrease; "grown to N" is a total.
 * 6. Scope: "including …", "combined …", "together with …", "as well as …" within 15
 *    tokens of the figure (no other figure between) is kept as printed.
 */

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD), for "Wednesday", "Feb. 16". */
  published?: string;
  /** True for a proper noun (one word) that names a person: kept out of `places`. */
  isPerson?: (word: string) => boolean;
}

interface Token {
  value: string;
  lower: string;
  lemma: string;
  pos: string;
  type: string;
  start: number;
  end: number;
  stop: boolean;
  /** DATE or TIME entity id this token belongs to, or -1. */
  date: number;
}

/** Qualifier word sequences before a number, by kind; matched longest first. */
const QUALIFIERS: [string, Qualifier][] = [
  ['no more than', 'upper-bound'], ['not more than', 'upper-bound'], ['no fewer than', 'lower-bound'],
  ['no less than', 'lower-bound'], ['as many as', 'upper-bound'], ['as much as', 'upper-bound'],
  ['as few as', 'lower-bound'], ['up to', 'upper-bound'], ['fewer than', 'upper-bound'],
  ['less than', 'upper-bound'], ['at most', 'upper-bound'], ['under', 'upper-bound'], ['below', 'upper-bound'],
  ['just under', 'upper-bound'], ['more than', 'lower-bound'], ['greater than', 'lower-bound'],
  ['at least', 'lower-bound'], ['upwards of', 'lower-bound'], ['in excess of', 'lower-bound'],
  ['over', 'lower-bound'], ['just over', 'lower-bound'], ['well over', 'lower-bound'], ['above', 'lower-bound'],
  ['an estimated', 'approximate'], ['estimated', 'approximate'], ['about', 'approximate'],
  ['approximately', 'approximate'], ['around', 'approximate'], ['roughly', 'approximate'],
  ['some', 'approximate'], ['nearly', 'approximate'], ['almost', 'approximate'], ['close to', 'approximate'],
  ['circa', 'approximate'], ['an approximate', 'approximate'], ['approx', 'approximate'],
];
QUALIFIERS.sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** Qualifiers written after the number. */
const TRAILING: [string, Qualifier][] = [
  ['or more', 'lower-bound'], ['or so', 'approximate'], ['or fewer', 'upper-bound'], ['or less', 'upper-bound'], ['+', 'lower-bound'],
];

/** Counted nouns that name the same thing, mapped to one word. */
const SYNONYMS: Record<string, string> = {
  force: 'troop', soldier: 'troop', servicemember: 'troop', serviceman: 'troop', personnel: 'troop',
  person: 'people', feet: 'foot', ft: 'foot', meter: 'metre', kilometer: 'kilometre', km: 'kilometre',
  mi: 'mile', percentage: 'percent', pct: 'percent',
};

const INCREASE_VERBS = new Set(['increase', 'add', 'boost', 'raise', 'grow', 'swell', 'expand', 'bolster', 'reinforce', 'rise', 'climb', 'double', 'jump']);
const DECREASE_VERBS = new Set(['withdraw', 'reduce', 'cut', 'decrease', 'remove', 'pull', 'drop', 'fall', 'decline', 'shrink', 'lower', 'lose', 'drawdown']);
/** Verbs whose bare object is a change ("added 7,000 troops", "withdrawing thousands"). */
const DIRECT_CHANGE: Record<string, Change> = { add: 'increase', withdraw: 'decrease', remove: 'decrease', cut: 'decrease', pull: 'decrease', lose: 'decrease' };
const INCREMENT_WORDS = new Set(['another', 'additional', 'extra', 'further']);
const CASUALTY_VERBS = new Set(['kill', 'die', 'wound', 'injure', 'evacuate', 'displace', 'arrest', 'flee', 'dead', 'death']);
const COUNT_NOUNS = new Set(['number', 'strength', 'total', 'size', 'tally', 'count', 'figure']);
const SCOPE_WORDS = new Set(['including', 'excluding', 'combined', 'together', 'plus', 'altogether', 'counting']);
const CURRENCY: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp', dollar: 'usd', euro: 'eur', pound: 'gbp' };
/** Agencies and outlets: proper nouns that name a source, not what a figure is about. */
const SOURCES = new Set(['ap', 'reuters', 'afp', 'associated', 'press', 'upi', 'bloomberg', 'tass', 'interfax']);
/** Reporting verbs: near every figure, so they tell no quantity from another. */
const REPORTING = new Set(['say', 'tell', 'report', 'state', 'claim', 'according', 'note', 'add']);
const WINDOW = 12;
/** Prepositions that place what is counted ("in Belarus"); "of", "to", "from" do not. */
const LOCATIVE = new Set(['in', 'near', 'around', 'along', 'inside', 'outside', 'across', 'into', 'at', 'within', 'throughout', 'on', 'off', 'surrounding']);
/** Entity ids at or above this are TIME entities; below, DATE. */
const TIME_ID = 1_000_000;

/** The figures printed in `text`, in text order. */
export function extractQuantities(text: string, options: ExtractOptions = {}): Quantity[] {
  const tokens = tokenizeText(text);
  const out: Quantity[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const tok = tokens[i]!;
    if (tok.date >= 0) {
      const q = readDateEntity(text, tokens, i, options);
      let j = i;
      while (j < tokens.length && tokens[j]!.date === tok.date) taken.add(j++);
      if (q) out.push(q);
      i = j - 1;
      continue;
    }
    if (!isNumberStart(tokens, i)) continue;
    const q = readQuantity(text, tokens, i, options);
    if (!q) continue;
    for (let j = i; j < q.lastToken; j++) taken.add(j);
    out.push(q.quantity);
  }
  attachScopes(text, tokens, out);
  return out;
}

/** wink-nlp tokens with character offsets (rebuilt from each token's preceding spaces). */
function tokenizeText(text: string): Token[] {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const stops = doc.tokens().out(its.stopWordFlag as never) as unknown as boolean[];
  const date = new Array<number>(values.length).fill(-1);
  let entity = 0;
  const entityTypes = doc.entities().out(its.type) as string[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  entityTypes.forEach((type, n) => {
    if (type !== 'DATE' && type !== 'TIME') return;
    const [a, b] = spans[n]!;
    // A bare year inside a DATE entity is read by the number rules (it may count something).
    for (let k = a; k <= b; k++) date[k] = type === 'TIME' ? TIME_ID + entity : entity;
    entity++;
  });
  const tokens: Token[] = [];
  let at = 0;
  values.forEach((value, k) => {
    at += (spaces[k] ?? '').length;
    // wink-nlp keeps the text, but guard against drift by searching for the token.
    const found = text.indexOf(value, at);
    const start = found >= 0 && found - at < 4 ? found : at;
    tokens.push({
      value, lower: value.toLowerCase(), lemma: (lemmas[k] ?? value).toLowerCase(), pos: pos[k] ?? 'X', type: types[k] ?? 'word',
      start, end: start + value.length, stop: Boolean(stops[k]), date: date[k]!,
    });
    at = start + value.length;
  });
  // Dates that are only a weekday-less number ("16") or a lone year are read as numbers below.
  const sizes = new Map<number, number>();
  for (const t of tokens) if (t.date >= 0) sizes.set(t.date, (sizes.get(t.date) ?? 0) + 1);
  for (const t of tokens) if (t.date >= 0 && sizes.get(t.date) === 1 && /^\d{4}$/.test(t.value)) t.date = -1;
  return tokens;
}

function isNumberStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.type === 'number') {
    // "2-to-1": a ratio.
    if (tokens[i + 1]?.value === '-' && /^to-/.test(tokens[i + 2]?.lower ?? '')) return false;
    return startsNumber(t.value);
  }
  if (!startsNumber(t.value)) return false;
  if (isNumberWord(t.lower)) return t.pos === 'NUM';
  // vague plurals: "thousands of troops", "Hundreds unfolded".
  return true;
}

interface Read {
  quantity: Quantity;
  /** One past the last token used. */
  lastToken: number;
}

function readQuantity(text: string, tokens: readonly Token[], i: number, options: ExtractOptions): Read | null {
  const words = tokens.map((t) => t.value);
  if (tokens[i - 1]?.value === '-' && tokens[i - 2]?.type === 'number') return null; // second half of "2-3" split oddly
  const num = readNumber(words, i);
  if (!num) return null;
  let k = num.end;
  let low = num.value;
  let high = num.high ?? num.value;
  let qualifier: Qualifier = num.vague ? 'vague' : num.high !== undefined ? 'range' : 'exact';
  let qualifierText: string | null = null;

  // Money: "$2.5 billion".
  let kind: QuantityKind = 'count';
  let unit: string | null = null;
  let spanStart = i;
  const before = tokens[i - 1];
  if (before && (before.type === 'currency' || CURRENCY[before.value] !== undefined)) {
    kind = 'money';
    unit = CURRENCY[before.value] ?? before.lower;
    spanStart = i - 1;
  }

  // Qualifier before the number.
  const lead = matchQualifierBefore(tokens, spanStart);
  if (lead && qualifier === 'exact') {
    qualifier = lead.kind;
    qualifierText = lead.text;
  } else if (lead && lead.text === 'between' && qualifier === 'exact') {
    qualifier = 'range';
  }
  const qualStart = lead ? lead.start : spanStart;

  // Range: "three to four", "between 10 and 20".
  const joiner = tokens[k]?.lower;
  const between = tokens[qualStart - 1]?.lower === 'between' || tokens[spanStart - 1]?.lower === 'between';
  if (!num.vague && num.high === undefined && (joiner === 'to' || joiner === '-' || joiner === '–' || (joiner === 'and' && between))
    && tokens[qualStart - 1]?.lower !== 'from' && tokens[k + 1] && isNumberStart(tokens, k + 1)) {
    const second = readNumber(words, k + 1);
    if (second && !second.vague && second.value > num.value) {
      high = second.value;
      low = num.value;
      qualifier = 'range';
      qualifierText = between ? 'between' : qualifierText;
      k = second.end;
    }
  }

  // Trailing qualifier: "or more", "+".
  for (const [words2, q] of TRAILING) {
    const seq = words2.split(' ');
    if (seq.every((w, d) => tokens[k + d]?.lower === w) && qualifier === 'exact') {
      qualifier = q;
      qualifierText = words2;
      k += seq.length;
      break;
    }
  }

  let object: string | null = null;
  let owner: string | null = null;
  let increaseAfter = false;
  let date: { iso: string; value: number } | null = null;
  const next = tokens[k];

  if (kind === 'money') {
    if (next && CURRENCY[next.lemma]) k++;
  } else if (next && (next.value === '%' || next.lemma === 'percent' || next.lower === 'percentage' || (next.lower === 'per' && tokens[k + 1]?.lower === 'cent'))) {
    kind = 'percent';
    unit = 'percent';
    k += next.lower === 'per' ? 2 : next.lower === 'percentage' && tokens[k + 1]?.lemma === 'point' ? 2 : 1;
    if (next.lower === 'percentage') unit = 'percentage point';
    if (tokens[k]?.lower === 'of') {
      const np = readNounPhrase(tokens, skipDeterminers(tokens, k + 1));
      if (np) {
        object = np.head;
        owner = np.owner;
      }
    }
  } else if (next && next.value === '-' && tokens[k + 1]?.type === 'word' && /^\p{L}+$/u.test(tokens[k + 1]!.value) && !/^to/.test(tokens[k + 1]!.lower)) {
    // "656-foot flag": the unit is an adjective; the noun after it is what is measured.
    kind = 'measure';
    unit = normaliseNoun(tokens[k + 1]!.lemma);
    k += 2;
    if (tokens[k]?.value === '-' && tokens[k + 1]?.lower === 'old') k += 2;
    const np = readNounPhrase(tokens, k);
    if (np) {
      object = np.head;
      owner = np.owner;
      k = np.end;
    }
  } else {
    if (next && (next.lower === 'more' || next.lower === 'additional' || next.lower === 'extra')) {
      increaseAfter = true;
      k++;
    }
    const of = tokens[k]?.lower === 'of';
    const np = readNounPhrase(tokens, of ? skipDeterminers(tokens, k + 1) : k);
    if (np && (!of || num.vague || np.plural)) {
      unit = np.head;
      owner = np.owner;
      k = np.end;
    }
  }

  // A bare year: "since 2014", "the 2015 peace deal".
  const isYear = kind === 'count' && unit === null && qualifier === 'exact' && /^\d{4}$/.test(tokens[i]!.value)
    && num.value >= 1900 && num.value <= 2100;
  const yearModifier = kind === 'count' && /^\d{4}$/.test(tokens[i]!.value) && num.value >= 1900 && num.value <= 2100
    && tokens[i]!.value === String(num.value) && unit !== null && !isPlural(tokens, i + 1, unit) && qualifier === 'exact';
  if (isYear || yearModifier) {
    kind = 'date';
    unit = 'date';
    date = { iso: String(num.value), value: Date.UTC(num.value, 0, 1) };
    k = i + 1;
    owner = null;
  }

  if (unit === null && kind === 'count') unit = inferCountedNoun(tokens, i, qualStart);
  const change: Change = kind === 'date' ? 'total' : increaseAfter ? 'increase' : detectChange(tokens, qualStart, i);

  const start = tokens[qualStart]!.start;
  const end = tokens[Math.max(k - 1, i)]!.end;
  const value = kind === 'date' ? date!.value : low;
  return {
    lastToken: Math.max(k, num.end),
    quantity: {
      kind,
      value,
      low: kind === 'date' ? value : low,
      high: kind === 'date' ? value : high,
      qualifier: kind === 'date' ? 'exact' : qualifier,
      qualifierText: kind === 'date' ? null : qualifierText,
      unit,
      object,
      owner,
      change,
      scope: null,
      iso: date?.iso ?? null,
      text: text.slice(start, end),
      start,
      end,
      context: contextTerms(tokens, qualStart, k, unit),
      ...placesNear(tokens, qualStart, k, options),
    },
  };
}

/** True when the token at `k` is the plural noun `unit` (so "2000 troops" counts troops). */
function isPlural(tokens: readonly Token[], k: number, unit: string): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 5); j++) {
    const t = tokens[j]!;
    if (normaliseNoun(t.lemma) === unit) return t.lower !== t.lemma || t.lower === 'people';
  }
  return false;
}

function matchQualifierBefore(tokens: readonly Token[], i: number): { kind: Qualifier; text: string; start: number } | null {
  for (const [words, kind] of QUALIFIERS) {
    const seq = words.split(' ');
    const from = i - seq.length;
    if (from < 0) continue;
    if (seq.every((w, d) => tokens[from + d]!.lower === w)) {
      // "over the last 24 hours": "over" is a qualifier only right before the number.
      return { kind, text: words, start: from };
    }
  }
  if (tokens[i - 1]?.lower === 'between') return { kind: 'range', text: 'between', start: i - 1 };
  return null;
}

function skipDeterminers(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < tokens.length && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'PRON')) j++;
  return j;
}

interface NounPhrase {
  head: string;
  owner: string | null;
  plural: boolean;
  end: number;
}

/**
 * The noun phrase starting at `k`: adjectives, proper nouns and nouns up to the first
 * plural noun (the counted thing: "30 NATO member countries"), else the last noun. A
 * possessive ("Russia's troops") makes what precedes it the owner.
 */
function readNounPhrase(tokens: readonly Token[], k: number): NounPhrase | null {
  let owners: string[] = [];
  let head: Token | null = null;
  let headAt = -1;
  let j = k;
  for (; j < tokens.length && j < k + 7; j++) {
    const t = tokens[j]!;
    if (t.lower === "'s" || t.lower === '’s') continue;
    const nounish = t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || (t.pos === 'VERB' && /(ing|ed)$/.test(t.lower) && tokens[j + 1]?.pos === 'NOUN');
    if (!nounish || t.type !== 'word') break;
    if (t.pos === 'NOUN') {
      head = t;
      headAt = j;
      const plural = t.lower !== t.lemma || t.lower === 'people' || t.lower === 'personnel';
      if (plural || tokens[j + 1]?.pos !== 'NOUN') break;
    } else if (t.pos === 'PROPN') {
      owners.push(t.lower.replace(/^pro-/, ''));
      if (tokens[j + 1]?.lower === "'s" || tokens[j + 1]?.lower === '’s') continue;
    }
  }
  if (!head) {
    // "150,000 Russians": a plural proper noun is the counted thing.
    const last = tokens[j - 1];
    if (j > k && last && last.pos === 'PROPN' && /s$/.test(last.lower)) {
      owners = owners.slice(0, -1);
      return { head: normaliseNoun(last.lemma.replace(/s$/, '')), owner: owners.join(' ') || null, plural: true, end: j };
    }
    return null;
  }
  const ownerWords = owners.filter((o) => !['-'].includes(o));
  return {
    head: normaliseNoun(head.lemma),
    owner: ownerWords.join(' ') || null,
    plural: head.lower !== head.lemma || head.lower === 'people',
    end: headAt + 1,
  };
}

function normaliseNoun(lemma: string): string {
  const l = lemma.toLowerCase();
  return SYNONYMS[l] ?? l;
}

/** The counted noun when none follows the number. */
function inferCountedNoun(tokens: readonly Token[], i: number, qualStart: number): string | null {
  // "The number of Russian troops … has grown to 150,000", "strength of … forces … stood at about 140,000".
  for (let j = qualStart - 1; j >= 1; j--) {
    if (tokens[j]!.lower === 'of' && COUNT_NOUNS.has(tokens[j - 1]!.lemma)) {
      for (let m = j + 1; m < qualStart && m < j + 12; m++) {
        const t = tokens[m]!;
        if (t.pos === 'NOUN' && (t.lower !== t.lemma || t.lower === 'people')) return normaliseNoun(t.lemma);
      }
    }
    if (/^[.;:]$/.test(tokens[j]!.value)) break;
  }
  // "a conflict that has killed over 14,000".
  for (let j = qualStart - 1; j >= Math.max(0, qualStart - 3); j--) {
    if (CASUALTY_VERBS.has(tokens[j]!.lemma)) return 'people';
  }
  void i;
  return null;
}

/** Total, increase or decrease, from the words before the figure. */
function detectChange(tokens: readonly Token[], qualStart: number, numberAt: number): Change {
  const prev = tokens[qualStart - 1];
  if (prev && INCREMENT_WORDS.has(prev.lower)) return 'increase';
  if (INCREMENT_WORDS.has(tokens[numberAt - 1]?.lower ?? '')) return 'increase';
  for (let j = qualStart - 1, seen = 0; j >= 0 && seen < 10; j--, seen++) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT' && t.value !== '-') break;
    const verb = t.lemma;
    if (!INCREASE_VERBS.has(verb) && !DECREASE_VERBS.has(verb)) continue;
    if (t.pos !== 'VERB' && t.pos !== 'NOUN') continue;
    const kind: Change = INCREASE_VERBS.has(verb) ? 'increase' : 'decrease';
    if (prev?.lower === 'by') return kind;
    if (prev?.lower === 'to' || prev?.lower === 'at') return 'total';
    // "added up to 7,000", "withdrawing thousands of troops": the verb takes the figure directly.
    if (j >= qualStart - 2 && DIRECT_CHANGE[verb]) return DIRECT_CHANGE[verb];
    return 'total';
  }
  return 'total';
}

/** Content lemmas within WINDOW tokens of the figure: nouns, proper nouns, verbs, adjectives. */
function contextTerms(tokens: readonly Token[], from: number, to: number, unit: string | null): string[] {
  const terms = new Set<string>();
  for (let j = Math.max(0, from - WINDOW); j < Math.min(tokens.length, to + WINDOW); j++) {
    if (j >= from && j < to) continue;
    const t = tokens[j]!;
    if (t.stop || t.type !== 'word' || !/^(NOUN|PROPN|VERB|ADJ)$/.test(t.pos)) continue;
    const lemma = normaliseNoun(t.lemma.replace(/^pro-/, ''));
    if (lemma === unit || REPORTING.has(lemma) || lemma.length < 2) continue;
    terms.add(lemma);
  }
  return [...terms];
}

/**
 * Proper nouns near the figure that say where or what it is about: not modifiers of a
 * following noun ("Russian troops"), not people, not dates, not news agencies.
 */
function placesNear(tokens: readonly Token[], from: number, to: number, options: ExtractOptions): { places: string[]; locations: string[] } {
  const places = new Set<string>();
  const locations = new Set<string>();
  const lo = Math.max(0, from - WINDOW);
  const hi = Math.min(tokens.length, to + WINDOW);
  for (let j = lo; j < hi; j++) {
    if (j >= from && j < to) continue;
    const t = tokens[j]!;
    if (t.pos !== 'PROPN' || t.date >= 0 || t.type !== 'word') continue;
    // A run of proper nouns is one name ("Black Sea", "President Volodymyr Zelenskyy").
    let e = j;
    while (e + 1 < hi && tokens[e + 1]!.pos === 'PROPN' && tokens[e + 1]!.date < 0) e++;
    const run = tokens.slice(j, e + 1);
    const after = tokens[e + 1];
    j = e;
    if (after && (after.pos === 'NOUN' || after.pos === 'ADJ')) continue;
    if (run.some((r) => SOURCES.has(r.lower) || options.isPerson?.(r.value))) continue;
    if (run.length === 1 && /^[A-Z]/.test(run[0]!.value) === false) continue;
    const name = run.map((r) => r.lower).join(' ');
    places.add(name);
    // "in Belarus", "near Ukraine's borders", "in eastern Ukraine": up to two words between.
    for (let b = j - run.length; b >= Math.max(0, j - run.length - 2); b--) {
      const w = tokens[b]!;
      if (LOCATIVE.has(w.lower)) {
        locations.add(name);
        break;
      }
      if (!(w.pos === 'DET' || w.pos === 'ADJ')) break;
    }
  }
  return { places: [...places], locations: [...locations] };
}

function readDateEntity(text: string, tokens: readonly Token[], i: number, options: ExtractOptions): Quantity | null {
  const id = tokens[i]!.date;
  let j = i;
  while (j < tokens.length && tokens[j]!.date === id) j++;
  const span = tokens.slice(i, j);
  const start = span[0]!.start;
  const end = span[span.length - 1]!.end;
  const surface = text.slice(start, end);
  const isTime = id >= TIME_ID;
  const read = isTime ? readTime(surface) : readDate(surface, options.published);
  if (!read) return null;
  return {
    kind: isTime ? 'time' : 'date', value: read.value, low: read.value, high: read.value,
    qualifier: 'exact', qualifierText: null, unit: isTime ? 'time' : 'date', object: null, owner: null,
    change: 'total', scope: null, iso: read.iso, text: surface, start, end,
    context: contextTerms(tokens, i, j, null), ...placesNear(tokens, i, j, options),
  };
}

/** Attaches scope phrases ("including separatist forces") to the nearest figure. */
function attachScopes(text: string, tokens: readonly Token[], quantities: Quantity[]): void {
  const counts = quantities.filter((q) => q.kind !== 'date' && q.kind !== 'time');
  if (counts.length === 0) return;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    const together = (t.lower === 'together' || t.lower === 'along') && tokens[j + 1]?.lower === 'with';
    const asWell = t.lower === 'as' && tokens[j + 1]?.lower === 'well' && tokens[j + 2]?.lower === 'as';
    if (!SCOPE_WORDS.has(t.lower) && !together && !asWell) continue;
    if (t.lower === 'together' && !together) continue;
    // The phrase runs to the next verb or punctuation (at most 12 tokens).
    let e = j + (asWell ? 3 : together ? 2 : 1);
    while (e < tokens.length && e < j + 13 && !/^(VERB|AUX|PUNCT)$/.test(tokens[e]!.pos) && !/^[,;:.()]$/.test(tokens[e]!.value)) {
      if (counts.some((q) => tokens[e]!.start >= q.start && tokens[e]!.start < q.end)) break;
      e++;
    }
    if (e <= j + 1) continue;
    const phrase = text.slice(t.start, tokens[e - 1]!.end);
    // The nearest figure within 15 tokens, with no other figure between.
    let best: Quantity | null = null;
    let bestDistance = Infinity;
    for (const q of counts) {
      const distance = q.start >= tokens[e - 1]!.end ? tokenGap(tokens, tokens[e - 1]!.end, q.start) : tokenGap(tokens, q.end, t.start);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = q;
      }
    }
    if (best && bestDistance <= 15 && best.scope === null) best.scope = phrase;
  }
}

function tokenGap(tokens: readonly Token[], from: number, to: number): number {
  if (to < from) return Infinity;
  return tokens.filter((t) => t.start >= from && t.end <= to).length;
}
