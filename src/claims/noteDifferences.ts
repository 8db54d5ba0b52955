import type { DeskData } from '../desk/deskData';
import { extractClaims } from './extractClaims';
import { commonPlaceTest, groupClaims } from './groupClaims';

/** How many of an answer's top sentences are checked for figures that disagree. */
export const DIFFERENCE_WINDOW = 6;

/**
 * A one-line "outlets differ: …" note when the given sentences (an answer's top ones) carry
 * figures for one quantity that several outlets report differently, or undefined. Only
 * "differ" and "compatible" groups count: figures that agree need no note.
 */
export function noteDifferences(data: DeskData, sentences: readonly number[]): string | undefined {
  if (sentences.length < 2) return undefined;
  const claims = extractClaims(data, sentences.slice(0, DIFFERENCE_WINDOW * 3));
  const groups = groupClaims(claims, { isCommonPlace: commonPlaceTest(data) }).filter((g) => g.agreement !== 'same');
  if (groups.length === 0) return undefined;
  const parts = groups.slice(0, 2).map((g) => {
    const figures = g.figures.map((f) => `${f.claim.text} (${f.outlets.join(', ')})`);
    return `${g.quantity}: ${figures.join(' vs ')}`;
  });
  return `Outlets differ — ${parts.join('; ')}`;
}
