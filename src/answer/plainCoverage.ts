import type { DeskData } from '../model/deskData';
import { queryTokens } from './searchSentences';
import { formQuality, textTerms } from './sentenceTerms';

/**
 * A sentence's coverage without the emphasis a search gave some words: the share of the
 * query's words, each at its own weight, that the sentence matches. Emphasis ranks the
 * sentences that answer ("how many troops …": those giving troops first), but it must not
 * decide whether any does: "how many people were playing at the stadium" is not answered by
 * "14,000 people have died" however much "people" weighs. The returned function takes a
 * sentence and its coverage as the emphasised search measured it; the stressed words are
 * looked up in the sentence's own terms, one sentence at a time, so a caller asking about the
 * first few answers reads no postings.
 */
export function plainCoverage(
  data: DeskData,
  query: string,
  emphasis: ReadonlySet<string>,
  alternatives: ReadonlyMap<string, readonly string[]>,
  fullNames = false,
): (sentence: number, coverage: number) => number {
  const tokens = queryTokens(data, query, emphasis, alternatives, fullNames);
  const plain = queryTokens(data, query, new Set(), alternatives, fullNames);
  const total = tokens.reduce((sum, t) => sum + t.weight, 0);
  const plainTotal = plain.reduce((sum, t) => sum + t.weight, 0);
  const stressed = tokens.map((t, i) => ({ forms: t.forms, extra: t.weight - plain[i]!.weight })).filter((t) => t.extra > 0);
  if (stressed.length === 0 || plainTotal === 0) return (_sentence, coverage) => coverage;
  return (sentence, coverage) => {
    const terms = textTerms(data.sentences[sentence]!.normalized);
    // What each stressed word added to the sentence's coverage, taken out again.
    const added = stressed.reduce((sum, t) => sum + t.extra * formQuality(terms, t.forms), 0);
    return Math.max(0, (coverage * total - added) / plainTotal);
  };
}
