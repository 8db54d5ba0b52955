import type { DeskData } from '../model/deskData';
import type { QueryToken } from '../search/sentenceIndex';
import type { SentenceHit } from './searchSentences';
import { formQuality, textTerms } from './sentenceTerms';

/**
 * How much a question word counts when the sentence before, not the sentence, has it: news
 * names a person or company once, then refers back ("Wealth-X … . The company now has over
 * 170 researchers", "… Elizabeth Holmes … . Forbes said her $4.5 billion net worth …"); the
 * answering sentence lacks the name the user asks about. As for headlines, half a word.
 */
const BEFORE_SHARE = 0.5;

/**
 * A following sentence's score, as a share of its predecessor's (its own BM25 is not known
 * without reading postings): a quarter, so that it ranks below the matches that hold the
 * question's words themselves unless its answer type fits better. At a half, "Overall, the fund
 * predicted …" outranked the IMF sentence answering a PolNeAR dev question.
 */
const AFTER_SCORE = 0.25;

/**
 * Words by which a sentence refers back to what the one before named: a personal or possessive
 * pronoun ("her net worth"), or a demonstrative or definite description opening it ("The
 * company now has …", "That was enough …"), unless the description names its own referent
 * ("The mayor of Tucson spoke first" is about Tucson, not the town the sentence before named).
 */
const PRONOUN = /\b(?:he|she|it|they|him|her|his|hers|its|their|them)\b/i;
const DESCRIPTION = /^(?:the|this|that|these|those)\b(?! \p{Ll}+ (?:of|in|for|at) (?:the )?\p{Lu})/iu;

/** Whether a sentence refers back to the one before (`PRONOUN`, `DESCRIPTION`). */
export function refersBack(text: string): boolean {
  return PRONOUN.test(text) || DESCRIPTION.test(text);
}

/** Only the sentences after the best matches are read (bounded work per question). */
const READ_AFTER = 20;

/**
 * The sentences right after the best hits, as hits themselves (or, for those the search found,
 * with the higher coverage) when they cover the question with the words the sentence before
 * gives them: each question word the sentence lacks but its predecessor has counts at
 * `BEFORE_SHARE`. A sentence must refer back (`refersBack`), match at least one question word
 * itself, and reach `minCoverage`; the answer-type checks that follow rank it.
 */
export function followingSentences(data: DeskData, hits: readonly SentenceHit[], tokens: readonly QueryToken[], minCoverage: number): SentenceHit[] {
  const total = tokens.reduce((sum, t) => sum + t.weight, 0);
  if (total === 0) return [];
  const byIndex = new Map(hits.map((h) => [h.sentence, h]));
  const taken = new Set<number>();
  const best = [...hits].sort((a, b) => b.score * b.coverage ** 2 - a.score * a.coverage ** 2).slice(0, READ_AFTER);
  const found: SentenceHit[] = [];
  for (const hit of best) {
    const next = hit.sentence + 1;
    const before = data.sentences[hit.sentence]!;
    const after = data.sentences[next];
    if (!after || after.article !== before.article || taken.has(next) || !refersBack(after.text)) continue;
    taken.add(next);
    const own = textTerms(after.text);
    const previous = textTerms(before.text);
    let itself = 0;
    let supplied = 0;
    for (const t of tokens) {
      const q = formQuality(own, t.forms);
      if (q > 0) itself += t.weight * q;
      else supplied += t.weight * BEFORE_SHARE * formQuality(previous, t.forms);
    }
    const coverage = (itself + supplied) / total;
    if (itself === 0 || coverage < minCoverage) continue;
    // A sentence the search found already keeps its own score, with the coverage its predecessor lends it.
    const known = byIndex.get(next);
    if (!known) found.push({ sentence: next, score: hit.score * AFTER_SCORE, coverage });
    else if (coverage > known.coverage) found.push({ ...known, coverage });
  }
  return found;
}
