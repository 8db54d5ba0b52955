import type { DeskData } from '../model/deskData';
import type { QueryToken } from '../search/sentenceIndex';
import { headlineCover } from './articleContext';
import { formQuality, textTerms } from './sentenceTerms';

/**
 * How many of the question's words one answer must hold itself (in its text, its headline or
 * the sentence before it, which it may refer back to): two, or every one when the question has
 * fewer. A single word, however rare, reaches the coverage floor of a two-word question
 * ("how much is harvard tuition": "Harvard" alone covers half of it) and then answers about
 * something else; a question's words found together say the sentence is about what was asked.
 */
const TOGETHER = 2;

/**
 * Whether any of `sentences` holds enough of the question's `tokens` together (`TOGETHER`).
 * Only words the corpus has count: a word it lacks (a user's paraphrase, chat shorthand) is no
 * word any answer could hold, and `queryTokens` already weighs it.
 */
export function holdsWordsTogether(data: DeskData, tokens: readonly QueryToken[], sentences: readonly number[]): boolean {
  const countable = tokens.filter((t) => t.forms.some((f) => data.df.get(f) !== undefined));
  const needed = Math.min(TOGETHER, countable.length);
  if (needed === 0) return true;
  return sentences.some((s) => {
    const own = textTerms(data.sentences[s]!.normalized);
    const previous = s > 0 && data.sentences[s - 1]!.article === data.sentences[s]!.article ? textTerms(data.sentences[s - 1]!.normalized) : null;
    let held = 0;
    for (const t of countable) {
      if (formQuality(own, t.forms) > 0 || (previous && formQuality(previous, t.forms) > 0) || headlineCover(data, [{ forms: t.forms, weight: 1 }], s) > 0) held++;
      if (held >= needed) return true;
    }
    return false;
  });
}
