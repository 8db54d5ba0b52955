import type { DeskData, QuoteRecord } from '../model/deskData';
import { PERSON_TITLES, TITLE_WORDS } from '../people/lexicon';
import { deskLookup } from './deskLookups';
import { fingerprint } from './mergeDuplicates';
import { nameSuffixOf } from './roleWords';
import { rememberPerDesk } from './rememberPerDesk';

/**
 * A person's statements that the quotation reader credited to their surname alone ("Law said",
 * "said Guardian", "Richards said"): the registry keeps such a speaker apart from the full name
 * when the surname is also a common word or someone else's. In an article that prints the
 * asked full name and no other full name with that surname, it can only be them. Only
 * quotations whose own mention is that surname (with an honorific at most): a "he" the reader
 * gave the bare surname is left out (far pronoun credits were what lowered p@5 when all of a
 * bare surname's statements were added). Returned as the person's, remembered per desk.
 */
export function quotesBySurnameAlone(data: DeskData, name: string): QuoteRecord[] {
  return rememberPerDesk(data, `surname alone\u0000${name}`, () => {
    const words = name.split(/\s+/).filter((w) => !nameSuffixOf(w));
    if (words.length < 2) return [];
    const surname = words[words.length - 1]!;
    const first = words[0]!;
    // The reader keeps such a speaker as an unnamed mention (no registry person): found by its word.
    const ids = [...(deskLookup(data, 'quotesBySpeaker').get(surname) ?? []), ...(deskLookup(data, 'unnamedByWord').get(fingerprint(surname)[0] ?? '') ?? [])];
    if (!ids.length) return [];
    const mention = new RegExp(`^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\\.?\\s+)?${escape(surname)}$`, 'u');
    const clear = new Map<string, boolean>();
    const out: QuoteRecord[] = [];
    for (const i of ids) {
      const quote = data.quotes[i]!;
      if (quote.speaker !== surname || !quote.mention || !mention.test(quote.mention.trim())) continue;
      let ok = clear.get(quote.article);
      if (ok === undefined) {
        ok = onlyThisFullName(data.articleById.get(quote.article)?.body ?? '', first, surname);
        clear.set(quote.article, ok);
      }
      if (ok) out.push({ ...quote, speaker: name, named: true });
    }
    return out;
  });
}

/** Capitalised words that may stand before a surname without naming another person: titles, honorifics, sentence openers. */
const NOT_A_GIVEN_NAME = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'the', 'a', 'an', 'and', 'but', 'in', 'on', 'at', 'for', 'of', 'to', 'by', 'as', 'said', 'says', 'when', 'while', 'after', 'if']);

/**
 * Whether an article prints "<first> <surname>" and every other capitalised word right before
 * the surname is a title or a function word, not another given name ("Michelle Obama" beside
 * "Barack Obama").
 */
function onlyThisFullName(body: string, first: string, surname: string): boolean {
  const before = new RegExp(`(\\p{Lu}[\\p{L}’'-]*)\\.?\\s+(?:\\p{Lu}\\.\\s+)*${escape(surname)}(?![\\p{L}’'-])`, 'gu');
  let named = false;
  for (const m of body.matchAll(before)) {
    const word = m[1]!;
    if (word === first) named = true;
    else if (!NOT_A_GIVEN_NAME.has(word.toLowerCase()) && !PERSON_TITLES.has(word.toLowerCase()) && !TITLE_WORDS.has(word.toLowerCase())) return false;
  }
  return named;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
