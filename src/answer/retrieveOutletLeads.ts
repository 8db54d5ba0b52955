import type { DeskData } from '../model/deskData';
import { MemoSlot } from '../shared/memoSlot';
import { sentenceUnit, type Unit } from './units';

/** How many sentences of each article open its report: the lede and the sentence after it. */
export const LEAD_SENTENCES = 2;
/** Sentences read at the top of each article to find them. */
const LEAD_SEARCHED = 6;
/** Fewer words than this make a label, not a sentence of the report. */
const LEAD_WORDS = 4;

const starts = new MemoSlot<Map<string, number>>('article first sentences');

/**
 * "What did NPR report", asked with no topic and nothing earlier in the thread to take one
 * from: what that outlet's articles open with (their first sentences, verbatim), ledes first.
 * Nothing to search for is no reason to answer "Nothing in NPR answers that" about an outlet
 * that is in the corpus.
 */
export function retrieveOutletLeads(data: DeskData, outlet: string, within?: (sentence: number) => boolean): Unit[] {
  const first = articleStarts(data);
  const units: Unit[] = [];
  for (const article of data.articles) {
    if (article.outlet !== outlet) continue;
    const start = first.get(article.id);
    if (start === undefined) continue;
    const count = Math.min(LEAD_SEARCHED, data.sentenceById.countIn(article.id));
    for (let k = 0, taken = 0; k < count && taken < LEAD_SENTENCES; k++) {
      // Sentences are grouped by article in article order in every desk a build makes; checked, not assumed.
      const sentence = data.sentences[start + k];
      if (sentence?.article !== article.id || (within && !within(start + k))) continue;
      // A label the cleaning kept ("ABSTRACT.") opens no report.
      if ((sentence.text.match(/\p{L}+/gu)?.length ?? 0) < LEAD_WORDS) continue;
      // Ledes outrank second sentences; equal scores are ordered newest first by the caller.
      units.push({ ...sentenceUnit(data, start + k), score: LEAD_SENTENCES - taken, coverage: 1 });
      taken++;
    }
  }
  return units;
}

/** Each article's first sentence index, worked out once per corpus from the articles' sentence counts. */
function articleStarts(data: DeskData): Map<string, number> {
  let map = starts.get(data);
  if (!map) {
    map = new Map();
    let at = 0;
    for (const article of data.articles) {
      map.set(article.id, at);
      at += data.sentenceById.countIn(article.id);
    }
    starts.set(data, map);
  }
  return map;
}
