import { typoDistance } from '../text/editDistance';
import type { Person } from './types';

/**
 * One person printed two ways across the corpus: the same full name in other capitals
 * ("HIllary Clinton"), or the same surname with a given name one typing slip away ("Hilary
 * Clinton", five letters or more). The rarer spelling (in fewer texts) folds into the one the
 * corpus uses most, only when that one is in three times as many texts: two real people whose
 * names differ by a letter ("Mario" and "Marco") are rarely that lopsided, a typo always is.
 * Returns each folded person with the person it folds into.
 */
export function foldNameVariants(people: readonly Person[], texts: ReadonlyMap<Person, number>): Map<Person, Person> {
  const bySurname = new Map<string, Person[]>();
  for (const p of people) {
    const words = p.name.toLowerCase().split(/\s+/);
    if (words.length < 2) continue;
    const key = words[words.length - 1]!;
    const list = bySurname.get(key);
    if (list) list.push(p);
    else bySurname.set(key, [p]);
  }
  const into = new Map<Person, Person>();
  for (const group of bySurname.values()) {
    if (group.length < 2) continue;
    // Most texts first: a variant folds into the first (commonest) spelling it matches.
    const ranked = [...group].sort((a, b) => (texts.get(b) ?? 0) - (texts.get(a) ?? 0));
    for (let i = 1; i < ranked.length; i++) {
      const variant = ranked[i]!;
      const target = ranked.slice(0, i).find((p) => !into.has(p) && sameNamePrinted(p.name, variant.name) && (texts.get(p) ?? 0) >= 3 * (texts.get(variant) ?? 0));
      if (target) into.set(variant, target);
    }
  }
  return into;
}

/** Same words but for capitals, or the same surname and other words with one given name a slip of the other's. */
function sameNamePrinted(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/\s+/);
  const y = b.toLowerCase().split(/\s+/);
  if (x.length !== y.length) return false;
  let slips = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (i === x.length - 1 || Math.min(x[i]!.length, y[i]!.length) < 5 || typoDistance(x[i]!, y[i]!, 1) > 1) return false;
    slips++;
  }
  return slips <= 1;
}

/** Adds a folded person's names, aliases, roles and gender to the person it folds into. */
export function absorb(into: Person, variant: Person): void {
  for (const a of [variant.name, ...variant.aliases]) if (!into.aliases.includes(a)) into.aliases.push(a);
  for (const r of variant.roles) if (!into.roles.includes(r)) into.roles.push(r);
  into.gender ??= variant.gender;
}
