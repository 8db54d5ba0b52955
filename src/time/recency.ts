import type { TimeFrame } from './timeFrame';

/**
 * Questions that ask for the newest coverage: "what's the latest on the talks", "recent
 * statements by Peskov", "what's Putin been saying", "what's Putin saying", "any news on the
 * pipeline", "what has NATO said so far", "where do the talks stand now". "whats" (no
 * apostrophe, as typed in chat) is "what's".
 */
const RECENCY =
  /\b(?:latest|most recent|recent(?:ly)?|newest|lately|now|so far|been saying|any (?:news|updates?) (?:on|about|from))\b|^(?:and |so )?what(?:['’]?s| is) .+? saying\b/i;

/** Words that only ask for recency, taken out before the topic is searched. */
const RECENCY_LEAD = /^(?:(?:and|so)\s+)?(?:what(?:['’]?s| is| are)\s+)?(?:the\s+)?(?:latest|most recent|newest)(?:\s+(?:news|updates?|word|coverage))?\s+(?:on|about|in|from|regarding)\s+/i;
const ANY_NEWS_LEAD = /^(?:(?:is|was)\s+there\s+)?any\s+(?:news|updates?)\s+(?:on|about|regarding)\s+/i;
const RECENCY_TAIL = /\s+(?:(?:right\s+)?now|so far|lately|recently|these days)(?=\s*[?!.]*$)/i;
/** "recent polls in Ohio", "the latest polls": the adjective only asks for recency. */
const RECENCY_ADJECTIVE = /\b(?:most recent|recent|latest|newest)\s+(?=[\p{L}\p{N}])/giu;

export function asksForRecency(question: string): boolean {
  return RECENCY.test(question);
}

/** The question without the words that only ask for recency (kept whole when nothing else would be left). */
export function withoutRecencyWords(question: string): string {
  const stripped = question.replace(RECENCY_LEAD, '').replace(ANY_NEWS_LEAD, '').replace(RECENCY_TAIL, '').replace(RECENCY_ADJECTIVE, '').trim();
  return /[\p{L}\p{N}]/u.test(stripped) ? stripped : question;
}

/** Near ties: scores within this share of the best score are ordered by date, newest first. */
export const NEAR_TIE = 0.02;
/** For recency questions: answers scoring at least this share of the best are "relevant", and ordered newest first. */
export const RECENT_RELEVANT = 0.5;

/**
 * Orders ranked groups by date where the question or the scores leave room: for a recency
 * question, the relevant groups (score at least RECENT_RELEVANT of the best) newest first, then
 * the rest as ranked; otherwise runs of near-tied scores newest first. Stable otherwise.
 */
export function orderByDate<G>(groups: G[], score: (g: G) => number, date: (g: G) => string, recency: boolean): G[] {
  if (groups.length < 2) return groups;
  const top = Math.max(0, ...groups.map(score));
  const newestFirst = (run: G[]) =>
    run
      .map((g, i) => ({ g, i, d: date(g) }))
      .sort((a, b) => (a.d < b.d ? 1 : a.d > b.d ? -1 : a.i - b.i))
      .map((x) => x.g);
  if (recency) {
    const relevant = groups.filter((g) => score(g) >= top * RECENT_RELEVANT);
    const rest = groups.filter((g) => score(g) < top * RECENT_RELEVANT);
    return [...newestFirst(relevant), ...rest];
  }
  const ordered: G[] = [];
  let run: G[] = [];
  for (const g of groups) {
    if (run.length > 0 && Math.abs(score(run[0]!) - score(g)) > top * NEAR_TIE) {
      ordered.push(...newestFirst(run));
      run = [];
    }
    run.push(g);
  }
  ordered.push(...newestFirst(run));
  return ordered;
}

export type { TimeFrame };
