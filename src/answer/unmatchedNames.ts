import type { DeskData } from '../model/deskData';
import { processQueryTerm, tokenize } from '../search/analyzeText';
import { headlineCover } from './articleContext';
import { documentFrequency } from './searchSentences';

/**
 * Names the question gives (capitalised words after its first word, as typed) that the corpus
 * has but that none of `sentences` mentions, in its text or its article's headline. A name is
 * the most distinctive thing a question asks about: "how much did the Shangri-La hotel room
 * cost" is not answered by "the $130 million hotel" of another story because "hotel" and
 * "cost" match. Names the corpus lacks altogether are `absentNames`' (searchSentences.ts).
 */
export function unmatchedNames(data: DeskData, question: string, sentences: readonly number[]): string[] {
  const words = tokenize(question);
  const among = new Set(sentences);
  const unmatched: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const raw = words[i]!;
    if (!/^\p{Lu}\p{Ll}/u.test(raw) || raw.length < 3) continue;
    const forms = processQueryTerm(raw);
    if (!forms || forms.length === 0 || documentFrequency(data, forms) === 0) continue;
    const word = [{ forms, weight: 1 }];
    // The search reads only the name's postings, kept to these sentences.
    if (data.index.search(word, { filter: (s) => among.has(s) }).length > 0) continue;
    if (sentences.some((s) => headlineCover(data, word, s) > 0)) continue;
    unmatched.push(raw);
  }
  return unmatched;
}
