import { MemoSlot } from '../shared/memoSlot';

/**
 * Repair of run-together words left by scrapers ("JensStoltenberg",
 * "Stoltenbergat", "estimated14,000"). Every repair only inserts a space, so a
 * repaired text maps back to the original by counting insertions
 * (see {@link repairWithInsertions}).
 */

/** CamelCase words that are spelled that way on purpose (brands, outlets). */
const CAMEL_KEEP = new Set([
  'youtube', 'paypal', 'fedex', 'whatsapp', 'gofundme', 'blackrock', 'jetblue', 'powerpoint', 'wikileaks',
  'softbank', 'dreamworks', 'playstation', 'facetime', 'lexisnexis', 'politifact', 'factcheck', 'newsmax',
  'infowars', 'moveon', 'thinkprogress', 'realclearpolitics', 'fivethirtyeight', 'buzzfeed', 'huffpost',
  'breitbartnews', 'bloombergpolitics', 'cnnpolitics', 'linkedin', 'mastercard', 'smithkline', 'glaxosmithkline',
  'pricewaterhousecoopers', 'salesforce', 'starcraft', 'worldcom', 'healthcare', 'obamacare', 'trumpcare',
  'foxnews', 'nbcnews', 'abcnews', 'cbsnews', 'msnbc', 'nowthis', 'texasgop', 'bigpharma', 'napoleon',
]);

/** Surname prefixes that legitimately precede a capital ("McDonald", "MacArthur", "DeSantis", "LaHood"). */
const NAME_PREFIXES = /^(Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Del|Della|St|O)$/;

/** Lowercase words that scrapers glue onto the preceding name ("Stoltenbergat"). */
const GLUED_FUNCTION_WORDS = [
  'at', 'in', 'on', 'of', 'to', 'for', 'and', 'the', 'with', 'from', 'said', 'says', 'told', 'added', 'was', 'is', 'has',
];

/**
 * Function words that also end common surnames ("Clinton", "Anderson", "Martin", "Francis"):
 * with `namesOnly`, split off only after a word that stands alone in the same text.
 */
const NAME_ENDINGS = new Set(['on', 'in', 'is', 'and', 'to']);

/** A handle, hashtag or address ("@HillaryClinton", "#SanBernardino", "/JeffHorwitz") is printed as one word on purpose. */
const HANDLE_MARK = /[@#/_]/;

const GLUE = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}{2,}?)(${GLUED_FUNCTION_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** Known names prepared for repeated repairs: whole names, their capitalised parts, and their last parts (surnames). */
export interface KnownNames {
  readonly names: ReadonlySet<string>;
  readonly parts: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
}

/**
 * How sure a repair must be. Search reads every repair (a split word only costs a term); text
 * shown as printed must never gain a space the outlet did not print, so the display asks for
 * evidence of the glue itself.
 */
export interface RepairOptions {
  /**
   * Whether the corpus prints a word as it stands here in other sentences too ("Clinton",
   * "Harrison", "EgyptAir"): such a word is how outlets spell it, never a run-together pair,
   * and is left whole. Default: no word is known.
   */
  printedWord?: (word: string) => boolean;
  /**
   * Split a CamelCase join only when its two parts form a known full name ("JensStoltenberg"),
   * and a glued function word only after a known surname or a word standing alone in the text
   * ("Stoltenbergat"), never after a first name ("Clinton" is not "Clint on", "Anderson" not
   * "Anders on"). Default false: any CamelCase join and any known name part.
   */
  namesOnly?: boolean;
}

// Callers pass the same list of a corpus's names for every mention they normalise; preparing
// it once per list (not per call) keeps registry building and lookups linear in the corpus.
const prepared = new MemoSlot<KnownNames>('known names');

/** The prepared form of a list of known names (memoised per list object: do not mutate a list once passed). */
export function knownNamesOf(list: readonly string[]): KnownNames {
  let known = prepared.get(list);
  if (!known) {
    known = addKnownNames({ names: new Set(), parts: new Set(), surnames: new Set() }, list);
    prepared.set(list, known);
  }
  return known;
}

/**
 * Prepares a list's known names ahead of its first use, calling `pause` between slices, so a
 * serving process swapping in a large corpus's registry (tens of thousands of names) keeps
 * answering meanwhile.
 */
export async function prepareKnownNames(list: readonly string[], pause: () => Promise<void> | void): Promise<void> {
  if (prepared.has(list)) return;
  const known = { names: new Set<string>(), parts: new Set<string>(), surnames: new Set<string>() };
  for (let i = 0; i < list.length; i += 125) {
    addKnownNames(known, list.slice(i, i + 125));
    await pause();
  }
  prepared.set(list, known);
}

/** Adds names to a growing known-names set (the registry adds them as it finds people). */
export function addKnownNames(known: { names: Set<string>; parts: Set<string>; surnames: Set<string> }, list: Iterable<string>): KnownNames {
  for (const n of list) {
    known.names.add(n);
    const parts = n.split(/\s+/);
    for (const part of parts) if (/^\p{Lu}\p{Ll}{2,}$/u.test(part)) known.parts.add(part);
    if (parts.length > 1) known.surnames.add(parts[parts.length - 1]!);
  }
  return known;
}

/**
 * Positions (in the original text) where a space should be inserted, sorted.
 * `knownNames` are surnames or full names known from elsewhere; capitalised
 * words standing alone in the text itself count as known too.
 */
export function findRepairPoints(text: string, knownNames: readonly string[] | KnownNames = [], options: RepairOptions = {}): number[] {
  // Prepared only when a glued word needs them (a mention rarely has one; a large corpus's list is costly).
  let ready: KnownNames | undefined;
  const names = () => (ready ??= Array.isArray(knownNames) ? knownNamesOf(knownNames) : (knownNames as KnownNames));
  return pointsOf(text, candidatesOf(text), names, options);
}

/** Texts this short (names, aliases, speakers as printed) have their candidates remembered: the same few are read again and again. */
const SHORT_TEXT = 80;
/** At most this many remembered (a corpus of 10,000 articles has tens of thousands of distinct names and speakers as printed); then the memo starts afresh. */
const MEMO_SIZE = 300_000;
const shortCandidates = new Map<string, RepairCandidates>();
/** What most texts give: shared, never changed (`pointsOf` only reads candidates). */
const NO_CANDIDATES: RepairCandidates = Object.freeze({ camel: [], numbers: [], glued: [], standing: new Set<string>() });

/**
 * `candidatesOf`, remembered per short text for the life of the process (names only, never
 * sentences nor every word of the corpus, which would fill it): every mention the registry normalises
 * (each alias of each person, each quotation's speaker looked up, several times per build)
 * ran three regular-expression passes, a quarter of a kept build process's incremental build
 * at 5,000 articles. The candidates depend on the text alone.
 */
function candidatesOfShort(text: string): RepairCandidates {
  if (text.length > SHORT_TEXT) return candidatesOf(text);
  let found = shortCandidates.get(text);
  if (!found) {
    found = candidatesOf(text);
    if (found.camel.length === 0 && found.numbers.length === 0 && found.glued.length === 0) found = NO_CANDIDATES;
    if (shortCandidates.size >= MEMO_SIZE) shortCandidates.clear();
    shortCandidates.set(text, found);
  }
  return found;
}

/** The places a text may be run together, found by what the text alone shows (see `pointsOf`). */
interface RepairCandidates {
  /** CamelCase joins of two capitalised words ("JensStoltenberg"), brands and name prefixes left out. */
  camel: { start: number; at: number; name: string }[];
  /** A lowercase word glued to a number ("estimated14,000"). */
  numbers: { start: number; at: number; grouped: boolean }[];
  /** A capitalised word glued to a function word ("Stoltenbergat"): the head, the function word, the whole. */
  glued: { start: number; at: number; head: string; word: string; whole: string }[];
  /** Capitalised words standing alone in the text (read only when something is glued). */
  standing: Set<string>;
}

/** The three regular-expression passes of a repair, which depend on the text alone. */
function candidatesOf(text: string): RepairCandidates {
  const camel: RepairCandidates['camel'] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])/gu)) {
    const [whole, left, right] = m as unknown as [string, string, string];
    if (left.length < 2 || NAME_PREFIXES.test(left)) continue;
    if (CAMEL_KEEP.has(whole.toLowerCase())) continue;
    camel.push({ start: m.index!, at: m.index! + left.length, name: `${left} ${right}` });
  }
  const numbers: RepairCandidates['numbers'] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Ll}{4,})(\d{1,3}(?:,\d{3})+|\d{3,})(?![\p{L}\p{N}])/gu)) {
    numbers.push({ start: m.index!, at: m.index! + m[1]!.length, grouped: m[2]!.includes(',') });
  }
  const glued: RepairCandidates['glued'] = [];
  for (const m of text.matchAll(GLUE)) glued.push({ start: m.index!, at: m.index! + m[1]!.length, head: m[1]!, word: m[2]!, whole: m[0] });
  const standing = new Set<string>();
  if (glued.length > 0) for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}])/gu)) standing.add(m[0]);
  return { camel, numbers, glued, standing };
}

/** Which candidates are repaired, given the known names (prepared only when a check needs them) and the options. */
function pointsOf(text: string, found: RepairCandidates, names: () => KnownNames, options: RepairOptions): number[] {
  const printedWord = options.printedWord ?? (() => false);
  const handle = (at: number) => options.namesOnly === true && at > 0 && HANDLE_MARK.test(text[at - 1]!);
  const points = new Set<number>();
  for (const { start, at, name } of found.camel) {
    const whole = name.replace(' ', '');
    if ((options.namesOnly || printedWord(whole)) && !names().names.has(name)) continue;
    if (!handle(start)) points.add(at);
  }
  for (const { start, at, grouped } of found.numbers) {
    // A handle's year or serial ("ilduce2016") is printed that way; a count has its thousands comma.
    if (!handle(start) && (grouped || !options.namesOnly)) points.add(at);
  }
  for (const { start, at, head, word, whole } of found.glued) {
    // Only when the head stands alone elsewhere and the whole word never does
    // by itself as a name we know ("Washington" is not "Washingt on").
    const fromNames = () => (options.namesOnly ? !NAME_ENDINGS.has(word) && names().surnames.has(head) : names().parts.has(head));
    const known = found.standing.has(head) || fromNames();
    if (head.length >= 4 && known && !names().names.has(whole) && !printedWord(whole) && !handle(start)) points.add(at);
  }
  return [...points].sort((a, b) => a - b);
}

/**
 * `repairRunTogether` for many short texts against one known-names set that may grow between
 * calls (the registry's, as it finds people): what depends on the text alone (the three regular
 * expression passes, `candidatesOf`) is worked out once per distinct text, and only the
 * known-name checks are made at each call. The same result as `repairRunTogether(text, known)`
 * at the time of the call.
 */
export function runTogetherRepairer(known: KnownNames): (text: string) => string {
  const memo = new Map<string, RepairCandidates>();
  return (text) => {
    let found = memo.get(text);
    if (!found) memo.set(text, (found = candidatesOf(text)));
    if (found.camel.length === 0 && found.numbers.length === 0 && found.glued.length === 0) return text;
    return withSpaces(text, pointsOf(text, found, () => known, {}));
  };
}

/** `text` with a space inserted at each of the sorted `points`. */
function withSpaces(text: string, points: readonly number[]): string {
  let out = '';
  let last = 0;
  for (const p of points) {
    out += text.slice(last, p) + ' ';
    last = p;
  }
  return out + text.slice(last);
}

/** Applies insertion points: returns the repaired text and the sorted original positions of inserted spaces. */
export function repairWithInsertions(
  text: string,
  knownNames: readonly string[] | KnownNames = [],
  options: RepairOptions = {},
): { text: string; insertions: number[] } {
  const insertions = findRepairPoints(text, knownNames, options);
  return { text: insertions.length === 0 ? text : withSpaces(text, insertions), insertions };
}

/**
 * Maps an offset in the repaired text back to the original text.
 * An offset that points at an inserted space maps to the original position it was inserted before.
 */
export function toOriginalOffset(offset: number, insertions: readonly number[]): number {
  let shift = 0;
  for (const p of insertions) {
    if (p + shift < offset) shift++;
    else break;
  }
  return offset - shift;
}

/**
 * Repairs run-together words where the repair is certain: CamelCase joins
 * ("JensStoltenberg" → "Jens Stoltenberg"), a word glued to a number
 * ("estimated14,000" → "estimated 14,000"), and a name glued to a function
 * word ("Stoltenbergat" → "Stoltenberg at") when the name also appears alone in
 * the text or in `knownNames`. Pure; needs no corpus.
 */
export function repairRunTogether(text: string, knownNames: readonly string[] | KnownNames = []): string {
  return repairWithInsertions(text, knownNames).text;
}

/**
 * `repairRunTogether` for a name or mention (an alias, a quotation's speaker): the same
 * result, with what depends on the text alone remembered (`candidatesOfShort`), since a build
 * normalises the same few tens of thousands of names again and again.
 */
export function repairName(text: string, knownNames: readonly string[] | KnownNames = []): string {
  let ready: KnownNames | undefined;
  const names = () => (ready ??= Array.isArray(knownNames) ? knownNamesOf(knownNames) : (knownNames as KnownNames));
  const found = candidatesOfShort(text);
  if (found === NO_CANDIDATES) return text;
  const points = pointsOf(text, found, names, {});
  return points.length === 0 ? text : withSpaces(text, points);
}

/**
 * Whether `repairName(text, known)` may depend on `known`: false when the text has no place it
 * could be run together at all (most names), whose repair is the text itself whatever names are known.
 */
export function repairMayUseKnownNames(text: string): boolean {
  return candidatesOfShort(text) !== NO_CANDIDATES;
}
