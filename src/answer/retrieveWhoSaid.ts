import type { DeskData } from '../model/deskData';
import type { SentenceHit } from './searchSentences';
import { searchSentences } from './searchSentences';
import type { AnswerTuning } from './tuning';
import type { UnderstoodQuestion } from './understandQuestion';
import { quoteUnits, sentenceUnit, type Unit } from './units';

/**
 * "Who said …": the quotations whose sentences contain the words, with their speakers. When no
 * quotation or reported statement holds them, the sentences that do, each credited to the person
 * its own attribution cue names ("…,'' Mr. Burman said.", "Graham said, since …"), or to no one.
 */
export function retrieveWhoSaid(data: DeskData, q: UnderstoodQuestion, tuning: AnswerTuning, within?: (sentence: number) => boolean): Unit[] {
  const words = q.quoted || q.topic;
  const kept = bestHits(data, words, tuning, within ? (s) => data.quotesBySentence.has(s) && within(s) : (s) => data.quotesBySentence.has(s));
  if (kept.length === 0 && q.quoted) return attributedSentences(data, q.quoted, tuning, within);
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

const SPEECH = '(?:said|says|told|tells|added|adds|wrote|writes|argued|insisted|noted|declared|asserted|explained|warned)';
const NAME = "((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\\.\\s+)?\\p{Lu}[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+){0,3})";
/** "<Name>[, 82,] said", "said <Name>": the name a sentence's own attribution cue gives. */
const CUE_AFTER = new RegExp(`${NAME}(?:,[^,]{1,60},)?\\s+(?:also\\s+|later\\s+)?${SPEECH}\\b`, 'gu');
const CUE_BEFORE = new RegExp(`\\b${SPEECH}\\s+${NAME}`, 'gu');

/** The registry person a sentence's attribution cue names, or null (no cue, or the name is no known person). */
function cueSpeaker(data: DeskData, text: string): string | null {
  for (const re of [CUE_AFTER, CUE_BEFORE]) {
    for (const m of text.matchAll(re)) {
      const name = m[1]!.replace(/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+/, '').replace(/[’']s$/, '');
      const person = data.people.lookup(name);
      if (person) return person.name;
    }
  }
  return null;
}

/** Sentences holding the quoted words though no statement was extracted from them (quote marks the reader does not know, a cue it does not read). */
function attributedSentences(data: DeskData, quoted: string, tuning: AnswerTuning, within?: (sentence: number) => boolean): Unit[] {
  return bestHits(data, quoted, tuning, within)
    .map((h) => {
      const unit = sentenceUnit(data, h.sentence);
      unit.speaker ??= cueSpeaker(data, unit.text);
      unit.score = h.score * h.coverage ** 2;
      unit.coverage = h.coverage;
      return unit;
    })
    .sort((a, b) => b.score - a.score);
}

/** Sentences passing `filter` that cover at least `minQuoteCoverage` of the words, and within `relativeCoverage` of the best. */
function bestHits(data: DeskData, words: string, tuning: AnswerTuning, filter?: (sentence: number) => boolean): SentenceHit[] {
  const hits = searchSentences(data, words, { ...(filter && { filter }), minCoverage: tuning.minQuoteCoverage }).filter((h) => h.coverage >= tuning.minQuoteCoverage);
  const best = Math.max(0, ...hits.map((h) => h.coverage));
  return hits.filter((h) => h.coverage >= best * tuning.relativeCoverage);
}
