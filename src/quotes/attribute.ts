import type { Token } from '../people/tokens';
import { TIME_WORDS, TITLE_HEADS } from '../people/lexicon';
import type { QuoteSpan } from './findQuoteSpans';
import { CLAIM_NOUNS, isCue, STRONG_CUES } from './cues';
import { isCapitalised, isCueToken, isPartyLabelStop, isVerbAfterName, isPronoun, npBackward, npForward, skipAuxForward, withCoordinate, type Range } from './phrases';

/** How a quotation got its speaker mention. */
export type AttributionKind = 'post' | 'pre' | 'final' | 'according' | 'subject' | 'inherit' | 'none';

/** Speaker mention and cue found for one quote span (token indexes). */
export interface Attribution {
  kind: AttributionKind;
  cue: number | null;
  mention: Range | null;
  /** The phrase to resolve the speaker from when the mention is a relative pronoun: `Trump, who said` → Trump. */
  resolveAs?: Range;
  /** For inherited attributions: the quote whose speaker this one continues. */
  from: number | null;
  /** True when this quote continues the previous one as the same quotation (split by its attribution or a paragraph). */
  sameQuotation: boolean;
}

const TERMINAL = /^[.!?]+$/;
/** A sentence-final stop: not the period of an abbreviation inside parentheses ("(D-Vt.)") or before a lowercase word or comma. */
export function endsSentenceAt(toks: readonly Token[], i: number): boolean {
  const next = toks[i + 1];
  // "… in the U.S. He says …": an abbreviation's stop ends the sentence when a capitalised pronoun follows.
  if (/\p{L}\.$/u.test(toks[i]!.text) && next && next.para === toks[i]!.para && /^(He|She|They|We|It|His|Her|Their)$/.test(next.text)) return true;
  if (!TERMINAL.test(toks[i]!.text) || isPartyLabelStop(toks, i)) return false;
  // A stop inside a short parenthesis ("(D-N.Y.)") ends nothing.
  for (let j = i + 1; j <= i + 3 && toks[j] && toks[j]!.para === toks[i]!.para; j++) {
    if (toks[j]!.text === ')') {
      for (let o = i - 1; o >= i - 5 && o >= 0; o--) if (toks[o]!.text === '(') return false;
      break;
    }
    if (/^[(.!?]$/.test(toks[j]!.text)) break;
  }
  return !(next && next.para === toks[i]!.para && (next.text === ')' || next.text === ',' || /^\p{Ll}/u.test(next.text)));
}

const BE_FORMS = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', '’d', "'d", 'get', 'got']);

interface Layout {
  /** Quote index of each token, or -1 outside quotes. */
  quoteOf: Int32Array;
  first: number[];
  last: number[];
}

function layout(toks: readonly Token[], spans: readonly QuoteSpan[]): Layout {
  const quoteOf = new Int32Array(toks.length).fill(-1);
  const first: number[] = spans.map(() => -1);
  const last: number[] = spans.map(() => -1);
  let k = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    while (k < spans.length && spans[k]!.end <= t.start) k++;
    const s = spans[k];
    if (s && t.start < s.end && t.end > s.start) {
      quoteOf[i] = k;
      if (first[k] === -1) first[k] = i;
      last[k] = i;
    }
  }
  return { quoteOf, first, last };
}

/** True when the quoted text ends a sentence ("…today.”) and the next token starts a new one. */
function quoteEndsSentence(text: string, span: QuoteSpan, next: Token | undefined): boolean {
  const inner = text.slice(span.start, span.end).replace(/[”"’'\s]+$/u, '');
  return /[.!?]$/.test(inner) && (!next || isCapitalised(next) || next.text === '“' || next.text === '"');
}

/** Cue+speaker right after the quote: `,” he said` / `,” said Blinken` / `,” Julie Smith, the ambassador, said`. */
export function matchPostAdjacent(
  toks: readonly Token[],
  i: number,
  lim: number,
  quoteOf: Int32Array | null = null,
  openEnded = false,
  /** The quotation opens its sentence: "“…,” Rubio said: That …" is Rubio's, "After X said …, “…,” Trump said: …" is not. */
  opensSentence = false,
): { cue: number; mention: Range } | null {
  while (i < lim && /^[,—–\-:;]$/.test(toks[i]!.text)) i++;
  if (i >= lim) return null;
  // A colon after the verb introduces what follows, but after a quotation left open by its comma the verb still
  // reports it: "“…,” Rubio said: That Cruz is …".
  const followedByThat = (c: number): boolean => toks[c + 1]?.lower === 'that' || (toks[c + 1]?.text === ':' && !(openEnded && opensSentence));
  // "“This is fantastic!” beamed Donald Hartley": after a quote left open, any past-tense verb before a name reports it.
  if (openEnded && toks[i]!.pos === 'VERB' && /ed$/.test(toks[i]!.lower) && !isCapitalised(toks[i]!) && toks[i + 1] && isCapitalised(toks[i + 1]!)) {
    const np = npForward(toks, i + 1, lim);
    if (np && toks[np[0]]!.pos === 'PROPN') return { cue: i, mention: np };
  }
  // "told AFP": after tell/ask comes the listener, never the speaker; after a participle ("…,” saying the city …",
  // "noting rising tensions") comes its object, never its subject.
  if (isCueToken(toks, i) && !followedByThat(i) && !/^(told|tells|telling|tell|asked|asks|asking)$/.test(toks[i]!.lower) &&
    !/ing$/.test(toks[i]!.lower)) {
    const np = npForward(toks, i + 1, lim);
    if (np) return { cue: i, mention: np };
  }
  const np = npForward(toks, i, lim);
  if (!np) return null;
  // Right after `“…,” Name`, a reporting-verb form is the verb whatever its tag ("Viguerie notes", "Murphy Tweeted");
  // after a quote left open by a comma, ! or ?, any finite verb reports it ("Trump barked", "Hannity pressed").
  const verbAt = (j: number): boolean => j < lim && !followedByThat(j) && (isCueToken(toks, j) ||
    (isCue(toks[j]!.lower) && toks[j]!.pos !== 'DET' && toks[j]!.pos !== 'ADP') ||
    (openEnded && toks[j]!.pos === 'VERB' && !/ing$/.test(toks[j]!.lower)));
  let j = np[1];
  let mentionEnd = np[1];
  if (toks[j]?.text === ',') {
    const app = npForward(toks, j + 1, lim);
    if (app && toks[app[1]]?.text === ',') {
      j = app[1] + 1;
      mentionEnd = app[1];
    }
  }
  j = skipAuxForward(toks, j, lim);
  if (verbAt(j)) return { cue: j, mention: [np[0], mentionEnd] };
  // A longer interruption: `, 69,` / `, who served as …,` / `(D-Wash.)` / `, after a long pause,`.
  const k = skipInterruption(toks, quoteOf ?? new Int32Array(toks.length).fill(-1), np[1], lim, verbAt);
  if (k > np[1]) {
    const v = skipAuxForward(toks, k, lim);
    if (verbAt(v)) return { cue: v, mention: np };
  }
  // An appositive that runs into the verb without its closing comma, after a quotation left open by its comma:
  // "“…,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday". Only a core speech verb
  // ends it, and not one right after who/that/which (the appositive's own report: "Lopez, a teacher who said …").
  if (openEnded && toks[np[1]]?.text === ',' && isCapitalised(toks[np[1] - 1]!)) {
    for (let v = np[1] + 2; v < lim && v - np[1] <= 16; v++) {
      const u = toks[v]!;
      if (/^[,;:()“”"]$/.test(u.text) || DASH.test(u.text) || (quoteOf && quoteOf[v]! >= 0)) break;
      if (!STRONG_CUES.has(u.lower) || /ing$/.test(u.lower) || !isCueToken(toks, v)) continue;
      if (/^(who|that|which|whom|whose|to)$/.test(toks[v - 1]!.lower) || BE_FORMS.has(toks[v - 1]!.lower)) break;
      if (!followedByThat(v)) return { cue: v, mention: np };
      break;
    }
  }
  // A longer phrase: "a spokesman for committee Democrats said", "the Florida senator and Republican candidate said".
  const long = npForward(toks, i, lim, true);
  if (long && long[1] > np[1]) {
    const v = skipAuxForward(toks, long[1], lim);
    if (verbAt(v)) return { cue: v, mention: long };
    // "California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO": the long phrase, then its appositive.
    const app = toks[long[1]]?.text === ',' ? npForward(toks, long[1] + 1, lim) : null;
    if (app && toks[app[1]]?.text === ',' && verbAt(skipAuxForward(toks, app[1] + 1, lim))) {
      return { cue: skipAuxForward(toks, app[1] + 1, lim), mention: [long[0], app[1]] };
    }
  }
  // "“…,” the Saudis state in the white paper", "“…,” a voice-over in the ad states.": after a quotation left open, a
  // reporting verb the tagger read as the last noun of the phrase, before a preposition or the sentence's end.
  if (openEnded) {
    for (const r of [np, long]) {
      const c = r ? r[1] - 1 : -1;
      if (!r || c - r[0] < 1 || toks[c]!.pos !== 'NOUN' || isCapitalised(toks[c]!) || !isCue(toks[c]!.lower)) continue;
      if (!/^(NOUN|PROPN)$/.test(toks[c - 1]!.pos)) continue;
      const after = toks[c + 1];
      if (c + 1 >= lim || !after || after.pos === 'ADP' || TIME_WORDS.has(after.lower)) return { cue: c, mention: [r[0], c] };
    }
  }
  return null;
}

/** `…, he said.` at the end of the quote's sentence, after intervening text. */
function matchFinalClause(toks: readonly Token[], from: number, lim: number, quoteOf?: Int32Array): { cue: number; mention: Range } | null {
  for (let c = lim - 1; c >= from; c--) {
    if (toks[c]!.text !== ',' || (quoteOf && quoteOf[c]! >= 0)) continue;
    const m = matchPostAdjacent(toks, c + 1, lim);
    if (m && STRONG_CUES.has(toks[m.cue]!.lower)) return m;
  }
  return null;
}

/** `according to X` within [lo, hi). */
function matchAccording(toks: readonly Token[], lo: number, hi: number): { cue: number; mention: Range } | null {
  for (let i = lo; i + 1 < hi; i++) {
    if (toks[i]!.lower === 'according' && toks[i + 1]!.lower === 'to') {
      const np = npForward(toks, i + 2, hi);
      if (np) return { cue: i, mention: np };
    }
  }
  return null;
}

/**
 * After a quote that ends its sentence, `He said.` / `Trump said at a rally in Ohio.` still reports it, but a new
 * sentence that goes on with an object or a quotation of its own (`Rubio called the statement “…”`, `He added, “…”`)
 * is a new statement.
 */
function closesReport(toks: readonly Token[], quoteOf: Int32Array, cue: number, para: number): boolean {
  let i = cue + 1;
  while (toks[i] && toks[i]!.para === para && (TIME_WORDS.has(toks[i]!.lower) || toks[i]!.pos === 'ADV')) i++;
  const t = toks[i];
  if (!t || t.para !== para || endsSentenceAt(toks, i)) return true;
  // "… “arbitrary.” Josh Hendler, a tech operative, warned Saturday that …": a clause after the verb is a report of its own.
  if (t.lower === 'that') return false;
  if (!(t.pos === 'ADP' || t.pos === 'SCONJ' || t.text === ',')) return false;
  for (let j = i; toks[j] && toks[j]!.para === para && !endsSentenceAt(toks, j); j++) if (quoteOf[j]! >= 0) return false;
  return true;
}

/**
 * A pronoun subject of a later clause, nearest the quote: `Christie made …, and he has battled …, calling the mayor a
 * “liar”` / `… even as he defended the campaign, saying “…”`. Not after "that" (a reported clause belongs to the
 * reporter).
 */
function clauseSubjectPronoun(toks: readonly Token[], from: number, f: number): number | null {
  let found: number | null = null;
  for (let i = Math.max(from, 1); i < f; i++) {
    if (!/^(he|she|they|we)$/.test(toks[i]!.text)) continue;
    const prev = toks[i - 1]!;
    if (!(prev.pos === 'CCONJ' || (prev.pos === 'SCONJ' && prev.lower !== 'that') || /^(when|while|as|after|before|although|though|because|since|if)$/.test(prev.lower))) continue;
    const v = skipAuxForward(toks, i + 1, f);
    if (v < f && (isVerbTok(toks[v]) || isVerbTok(toks[i + 1]))) found = i;
  }
  return found;
}

/**
 * A named subject of a later contrasted clause, nearest the quote: "Jindal on Monday signed an order …, while Mike
 * Huckabee, the former Arkansas governor, proposed we “wake up and smell the falafel”". Only after "while"/"whereas" or
 * ", but"/", and", with a finite verb of its own; the quotation is then that subject's, not the sentence's.
 */
function clauseSubjectName(toks: readonly Token[], quoteOf: Int32Array, from: number, f: number): { cue: number; mention: Range } | null {
  let found: { cue: number; mention: Range } | null = null;
  for (let i = Math.max(from, 1); i < f; i++) {
    const t = toks[i]!;
    if (quoteOf[i] !== -1 || !(/^(while|whereas)$/.test(t.lower) || (/^(and|but)$/.test(t.lower) && toks[i - 1]!.text === ','))) continue;
    const np = npForward(toks, i + 1, f);
    if (!np || toks[np[0]]!.pos !== 'PROPN' && !toks.slice(np[0], np[1]).some((u) => u.pos === 'PROPN' && isCapitalised(u))) continue;
    if (!isCapitalised(toks[np[1] - 1]!)) continue;
    const v = skipAuxForward(toks, skipTimeForward(toks, skipInterruption(toks, quoteOf, np[1], f), f), f);
    if (v < f && toks[v]!.pos === 'VERB' && !/ing$/.test(toks[v]!.lower) && !BE_FORMS.has(toks[v]!.lower)) found = { cue: v, mention: np };
  }
  return found;
}

/**
 * A quotation that is a paragraph of its own, after a paragraph without quotations whose last
 * sentence reports someone speaking ("Carter said that for decades critics had predicted a U.S.
 * withdrawal. ¶ “That’s because this region …”", "Valastro praised Christie’s leadership … ¶ “We
 * need someone who …”"): news prose gives the quotation to that sentence's subject. Not after a
 * paragraph holding quotations: the previous quotation's speaker carries over by its own rule.
 * `f` and `l` are the quotation's first and last tokens.
 */
function reportedInParagraphBefore(
  text: string, toks: readonly Token[], spans: readonly QuoteSpan[], lay: Layout, f: number, l: number,
): Attribution | null {
  const para = toks[f]!.para;
  if (f === 0 || toks[f - 1]!.para >= para) return null;
  // A verb after the quotation in its paragraph ("“…,” read one.", "“…,” said one of two witnesses …") is an
  // attribution of its own that no rule read: the quotation is not the earlier paragraph's.
  for (let i = l + 1; i < toks.length && toks[i]!.para === para; i++) if (lay.quoteOf[i] === -1 && (isVerbTok(toks[i]) || isCue(toks[i]!.lower))) return null;
  const end = f - 1;
  if (!endsSentenceAt(toks, end)) return null;
  const prevPara = toks[end]!.para;
  for (let i = end; i >= 0 && toks[i]!.para === prevPara; i--) if (lay.quoteOf[i]! >= 0) return null;
  const lo = sentenceStart(text, toks, spans, lay, end);
  const subj = matchSubject(toks, lay.quoteOf, lo, end);
  if (!subj || !isCue(toks[subj.cue]!.lower)) return null;
  return { kind: 'pre', cue: subj.cue, mention: subj.mention, from: null, sameQuotation: false };
}

/**
 * Whether a cue introduces the quotation opening at f right before it: "<cue> [up to three words of
 * a lower-case object], “…" or "<cue>: “…" ("telling her, “…”", "said: “…”", "asked the crowd, “…”").
 */
function introducedByCue(toks: readonly Token[], f: number, preStart: number): boolean {
  let c = f - 1;
  if (c < preStart || !/^[,:]$/.test(toks[c]!.text)) return false;
  c--;
  for (let objects = 0; c >= preStart && objects <= 3; objects++, c--) {
    if (isCueToken(toks, c)) return true;
    if (!/^(PRON|NOUN|DET|ADJ)$/.test(toks[c]!.pos) || isCapitalised(toks[c]!)) return false;
  }
  return false;
}

/**
 * Fact-check and letters pages print a quotation as a paragraph of its own and sign it on the next line
 * ("“I went to Wall Street before the crash …” ¶ - Clinton."). When the quotation from f to l fills its paragraph and
 * the next paragraph is a dash and at most seven more tokens, the index of the token after the dash; else -1.
 */
function signatureParagraph(toks: readonly Token[], quoteOf: Int32Array, f: number, l: number): number {
  const para = toks[f]!.para;
  if (f > 0 && toks[f - 1]!.para === para) return -1;
  let d = l + 1;
  while (d < toks.length && toks[d]!.para === para && /^[.!?…]$/.test(toks[d]!.text)) d++;
  const dash = toks[d];
  if (!dash || dash.para === para || !(DASH.test(dash.text) || dash.text === '―') || quoteOf[d]! >= 0) return -1;
  let end = d + 1;
  while (end < toks.length && toks[end]!.para === dash.para) end++;
  return end - d - 1 >= 1 && end - d - 1 <= 7 ? d + 1 : -1;
}

/** First token of the sentence holding token f: back past earlier quotes of the same sentence. */
function sentenceStart(text: string, toks: readonly Token[], spans: readonly QuoteSpan[], lay: Layout, f: number): number {
  const para = toks[f]!.para;
  let i = f;
  while (i - 1 >= 0 && toks[i - 1]!.para === para) {
    const q = lay.quoteOf[i - 1]!;
    if (q >= 0) {
      if (i < f && quoteEndsSentence(text, spans[q]!, toks[i])) break;
      i = lay.first[q]!;
      continue;
    }
    if (endsSentenceAt(toks, i - 1)) break;
    i--;
  }
  return i;
}

/** Words that open an introductory phrase before the subject ("After the debate, …", "Speaking to reporters, …"). */
const INTRO = /^(after|before|when|whenever|while|as|since|if|although|though|because|once|until|unless|despite|following|amid|asked|speaking|writing|responding|addressing|according|like|unlike|given)$/;
const DASH = /^[—–-]$/;
const isVerbTok = (t: Token | undefined): boolean => !!t && (t.pos === 'VERB' || t.pos === 'AUX');

/**
 * A clause joined by ", and" / ", but" within `[lo, f)` with a subject and verb of its own
 * ("…, and at one point the crowd loudly reprised the chant"): that subject and verb, or null.
 * The subject opens with a determiner and is no object of a preposition; a pronoun ("…, and he
 * had total access to the server that “…”") is most often the earlier speaker, and is left to them.
 */
function laterClause(toks: readonly Token[], quoteOf: Int32Array, lo: number, f: number): { cue: number; mention: Range } | null {
  for (let a = lo; a < f; a++) {
    if (quoteOf[a] !== -1 || !/^(and|but)$/.test(toks[a]!.lower) || toks[a - 1]?.text !== ',') continue;
    for (let s = a + 1; s < f && s <= a + 5; s++) {
      const t = toks[s]!;
      // A verb first shares the earlier subject ("…, but told city leaders that …").
      if (quoteOf[s] !== -1 || t.text === ',' || isVerbTok(t) || t.pos === 'SCONJ') break;
      if (t.pos !== 'DET' || toks[s - 1]!.pos === 'ADP') continue;
      const np = npForward(toks, s, f);
      if (!np) continue;
      let j = np[1];
      while (j < f && toks[j]!.pos === 'ADV') j++;
      // A verb of doing: "… but the vast majority were just “confidential”" still reports the earlier source.
      if (j < f && toks[j]!.pos === 'VERB' && !BE_FORMS.has(toks[j]!.lower)) return { cue: j, mention: np };
    }
  }
  return null;
}

const LINKING = /^(becomes?|became|becoming|seems?|seemed|appears?|appeared|remains?|remained|looks?|looked|feels?|felt|grew|grows?|got|gets?)$/;

/** Words that open a subordinate clause at the start of a sentence ("As Vance criticised the council, …"). */
const OPENING = /^(as|when|while|after|before|because|since|although|though|once|until|if|whereas)$/;

/**
 * "As Vance criticised the council, the crowd erupted, “…”": a cue inside an opening subordinate
 * clause reports that clause, not a quotation that comes after the main clause; when a main
 * clause with a subject and a verb of its own stands between them, its subject and verb are the
 * quotation's. Null when the cue's clause opens no sentence or no such main clause follows it
 * ("When Vance said, “…”" keeps the cue).
 */
function mainClauseAfterOpening(toks: readonly Token[], quoteOf: Int32Array, preStart: number, c: number, f: number): { cue: number; mention: Range } | null {
  let s = c - 1;
  while (s >= preStart && toks[s]!.text !== ',' && !OPENING.test(toks[s]!.lower)) s--;
  if (s < preStart || !OPENING.test(toks[s]!.lower)) return null;
  // "As Earnest explained, three taxes were postponed …, “…”": "as" with a speech verb attributes the whole sentence.
  if (toks[s]!.lower === 'as' && STRONG_CUES.has(toks[c]!.lower)) return null;
  // The clause opens the sentence (after at most a conjunction or adverb: "But as …").
  for (let o = preStart; o < s; o++) if (toks[o]!.pos !== 'CCONJ' && toks[o]!.pos !== 'ADV') return null;
  let k = c + 1;
  while (k < f && !(toks[k]!.text === ',' && quoteOf[k] === -1)) k++;
  if (k >= f - 1) return null;
  const np = npForward(toks, k + 1, f);
  if (!np) return null;
  let j = skipAuxForward(toks, skipTimeForward(toks, np[1], f), f);
  while (j < f && toks[j]!.pos === 'ADV') j++;
  // A linking verb describes the subject ("the Graysons became “agitated”"): the words are not theirs.
  return j < f && toks[j]!.pos === 'VERB' && !BE_FORMS.has(toks[j]!.lower) && !LINKING.test(toks[j]!.lower) ? { cue: j, mention: np } : null;
}

/** Index after an interruption between a subject and its verb: `, the ambassador,` / `, who …,` / `(D-Vt.)` / `— a teacher —`. */
function skipInterruption(
  toks: readonly Token[],
  quoteOf: Int32Array,
  j: number,
  lim: number,
  verbAt: (v: number) => boolean = (v) => isVerbTok(toks[v]),
): number {
  const t = toks[j];
  if (!t) return j;
  const close = t.text === ',' ? ',' : t.text === '(' ? ')' : DASH.test(t.text) ? 'dash' : null;
  if (!close) return j;
  // ", Antony Blinken went after Lavrov, calling …": a clause with its own subject and verb is no interruption.
  if (close === ',' && toks[j + 1] && !/^(who|which|whose|whom)$/.test(toks[j + 1]!.lower)) {
    const np = npForward(toks, j + 1, lim);
    const v = np ? skipAuxForward(toks, np[1], lim) : -1;
    if (np && isCapitalised(toks[np[0]]!) && v < lim && toks[v]!.pos === 'VERB' && !/(ing|ed)$/.test(toks[v]!.lower) && !isCue(toks[v]!.lower)) return j;
  }
  for (let k = j + 1; k < lim && k - j <= 40; k++) {
    const u = toks[k]!;
    const closes = close === 'dash' ? DASH.test(u.text) : u.text === close;
    if (!closes) continue;
    // A comma inside a quotation closes the interruption only as its last mark: `… whose presidency “will lead to war,” clearly …`.
    let after = k + 1;
    if (quoteOf[k] !== -1) {
      if (close !== ',' || !/^[”"]$/.test(toks[k + 1]?.text ?? '')) continue;
      after = k + 2;
    } else if (close === ',' && toks[k + 1]?.text === '”') {
      // The comma of a title read as no quotation: `Washington, star of television’s “Scandal,” thanked …`.
      after = k + 2;
    }
    if (close === ')') {
      // "(D-Vt.)" and then maybe ", said": read through a comma before the verb as well.
      const next = skipInterruption(toks, quoteOf, after, lim, verbAt);
      if (next === after && toks[after]?.text === ',' && verbAt(skipAuxForward(toks, after + 1, lim))) return after + 1;
      return next;
    }
    const v = skipTimeForward(toks, skipAuxForward(toks, after, lim), lim);
    if (v < lim && verbAt(v)) return after;
  }
  return j;
}

/**
 * "a psychology class called “Perception”", "a group called the “We The People Foundation”": a naming participle
 * right after a common noun, with the quotation (after at most "the") as the name it gives.
 */
function namingParticiple(toks: readonly Token[], c: number, f: number): boolean {
  if (!/^(called|named|dubbed|titled|entitled|labeled|labelled|nicknamed)$/.test(toks[c]!.lower)) return false;
  const noun = toks[c - 1];
  if (!noun || noun.pos !== 'NOUN' || isCapitalised(noun) || TITLE_HEADS.has(noun.lower)) return false;
  return f === c + 1 || (f === c + 2 && toks[c + 1]!.lower === 'the');
}

/**
 * A quotation inside what a named owner's claim says: "Trump’s recent evidence-free assertion that “thousands” of …",
 * "Comey’s conclusion that her actions were “extremely careless”", "Trump’s pledge to be “neutral”", "Clinton’s
 * response was: “…”". The owner is the speaker; only within one clause (no comma between the noun and the quotation).
 */
function possessiveClaim(toks: readonly Token[], quoteOf: Int32Array, lo: number, f: number): Attribution | null {
  for (let c = f - 1; c > lo; c--) {
    const t = toks[c]!;
    if (quoteOf[c] !== -1 || /^[,;:()]$/.test(t.text) || DASH.test(t.text)) {
      // "Clinton’s response was: “…”": only a colon right before the quotation, after "was/is".
      if (!(t.text === ':' && c === f - 1)) return null;
      continue;
    }
    if (!(CLAIM_NOUNS.has(t.lower) || /^(response|reply|answer)$/.test(t.lower)) || t.pos !== 'NOUN') continue;
    const next = toks[c + 1]!;
    const opens = /^(that|to)$/.test(next.lower) || (/^(was|is)$/.test(next.lower) && toks[c + 2]?.text === ':' && c + 3 === f);
    if (!opens) return null;
    let p = c - 1;
    while (p > lo && (toks[p]!.pos === 'ADJ' || toks[p]!.pos === 'ADV' || (toks[p]!.pos === 'VERB' && /ed$/.test(toks[p]!.lower)))) p--;
    if (!/^[’']s$/.test(toks[p]!.text)) return null;
    const np = npBackward(toks, p, lo);
    if (!np || !toks.slice(np[0], np[1]).some((u) => u.pos === 'PROPN')) return null;
    return { kind: 'pre', cue: c, mention: np, from: null, sameQuotation: false };
  }
  return null;
}

/** "Mitt Romney’s “47 percent” comment", "Obama's “if you like your plan” promise": a named owner's quoted claim. */
function possessiveQuoted(toks: readonly Token[], f: number, l: number, lo: number): Attribution | null {
  const noun = toks[l + 1];
  if (!noun || !(CLAIM_NOUNS.has(noun.lower) || /^(line|remarks?|promises?|slogan|quip|mantra|refrain)$/.test(noun.lower))) return null;
  if (f - 1 <= lo || !/^[’']s$/.test(toks[f - 1]!.text)) return null;
  const np = npBackward(toks, f - 1, lo);
  if (!np || !toks.slice(np[0], np[1]).some((u) => u.pos === 'PROPN')) return null;
  return { kind: 'pre', cue: l + 1, mention: np, from: null, sameQuotation: false };
}

/** "As John Cornyn, the No. 2 in the GOP leadership, put it: “…”", "as The Post's Dana Milbank puts it, “…”". */
function asPutIt(toks: readonly Token[], quoteOf: Int32Array, lo: number, f: number): Attribution | null {
  let c = f - 1;
  if (c > lo && /^[,:]$/.test(toks[c]!.text)) c--;
  if (c - 2 < lo || toks[c]!.lower !== 'it' || !/^(put|puts)$/.test(toks[c - 1]!.lower)) return null;
  for (let a = c - 2; a >= lo && a >= c - 20; a--) {
    if (quoteOf[a] !== -1) return null;
    if (toks[a]!.lower !== 'as') continue;
    const np = npForward(toks, a + 1, c - 1);
    if (!np) return null;
    // The subject, perhaps with an appositive between commas, right before "put it".
    const end = np[1] === c - 1 ? np[1] : skipInterruption(toks, quoteOf, np[1], c, (v) => v === c - 1);
    return end === c - 1 || np[1] === c - 1 ? { kind: 'pre', cue: c - 1, mention: np, from: null, sameQuotation: false } : null;
  }
  return null;
}

/**
 * A quotation inside a relative clause set off by a comma, with no reporting verb before it: "… by his daughter Ivanka Trump, who portrayed
 * him as … “the people's champion”", "Beck, who has in the past described Trump as “…”". The words are the relative
 * clause's subject's, "who" (as annotated), resolved as its antecedent; not the sentence subject's. The clause must have
 * a verb of its own before the quotation, active ("who was labeled “…”" is others' words), and be still open: a comma
 * after its verb followed by another verb ("Roffman, who estimates …, described") closes it.
 */
function relativeClause(toks: readonly Token[], quoteOf: Int32Array, lo: number, f: number): Attribution | null {
  // The outermost open clause: in "Ivanka Trump, who portrayed him as an executive who would be “…”" it is Ivanka's.
  for (let w = lo + 1; w < f; w++) {
    // Only a clause set off by a comma: "a coach at a game who is “…”" describes, and its antecedent is unsure.
    if (toks[w]!.lower !== 'who' || quoteOf[w] !== -1 || toks[w - 1]!.text !== ',') continue;
    const verb = openRelativeVerb(toks, quoteOf, w, f);
    if (verb < 0) continue;
    const antecedent = npBackward(toks, w + 1, lo);
    if (!antecedent || antecedent[1] > w || isPronoun(toks[antecedent[0]]!)) continue;
    return { kind: 'subject', cue: verb, mention: [w, w + 1], resolveAs: antecedent, from: null, sameQuotation: false };
  }
  return null;
}

/**
 * The verb of the relative clause opened by "who" at w when it is active and still open at f, else -1. A comma after
 * the verb closes it ("Jeb Bush, who ended his bid Saturday, as “…”"), as does one closing a quotation before another
 * verb ("… “a psychopath,” clearly intended").
 */
function openRelativeVerb(toks: readonly Token[], quoteOf: Int32Array, w: number, f: number): number {
  let verb = -1;
  for (let i = w + 1; i < f; i++) {
    const t = toks[i]!;
    if (quoteOf[i] === -1 && /^[;:()]$/.test(t.text)) return -1;
    if (verb < 0 && quoteOf[i] === -1 && isVerbTok(t)) {
      verb = i;
      // A passive: "who was labeled “…”".
      if (BE_FORMS.has(t.lower) && toks[i + 1]?.pos === 'VERB' && /(ed|en)$/.test(toks[i + 1]!.lower)) return -1;
      continue;
    }
    if (t.text !== ',' || verb < 0) continue;
    // "a generous, magnanimous executive": a comma before an adjective closes nothing.
    if (quoteOf[i] === -1) {
      if (toks[i + 1]?.pos === 'ADJ') continue;
      return -1;
    }
    let j = i + 1;
    while (j < f && /^[”"’]$/.test(toks[j]!.text)) j++;
    if (quoteOf[j] !== -1) continue;
    while (j < f && toks[j]!.pos === 'ADV') j++;
    if (j < f && isVerbTok(toks[j])) return -1;
  }
  return verb;
}

/**
 * A quotation inside an opening participle phrase ("Acknowledging that Trump “says a lot of stupid stuff,” though,
 * Allen did suggest …", "After spending the week arguing over whether the other is “qualified” to be president, Clinton
 * on Monday ripped into …"): the phrase has no subject of its own, so the words are the main clause's subject's. The
 * sentence opens with an -ing form, or a preposition or subordinator right before one; the main clause follows the
 * phrase's comma with a subject and a finite verb.
 */
function openingParticiple(toks: readonly Token[], quoteOf: Int32Array, lo: number, f: number, end: number): Attribution | null {
  let o = lo;
  while (o < f && (toks[o]!.pos === 'CCONJ' || (toks[o]!.pos === 'ADV' && toks[o + 1]?.pos !== 'VERB'))) o++;
  const ing = (t: Token | undefined): boolean => !!t && /^[a-z]+ing$/.test(t.lower) && t.lower.length > 5 && (t.pos === 'VERB' || isCue(t.lower));
  // After a preposition the tagger often reads the gerund as a noun ("After spending …").
  const gerund = (t: Token | undefined): boolean => ing(t) || (!!t && /^[a-z]+ing$/.test(t.lower) && t.lower.length > 5 && t.pos === 'NOUN');
  if (o >= f || !(ing(toks[o]) || ((toks[o]!.pos === 'ADP' || toks[o]!.pos === 'SCONJ') && gerund(toks[o + 1])))) return null;
  // No comma outside quotations between the phrase's start and the quotation: it is still open.
  for (let i = o; i < f; i++) if (quoteOf[i] === -1 && /^[,;:()]$/.test(toks[i]!.text)) return null;
  // The phrase's comma: the first one outside quotations after the quotation opens, or one closing a quotation.
  let c = f;
  while (c < end && !(toks[c]!.text === ',' && (quoteOf[c] === -1 || quoteOf[c + 1] !== quoteOf[c]))) c++;
  let s = c + 1;
  while (s < end && /^[”"’]$/.test(toks[s]!.text)) s++;
  // "…,” though, Allen did suggest".
  if (/^(though|however|too|meanwhile|still)$/.test(toks[s]?.lower ?? '') && toks[s + 1]?.text === ',') s += 2;
  if (s >= end || quoteOf[s] !== -1) return null;
  const np = npForward(toks, s, end);
  if (!np || isPronoun(toks[np[0]]!) && !/^(he|she|they|we)$/.test(toks[np[0]]!.lower)) return null;
  const v = skipAuxForward(toks, skipTimeForward(toks, np[1], end), end);
  if (v >= end || !isVerbTok(toks[v]) || /ing$/.test(toks[v]!.lower) || BE_FORMS.has(toks[v]!.lower) || LINKING.test(toks[v]!.lower)) return null;
  return { kind: 'subject', cue: v, mention: np, from: null, sameQuotation: false };
}

/** Participles of asking and telling whose passive makes the subject the listener. */
const ASKED = /^(asked|told|questioned|pressed|quizzed)$/;

/**
 * A passive "was asked / were told / is pressed [by X]" before the quotation at f with no active reporting verb after
 * it: the quoted words are the asker's ("Rubio was asked by moderator Gerard Baker whether …, “…”"), or when no asker is
 * named, no one's the text gives ("his salespersons were told, “…”"). The participle and the asker, if named.
 */
function passiveAsk(toks: readonly Token[], quoteOf: Int32Array, lo: number, f: number): { cue: number; agent: Range | null } | null {
  for (let p = lo; p < f; p++) {
    if (quoteOf[p] !== -1 || !ASKED.test(toks[p]!.lower)) continue;
    let b = p - 1;
    while (b >= lo && toks[b]!.pos === 'ADV') b--;
    if (b < lo || !BE_FORMS.has(toks[b]!.lower) || /^(’d|'d)$/.test(toks[b]!.lower)) continue;
    // "When he was asked about it, Trump said, “…”": a report of its own after the question.
    for (let c = p + 1; c < f; c++) {
      if (quoteOf[c] === -1 && isCueToken(toks, c) && STRONG_CUES.has(toks[c]!.lower) && !BE_FORMS.has(toks[c - 1]!.lower)) return null;
    }
    const agent = toks[p + 1]?.lower === 'by' ? npForward(toks, p + 2, f) : null;
    return { cue: p, agent };
  }
  return null;
}

/** Skips a time phrase after a subject: "on Saturday", "last week", "Tuesday", "earlier this month". */
export function skipTimeForward(toks: readonly Token[], i: number, lim: number): number {
  for (;;) {
    const t = toks[i];
    if (!t || i >= lim) return i;
    if (TIME_WORDS.has(t.lower) || /^(ago)$/.test(t.lower)) { i++; continue; }
    if (/^(on|last|this|next|late|early|earlier|later)$/.test(t.lower) && toks[i + 1] && (TIME_WORDS.has(toks[i + 1]!.lower) ||
      /^(week|month|year|night|morning|afternoon|evening|weekend|day|summer|spring|fall|winter)$/.test(toks[i + 1]!.lower))) { i += 2; continue; }
    return i;
  }
}

/**
 * The subject of the sentence's main clause, when the quote sits later in that
 * sentence with no cue of its own: `Trump, who …, mocked Rubio for “having a
 * tough night”`. In news prose the quoted words belong to that subject.
 */
export function matchSubject(toks: readonly Token[], quoteOf: Int32Array, lo: number, f: number): { cue: number; mention: Range } | null {
  let i = lo;
  // A dateline opens the sentence: "WASHINGTON, Dec. 8 (UPI) — …", "LA CROSSE, Wisc. — …".
  if (toks[lo] && /^\p{Lu}{2,}$/u.test(toks[lo]!.text)) {
    for (let d = lo + 1; d < f && d - lo <= 12; d++) if (DASH.test(toks[d]!.text) || toks[d]!.text === '--') { i = d + 1; break; }
  }
  for (let attempt = 0; attempt < 4 && i < f; attempt++) {
    while (i < f && (toks[i]!.pos === 'CCONJ' || toks[i]!.text === ',' ||
      (toks[i]!.pos === 'ADV' && (!isCapitalised(toks[i]!) || i === lo || toks[i - 1]!.text === ',')) ||
      /^(but|and|so|yet|also|still|however|meanwhile)$/.test(toks[i]!.lower))) i++;
    const t = toks[i];
    if (!t || i >= f || quoteOf[i] !== -1) return null;
    const nextComma = (): number => {
      let c = i;
      while (c < f && !(toks[c]!.text === ',' && quoteOf[c] === -1)) c++;
      return c;
    };
    // "Ted Cruz, when asked …, responded that …": a capitalised word the tagger read as a verb opens a name when a name
    // follows (as in npForward); a gerund ("Speaking Spanish") does not.
    const firstName = isCapitalised(t) && toks[i + 1]?.pos === 'PROPN' && isCapitalised(toks[i + 1]!) && !isCue(t.lower) && !/ing$/.test(t.lower);
    if (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'PART' || (t.pos === 'VERB' && !isPronoun(t) && !firstName) || INTRO.test(t.lower)) {
      const c = nextComma();
      if (c >= f) return null;
      i = c + 1;
      continue;
    }
    // "Earlier this week, …": a time phrase before the subject.
    const t2 = skipTimeForward(toks, i, f);
    if (t2 > i && (toks[t2]?.text === ',' || t2 >= f)) { i = t2; continue; }
    const np = npForward(toks, i, f);
    // "It was Obama who …", "It’s been common for …": an expletive subject says nothing about the speaker.
    if (np && np[1] - np[0] === 1 && /^(it|there|this)$/.test(toks[np[0]]!.lower) &&
      /^(is|was|’s|'s|were|has|had|will|would|seems|seemed)$/.test(toks[np[1]]?.lower ?? '')) return null;
    if (!np) {
      const c = nextComma();
      if (c >= f) return null;
      i = c + 1;
      continue;
    }
    const verbAt = (v: number): boolean => isVerbTok(toks[v]) || isCueToken(toks, v) || isVerbAfterName(toks, v);
    let j = skipInterruption(toks, quoteOf, np[1], f);
    if (j < f && verbAt(j)) return { cue: j, mention: np };
    j = skipTimeForward(toks, skipAuxForward(toks, skipTimeForward(toks, j, f), f), f);
    if (j < f && verbAt(j)) return { cue: j, mention: np };
    const long = npForward(toks, i, f, true);
    if (long && long[1] > np[1]) {
      const v = skipAuxForward(toks, skipInterruption(toks, quoteOf, long[1], f), f);
      if (v < f && (isVerbTok(toks[v]) || isCueToken(toks, v))) return { cue: v, mention: long };
    }
    // A fronted phrase the tagger took for a noun ("Horrified at …, Ramos believes"): try after its comma.
    const c = nextComma();
    if (c >= f || c < np[1]) return null;
    i = c + 1;
  }
  return null;
}

/**
 * Finds, for every quote span, the reporting verb and the speaker mention it
 * attaches to, or the earlier quote whose speaker it continues.
 */
export function attributeSpans(
  text: string,
  toks: readonly Token[],
  spans: readonly QuoteSpan[],
  /** Spans that are not quotations (titles, numbers): attribution windows read through them. */
  notQuotation: readonly boolean[] = [],
): Attribution[] {
  const full = layout(toks, spans);
  const { first, last } = full;
  const quoteOf = Int32Array.from(full.quoteOf, (q) => (q >= 0 && notQuotation[q] ? -1 : q));
  const lay: Layout = { quoteOf, first, last };
  const out: Attribution[] = [];
  /** A subject and verb right after a quotation that gave way to the cue before it: the next quotation's, if it follows. */
  const passedOver: ({ cue: number; mention: Range } | null)[] = spans.map(() => null);
  /**
   * The attribution a quote belongs to is the outermost one: in `Meeks said Clinton reassured them that …“…”` it is
   * Meeks's; a participle cue (`issued a statement saying “…”`, `emailed supporters saying`) follows an object,
   * not its speaker, so it takes the sentence subject.
   */
  const outerReport = (a: Attribution): Attribution => {
    const [ms] = a.mention!;
    const lo = sentenceStart(text, toks, spans, lay, ms);
    // Only an object right before the participle ("issued a statement saying", "held up a sign saying") hands over to
    // the subject; "with Gorka noting", "Nefzi said, adding" keep their own.
    const before = toks[ms - 1];
    const objectOfVerb = !!before && (before.pos === 'VERB' || before.pos === 'AUX' ||
      ((before.pos === 'ADP' || before.pos === 'PART') && before.lower !== 'with' && toks[ms - 2]?.pos === 'VERB'));
    // The phrase before a participle is its subject only when nothing but time words stand between them ("Lavrov
    // noting"); after a comma (", arguing …") or a thing ("a statement saying", "tweets early Friday saying") the
    // participle's subject is the sentence's.
    const c = a.cue!;
    let between = a.mention![1];
    while (between < c && (TIME_WORDS.has(toks[between]!.lower) || toks[between]!.pos === 'ADV' ||
      (/^(on|in|last|this|late|early)$/.test(toks[between]!.lower) && TIME_WORDS.has(toks[between + 1]?.lower ?? '')))) between++;
    const adjacent = between === c;
    const afterComma = between === c - 1 && toks[between]!.text === ',';
    const thing = adjacent && toks.slice(ms, a.mention![1]).every((t) => !isCapitalised(t) || t.pos === 'DET');
    if (/ing$/.test(toks[c]!.lower) && !isPronoun(toks[ms]!) && (afterComma || (adjacent && (objectOfVerb || thing)))) {
      const subj = matchSubject(toks, quoteOf, lo, ms);
      if (subj && subj.mention[1] <= ms) {
        const near = clauseSubjectPronoun(toks, subj.cue + 1, ms);
        return { ...a, mention: near !== null ? [near, near + 1] : subj.mention };
      }
    }
    for (let d = ms - 1; d >= lo; d--) {
      const u = toks[d]!;
      // "and" joining two nouns ("police shootings and protests demands") does not end the reported clause.
      const nounAnd = u.pos === 'CCONJ' && /^(NOUN|PROPN)$/.test(toks[d - 1]?.pos ?? '') && /^(NOUN|ADJ)$/.test(toks[d + 1]?.pos ?? '') &&
        !isCapitalised(toks[d + 1]!);
      if (/^[,;:()]$/.test(u.text) || DASH.test(u.text) || (u.pos === 'CCONJ' && !nounAnd) || quoteOf[d]! >= 0) break;
      // "Cruz said as the heckler yelled: …": a subordinate clause has its own speaker.
      if (/^(as|when|while|after|before|because|since|if|although|though|until|whereas)$/.test(u.lower)) break;
      if (!isCueToken(toks, d) || !STRONG_CUES.has(u.lower) || BE_FORMS.has(toks[d - 1]?.lower ?? '')) continue;
      const np = npBackward(toks, d, lo);
      return np ? { ...a, cue: d, mention: np } : a;
    }
    return a;
  };
  for (let k = 0; k < spans.length; k++) {
    const f = first[k]!;
    const l = last[k]!;
    const none: Attribution = { kind: 'none', cue: null, mention: null, from: null, sameQuotation: false };
    if (f < 0) { out.push(none); continue; }
    const para = toks[f]!.para;

    // Post window: after the quote, up to the next quote or the end of the sentence/paragraph.
    let postEnd = l + 1;
    while (postEnd < toks.length && quoteOf[postEnd] === -1 && toks[postEnd]!.para === para && !endsSentenceAt(toks, postEnd)) postEnd++;
    const nextTok = toks[l + 1]?.para === para ? toks[l + 1] : undefined;
    const endsSentence = quoteEndsSentence(text, spans[k]!, nextTok);

    // Pre window: back to the sentence start or the previous quote.
    let preStart = f;
    while (preStart - 1 >= 0 && quoteOf[preStart - 1] === -1 && toks[preStart - 1]!.para === para && !endsSentenceAt(toks, preStart - 1)) preStart--;
    // The closing mark of a title that ended the previous sentence (`on “Meet the Press.”`) is not part of this one.
    while (preStart < f && /^[”"’)\]]$/.test(toks[preStart]!.text)) preStart++;
    const prevQuote = preStart - 1 >= 0 && toks[preStart - 1]!.para === para ? quoteOf[preStart - 1]! : -1;
    const prevQuoteSameSentence = prevQuote >= 0 && !quoteEndsSentence(text, spans[prevQuote]!, toks[preStart]);

    let found: Attribution | null = null;
    // A byline after the quote: `“…” ― Francisco Herrero` / `“…” — Edwin G. Monroy, 34` ending the paragraph; or, after
    // a quotation that is a paragraph of its own, a signature paragraph: `“…” ¶ - Sanders.` / `¶ -Michelle Marks, Philadelphia.`.
    const signature = signatureParagraph(toks, quoteOf, f, l);
    const inline = (DASH.test(toks[l + 1]?.text ?? '') || toks[l + 1]?.text === '―') && toks[l + 1]!.para === para;
    if (inline || signature >= 0) {
      const from = signature >= 0 ? signature : l + 2;
      const line = toks[from - 1]!.para;
      let pe = from;
      while (pe < toks.length && toks[pe]!.para === line) pe++;
      const np = npForward(toks, from, pe);
      let clean = true;
      for (let i = np ? np[1] : pe; i < pe; i++) if (toks[i]!.pos === 'VERB' || quoteOf[i]! >= 0) clean = false;
      if (np && clean && isCapitalised(toks[np[0]]!) && (np[1] === pe || /^[,.(]$/.test(toks[np[1]]!.text))) {
        found = { kind: 'post', cue: null, mention: np, from: null, sameQuotation: false };
      }
    }
    const openEnded = /[,!?—–…-]\s*[”"]?$/u.test(text.slice(spans[k]!.start, spans[k]!.end)) || toks[l + 1]?.text === ',';
    const post = matchPostAdjacent(toks, l + 1, postEnd, quoteOf, openEnded, preStart === f);
    // A question or exclamation followed by `Name said/told …` is reported by it whatever follows the verb
    // ("“…, who knows?” Trump told Britain’s ITV …", "“…!” Murphy, the head of …, Tweeted on Friday").
    // A quotation nested at its end closes first: "… ‘What can we do to help?’” Renteria told reporters".
    const asked = /[?!][’']?\s*[”"]?$/u.test(text.slice(spans[k]!.start, spans[k]!.end));
    const reportsAsked = !!post && asked && post.cue > l + 1 && STRONG_CUES.has(toks[post.cue]!.lower);
    // "…, telling her, “…!” She replied …": a quotation its own sentence introduces is not the next sentence's, nor
    // the next clause's ("When Vance said, “…!” the crowd cheered").
    const introduced = introducedByCue(toks, f, preStart);
    // "As voters weigh what Gingrich called “…,” the former speaker is intrigued": a reporting verb right before the
    // quotation owns it over a verb after it that reports nothing.
    const cueAt = (c: number): boolean => c >= preStart && isCueToken(toks, c) && !namingParticiple(toks, c, f);
    const cueRightBefore = cueAt(f - 1) || (f - 1 >= preStart && /^[,:]$/.test(toks[f - 1]!.text) && cueAt(f - 2));
    const weakPost = !!post && !isCue(toks[post.cue]!.lower) && cueRightBefore;
    if (weakPost) passedOver[k] = post;
    if (!found && post && !introduced && !weakPost && (reportsAsked || !(endsSentence && (isCapitalised(toks[post.cue]!) || !closesReport(toks, quoteOf, post.cue, para))))) {
      found = { kind: 'post', cue: post.cue, mention: post.mention, from: null, sameQuotation: false };
    }
    if (!found) {
      for (let c = f - 1; c >= preStart; c--) {
        if (!isCueToken(toks, c)) continue;
        // Passive "they'd been told": not the speaker's verb.
        if (c - 1 >= preStart && BE_FORMS.has(toks[c - 1]!.lower)) continue;
        // "a psychology class called “Perception”": a participle naming the thing before it reports no one.
        if (namingParticiple(toks, c, f)) continue;
        // "Trump mentioned X, and at one point the crowd loudly reprised the chant “…”": a clause
        // of its own between the cue and the quotation; its subject is the quotation's source.
        const later = laterClause(toks, quoteOf, c + 1, f);
        if (later) {
          found = { kind: 'pre', cue: later.cue, mention: later.mention, from: null, sameQuotation: false };
          break;
        }
        const main = mainClauseAfterOpening(toks, quoteOf, preStart, c, f);
        if (main) {
          found = { kind: 'pre', cue: main.cue, mention: main.mention, from: null, sameQuotation: false };
          break;
        }
        // "Said Dorothy Poynter, who grew up with Ali, “…”": a sentence-initial cue, its speaker after it.
        // Also the parenthetical "But, said Solovey, “…”" / "…, says Carl Anthony, historian, is that …".
        const inverted = (): Range | null => {
          if (!(c === preStart && isCapitalised(toks[c]!)) && toks[c - 1]?.text !== ',') return null;
          // "Citing the attack as …, Will urged": an opening participle's object is no speaker.
          if (/ing$/.test(toks[c]!.lower)) return null;
          const np2 = npForward(toks, c + 1, f);
          if (!np2) return null;
          if (c === preStart) return np2;
          if (!/^(said|says|say|added|adds|explained|explains|wrote|writes|noted|notes)$/.test(toks[c]!.lower)) return null;
          const after = toks[np2[1]]!;
          return /^[,:]$/.test(after.text) && isCapitalised(toks[np2[1] - 1]!) ? np2 : null;
        };
        let np = npBackward(toks, c, preStart) ?? inverted();
        if (np && np[1] <= c) np = withCoordinate(toks, np, preStart);
        // "Protesters marching through the streets chanted “…”": a preposition's object is no subject; the sentence's is.
        // Not after a subordinator ("as the heckler yelled", "after the press announced"): that clause's subject is its own.
        const prev = np ? toks[np[0] - 1] : undefined;
        if (np && np[0] > preStart && prev?.pos === 'ADP' && !INTRO.test(prev.lower) && prev.lower !== 'with' && np[1] === c && !/ing$/.test(toks[c]!.lower) &&
          toks[np[0]]!.pos === 'DET' && !isCapitalised(toks[np[0]]!)) {
          const subj = matchSubject(toks, quoteOf, preStart, c);
          if (subj && subj.mention[1] < np[0]) np = subj.mention;
        }
        if (np) found = { kind: 'pre', cue: c, mention: np, from: null, sameQuotation: false };
        else if (prevQuoteSameSentence) found = { kind: 'inherit', cue: c, mention: null, from: prevQuote, sameQuotation: false };
        else {
          // A subjectless participle ("…, adding: “…”"): the subject of the sentence's earlier cue; but after a clause
          // of its own joined by ", and" / ", but" ("Clinton testified …, and Sen. Ron Johnson (R-Wis.) kept asking her
          // why … “spontaneous” …") the participle is that clause's, and its subject speaks, or no one the rule can see.
          let joinedAt = -1;
          for (let j = c - 1; j > preStart && joinedAt < 0; j--) if (/^(and|but)$/.test(toks[j]!.lower) && toks[j - 1]!.text === ',' && quoteOf[j] === -1) joinedAt = j;
          const own = joinedAt >= 0 ? npForward(toks, joinedAt + 1, c) : null;
          if (own) {
            const v = skipAuxForward(toks, skipInterruption(toks, quoteOf, own[1], c), c);
            if (v < c && isVerbTok(toks[v])) found = { kind: 'pre', cue: c, mention: own, from: null, sameQuotation: false };
          }
          for (let d = c - 1; d >= Math.max(preStart, joinedAt) && !found; d--) {
            if (!isCueToken(toks, d)) continue;
            const np2 = npBackward(toks, d, preStart);
            if (np2) found = { kind: 'pre', cue: c, mention: np2, from: null, sameQuotation: false };
          }
        }
        if (found) break;
      }
      if (found?.kind === 'pre' && found.mention) found = outerReport(found);
      if (!found) found = possessiveClaim(toks, quoteOf, preStart, f) ?? possessiveQuoted(toks, f, l, preStart) ?? asPutIt(toks, quoteOf, preStart, f);
    }
    if (!found && preStart === f && f > 0 && toks[f - 1]!.text === ':' && toks[f - 1]!.para === para - 1) {
      // A colon at the end of the previous paragraph introduces this one: "…, Pollak observed:".
      let lo = f - 1;
      while (lo - 1 >= 0 && toks[lo - 1]!.para === para - 1 && quoteOf[lo - 1] === -1 && !endsSentenceAt(toks, lo - 1)) lo--;
      for (let c = f - 2; c >= lo && !found; c--) {
        if (!isCueToken(toks, c)) continue;
        const np = npBackward(toks, c, lo);
        if (np) found = { kind: 'pre', cue: c, mention: np, from: null, sameQuotation: false };
      }
      if (!found) {
        // "He then listed the qualities …:", "Partial transcript as follows:": the introducing sentence's subject.
        const subj = matchSubject(toks, quoteOf, lo, f - 1);
        const np = subj ? null : npForward(toks, lo, f - 1);
        if (subj) found = { kind: 'pre', cue: subj.cue, mention: subj.mention, from: null, sameQuotation: false };
        else if (np && (np[1] === f - 1 || /^(as|below|here)$/.test(toks[np[1]]!.lower))) {
          found = { kind: 'pre', cue: null, mention: np, from: null, sameQuotation: false };
        }
      }
    }
    if (!found && !endsSentence) {
      let fin = matchFinalClause(toks, l + 1, postEnd);
      if (!fin && postEnd < toks.length && quoteOf[postEnd]! >= 0) {
        // `… did not find “ties of any consequence,” aside from … “casually” …, said the bureau's director.`:
        // the sentence's closing report, past later quotes of the same sentence.
        let end = postEnd;
        while (end < toks.length && toks[end]!.para === para) {
          const q = quoteOf[end]!;
          if (q >= 0) {
            if (quoteEndsSentence(text, spans[q]!, toks[last[q]! + 1])) { end = last[q]! + 1; break; }
            end = last[q]! + 1;
            continue;
          }
          if (endsSentenceAt(toks, end)) break;
          end++;
        }
        fin = matchFinalClause(toks, postEnd, end, quoteOf);
      }
      if (fin) found = { kind: 'final', cue: fin.cue, mention: fin.mention, from: null, sameQuotation: false };
    }
    if (!found) {
      const acc = matchAccording(toks, preStart, f) ?? (endsSentence ? null : matchAccording(toks, l + 1, postEnd));
      if (acc) found = { kind: 'according', cue: acc.cue, mention: acc.mention, from: null, sameQuotation: false };
    }
    if (!found && preStart < f && toks[f - 1]!.text === ':') {
      // "More from Jeffrey M. Jones: “…”": a name introducing the quote with a colon — not the object of a verb or
      // preposition ("delivered a blunt message to Trump: “…”", "said of Sanders: “…”").
      let np = npBackward(toks, f - 1, preStart);
      // "Windsor Mann, editor of The Quotable Hitchens: “…”": the name before the appositive.
      if (np && np[0] - 1 > preStart && toks[np[0] - 1]!.text === ',') {
        const name = npBackward(toks, np[0] - 1, preStart);
        if (name && name[0] === preStart && isCapitalised(toks[name[1] - 1]!)) np = name;
      }
      const head = np ? toks[np[0] - 1] : undefined;
      let verbBefore = false;
      for (let i = preStart; np && i < np[0]; i++) if (isVerbTok(toks[i]) || toks[i]!.lower === 'to') verbBefore = true;
      // "… contrasted the candidate, whom he described as “volatile,” with Clinton: “…”": the object of a preposition
      // is not introduced as a speaker even when the verb lies before an earlier quotation.
      const moreFrom = head?.lower === 'from' && !!np && toks[np[0] - 2]?.lower === 'more';
      const afterPreposition = !!np && !!head && np[0] > preStart && head.pos === 'ADP' && !/^(of|for|to)$/.test(head.lower) && !moreFrom;
      const opens = !!np && !afterPreposition && (np[0] === preStart || !verbBefore || DASH.test(head!.text) || head!.text === '―' || moreFrom);
      if (np && opens && (isPronoun(toks[np[0]]!) || isCapitalised(toks[np[1] - 1]!))) {
        found = { kind: 'pre', cue: null, mention: np, from: null, sameQuotation: false };
      }
    }
    if (!found && preStart === f && preStart - 1 >= 0 && toks[preStart - 1]!.para === para && endsSentenceAt(toks, preStart - 1)) {
      // The quote opens a sentence after one that reports someone speaking, with no quotation of its own:
      // "Lynch announced the lawsuit on Monday. “We are seeking …”", "Bystrom agreed. “…”".
      const end = preStart - 1;
      const lo = sentenceStart(text, toks, spans, lay, end);
      let quoted = false;
      for (let i = lo; i < end; i++) if (quoteOf[i]! >= 0) quoted = true;
      const subj = quoted ? null : matchSubject(toks, quoteOf, lo, end);
      if (subj && isCue(toks[subj.cue]!.lower)) found = { kind: 'pre', cue: subj.cue, mention: subj.mention, from: null, sameQuotation: false };
      else if (!quoted) {
        // "…, Schiff said. “The other factor …”": a sentence closing with its report.
        const fin = matchFinalClause(toks, lo, end);
        if (fin && skipTimeForward(toks, fin.cue + 1, end) === end) found = { kind: 'pre', cue: fin.cue, mention: fin.mention, from: null, sameQuotation: false };
      }
    }
    if (!found) {
      // No cue of its own: continue the previous quotation's speaker when this
      // quote follows it in the same sentence, opens its sentence right after
      // it, or reopens a paragraph-final open quote.
      // The previous quotation: titles in between do not count, unless they were attributed themselves.
      let prev = k - 1;
      while (prev >= 0 && notQuotation[prev] && out[prev]!.kind !== 'post') prev--;
      // "But “…”": a conjunction or adverb before the quote does not stop it opening its sentence.
      let opensSentence = true;
      for (let i = preStart; i < f; i++) if (!(toks[i]!.pos === 'CCONJ' || toks[i]!.pos === 'ADV' || toks[i]!.text === ',')) opensSentence = false;
      if (prev >= 0 && out[prev]!.kind !== 'none' && first[prev]! >= 0) {
        const prevPara = toks[first[prev]!]!.para;
        const near = prevPara === para || (prevPara === para - 1 && opensSentence);
        // "… as a “disgrace” after she attacked officers and blamed shootings on “implicit bias”": a clause with a
        // subject of its own between the two quotations gives the second one to that subject.
        // Only a subordinate clause ("after/when/because she …"): after "and he" the pronoun may be reported content.
        let own = prevQuoteSameSentence && prevQuote === prev ? clauseSubjectPronoun(toks, last[prev]! + 1, f) : null;
        if (own !== null && !/^(after|when|while|because|since|before|although|though|as|whereas)$/.test(toks[own - 1]!.lower)) own = null;
        // Inside reported content ("mused that Clinton was “…” because she …") the clause is the content's.
        for (let i = sentenceStart(text, toks, spans, lay, first[prev]!); own !== null && i < first[prev]!; i++) if (toks[i]!.lower === 'that') own = null;
        // "in a clip that the judge called “distasteful,” Santilli expressed a desire to “…”": the clause between is Santilli's.
        const between = prevQuoteSameSentence && prevQuote === prev ? passedOver[prev] : null;
        if (own !== null) found = { kind: 'subject', cue: null, mention: [own, own + 1], from: null, sameQuotation: false };
        else if (between && between.mention[0] > last[prev]! && between.cue < f) found = { kind: 'subject', cue: between.cue, mention: between.mention, from: null, sameQuotation: false };
        else if (prevQuoteSameSentence && prevQuote === prev) found = { kind: 'inherit', cue: null, mention: null, from: prev, sameQuotation: true };
        else if (spans[k]!.continuesPrevious) found = { kind: 'inherit', cue: null, mention: null, from: prev, sameQuotation: true };
        else if (near && opensSentence) found = { kind: 'inherit', cue: null, mention: null, from: prev, sameQuotation: prevPara === para };
      }
    }
    if (!found) found = reportedInParagraphBefore(text, toks, spans, lay, f, l);
    if (!found && preStart < f) found = relativeClause(toks, quoteOf, sentenceStart(text, toks, spans, lay, f), f);
    if (!found && preStart < f) found = openingParticiple(toks, quoteOf, preStart, f, postEnd);
    if (!found && preStart < f) {
      const subj = matchSubject(toks, quoteOf, sentenceStart(text, toks, spans, lay, f), f);
      if (subj) {
        const near = clauseSubjectPronoun(toks, subj.cue + 1, f);
        const named = near === null ? clauseSubjectName(toks, quoteOf, subj.cue + 1, f) : null;
        found = named ? { kind: 'subject', cue: named.cue, mention: named.mention, from: null, sameQuotation: false }
          : { kind: 'subject', cue: subj.cue, mention: near !== null ? [near, near + 1] : subj.mention, from: null, sameQuotation: false };
      }
    }
    // "Trump was asked, “…”", "Sanders was asked by host Bill Maher, who …, “…”": the one asked is no speaker of the question.
    if (found && (found.kind === 'pre' || found.kind === 'subject')) {
      const asked = passiveAsk(toks, quoteOf, preStart, f);
      if (asked) found = asked.agent ? { kind: 'pre', cue: asked.cue, mention: asked.agent, from: null, sameQuotation: false } : null;
    }
    if (found && found.mention && found.cue !== null && (found.kind === 'pre' || found.kind === 'subject')) {
      // `Mike Lee, who declared “…”`: the mention is "who" (as annotated); the speaker is its antecedent.
      const [, me] = found.mention;
      let w = me;
      while (w < found.cue && (toks[w]!.text === ',' || toks[w]!.lower === 'who')) w++;
      const who = toks.slice(me, w).findIndex((t) => t.lower === 'who');
      let v = w;
      // "who in 2010 said".
      if (/^(in|since|by)$/.test(toks[v]?.lower ?? '') && /^(1[89]|20)\d\d$/.test(toks[v + 1]?.text ?? '')) v += 2;
      if (who >= 0 && skipAuxForward(toks, v, found.cue + 1) >= found.cue) {
        found = { ...found, mention: [me + who, me + who + 1], resolveAs: found.mention };
      }
    }
    out.push(found ?? none);
  }
  // `Guns are “a crisis” and “a scourge,” Dean said`: quotes joined only by "and/or" or a comma share the attribution
  // that follows the last of them, when the first found none of its own or only its sentence's subject.
  for (let k = spans.length - 2; k >= 0; k--) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (!(a.kind === 'none' || a.kind === 'subject') || !(b.kind === 'post' || b.kind === 'final') || first[k + 1]! < 0 || last[k]! < 0) continue;
    let joined = first[k + 1]! > last[k]! + 1 && toks[first[k + 1]!]!.para === toks[last[k]!]!.para;
    for (let i = last[k]! + 1; i < first[k + 1]! && joined; i++) if (!/^(and|or|,|as|well)$/.test(toks[i]!.lower)) joined = false;
    if (joined) out[k] = { ...b, sameQuotation: false };
  }
  return out;
}
