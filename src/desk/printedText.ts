import { knownNamesOf, repairWithInsertions, type KnownNames, type RepairOptions } from '../people/repairText';
import { processTerm } from '../search/analyzeText';
import { MemoSlot } from '../shared/memoSlot';
import type { DeskData } from '../model/deskData';

/**
 * Text as the outlet printed it: run-together words left by the scrape ("JensStoltenberg",
 * "Stoltenbergat a meeting", "estimated14,000") split again, for display. The repair is the
 * one search uses (`repairWithInsertions`), also knowing the corpus's full names, so a name
 * glued to the next word is split even where the surname does not stand alone in the
 * sentence. It only ever inserts spaces: removing them gives back the scraped text, and the
 * offsets of answers and Context stay those of the scraped body.
 *
 * A space shown where the outlet printed none breaks the promise of verbatim text, so the
 * display splits only with evidence of the glue (`namesOnly`): a CamelCase pair that is a
 * known person's name, a function word after a surname; and never a word the corpus prints
 * whole in other sentences. Knowing every name of a large corpus, "Clint" (Eastwood) made
 * 4,116 PolNeAR sentences show "Clint on" for "Clinton", "Anders" made "Anders on".
 */
export function printedText(data: DeskData, text: string): string {
  let memo = printed.get(data);
  if (!memo) printed.set(data, (memo = new Map()));
  let shown = memo.get(text);
  if (shown === undefined) {
    shown = repairWithInsertions(text, corpusNames(data), displayOptions(data)).text;
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

/** A word the corpus prints whole in more than one sentence (the one shown counts once). */
const PRINTED_ELSEWHERE = 2;

const options = new MemoSlot<RepairOptions>('printed-text repair options');

function displayOptions(data: DeskData): RepairOptions {
  let made = options.get(data);
  if (!made) {
    made = {
      namesOnly: true,
      printedWord: (word) => (processTerm(word) ?? []).some((term) => (data.df.get(term) ?? 0) >= PRINTED_ELSEWHERE),
    };
    options.set(data, made);
  }
  return made;
}
