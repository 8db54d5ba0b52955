import type { DeskData } from '../model/deskData';

/** Who a sentence is attributed to: the speaker of its quotation or reported statement, a named one first; or null. */
export function sentenceSpeaker(data: DeskData, sentence: number): string | null {
  const quotes = (data.quotesBySentence.get(sentence) ?? []).map((i) => data.quotes[i]!);
  return (quotes.find((q) => q.named) ?? quotes.find((q) => q.speaker))?.speaker ?? null;
}
