import type { DeskData } from '../model/deskData';
import { processQueryTerm, processTerm, tokenize } from '../search/analyzeText';
import type { QueryToken } from '../search/sentenceIndex';
import { idfWeight } from './searchSentences';
import type { SentenceHit } from './searchSentences';

/**
 * Pseudo-relevance feedback: users do not use the article's words, but the best matches for
 * their words usually come from the right story, and the words those matches share ("drills",
 * "Belarus", "maneuvers") find its other sentences. The distinctive words the best hits have in
 * common are searched among the hits at a fraction of a word's weight; what they add to a
 * hit's score re-ranks the hits. Coverage, the abstention signal, is left alone: feedback words
 * are not the user's words, so they never make a question answerable.
 */
export interface FeedbackSettings {
  /** How many of the best hits (by score × coverage²) give feedback words. */
  from: number;
  /** A feedback word must be in at least this many of them (a word of one sentence is that sentence's, not the story's). */
  minShared: number;
  /** At most this many feedback words, the heaviest (idf × hits holding it). */
  words: number;
  /** Share of the feedback words' score added to a hit's score. */
  weight: number;
}

export const FEEDBACK: FeedbackSettings = { from: 5, minShared: 2, words: 8, weight: 0.3 };

/** The hits with their scores raised by the feedback words they hold; same order as given. */
export function withFeedback(data: DeskData, hits: readonly SentenceHit[], query: string, settings: FeedbackSettings = FEEDBACK): SentenceHit[] {
  const tokens = feedbackTokens(data, hits, query, settings);
  if (tokens.length === 0) return [...hits];
  const among = new Set(hits.map((h) => h.sentence));
  const added = new Map(data.index.search(tokens, { filter: (s) => among.has(s) }).map((h) => [h.sentence, h.score]));
  return hits.map((h) => ({ ...h, score: h.score + settings.weight * (added.get(h.sentence) ?? 0) }));
}

/** The distinctive words the best hits share and the query lacks, weighted by idf × how many of them hold it. */
export function feedbackTokens(data: DeskData, hits: readonly SentenceHit[], query: string, settings: FeedbackSettings = FEEDBACK): QueryToken[] {
  if (hits.length < 2) return [];
  const asked = new Set(tokenize(query).flatMap((w) => processQueryTerm(w) ?? []));
  const best = [...hits].sort((a, b) => b.score * b.coverage ** 2 - a.score * a.coverage ** 2).slice(0, settings.from);
  const held = new Map<string, number>();
  for (const hit of best) {
    for (const term of termsOf(data.sentences[hit.sentence]!.text)) if (!asked.has(term)) held.set(term, (held.get(term) ?? 0) + 1);
  }
  const n = data.sentences.length;
  return [...held]
    .filter(([term, count]) => count >= settings.minShared && /\p{L}/u.test(term))
    .map(([term, count]) => ({ forms: [term], weight: count * idfWeight(n, data.df.get(term) ?? 0) }))
    .sort((a, b) => b.weight - a.weight || (a.forms[0]! < b.forms[0]! ? -1 : 1))
    .slice(0, settings.words);
}

function termsOf(text: string): Set<string> {
  return new Set(tokenize(text).flatMap((w) => processTerm(w) ?? []));
}
