import type { DeskData } from '../model/deskData';
import type { SentenceHit } from './searchSentences';
import { searchSentences } from './searchSentences';
import type { AnswerTuning } from './tuning';
import type { UnderstoodQuestion } from './understandQuestion';
import { quoteUnits, type Unit } from './units';

/** "Who said …": the quotations whose sentences contain the words, with their speakers. */
export function retrieveWhoSaid(data: DeskData, q: UnderstoodQuestion, tuning: AnswerTuning, within?: (sentence: number) => boolean): Unit[] {
  const words = q.quoted || q.topic;
  const hits = searchSentences(data, words, { filter: within ? (s) => data.quotesBySentence.has(s) && within(s) : (s) => data.quotesBySentence.has(s), minCoverage: tuning.minQuoteCoverage }).filter(
    (h) => h.coverage >= tuning.minQuoteCoverage,
  );
  const best = Math.max(0, ...hits.map((h) => h.coverage));
  const kept = hits.filter((h) => h.coverage >= best * tuning.relativeCoverage);
  const quotes = kept.flatMap((h) => (data.quotesBySentence.get(h.sentence) ?? []).map((i) => data.quotes[i]!));
  const units = quoteUnits(data, quotes);
  const hitBySentence = new Map(kept.map((h) => [h.sentence, h]));
  for (const unit of units) {
    const unitHits = unit.sentences.map((s) => hitBySentence.get(s)).filter((h): h is SentenceHit => h !== undefined);
    unit.score = Math.max(0, ...unitHits.map((h) => h.score * h.coverage ** 2));
    unit.coverage = Math.max(0, ...unitHits.map((h) => h.coverage));
  }
  return units.sort((a, b) => b.score - a.score);
}

