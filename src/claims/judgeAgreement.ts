import type { Agreement, Claim } from './types';

/**
 * Whether two printed figures for the same quantity agree. The tolerance rule:
 *
 * - same: the same figure (equal value, or equal low and high for ranges), whatever the
 *   qualifiers ("as many as 7,000" and "another 7,000" report the same 7,000).
 * - compatible: different figures that can both be true given their qualifiers:
 *   a point inside a bound ("about 150,000" and "more than 100,000"), inside a range, two
 *   bounds that leave room, or two figures within 5 % of each other when at least one is
 *   approximate ("about 148,000" and "150,000").
 * - differ: anything else: two exact figures that are not equal ("650-foot" and "656-foot"),
 *   approximate figures more than 5 % apart ("about 140,000" and "about 150,000").
 *
 * Approximate figures get the 5 % as slack against bounds and ranges too; vague words
 * ("thousands") are ranges of what the word allows.
 */
export const APPROXIMATE_TOLERANCE = 0.05;

type Figure = Pick<Claim, 'value' | 'low' | 'high' | 'qualifier'>;

export function compareFigures(a: Figure, b: Figure): Agreement {
  if (a.low === b.low && a.high === b.high && a.qualifier !== 'vague' && b.qualifier !== 'vague') return 'same';
  return compatible(a, b) || compatible(b, a) ? 'compatible' : 'differ';
}

/** One-sided test: can `a`'s reading hold together with `b`'s bound or range? */
function compatible(a: Figure, b: Figure): boolean {
  const slackA = a.qualifier === 'approximate' ? APPROXIMATE_TOLERANCE : 0;
  const point = (f: Figure) => f.qualifier === 'exact' || f.qualifier === 'approximate';
  if (point(a) && point(b)) {
    if (a.qualifier === 'exact' && b.qualifier === 'exact') return false;
    return Math.abs(a.value - b.value) / Math.max(Math.abs(a.value), Math.abs(b.value)) <= APPROXIMATE_TOLERANCE;
  }
  const [lo, hi] = interval(a, slackA);
  const [blo, bhi] = interval(b, b.qualifier === 'approximate' ? APPROXIMATE_TOLERANCE : 0);
  return lo <= bhi && blo <= hi;
}

/** The values a figure allows: bounds open to one side, ranges closed, points with slack. */
function interval(f: Figure, slack: number): [number, number] {
  switch (f.qualifier) {
    case 'lower-bound':
      return [f.value, Infinity];
    case 'upper-bound':
      return [-Infinity, f.value];
    case 'range':
    case 'vague':
      return [f.low, f.high];
    default:
      return [f.value * (1 - slack), f.value * (1 + slack)];
  }
}

/**
 * The agreement of a group: differ when any two figures differ, same when all are the same
 * figure, else compatible. The note names the first pair that decides it.
 */
export function judgeAgreement<T extends Figure>(figures: readonly T[], describe: (f: T) => string): { agreement: Agreement; note: string } {
  let differ: [T, T] | null = null;
  let loose: [T, T] | null = null;
  for (let i = 0; i < figures.length && !differ; i++) {
    for (let j = i + 1; j < figures.length && !differ; j++) {
      const verdict = compareFigures(figures[i]!, figures[j]!);
      if (verdict === 'differ') differ = [figures[i]!, figures[j]!];
      else if (verdict === 'compatible') loose ??= [figures[i]!, figures[j]!];
    }
  }
  const worst: Agreement = differ ? 'differ' : loose ? 'compatible' : 'same';
  const pair = differ ?? loose;
  if (worst === 'same' || !pair) return { agreement: 'same', note: figures[0] ? `all report ${describe(figures[0])}` : 'nothing to compare' };
  const verb = worst === 'differ' ? 'contradicts' : 'is compatible with';
  return { agreement: worst, note: `${describe(pair[0])} ${verb} ${describe(pair[1])}` };
}
