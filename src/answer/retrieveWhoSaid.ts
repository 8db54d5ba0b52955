import type { DeskData, QuoteRecord } from '../model/deskData';
import type { SentenceHit } from './searchSentences';
import { searchSentences } from './searchSentences';
import type { AnswerTuning } from './tuning';
import type { UnderstoodQuestion } from './understandQuestion';
import { quoteUnits, sentenceUnit, type Unit } from './units';
import { cueSpeaker, subjectSpeaker } from './cueSpeaker';
import { longestVerbatimRun, printedTokens } from '../text/verbatimRun';
import { processTerm, tokenize } from '../search/analyzeText';

/**
 * "Who said …": the quotations whose sentences contain the words, with their speakers. When no
 * quotation or reported statement holds them, the sentences that do, each credited to the person
 * its own attribution cue names ("…,'' Mr. Burman said.", "Graham said, since …"), or to no one.
 * `paraphrases`: when nothing printed the words, statements saying them in other words (`paraphrased`).
 */
export function retrieveWhoSaid(data: DeskData, q: UnderstoodQuestion, tuning: AnswerTuning, within?: (sentence: number) => boolean, paraphrases = true): Unit[] {
  if (q.quoted) {
    const printed = printedAsAsked(data, q.quoted, within);
    if (printed.length) return printed;
  }
  const words = q.quoted || q.topic;
  const asked = contentWords(words);
  // A topic ("who spoke about the flag") is no phrase: its words need not be printed in order.
  const kept = bestHits(data, words, asked, tuning, statementSentences(data, within), true, !!q.quoted);
  if (kept.length === 0 && q.quoted) {
    const attributed = attributedSentences(data, q.quoted, tuning, within);
    return attributed.length || !paraphrases ? attributed : paraphrased(data, q.quoted, within);
  }
  const quotes = kept.flatMap((h) => statementsHolding(data, h.sentence, (text) => printsMostOf(asked, text)));
  const units = quoteUnits(data, quotes);
  const hitBySentence = new Map(kept.map((h) => [h.sentence, h]));
  for (const unit of units) {
    const unitHits = unit.sentences.map((s) => hitBySentence.get(s)).filter((h): h is SentenceHit => h !== undefined);
    // A quotation the reader gave no speaker: the person its sentence's own cue names, if any.
    unit.speaker ??= cueSpeaker(data, unit.sentences[0]!) ?? subjectSpeaker(data, unit.sentences[0]!, words);
    unit.score = Math.max(0, ...unitHits.map((h) => h.score * h.coverage ** 2));
    unit.coverage = Math.max(0, ...unitHits.map((h) => h.coverage));
  }
  return units.sort((a, b) => b.score - a.score);
}

/** Sentences holding a statement (and inside `within`, when given). */
function statementSentences(data: DeskData, within?: (sentence: number) => boolean): (sentence: number) => boolean {
  return within ? (s) => data.quotesBySentence.has(s) && within(s) : (s) => data.quotesBySentence.has(s);
}

/** Sentences holding the quoted words though no statement was extracted from them (quote marks the reader does not know, a cue it does not read). */
function attributedSentences(data: DeskData, quoted: string, tuning: AnswerTuning, within?: (sentence: number) => boolean): Unit[] {
  return bestHits(data, quoted, contentWords(quoted), tuning, within)
    .map((h) => {
      const unit = sentenceUnit(data, h.sentence);
      unit.speaker ??= cueSpeaker(data, unit.sentences[0]!) ?? subjectSpeaker(data, unit.sentences[0]!, quoted);
      unit.score = h.score * h.coverage ** 2;
      unit.coverage = h.coverage;
      return unit;
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * Who-said words are what a statement printed: searched in the sentences' text only, never in
 * the names of the people they quote ("lock her up" is not Brittany Lockwood's name).
 */
const PRINTED = ['text'] as const;

/**
 * Sentences passing `filter` that cover at least `minQuoteCoverage` of the words, and within
 * `relativeCoverage` of the best, and that print most of the asked content words themselves
 * (`asked`, `contentWords` of `words`; `printsMostOf`). `paraphrased`: a phrase of mostly
 * function words with no run of them printed may be matched by its content words in order
 * (`printsInOrder`); statements only, where a speaker vouches for the words. `phrased`: the
 * words are a phrase (false for a topic), so function words must keep their order.
 */
function bestHits(
  data: DeskData,
  words: string,
  asked: readonly string[][],
  tuning: AnswerTuning,
  filter?: (sentence: number) => boolean,
  paraphrased = false,
  phrased = true,
): SentenceHit[] {
  const phrase = printedTokens(words);
  // Words mostly of function words ("when they go low we go high", "I alone can fix it") are
  // told apart by their order, not by their one or two content words.
  const run = phrased && asked.length * 2 <= phrase.length ? Math.min(FUNCTION_PHRASE_RUN, phrase.length) : 0;
  const found = searchSentences(data, words, { ...(filter && { filter }), minCoverage: tuning.minQuoteCoverage, fields: PRINTED }).filter(
    (h) => h.coverage >= tuning.minQuoteCoverage,
  );
  let hits = found.filter((h) => {
    const text = data.sentences[h.sentence]!.text;
    // The order tells a phrase of function words apart, unless the sentence prints every one
    // of three content words or more ("diplomatic options were not exhausted yet").
    return printsMostOf(asked, text) && (run === 0 || printsAllOf(asked, text) || longestVerbatimRun(phrase, printedTokens(text)).length >= run);
  });
  // Asked in other function words than printed ("the election was rigged" for "that election is
  // going to be rigged"): with no run in order, a statement printing every content word (two or
  // more) in the asked order, close together (`CONTENT_WINDOW`), as a phrase would.
  if (paraphrased && hits.length === 0 && run > 0 && asked.length >= 2) {
    const inOrder = printsInOrder(words);
    hits = found.filter((h) => inOrder(data.sentences[h.sentence]!.text));
  }
  const best = Math.max(0, ...hits.map((h) => h.coverage));
  return hits.filter((h) => h.coverage >= best * tuning.relativeCoverage);
}

/**
 * A phrase mostly of function words must share a run of this many words with the sentence,
 * in order: "build a wall", "Mexico will pay" for "we will build a wall and Mexico will pay",
 * but not "fix it" for "I alone can fix it".
 */
const FUNCTION_PHRASE_RUN = 3;

/** The asked words' content words (stop words dropped), each as its processed forms. */
function contentWords(words: string): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const raw of tokenize(words)) {
    const forms = processTerm(raw);
    if (!forms || seen.has(forms.join('|'))) continue;
    seen.add(forms.join('|'));
    out.push(forms);
  }
  return out;
}

/**
 * Whether a sentence prints more than half of the asked content words (a form of each, or a
 * longer word it starts: "highest" for "high"), counted one by one: the search's coverage
 * weighs rare words more, so one rare name could carry a sentence that prints nothing else of
 * the quotation ("who said Zorvath helps the county" is not "Zorvath is a fine bridge").
 */
function printsMostOf(asked: readonly string[][], text: string): boolean {
  if (asked.length === 0) return true;
  return sharedWords(asked, text) * 2 > asked.length;
}

/** How many of the asked content words a sentence prints (a form of each, or a longer word it starts). */
function sharedWords(asked: readonly string[][], text: string): number {
  const printed = tokenize(text).flatMap((raw) => processTerm(raw) ?? []);
  return asked.filter((forms) => forms.some((f) => printed.some((p) => p.startsWith(f)))).length;
}

/** Whether a sentence prints every one of the asked content words, three or more. */
function printsAllOf(asked: readonly string[][], text: string): boolean {
  return asked.length >= 3 && sharedWords(asked, text) === asked.length;
}

/** Least share of the asked words a paraphrased statement covers (idf-weighted), and of its content words it prints. */
const PARAPHRASE_COVERAGE = 0.4;
/** Least content words a paraphrased statement prints: two shared words are chance in a large corpus. */
const PARAPHRASE_WORDS = 3;
/** A run of this many asked words, in order, and half of them, marks a statement quoted in part in other words. */
const PARAPHRASE_RUN = 5;

/**
 * "Who said …" in the asker's own words, when no statement printed the words as asked nor
 * covers them as a quotation must ("who said wars in europe dont usually begin on wednesdays"
 * for "Wars in Europe rarely start on a Wednesday"; "who said there is a gap between what
 * russia says and what it does" for "there's a difference between what Russia says and what it
 * does"; "who said recognizing the breakaway regions would violate international law" for "It
 * would constitute a “gross violation of international law”"): the statements whose sentence
 * prints half or more of the asked content words (three or more) and covers `PARAPHRASE_COVERAGE`
 * of them, or prints a run of half the asked words
 * (`PARAPHRASE_RUN` or more) in order; the longest run first, then the best covered.
 */
function paraphrased(data: DeskData, quoted: string, within?: (sentence: number) => boolean): Unit[] {
  const asked = contentWords(quoted);
  const phrase = printedTokens(quoted);
  const minRun = Math.max(PARAPHRASE_RUN, Math.ceil(phrase.length / 2));
  const found = searchSentences(data, quoted, { filter: statementSentences(data, within), minCoverage: RUN_CANDIDATE_COVERAGE, fields: PRINTED }).flatMap((h) => {
    const text = data.sentences[h.sentence]!.text;
    const shared = sharedWords(asked, text);
    const run = longestVerbatimRun(phrase, printedTokens(text)).length;
    const inOrder = run >= minRun;
    const inOtherWords = h.coverage >= PARAPHRASE_COVERAGE && shared >= PARAPHRASE_WORDS && shared * 2 >= asked.length;
    return inOrder || inOtherWords ? [{ hit: h, run: inOrder ? run : 0 }] : [];
  });
  const units: Unit[] = [];
  const seen = new Set<number>();
  for (const { hit, run } of found.sort((a, b) => b.run - a.run || b.hit.score * b.hit.coverage ** 2 - a.hit.score * a.hit.coverage ** 2)) {
    const quotes = statementsHolding(data, hit.sentence, (text) => printsMostOf(asked, text));
    for (const unit of quoteUnits(data, quotes)) {
      if (unit.sentences.some((s) => seen.has(s))) continue;
      for (const s of unit.sentences) seen.add(s);
      unit.speaker ??= cueSpeaker(data, unit.sentences[0]!) ?? subjectSpeaker(data, unit.sentences[0]!, quoted);
      // Ranked as found: the longest run, then the best covered (scores fall with each).
      unit.score = (run + 1) * hit.score * hit.coverage ** 2;
      unit.coverage = hit.coverage;
      units.push(unit);
    }
  }
  return units.sort((a, b) => b.score - a.score);
}

/** Words a paraphrase may put between two asked content words (beyond those asked between them). */
const CONTENT_WINDOW = 4;

/**
 * A test (the asked words read once) of whether a sentence prints every asked content word in the asked order, with at most
 * `CONTENT_WINDOW` other words between two of them, each as asked or in its plural: "the
 * election was rigged" is "that election is going to be rigged", but "they go low, we go
 * high" is not "the low road to the highest office", nor "the wall was already built" "we're
 * going to build the wall".
 */
function printsInOrder(words: string): (text: string) => boolean {
  const wordsOf = (t: string) => tokenize(t).map((raw) => ({ raw: raw.toLowerCase(), forms: processTerm(raw) ?? [] }));
  const asked = wordsOf(words).filter((w) => w.forms.length > 0);
  return (text) => asked.length > 0 && inOrderFrom(wordsOf(text), asked);
}

/** Whether `printed` holds the `asked` words in order, each at most `CONTENT_WINDOW` words after the one before. */
function inOrderFrom(printed: { raw: string }[], asked: { raw: string }[]): boolean {
  // The word as asked, or its plural: "built" is not "build", nor "invaded" "invade" (a claim
  // that something happened is not a promise that it will).
  const bare = (raw: string) => raw.replace(/(?:es|s)$/, '');
  const same = (p: { raw: string }, a: { raw: string }) => p.raw === a.raw || bare(p.raw) === bare(a.raw);
  const from = (start: number, k: number): boolean => {
    if (k === asked.length) return true;
    const last = k === 0 ? printed.length - 1 : Math.min(printed.length - 1, start + CONTENT_WINDOW);
    for (let i = start; i <= last; i++) if (same(printed[i]!, asked[k]!) && from(i + 1, k + 1)) return true;
    return false;
  };
  return from(0, 0);
}

/** Quoted words shorter than this are too few to tell a printed run from chance, with one word missing. */
const MIN_RUN = 4;
/** Fewer words than this are no slogan to find printed whole ("lock her up" is three). */
const SLOGAN_RUN = 3;
/** Words asked, at least, for every sentence holding all their content words to be read for the run (fewer are too short to tell apart by order). */
const WIDE_RUN = 6;
/** Sentences read at most in that wider pass. */
const WIDE_READ = 1000;
/** Least coverage of the quoted words for a sentence to be read for a verbatim run. */
const RUN_CANDIDATE_COVERAGE = 0.3;

/**
 * The statements that printed the asked words as asked: sentences sharing a run of all the
 * words but one (and `MIN_RUN`) in order, the longest run only (copies in other outlets tie).
 * Not fewer: "we will decide on the pipeline in February" is those words in February, so the
 * time phrase is read as a frame (answerQuestion) rather than half the words answering alone.
 * The run may go on into the next sentence ("You work hard. You pay your taxes."). Each is
 * answered as its quotation (with its speaker), else as the sentence credited to the person its
 * own cue names. Empty when no sentence printed them: paraphrased words are searched as before.
 */
function printedAsAsked(data: DeskData, quoted: string, within?: (sentence: number) => boolean): Unit[] {
  const asked = printedTokens(quoted);
  if (asked.length < SLOGAN_RUN) return [];
  const needed = asked.length < MIN_RUN ? asked.length : Math.max(MIN_RUN, asked.length - 1);
  const read = (options: { minCoverage: number; limit?: number }) => {
    const hits = searchSentences(data, quoted, { ...(within && { filter: within }), ...options, fields: PRINTED });
    return hits.map((h) => ({ hit: h, run: runFrom(data, h.sentence, asked) }));
  };
  let runs = read({ minCoverage: RUN_CANDIDATE_COVERAGE });
  // Words mostly of function words ("The issue that has been put out is") share their few
  // content words with thousands of sentences: the best 200 by score may all be short ones
  // without the run, so every sentence holding all of them is read, up to `WIDE_READ`.
  if (Math.max(0, ...runs.map((r) => r.run)) < needed && asked.length >= WIDE_RUN && contentWords(quoted).length * 2 <= asked.length) {
    runs = read({ minCoverage: 1, limit: WIDE_READ });
  }
  const longest = Math.max(0, ...runs.map((r) => r.run));
  // A short slogan ("lock her up", "I'm with her") must be printed whole.
  if (longest < needed) return [];
  const units: Unit[] = [];
  const seen = new Set<number>();
  for (const { hit, run } of runs) {
    if (run < longest || seen.has(hit.sentence)) continue;
    const quotes = statementsHolding(data, hit.sentence, (text) => longestVerbatimRun(asked, printedTokens(text)).length >= Math.min(run, asked.length));
    const found = quotes.length ? quoteUnits(data, quotes) : [sentenceUnit(data, hit.sentence)];
    for (const unit of found) {
      if (unit.sentences.some((s) => seen.has(s))) continue;
      for (const s of unit.sentences) seen.add(s);
      unit.speaker ??= cueSpeaker(data, unit.sentences[0]!) ?? subjectSpeaker(data, unit.sentences[0]!, quoted);
      unit.score = hit.score * hit.coverage ** 2;
      unit.coverage = hit.coverage;
      units.push(unit);
    }
  }
  // Of the sentences that printed the words, one that credits them to someone before one that
  // credits no one (a quotation printed alone, its speaker left to a sentence around it).
  return units.sort((a, b) => Number(b.speaker != null) - Number(a.speaker != null) || b.score - a.score);
}

/**
 * A sentence's statements, narrowed to those whose own words pass `holds` when it has statements
 * of more than one speaker and some do: in "As Trump attacked Clinton, the attendees chanted,
 * “Lock her up!”" the chant is the attendees', and "who said lock her up" is not answered with
 * Trump's statement about Clinton.
 */
function statementsHolding(data: DeskData, sentence: number, holds: (text: string) => boolean): QuoteRecord[] {
  const all = (data.quotesBySentence.get(sentence) ?? []).map((i) => data.quotes[i]!);
  if (new Set(all.map((q) => q.speaker)).size < 2) return all;
  const holding = all.filter((q) => holds(q.text));
  return holding.length ? holding : all;
}

/** The longest run of the asked words a sentence prints, starting in it (it may go on into the next sentence of its article). */
function runFrom(data: DeskData, sentence: number, asked: readonly string[]): number {
  const own = printedTokens(data.sentences[sentence]!.text);
  const next = data.sentences[sentence + 1];
  const text = next && next.article === data.sentences[sentence]!.article ? [...own, ...printedTokens(next.text)] : own;
  const run = longestVerbatimRun(asked, text);
  return run.start < own.length ? run.length : 0;
}
