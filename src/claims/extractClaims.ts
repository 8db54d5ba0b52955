import type { DeskData } from '../model/deskData';
import { extractQuantities } from './extractQuantities';
import type { Claim } from './types';
import { MemoSlot } from '../shared/memoSlot';

/**
 * Claims per sentence, memoised per DeskData: wink-nlp reads each sentence once however
 * many topics are compared (a DeskData is never mutated, so the cache cannot go stale,
 * and, kept on the DeskData, a reloaded corpus's cache goes with it).
 */
const cache = new MemoSlot<Map<number, Claim[]>>('claims by sentence');

/**
 * The figures printed in the given sentences (indexes into `data.sentences`; default all),
 * read from `sentence.normalized` (run-together words repaired) and placed on their
 * sentence, article and outlet. Offsets are into `sentence.normalized`; show `sentence.text`.
 */
export function extractClaims(data: DeskData, sentences?: Iterable<number>): Claim[] {
  let memo = cache.get(data);
  if (!memo) {
    memo = new Map();
    cache.set(data, memo);
  }
  const isPerson = (word: string): boolean => /^\p{Lu}/u.test(word) && data.people.lookup(word) !== undefined;
  const out: Claim[] = [];
  const indexes = sentences ?? data.sentences.keys();
  for (const index of indexes) {
    let claims = memo.get(index);
    if (!claims) {
      const sentence = data.sentences[index];
      if (!sentence) continue;
      const published = data.articleById.get(sentence.article)?.published;
      claims = extractQuantities(sentence.normalized, { ...(published && { published }), isPerson }).map((q) => ({
        ...q,
        sentence: index,
        sentenceId: sentence.id,
        sentenceText: sentence.text,
        article: sentence.article,
        outlet: sentence.outlet,
        published: published ?? '',
      }));
      memo.set(index, claims);
    }
    out.push(...claims);
  }
  return out;
}
