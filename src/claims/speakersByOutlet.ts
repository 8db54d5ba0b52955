import { mergeCopies } from '../answer/mergeDuplicates';
import type { DeskData } from '../model/deskData';
import { printedWords } from '../text/printedWords';
import type { QuotationCoverage, SpeakerCoverage } from './types';

/**
 * Who quoted whom: for each named speaker, the outlets that quoted them (and how many
 * quotations each), and each quotation merged across the outlets that printed it
 * (the same printed words, as for wire copy), flagged `exclusive` when only one outlet carried
 * it. Anonymous sources ("a senior official") are left out: they cannot be matched across
 * outlets. Speakers quoted by the most outlets come first.
 */
export function speakersByOutlet(data: DeskData): SpeakerCoverage[] {
  // Parts of one quotation split by its attribution share a group: join them.
  const quotations = new Map<string, { speaker: string; article: string; outlet: string; text: string }>();
  for (const quote of data.quotes) {
    // Quotations only (words in quote marks); reported statements paraphrase, so they are not matched across outlets.
    if (!quote.named || !quote.speaker || quote.kind !== 'quote') continue;
    const existing = quotations.get(quote.group);
    if (existing) existing.text += ` ${quote.text}`;
    else {
      const outlet = data.articleById.get(quote.article)?.outlet ?? data.sentences[quote.firstSentence]?.outlet ?? '';
      quotations.set(quote.group, { speaker: quote.speaker, article: quote.article, outlet, text: quote.text });
    }
  }
  const bySpeaker = new Map<string, { article: string; outlet: string; text: string }[]>();
  for (const q of quotations.values()) {
    const list = bySpeaker.get(q.speaker) ?? [];
    list.push(q);
    bySpeaker.set(q.speaker, list);
  }
  const result: SpeakerCoverage[] = [];
  for (const [speaker, list] of bySpeaker) {
    const counts = new Map<string, number>();
    for (const q of list) counts.set(q.outlet, (counts.get(q.outlet) ?? 0) + 1);
    const members = mergeCopies(list.map((_, i) => i), (i) => printedWords(list[i]!.text));
    const merged: QuotationCoverage[] = members.map((ids) => {
      const outlets = [...new Set(ids.map((i) => list[i]!.outlet))];
      return { text: list[ids[0]!]!.text, outlets, articles: [...new Set(ids.map((i) => list[i]!.article))], exclusive: outlets.length === 1 };
    });
    merged.sort((a, b) => b.outlets.length - a.outlets.length);
    result.push({
      speaker,
      outlets: [...counts].map(([outlet, quotations]) => ({ outlet, quotations })).sort((a, b) => b.quotations - a.quotations || (a.outlet < b.outlet ? -1 : 1)),
      quotations: merged,
    });
  }
  return result.sort((a, b) => b.outlets.length - a.outlets.length || (a.speaker < b.speaker ? -1 : 1));
}
