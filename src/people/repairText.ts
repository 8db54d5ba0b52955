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

const GLUE = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}{2,}?)(${GLUED_FUNCTION_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** Known names prepared for repeated repairs: whole names, and their capitalised parts. */
export interface KnownNames {
  readonly names: ReadonlySet<string>;
  readonly parts: ReadonlySet<string>;
}

// Callers pass the same list of a corpus's names for every mention they normalise; preparing
// it once per list (not per call) keeps registry building and lookups linear in the corpus.
const prepared = new MemoSlot<KnownNames>('known names');

/** The prepared form of a list of known names (memoised per list object: do not mutate a list once passed). */
export function knownNamesOf(list: readonly string[]): KnownNames {
  let known = prepared.get(list);
  if (!known) {
    known = addKnownNames({ names: new Set(), parts: new Set() }, list);
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
  const known = { names: new Set<string>(), parts: new Set<string>() };
  for (let i = 0; i < list.length; i += 125) {
    addKnownNames(known, list.slice(i, i + 125));
    await pause();
  }
  prepared.set(list, known);
}

/** Adds names to a growing known-names set (the registry adds them as it finds people). */
export function addKnownNames(known: { names: Set<string>; parts: Set<string> }, list: Iterable<string>): KnownNames {
  for (const n of list) {
    known.names.add(n);
    for (const part of n.split(/\s+/)) if (/^\p{Lu}\p{Ll}{2,}$/u.test(part)) known.parts.add(part);
  }
  return known;
}

/**
 * Positions (in the original text) where a space should be inserted, sorted.
 * `knownNames` are surnames or full names known from elsewhere; capitalised
 * words standing alone in the text itself count as known too.
 */
export function findRepairPoints(text: string, knownNames: readonly string[] | KnownNames = []): number[] {
  // Prepared only when a glued word needs them (a mention rarely has one; a large corpus's list is costly).
  let ready: KnownNames | undefined;
  const names = () => (ready ??= Array.isArray(knownNames) ? knownNamesOf(knownNames) : (knownNames as KnownNames));
  const points = new Set<number>();

  // CamelCase join of two capitalised words: "JensStoltenberg".
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])/gu)) {
    const [whole, left] = m as unknown as [string, string];
    if (left.length < 2 || NAME_PREFIXES.test(left)) continue;
    if (CAMEL_KEEP.has(whole.toLowerCase())) continue;
    points.add(m.index! + left.length);
  }

  // A lowercase word glued to a number: "estimated14,000".
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Ll}{4,})(\d{1,3}(?:,\d{3})+|\d{3,})(?![\p{L}\p{N}])/gu)) {
    points.add(m.index! + m[1]!.length);
  }

  // A known name with a glued function word: "Stoltenbergat".
  const standing = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}])/gu)) standing.add(m[0]);
  for (const m of text.matchAll(GLUE)) {
    const head = m[1]!;
    // Only when the head stands alone elsewhere and the whole word never does
    // by itself as a name we know ("Washington" is not "Washingt on").
    const known = standing.has(head) || names().parts.has(head);
    if (head.length >= 4 && known && !names().names.has(m[0])) points.add(m.index! + head.length);
  }
  return [...points].sort((a, b) => a - b);
}

/** What of a short text's repair depends on the text alone (see `runTogetherRepairer`). */
interface TextRepair {
  /** CamelCase and number-glue points. */
  fixed: number[];
  /** Capitalised words glued to a function word: where, the head, and the whole glued word. */
  glued: { at: number; head: string; whole: string }[];
  /** Capitalised words standing alone in the text. */
  standing: Set<string>;
}

/**
 * `repairRunTogether` for many short texts against one known-names set that may grow between
 * calls (the registry's, as it finds people): what depends on the text alone (three regular
 * expression passes) is worked out once per distinct text, and only the known-name checks are
 * made at each call. The same result as `repairRunTogether(text, known)` at the time of the call.
 */
export function runTogetherRepairer(known: KnownNames): (text: string) => string {
  const memo = new Map<string, TextRepair>();
  return (text) => {
    let repair = memo.get(text);
    if (!repair) memo.set(text, (repair = textRepairOf(text)));
    if (repair.fixed.length === 0 && repair.glued.length === 0) return text;
    const points = new Set(repair.fixed);
    for (const { at, head, whole } of repair.glued) {
      if (head.length >= 4 && (repair.standing.has(head) || known.parts.has(head)) && !known.names.has(whole)) points.add(at);
    }
    if (points.size === 0) return text;
    let out = '';
    let last = 0;
    for (const p of [...points].sort((a, b) => a - b)) {
      out += text.slice(last, p) + ' ';
      last = p;
    }
    return out + text.slice(last);
  };
}

/** The known-name-independent part of `findRepairPoints` (kept in step with it). */
function textRepairOf(text: string): TextRepair {
  const fixed: number[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])/gu)) {
    const [whole, left] = m as unknown as [string, string];
    if (left.length < 2 || NAME_PREFIXES.test(left)) continue;
    if (CAMEL_KEEP.has(whole.toLowerCase())) continue;
    fixed.push(m.index! + left.length);
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Ll}{4,})(\d{1,3}(?:,\d{3})+|\d{3,})(?![\p{L}\p{N}])/gu)) fixed.push(m.index! + m[1]!.length);
  const glued: TextRepair['glued'] = [];
  const standing = new Set<string>();
  for (const m of text.matchAll(GLUE)) glued.push({ at: m.index! + m[1]!.length, head: m[1]!, whole: m[0] });
  if (glued.length > 0) for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}])/gu)) standing.add(m[0]);
  return { fixed, glued, standing };
}

/** Applies insertion points: returns the repaired text and the sorted original positions of inserted spaces. */
export function repairWithInsertions(
  text: string,
  knownNames: readonly string[] | KnownNames = [],
): { text: string; insertions: number[] } {
  const insertions = findRepairPoints(text, knownNames);
  if (insertions.length === 0) return { text, insertions };
  let out = '';
  let last = 0;
  for (const p of insertions) {
    out += text.slice(last, p) + ' ';
    last = p;
  }
  out += text.slice(last);
  return { text: out, insertions };
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
