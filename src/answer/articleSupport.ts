import type { DeskData } from '../model/deskData';
import type { QueryToken } from '../search/sentenceIndex';
import { MemoSlot } from '../shared/memoSlot';
import { formQuality, textTerms } from './sentenceTerms';

/**
 * How much of a question a sentence's whole article holds: the share of the question's weight
 * (rare words weigh more) whose words any sentence of the article or its headline has, 0..1.
 *
 * Users ask in their own words and name the story by what they remember of it: "whos the
 * academic who says the groups money is impossible to trace" is answered by "… has been called
 * 'strategic ambiguity' by Joshua Hendrick, a professor at Loyola University Maryland", which
 * shares less than half the question, while the article around it has most of the rest. A
 * sentence that nearly covers the question, in an article that covers it well, is about the
 * story asked of; one sharing as much with an article about something else is not.
 */
export function articleCoverage(data: DeskData, tokens: readonly QueryToken[], sentence: number): number {
  const total = tokens.reduce((sum, t) => sum + t.weight, 0);
  if (total <= 0) return 0;
  const terms = articleTerms(data, sentence);
  return tokens.reduce((sum, t) => sum + t.weight * formQuality(terms, t.forms), 0) / total;
}

const memo = new MemoSlot<Map<string, Set<string>>>('article terms');
/** Articles whose terms one corpus remembers (read only for the few questions that need them). */
const MAX_REMEMBERED = 500;

/** The terms of every sentence of the sentence's article (sentences of an article are contiguous) and of its headline. */
function articleTerms(data: DeskData, sentence: number): Set<string> {
  const article = data.sentences[sentence]!.article;
  let remembered = memo.get(data);
  if (!remembered) memo.set(data, (remembered = new Map()));
  let terms = remembered.get(article);
  if (!terms) {
    let first = sentence;
    while (first > 0 && data.sentences[first - 1]!.article === article) first--;
    const texts = [data.articleById.get(article)?.title ?? ''];
    for (let s = first; s < data.sentences.length && data.sentences[s]!.article === article; s++) texts.push(data.sentences[s]!.normalized);
    terms = textTerms(texts.join('\n'));
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(article, terms);
  }
  return terms;
}
