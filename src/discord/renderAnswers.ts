/**
 * Turns an AskResult into embeds that each respect Discord's limits. Every quoted
 * sentence is shown verbatim (escaped), with its speaker, outlets and linked title.
 * Several embeds come back when the answers do not fit one; callers send each as its
 * own message so the 6,000-character total per message also holds.
 */
import type { APIEmbed } from 'discord.js';
import type { Answer, AskResult } from '../model/types.js';
import { LIMITS } from './limits.js';
import { linked, packLines, safeText, truncate } from './safeText.js';

const COLOR = 0x2b6cb0;
const MAX_OUTLETS_SHOWN = 4;
/** A page of answers goes out as at most this many messages (one embed each). */
export const MAX_ANSWER_MESSAGES = 3;

/** How much of an entry is shown: the longest quote (cut with an ellipsis), title, and whether the title is linked. */
interface EntryFit {
  maxQuote: number;
  maxTitle: number;
  link: boolean;
}
/**
 * Tried in order until a page fits MAX_ANSWER_MESSAGES embeds: the first fits almost every
 * page; the others shorten very long sentences (and then titles) rather than send more messages.
 */
const FITS: readonly EntryFit[] = [
  { maxQuote: 1500, maxTitle: 200, link: true },
  { maxQuote: 500, maxTitle: 200, link: true },
  { maxQuote: 200, maxTitle: 100, link: false },
];

export function renderAnswerEntry(answer: Answer, position: number, fit: EntryFit = FITS[0]!): string {
  // As the outlet printed it: run-together words of the scrape split (only spaces inserted).
  const quote = truncate(safeText(answer.printed ?? answer.text), fit.maxQuote);
  const best = answer.sources.find((s) => s.sentenceId === answer.sentenceId) ?? answer.sources[0];
  const outlets = answer.outlets.length ? answer.outlets : [answer.outlet];
  const outletText =
    outlets.slice(0, MAX_OUTLETS_SHOWN).map(safeText).join(', ') +
    (outlets.length > MAX_OUTLETS_SHOWN ? ` (+${outlets.length - MAX_OUTLETS_SHOWN} more)` : '');
  // A reported statement (indirect speech) is marked as such; it is never put in quote marks.
  const who = answer.speaker ? `**${safeText(answer.speaker)}**${answer.kind === 'reported' ? ' (reported)' : ''}` : 'printed by';
  const title = best ? ` · ${linked(best.title, fit.link ? best.url : undefined, fit.maxTitle)}` : '';
  // A block quote, not quote marks: the text is the sentence as printed, which is not
  // always a quotation, and may carry its own quote marks.
  const block = quote.split('\n').map((line) => `> ${line}`).join('\n');
  // The publication date (of the best-ranked copy) next to the outlets.
  const date = answer.published ? ` · ${safeText(answer.published)}` : '';
  return `**${position}.**\n${block}\n— ${who} · ${outletText}${date}${title}`;
}

export function emptyAnswerText(result: AskResult): string {
  return result.note ? safeText(result.note) : 'Nothing in the corpus answers that. Try other words, or /sources to see what is loaded.';
}

/** Embeds for one page of answers (`offset` = how many came before this page). */
export function renderAnswerEmbeds(result: AskResult, offset = 0): APIEmbed[] {
  const title = truncate(safeText(result.question), LIMITS.embedTitle);
  if (result.answers.length === 0) {
    return [{ title, description: truncate(emptyAnswerText(result), LIMITS.embedDescription), color: COLOR }];
  }
  const chunks = packAnswers(result, offset);
  const last = offset + result.answers.length;
  const footer = `Answers ${offset + 1}–${last} of ${result.total}` + (last < result.total ? ' · More for the next ones' : '');
  return chunks.map((description, i) => ({
    ...(i === 0 ? { title } : {}),
    description,
    color: COLOR,
    ...(i === chunks.length - 1 ? { footer: { text: truncate(footer, LIMITS.footerText) } } : {}),
  }));
}

/** The page's lines packed into at most MAX_ANSWER_MESSAGES descriptions, shortening entries only when needed. */
function packAnswers(result: AskResult, offset: number): string[] {
  let lines: string[] = [];
  for (const fit of FITS) {
    lines = result.answers.map((a, i) => renderAnswerEntry(a, offset + i + 1, fit));
    if (result.note) lines.unshift(`*${safeText(truncate(result.note, 600))}*`);
    if (result.differences) lines.unshift(`⚠️ ${safeText(truncate(result.differences, 600))}`);
    const chunks = packLines(lines, LIMITS.embedDescription, '\n\n');
    if (chunks.length <= MAX_ANSWER_MESSAGES) return chunks;
  }
  // Only for pathological text (huge names, many answers per page): cut every line to an
  // even share, so each message holds its share of lines and nothing is dropped.
  const perChunk = Math.ceil(lines.length / MAX_ANSWER_MESSAGES);
  const share = Math.floor((LIMITS.embedDescription - 2 * (perChunk - 1)) / perChunk);
  return packLines(lines.map((line) => truncate(line, share)), LIMITS.embedDescription, '\n\n');
}

/** Total characters Discord counts toward the 6,000 limit of a message's embeds. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}
