import type { DeskData } from '../model/deskData';
import { processQueryTerm, tokenize } from '../search/analyzeText';
import { textTerms } from './sentenceTerms';
import { MemoSlot } from '../shared/memoSlot';
import { documentFrequency, idfWeight } from './searchSentences';

/**
 * How much of a question a sentence's article supplies: the question's words that the sentence
 * lacks but its article's headline has, as a share of the question's weight (rare words weigh
 * more), 0..1. "What share of likely voters back Trump in Pennsylvania" is answered by "Trump
 * earned … 39 percent" in an article headed "Poll: Trump and Clinton hold narrow leads in
 * Pennsylvania": the sentence never repeats the state, its headline says it.
 */
export function headlineCover(data: DeskData, question: readonly QuestionWord[], sentence: number): number {
  const total = question.reduce((sum, w) => sum + w.weight, 0);
  if (total === 0) return 0;
  const s = data.sentences[sentence]!;
  const headline = headlineTerms(data, s.article);
  // The sentence's own words are read only when its headline has a question word (most do not).
  let own: Set<string> | null = null;
  let supplied = 0;
  for (const word of question) {
    if (!word.forms.some((f) => headline.has(f))) continue;
    own ??= textTerms(s.text);
    if (!word.forms.some((f) => own!.has(f))) supplied += word.weight;
  }
  return supplied / total;
}

/** A content word of a question: its processed forms and its idf weight in the corpus. */
export interface QuestionWord {
  forms: readonly string[];
  weight: number;
}

/** The question's content words, weighted as the search weighs them. */
export function questionWords(data: DeskData, question: string): QuestionWord[] {
  const n = data.sentences.length;
  const words: QuestionWord[] = [];
  for (const raw of tokenize(question)) {
    const forms = processQueryTerm(raw);
    if (!forms || forms.length === 0) continue;
    const df = documentFrequency(data, forms);
    // A word the corpus lacks cannot be supplied by a headline either.
    if (df === 0) continue;
    words.push({ forms, weight: idfWeight(n, df) });
  }
  return words;
}

const headlineMemo = new MemoSlot<Map<string, Set<string>>>('headline terms');

/** Headlines read between pauses: a slice is a millisecond or two. */
const HEADLINE_SLICE = 200;

/**
 * Reads every article's headline terms ahead of the first question, a slice between yields:
 * on a reloaded 11,000-article corpus, the first fact question about a common name read a few
 * thousand headlines inside one question (half a second on a busy machine).
 */
export function* prepareHeadlineTerms(data: DeskData): Generator<void, void> {
  for (let i = 0; i < data.articles.length; i++) {
    headlineTerms(data, data.articles[i]!.id);
    if (i % HEADLINE_SLICE === HEADLINE_SLICE - 1) yield;
  }
}

/**
 * Gives `to` the headline terms `from` has read for the articles both hold (the same article
 * object, so the same title): a reload by delta (`loadDeskDelta`) then reads only the new
 * headlines, not all 11,000 again (most of readying a reloaded desk's lookups).
 */
export function carryHeadlineTerms(from: DeskData, to: DeskData): void {
  const read = headlineMemo.get(from);
  if (!read) return;
  const memo = new Map<string, Set<string>>();
  for (const [article, terms] of read) if (to.articleById.get(article) === from.articleById.get(article)) memo.set(article, terms);
  headlineMemo.set(to, memo);
}

function headlineTerms(data: DeskData, article: string): Set<string> {
  let memo = headlineMemo.get(data);
  if (!memo) headlineMemo.set(data, (memo = new Map()));
  let terms = memo.get(article);
  if (!terms) {
    terms = textTerms(data.articleById.get(article)?.title ?? '');
    memo.set(article, terms);
  }
  return terms;
}
