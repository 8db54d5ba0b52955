import type { DeskData } from '../model/deskData';
import { extractClaims } from './extractClaims';
import { commonPlaceTest, groupClaims } from './groupClaims';
import type { GroupedFigure } from './types';

/** How many of an answer's top sentences are checked for figures that disagree. */
export const DIFFERENCE_WINDOW = 6;

/**
 * A one-line "outlets differ: …" note when the given sentences (an answer's top ones) carry
 * figures for one quantity that several outlets report differently, or undefined. Only
 * "differ" and "compatible" groups count: figures that agree need no note.
 *
 * Each figure is listed once with every outlet that printed it, whatever the wording
 * ("about 150,000 troops (Military Times, USA Today, NPR) vs about 140,000 (The Washington
 * Times)"): the group's figures are merged by value (low and high) before they are shown.
 */
export function noteDifferences(data: DeskData, sentences: readonly number[]): string | undefined {
  if (sentences.length < 2) return undefined;
  const claims = extractClaims(data, sentences.slice(0, DIFFERENCE_WINDOW * 3));
  const groups = groupClaims(claims, { isCommonPlace: commonPlaceTest(data) })
    .filter((g) => g.agreement !== 'same')
    .map((g) => ({ quantity: g.quantity, figures: byFigure(g.figures) }))
    .filter((g) => g.figures.length >= 2);
  if (groups.length === 0) return undefined;
  const parts = groups.slice(0, 2).map((g) => {
    const figures = g.figures.map((f) => `${f.text} (${f.outlets.join(', ')})`);
    return `${g.quantity}: ${figures.join(' vs ')}`;
  });
  return `Outlets differ — ${parts.join('; ')}`;
}

/** A group's figures merged by value: the first wording shown, every outlet that printed the figure after it. */
function byFigure(figures: readonly GroupedFigure[]): { text: string; outlets: string[] }[] {
  const merged = new Map<string, { text: string; outlets: string[] }>();
  for (const f of figures) {
    const key = `${f.claim.low}|${f.claim.high}`;
    const entry = merged.get(key) ?? { text: f.claim.text, outlets: [] };
    merged.set(key, entry);
    for (const outlet of f.outlets) if (!entry.outlets.includes(outlet)) entry.outlets.push(outlet);
  }
  return [...merged.values()];
}
