import type { DeskData, QuoteRecord } from '../desk/deskData';
import { deskLookup, stemNationality } from './deskLookups';
import { fingerprint, mergeCopies } from './mergeDuplicates';
import { rememberPerDesk } from './rememberPerDesk';
import { searchSentences, type SentenceHit } from './searchSentences';
import type { UnderstoodQuestion } from './understandQuestion';
import { answerScore, freshUnit, quoteUnits, type Unit } from './units';

/**
 * Which units are copies of one another (`mergeCopies`'s groups, as unit positions),
 * for the `units` units retrieved, when already known.
 */
export interface KnownCopies {
  units: number;
  groups: readonly (readonly number[])[];
}


/** "What did X say [about Y]": every quotation by X, best matches to Y first. */
export function retrieveQuotesOf(data: DeskData, q: UnderstoodQuestion): { units: Unit[]; note?: string; copies?: KnownCopies } {
  let quotes: QuoteRecord[];
  let name: string;
  let source: string;
  if (q.person) {
    name = q.person.name;
    source = `named\u0000${name}`;
    quotes = quotesBy(data, name);
  } else if (q.subject) {
    name = q.subject;
    source = `unnamed\u0000${name}`;
    quotes = quotesOfUnnamed(data, q.subject);
    const described = quotes.length === 0 ? personByDescription(data, q.subject) : null;
    if (described) {
      name = described;
      source = `named\u0000${name}`;
      quotes = quotesBy(data, described);
    }
  } else {
    return { units: [] };
  }
  if (quotes.length === 0) {
    const known = q.person !== null || searchSentences(data, q.subject ?? '', { minCoverage: 0.6 }).length > 0;
    return {
      units: [],
      note: known ? `No quotations from ${name} in the corpus.` : `${name} is not mentioned in the corpus.`,
    };
  }
  // A prolific speaker has thousands of quotations: their units and wire-copy groups are
  // worked out once per corpus; each question gets fresh units to score.
  const known = rememberPerDesk(data, `quotation units\u0000${source}`, () => {
    const units = quoteUnits(data, quotes);
    return { units, groups: mergeCopies(units.map((_, i) => i), (i) => units[i]!.key) };
  });
  const units = known.units.map(freshUnit);
  if (q.topic) {
    const members = new Set(units.flatMap((u) => u.sentences));
    const hits = new Map(searchSentences(data, q.topic, { filter: (s) => members.has(s) }).map((h) => [h.sentence, h]));
    for (const unit of units) {
      const best = unit.sentences.map((s) => hits.get(s)).filter((h): h is SentenceHit => h !== undefined);
      unit.score = Math.max(0, ...best.map((h) => h.score * h.coverage));
      unit.coverage = Math.max(0, ...best.map((h) => h.coverage));
    }
  }
  return { units, copies: { units: units.length, groups: known.groups } };
}


/** The quotations of a named speaker, in corpus order. */
function quotesBy(data: DeskData, speaker: string): QuoteRecord[] {
  return (deskLookup(data, 'quotesBySpeaker').get(speaker) ?? []).map((i) => data.quotes[i]!);
}

/** Quotations by an unnamed source ("the senior administration official"): their mention must share the head noun. */
function quotesOfUnnamed(data: DeskData, subject: string): QuoteRecord[] {
  const wanted = fingerprint(subject).filter((w) => w.length > 2 && !/^(the|and|for)$/.test(w));
  const head = wanted[wanted.length - 1];
  if (!head) return [];
  const unnamedByWord = deskLookup(data, 'unnamedByWord');
  // Only quotations whose mention has the head noun (or its plural) can qualify.
  const candidates = [...new Set([...(unnamedByWord.get(head) ?? []), ...(unnamedByWord.get(`${head}s`) ?? [])])].sort((a, b) => a - b);
  return candidates.map((i) => data.quotes[i]!).filter((quote) => {
    const words = new Set(fingerprint(`${quote.speaker ?? ''} ${quote.mention ?? ''}`));
    if (!words.has(head) && !words.has(`${head}s`)) return false;
    const shared = wanted.filter((w) => words.has(w)).length;
    return shared / wanted.length >= 0.5;
  });
}

/**
 * A named speaker described by role rather than name ("the Russian ambassador to the EU"):
 * the one person whose roles cover the description. The description's head noun (its last
 * word before any preposition: ambassador, minister) must be in the role, and two thirds of its words;
 * an acronym counts for the capitalised words it abbreviates ("EU" = "European Union").
 * Two people fitting equally well is no answer: a quotation must not go to the wrong one.
 */
function personByDescription(data: DeskData, description: string): string | null {
  const words = fingerprint(description).filter((w) => !ROLE_FILLER.has(w));
  const acronyms = new Set((description.match(/\b\p{Lu}{2,5}\b/gu) ?? []).map((a) => a.toLowerCase()));
  // The head noun comes before any prepositional phrase: "ambassador (to the EU)".
  const beforePreposition = fingerprint(description.split(/\s(?:to|of|for|at|from|in)\s/i)[0] ?? '');
  const head = beforePreposition[beforePreposition.length - 1];
  if (!head || words.length < 2) return null;
  let best: { name: string; share: number }[] = [];
  // Only roles with the head noun can qualify; they come in registry order, as a scan would find them.
  for (const ref of deskLookup(data, 'rolesByWord').get(head) ?? []) {
    const person = data.people.people[ref.person]!;
    const role = person.roles[ref.role]!;
    const roleWords = new Set(fingerprint(role).map(stemNationality));
    const initials = new Set(acronymsOf(role));
    const covered = words.filter((w) => roleWords.has(stemNationality(w)) || (acronyms.has(w) && initials.has(w))).length;
    const share = covered / words.length;
    if (share < 2 / 3) continue;
    if (best.length === 0 || share > best[0]!.share) best = [{ name: person.name, share }];
    else if (share === best[0]!.share && !best.some((b) => b.name === person.name)) best.push({ name: person.name, share });
  }
  return best.length === 1 ? best[0]!.name : null;
}

const ROLE_FILLER = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'in', 's']);

/** Initials of runs of capitalised words: "ambassador to the European Union" → ["eu"]. */
function acronymsOf(text: string): string[] {
  return (text.match(/(?:\p{Lu}\p{L}+\s+){1,4}\p{Lu}\p{L}+/gu) ?? []).map((run) =>
    run.split(/\s+/).map((w) => w[0]!.toLowerCase()).join(''),
  );
}


/**
 * Best topic match first (an answer's score, as `toAnswer` rounds it); then the quotations
 * most outlets carried; then corpus order.
 */
export function sortQuoteGroups(data: DeskData, groups: Unit[][]): void {
  const keys = new Map(
    groups.map((group, i) => [
      group,
      {
        score: answerScore(group),
        outlets: new Set(group.map((u) => data.articleById.get(u.article)!.outlet)).size,
        order: i,
      },
    ]),
  );
  groups.sort((a, b) => {
    const x = keys.get(a)!;
    const y = keys.get(b)!;
    return y.score - x.score || y.outlets - x.outlets || x.order - y.order;
  });
}

