import type { DeskData } from '../model/deskData';
import { PERSON_TITLES, TITLE_WORDS } from '../people/lexicon';
import { deskLookup } from './deskLookups';
import { GOVERNMENT_HEADS } from './roleWords';

/** Initialisms a role is typed as: two to four letters ("AG", "PM", "VP", "DA"). */
const INITIALISM = /^[a-z]{2,4}$/;

/**
 * The role words an initialism stands for, as the corpus prints roles ("ag": attorney general,
 * "vp": vice president, "pm": prime minister): the runs of printed role tokens whose initials
 * spell it and that end in a title, the one printed in the most articles beside statements.
 * Null when no printed role spells it. Read from the per-corpus role table, only the entries of
 * titles starting with the initialism's last letter.
 */
export function expandInitialism(data: DeskData, initialism: string): string[] | null {
  if (!INITIALISM.test(initialism)) return null;
  const table = deskLookup(data, 'roleEntries');
  const last = initialism[initialism.length - 1]!;
  const weight = new Map<string, number>();
  for (const [head, entries] of table) {
    if (head[0] !== last || !isTitle(head)) continue;
    for (const entry of entries) {
      const at = entry.tokens.indexOf(head);
      const start = at - initialism.length + 1;
      if (start < 0) continue;
      const run = entry.tokens.slice(start, at + 1);
      if (!run.every((w, i) => w[0] === initialism[i])) continue;
      const key = run.join(' ');
      weight.set(key, (weight.get(key) ?? 0) + 1 + entry.articles);
    }
  }
  const best = [...weight].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? best[0].split(' ') : null;
}

function isTitle(token: string): boolean {
  return PERSON_TITLES.has(token) || TITLE_WORDS.has(token) || GOVERNMENT_HEADS.has(token);
}
