import { fingerprint } from '../answer/mergeDuplicates';
import { nearIdentical } from './nearIdentical';
import type { DeskData } from '../model/deskData';
import { processTerm } from '../search/analyzeText';
import { judgeAgreement } from './judgeAgreement';
import type { Claim, ClaimGroup, GroupedFigure } from './types';

/**
 * Groups claims about the same quantity across outlets. Two claims are about the same
 * quantity when (all of):
 *
 * - same kind, same counted noun or unit (lemmatised, synonyms merged), and the same change
 *   (a total is never grouped with an increase: "another 7,000" vs "150,000");
 * - owners do not clash: "Russian troops" and "U.S. troops" differ; a claim without an
 *   owner fits either; "Russian" and "Russia's" match (same first five letters);
 * - measures and percentages measure the same thing when both say ("656-foot flag");
 * - no distinctive location of one is missing from the other: "in Belarus" keeps Belarus
 *   troops apart from the troops "near Ukraine". A location is distinctive when fewer
 *   than COMMON_PLACE of the corpus sentences mention it (the crisis's own country, named
 *   everywhere, tells nothing apart);
 * - their context (content words near the figure) shares at least `minSharedContext` words
 *   (default 1: `compareTopic` has already picked sentences on the topic; a corpus-wide
 *   grouping with no topic should ask for 2);
 *   Money and percentages need one more: "$", "percent" say nothing of what is measured;
 * - they come from different sentences: two figures in one sentence are two quantities
 *   ("raised $5.7 million, and he had almost $5 million in cash");
 * - their articles were published at most `maxDaysApart` days apart (default 7): a figure
 *   is a quantity at a time, and troop numbers a month apart are not a disagreement.
 *
 * Grouping is complete-link in corpus order: a claim joins the first group every member of
 * which it matches. Vague figures ("thousands"), dates and counts of one ("one voice", "one
 * thing": idioms more than figures) are not grouped: they are not figures an outlet could
 * get wrong. Groups need claims from at least two outlets.
 */
export const COMMON_PLACE = 0.15;

const GROUPED_KINDS = new Set(['count', 'measure', 'percent', 'money']);

export interface GroupOptions {
  /** True for a place too common in the corpus to tell quantities apart. */
  isCommonPlace?: (place: string) => boolean;
  /** Minimum distinct outlets per group (default 2). */
  minOutlets?: number;
  /** Context words two claims must share (default 1). */
  minSharedContext?: number;
  /** Most days between two claims' publication dates (default 7). */
  maxDaysApart?: number;
}

/** A place is common when its rarest word is in COMMON_PLACE or more of the corpus sentences. */
export function commonPlaceTest(data: DeskData): (place: string) => boolean {
  const n = Math.max(1, data.sentences.length);
  return (place) => {
    let rarest = Infinity;
    for (const word of place.split(/\s+/)) {
      const terms = processTerm(word) ?? [];
      const df = Math.max(0, ...terms.map((t) => data.df.get(t) ?? 0));
      rarest = Math.min(rarest, df);
    }
    return rarest / n >= COMMON_PLACE;
  };
}

/** Claims grouped by quantity, with each group's agreement; groups that differ first. */
export function groupClaims(claims: readonly Claim[], options: GroupOptions = {}): ClaimGroup[] {
  const isCommon = options.isCommonPlace ?? (() => false);
  const minOutlets = options.minOutlets ?? 2;
  const rules = { minSharedContext: options.minSharedContext ?? 1, maxDaysApart: options.maxDaysApart ?? 7 };
  const candidates = claims
    .filter((c) => GROUPED_KINDS.has(c.kind) && c.unit !== null && c.qualifier !== 'vague' && !(c.kind === 'count' && c.high <= 1))
    .sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  // Only claims with the same kind, unit and change can match: bucket by those first, so a
  // corpus-wide grouping compares within buckets, not across all claims.
  const buckets = new Map<string, Claim[][]>();
  const groups: Claim[][] = [];
  for (const claim of candidates) {
    const key = `${claim.kind}|${claim.unit}|${claim.change}`;
    const bucket = buckets.get(key) ?? [];
    buckets.set(key, bucket);
    const home = bucket.find((g) => g.every((other) => sameQuantity(claim, other, isCommon, rules)));
    if (home) home.push(claim);
    else {
      const group = [claim];
      bucket.push(group);
      groups.push(group);
    }
  }
  const order = { differ: 0, compatible: 1, same: 2 } as const;
  return groups
    .filter((g) => new Set(g.map((c) => c.outlet)).size >= minOutlets)
    .map((g) => summarise(g, isCommon))
    .sort((a, b) => order[a.agreement] - order[b.agreement] || b.outlets.length - a.outlets.length);
}

/** True when two claims count the same thing in the same place (see the module comment). */
export function sameQuantity(
  a: Claim,
  b: Claim,
  isCommon: (place: string) => boolean,
  rules: { minSharedContext: number; maxDaysApart: number } = { minSharedContext: 1, maxDaysApart: 7 },
): boolean {
  if (a.kind !== b.kind || a.unit !== b.unit || a.change !== b.change || a.sentence === b.sentence) return false;
  if (a.owner && b.owner && a.owner.slice(0, 5) !== b.owner.slice(0, 5)) return false;
  if ((a.kind === 'measure' || a.kind === 'percent') && a.object && b.object && a.object !== b.object) return false;
  if (a.kind === 'percent' && (a.object === null) !== (b.object === null)) return false;
  const missing = (x: Claim, y: Claim) => x.locations.some((p) => !isCommon(p) && !y.places.includes(p));
  if (missing(a, b) || missing(b, a)) return false;
  if (a.published && b.published && Math.abs(Date.parse(a.published) - Date.parse(b.published)) > rules.maxDaysApart * 86_400_000) return false;
  const context = new Set(a.context);
  let shared = 0;
  for (const w of b.context) if (context.has(w)) shared++;
  return shared >= rules.minSharedContext + (a.kind === 'money' || a.kind === 'percent' ? 1 : 0);
}

/** Merges repeats and wire copies of one figure, and judges the group. */
function summarise(claims: Claim[], isCommon: (place: string) => boolean): ClaimGroup {
  const figures: (GroupedFigure & { words: string[] })[] = [];
  for (const claim of claims) {
    const words = fingerprint(claim.sentenceText);
    const same = figures.find((f) => f.claim.value === claim.value && f.claim.high === claim.high
      && f.claim.qualifier === claim.qualifier && nearIdentical(f.words, words));
    if (same) {
      same.claims.push(claim);
      if (!same.outlets.includes(claim.outlet)) same.outlets.push(claim.outlet);
      if (!same.articles.includes(claim.article)) same.articles.push(claim.article);
    } else {
      figures.push({ claim, claims: [claim], outlets: [claim.outlet], articles: [claim.article], words });
    }
  }
  const first = claims[0]!;
  const judged = judgeAgreement(figures.map((f) => ({ ...f.claim, outlets: f.outlets })), (f) => `${f.text} (${f.outlets.join(', ')})`);
  const { agreement } = judged;
  // "all report three sides (NPR)" named one of the outlets that agree: name every one.
  const note = agreement === 'same' && figures.length > 1
    ? `all report ${first.text} (${[...new Set(figures.flatMap((f) => f.outlets))].join(', ')})`
    : judged.note;
  return {
    quantity: nameQuantity(claims, isCommon),
    unit: first.unit!,
    change: first.change,
    agreement,
    figures: figures.map(({ words: _words, ...f }) => f),
    outlets: [...new Set(claims.map((c) => c.outlet))],
    note,
  };
}

/** A readable name: "Russian troops (increase)", "Russian troops (Belarus)", "flag (foot)". */
function nameQuantity(claims: readonly Claim[], isCommon: (place: string) => boolean): string {
  const first = claims[0]!;
  // The longest spelling reads best ("Russian" rather than "Russia" of "Russia's troops").
  const owner = claims.map((c) => c.owner).filter((o): o is string => o !== null).sort((a, b) => b.length - a.length)[0];
  const ownerText = owner ? `${owner.replace(/^\p{L}/u, (c) => c.toUpperCase()).replace(/^u\.s\./i, 'U.S.')} ` : '';
  let name: string;
  if (first.kind === 'measure') name = `${claims.find((c) => c.object)?.object ?? 'size'} in ${plural(first.unit!).replace(/^foots$/, 'feet')}`;
  else if (first.kind === 'percent') name = `percent${claims.find((c) => c.object) ? ` of ${claims.find((c) => c.object)!.object}` : ''}`;
  else if (first.kind === 'money') name = `${first.unit?.toUpperCase()}`;
  else name = `${ownerText}${plural(first.unit!)}`;
  const shared = first.locations.filter((p) => !isCommon(p) && claims.every((c) => c.places.includes(p)));
  const notes = shared.map((p) => p.replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
  if (first.change !== 'total') notes.push(first.change);
  if (notes.length > 0) name += ` (${notes.join(', ')})`;
  return name;
}

function plural(noun: string): string {
  if (/(s|people|personnel)$/.test(noun)) return noun;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}
