import type { DeskData } from '../model/deskData';
import { mergeCopies } from '../answer/mergeDuplicates';
import { retrieveSentences } from '../answer/retrieveSentences';
import { DEFAULT_TUNING } from '../answer/tuning';
import type { UnderstoodQuestion } from '../answer/understandQuestion';
import type { Unit } from '../answer/units';
import type { TimelineEvent, TimelineOptions, TimelineResult } from '../model/types';
import { articleDates, sentencesInFrame } from './articleDates';
import { intersect, isDate, readTimeFrame, type TimeFrame } from './timeFrame';

/** A timeline shows at most this many events. */
export const MAX_TIMELINE_EVENTS = 25;

/**
 * The dated development of a topic: one event per distinct statement or fact (copies merged
 * by the answers' rule, `copyKey`/`mergeCopies`), dated by the first copy printed, in date
 * order, at most MAX_TIMELINE_EVENTS, chosen to cover the span (every day before a second
 * event of any day; with more days than events, days spread evenly over the span) rather
 * than to crowd the busiest day. Empty when nothing in the corpus is relevant.
 */
export function buildTimeline(data: DeskData, topic: string, options: TimelineOptions = {}): TimelineResult {
  const dates = articleDates(data);
  const read = readTimeFrame(topic, dates.newest);
  const given: TimeFrame = {
    ...(options.since !== undefined && isDate(options.since) && { since: options.since }),
    ...(options.until !== undefined && isDate(options.until) && { until: options.until }),
  };
  const frame = intersect(read.frame, given.since || given.until ? given : null);
  const q: UnderstoodQuestion = { intent: 'general', person: null, subject: null, topic: read.rest, quoted: null, outlet: null, excludeShown: false, followUp: false };
  if (!/[\p{L}\p{N}]/u.test(read.rest)) return { topic, events: [] };
  const units = retrieveSentences(data, q, DEFAULT_TUNING, frame ? sentencesInFrame(data, frame) : undefined);
  const dateOf = (u: Unit) => dates.byArticle.get(u.article) ?? '';
  const candidates = mergeCopies(units, (u) => u.key).map((group, rank) => {
    // Dated by the first copy printed; its outlet and article lead.
    const first = group.reduce((a, b) => (dateOf(b) < dateOf(a) ? b : a));
    const byDate = [...group].sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0));
    const outlets = [...new Set(byDate.map((u) => data.articleById.get(u.article)!.outlet))];
    const event: TimelineEvent = {
      date: dateOf(first),
      text: first.text,
      outlet: data.articleById.get(first.article)!.outlet,
      outlets,
      article: first.article,
      speaker: first.speaker,
    };
    return { event, rank };
  });
  const chosen = coverSpan(candidates, MAX_TIMELINE_EVENTS);
  chosen.sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.rank - b.rank));
  return { topic, events: chosen.map((c) => c.event) };
}

/**
 * At most `max` of the candidates (each with its relevance rank, best 0), spread over their
 * days: with more days than `max`, the best of `max` days evenly spaced from the first to the
 * last; else every day's best, then every day's second best, and so on, better ranks first.
 */
export function coverSpan<T extends { event: { date: string }; rank: number }>(candidates: readonly T[], max: number): T[] {
  const byDay = new Map<string, T[]>();
  for (const c of [...candidates].sort((a, b) => a.rank - b.rank)) {
    const list = byDay.get(c.event.date) ?? [];
    list.push(c);
    byDay.set(c.event.date, list);
  }
  const days = [...byDay.keys()].sort();
  if (days.length >= max) {
    if (max <= 0) return [];
    if (max === 1) return [byDay.get(days[0]!)![0]!];
    const picked = new Set<number>();
    for (let k = 0; k < max; k++) picked.add(Math.round((k * (days.length - 1)) / (max - 1)));
    return [...picked].map((i) => byDay.get(days[i]!)![0]!);
  }
  const chosen: T[] = [];
  for (let round = 0; chosen.length < max; round++) {
    const layer = days.map((d) => byDay.get(d)![round]).filter((c): c is T => c !== undefined);
    if (layer.length === 0) break;
    chosen.push(...layer.sort((a, b) => a.rank - b.rank).slice(0, max - chosen.length));
  }
  return chosen;
}
