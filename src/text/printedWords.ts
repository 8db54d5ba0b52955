import { STRONG_CUES } from '../quotes/cues';

/**
 * The words a sentence printed, in order, as one comparable string: two outlets printed the
 * same words exactly when their keys are equal. Differences that are not words are ignored:
 * punctuation, quote style, apostrophes, case, whitespace and run-together words
 * ("JensStoltenberg" = "Jens Stoltenberg"), a thousands separator ("150,000" = "150000"), and
 * a leading dateline ("KYIV, Ukraine (AP) — "). Every word and every figure still counts: a
 * changed number, an added "not", another name or any other word gives another key.
 *
 * With `speaker` (the same speaker the caller requires of both copies), a trailing
 * attribution clause is left out too (", Stoltenberg said." = ", the NATO chief told
 * reporters."): who said it is then compared as the speaker, not as words.
 */
export function printedWords(text: string, options: { speaker?: string | null } = {}): string {
  let body = withoutDateline(text.normalize('NFKC'));
  if (options.speaker) body = withoutTrailingAttribution(body);
  const tokens = body
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    // A separator between digit groups is not a word boundary: "150,000" and "150000" agree.
    .replace(/(\d)[,\u00a0\u202f](?=\d{3}(?!\d))/g, '$1')
    .match(TOKEN);
  if (!tokens) return '';
  // Letters run together (spaces do not count), figures keep their edges so "1.5 million"
  // and "15 million" stay apart.
  return tokens.map((t) => (/\d/.test(t) ? `#${t}#` : t)).join('');
}

/** A run of letters, or a figure with its decimal point(s). */
const TOKEN = /\p{L}+|\p{N}+(?:\.\p{N}+)*/gu;

/**
 * A dateline: a place in capitals, optionally ", Region" and "(Agency)", then a dash:
 * "WASHINGTON — ", "KYIV, Ukraine (AP) — ", "MOSCOW (Reuters) - ".
 */
const DATELINE = /^\s*\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?(?:,\s*[\p{L}.'’ ]{2,40}?)?(?:\s*\([^)]{1,40}\))?\s*[—–-]{1,2}\s+/u;

function withoutDateline(text: string): string {
  const match = DATELINE.exec(text);
  return match && match[0].length < text.length ? text.slice(match[0].length) : text;
}

/**
 * Removes a short clause after the last comma or closing quotation mark that attributes the
 * sentence: ", Stoltenberg said.", ", said Blinken", ", he told reporters on Wednesday",
 * "…” according to the ministry." Only clauses of at most eight words, with a reporting
 * speech verb (or "according to"), no figure and no word that adds content ("and", "that",
 * "not"…): ", and called for calm" is content, not attribution, and is kept.
 */
export function withoutTrailingAttribution(text: string): string {
  const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf('”'), text.lastIndexOf('"'));
  if (cut <= 0) return text;
  const clause = text.slice(cut + 1);
  if (/\d/.test(clause)) return text;
  const words = clause.match(/[\p{L}’'.-]+/gu)?.map((w) => w.toLowerCase().replace(/[.]+$/, '')) ?? [];
  if (words.length === 0 || words.length > 8) return text;
  if (words.some((w) => CONTENT_LINKS.has(w))) return text;
  const attributes = words.some((w, i) => STRONG_CUES.has(w) || (w === 'according' && words[i + 1] === 'to'));
  return attributes ? text.slice(0, cut + 1) : text;
}

/** Words that make a trailing clause say more than who spoke. */
const CONTENT_LINKS = new Set(['and', 'but', 'or', 'that', 'if', 'because', 'while', 'although', 'though', 'not', 'no', 'never', 'nor', 'than', 'after', 'before', 'when']);
