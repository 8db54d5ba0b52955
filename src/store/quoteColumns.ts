import type { DeskData } from '../model/deskData';
import { MemoSlot } from '../shared/memoSlot';

/** Each quotation's first and last sentence, as columns. */
export interface QuoteColumns {
  firstSentence: Uint32Array;
  lastSentence: Uint32Array;
}

const columns = new MemoSlot<QuoteColumns>('quote sentence columns');

/**
 * The desk's quotation sentences as columns: what `applyDeskDelta` shifts to place the next
 * desk's quotations without making every quotation object of the old one. Set by whoever
 * makes a desk from columns (`unpackDeskData`, `applyDeskDelta`); else read from the records.
 */
export function quoteColumnsOf(data: DeskData): QuoteColumns {
  let found = columns.get(data);
  if (!found) {
    found = { firstSentence: Uint32Array.from(data.quotes, (q) => q.firstSentence), lastSentence: Uint32Array.from(data.quotes, (q) => q.lastSentence) };
    columns.set(data, found);
  }
  return found;
}

export function setQuoteColumns(data: DeskData, value: QuoteColumns): void {
  columns.set(data, value);
}
