import type { DeskData } from '../model/deskData';
import { processQueryTerm, tokenize } from '../search/analyzeText';
import { headlineCover } from './articleContext';
import { documentFrequency } from './searchSentences';
import { formQuality, textTerms } from './sentenceTerms';

/**
 * Names the question gives (capitalised words after its first word, as typed) that the corpus
 * has but that none of `sentences` mentions, in its text or its article's headline. A name is
 * the most distinctive thing a question asks about: "how much did the Shangri-La hotel room
 * cost" is not answered by "the $130 million hotel" of another story because "hotel" and
 * "cost" match. Names the corpus lacks altogether are `absentNames`' (searchSentences.ts).
 */
export function unmatchedNames(data: DeskData, question: string, sentences: readonly number[]): string[] {
  const words = tokenize(question);
  const unmatched: string[] = [];
  // Each sentence's terms, read once and only as far as the names need (usually the first sentence has them).
  const read: Set<string>[] = [];
  const termsAt = (i: number) => (read[i] ??= textTerms(data.sentences[sentences[i]!]!.normalized));
  let among: Set<number> | undefined;
  for (let i = 1; i < words.length; i++) {
    const raw = words[i]!;
    if (!/^\p{Lu}\p{Ll}/u.test(raw) || raw.length < 3) continue;
    const forms = processQueryTerm(raw);
    if (!forms || forms.length === 0 || documentFrequency(data, forms) === 0) continue;
    if (sentences.some((_, at) => formQuality(termsAt(at), forms) > 0)) continue;
    const word = [{ forms, weight: 1 }];
    // Not in the text: in the people a sentence names or quotes (its index field: "Ali" is
    // Muhammad Ali), read from the name's postings only now, as the texts usually have it.
    among ??= new Set(sentences);
    const kept = among;
    if (data.index.search(word, { filter: (s) => kept.has(s) }).length > 0) continue;
    if (sentences.some((s) => headlineCover(data, word, s) > 0)) continue;
    unmatched.push(raw);
  }
  return unmatched;
}
