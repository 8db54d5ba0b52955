import { searchSentences } from '../answer/searchSentences';
import type { DeskData } from '../model/deskData';
import { extractClaims } from './extractClaims';
import { commonPlaceTest, groupClaims } from './groupClaims';
import type { CompareResult } from './types';

/**
 * Counted nouns the search treats as one word, so "troops" finds "forces" (the same
 * synonyms the extractor merges into one counted noun).
 */
const ALTERNATIVES = new Map<string, readonly string[]>([
  ['troops', ['forces', 'soldiers']],
  ['troop', ['forces', 'soldiers']],
  ['forces', ['troops', 'soldiers']],
  ['soldiers', ['troops', 'forces']],
  ['people', ['persons']],
]);

/**
 * Share of the topic's weight a sentence must match for its figures to make a group on the
 * topic. Half: "Russian troops near Ukraine" takes sentences on Russian troops in Belarus
 * (they form their own group), not every sentence that merely names Ukraine.
 */
export const MIN_COVERAGE = 0.5;
/**
 * Sentences matching less (down to this) may join a group found on the topic but not make
 * one: "Russia has increased its troop presence along the Ukrainian border by as many as
 * 7,000 troops" matches little of "Russian troops near Ukraine" word for word, yet reports
 * the same increase as a sentence that does.
 */
export const JOIN_COVERAGE = 0.25;

/**
 * How the outlets' figures on a topic compare: the sentences the search finds for the
 * topic, their figures grouped by quantity across outlets, each group marked same,
 * compatible or differ. A topic with no figure reported by two outlets has no groups.
 */
export function compareTopic(data: DeskData, topic: string): CompareResult {
  const hits = searchSentences(data, topic, { alternatives: ALTERNATIVES, minCoverage: JOIN_COVERAGE });
  const strong = new Set(hits.filter((h) => h.coverage >= MIN_COVERAGE).map((h) => h.sentence));
  const claims = extractClaims(data, hits.filter((h) => h.coverage >= JOIN_COVERAGE).map((h) => h.sentence));
  const groups = groupClaims(claims, { isCommonPlace: commonPlaceTest(data) });
  return { topic, groups: groups.filter((g) => g.figures.some((f) => f.claims.some((c) => strong.has(c.sentence)))) };
}
