import { knownNamesOf, repairWithInsertions, type KnownNames } from '../people/repairText';
import { MemoSlot } from '../shared/memoSlot';
import type { DeskData } from '../model/deskData';

/**
 * Text as the outlet printed it: run-together words left by the scrape ("JensStoltenberg",
 * "Stoltenbergat a meeting", "estimated14,000") split again, for display. The repair is the
 * one search uses (`repairWithInsertions`), also knowing the corpus's full names, so a name
 * glued to the next word is split even where the surname does not stand alone in the
 * sentence. It only ever inserts spaces: removing them gives back the scraped text, and the
 * offsets of answers and Context stay those of the scraped body.
 */
export function printedText(data: DeskData, text: string): string {
  let memo = printed.get(data);
  if (!memo) printed.set(data, (memo = new Map()));
  let shown = memo.get(text);
  if (shown === undefined) {
    shown = repairWithInsertions(text, corpusNames(data)).text;
    if (memo.size >= MAX_REMEMBERED_TEXTS) memo.clear();
    memo.set(text, shown);
  }
  return shown;
}

// The repair costs tens of microseconds a text and a page shows up to 25: texts already
// shown in this corpus are remembered (a bounded number: a long run shows many).
const printed = new MemoSlot<Map<string, string>>('printed texts');
const MAX_REMEMBERED_TEXTS = 10_000;

const names = new MemoSlot<KnownNames>('printed-text names');

function corpusNames(data: DeskData): KnownNames {
  let known = names.get(data);
  if (!known) {
    known = knownNamesOf(data.people.people.map((p) => p.name).filter((n) => n.includes(' ')));
    names.set(data, known);
  }
  return known;
}
