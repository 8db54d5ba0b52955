import type { DeskData } from '../model/deskData';
import { processQueryTerm } from '../search/analyzeText';
import { MemoSlot } from '../shared/memoSlot';

/** Parts shorter than this say too little to stand for a compound ("de", "pro", "co"). */
const SHORTEST_PART = 4;

const compoundMemo = new MemoSlot<Map<string, string[]>>('compounds by part');

/**
 * The corpus's hyphenated words that have the question's `word` as one of their parts, when
 * the corpus never prints the word alone: "karabakh" is in the corpus only as
 * "Nagorno-Karabakh", which the index keeps as one term, so the user's "karabakh war" matched
 * nothing of it (a prefix match reaches a compound's first part, not its others) and weighed
 * as the corpus's rarest word. Only parts of at least `SHORTEST_PART` letters.
 */
export function compoundsWith(data: DeskData, word: string): string[] {
  const forms = processQueryTerm(word) ?? [];
  if (forms.length === 0 || forms.some((f) => data.df.get(f) !== undefined)) return [];
  const byPart = compoundsByPart(data);
  return [...new Set(forms.flatMap((f) => byPart.get(f) ?? []))];
}

/**
 * Every hyphenated term of the vocabulary by each of its parts, built once per corpus (a
 * thousand-odd terms per thousand articles; one pass over the vocabulary).
 */
function compoundsByPart(data: DeskData): Map<string, string[]> {
  let byPart = compoundMemo.get(data);
  if (byPart) return byPart;
  byPart = new Map();
  const vocabulary = data.index.packed.vocabulary;
  for (let at = vocabulary.indexOf('-'); at >= 0; at = vocabulary.indexOf('-', at + 1)) {
    const start = vocabulary.lastIndexOf('\n', at) + 1;
    const end = vocabulary.indexOf('\n', at);
    const term = vocabulary.slice(start, end < 0 ? vocabulary.length : end);
    for (const part of term.split('-')) {
      if (part.length < SHORTEST_PART || !/^\p{L}+$/u.test(part)) continue;
      const list = byPart.get(part) ?? [];
      if (!list.includes(term)) list.push(term);
      byPart.set(part, list);
    }
    at = end < 0 ? vocabulary.length : end;
  }
  compoundMemo.set(data, byPart);
  return byPart;
}
