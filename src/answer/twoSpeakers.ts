/**
 * Questions about two speakers at once (issue #14): "what did biden and scholz say about
 * diplomacy", "did blinken and stoltenberg agree on the pullback", "did trump agree with clinton
 * on trade". Each speaker is asked about on their own and the answers hold both; before, the
 * phrase "biden and scholz" was looked up as one name and found nobody (or a plain search ran).
 */
import type { DeskData } from '../model/deskData';
import { retrieveQuotesOf, type QuotesOf } from './retrieveQuotesOf';
import type { UnderstoodQuestion } from './understandQuestion';

/** "did X and Y agree on T", "do X and Y disagree about T", "did X agree with Y on T". */
const AGREE =
  /^(?:and |so )?(?:did|do|does|have|has|had) (.+?) (?:agree|agreed|disagree|disagreed|differ|differed|clash|clashed)(?: with (.+?))?(?: (?:with )?(?:each other|one another))?(?: (?:on|about|over|regarding|concerning) (.+))?$/i;

/** The speakers and the topic of an agreement question, or null. */
export function agreementAsked(question: string): { speakers: string[]; topic: string } | null {
  const match = AGREE.exec(question.trim());
  if (!match) return null;
  const speakers = match[2] ? [match[1]!, match[2]] : splitSpeakers(match[1]!);
  return speakers && speakers.length >= 2 ? { speakers, topic: match[3]?.trim() ?? '' } : null;
}

/** Most speakers one question asks about together. */
const MOST = 3;

/**
 * The speakers a phrase joins with "and", "&" or commas ("biden and scholz", "putin, biden and
 * scholz"), each of at most four words, or null when it names one (the caller first checks the
 * whole phrase is nobody's name: "the Bill and Melinda Gates Foundation").
 */
export function splitSpeakers(phrase: string): string[] | null {
  const parts = phrase
    .split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/i)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 2 || parts.length > MOST || parts.some((p) => p.split(/\s+/).length > 4)) return null;
  return parts;
}

/**
 * A what-said question about each of the speakers, on the topic, joined: the first with the
 * others `together`; null unless every one of them reads as a speaker (a person, a role or an
 * organisation). `understand` reads one speaker's question ("what did biden say about diplomacy").
 */
export function jointQuestion(speakers: readonly string[], topic: string, understand: (question: string) => UnderstoodQuestion): UnderstoodQuestion | null {
  const each = speakers.map((s) => understand(`what did ${s} say${topic ? ` about ${topic}` : ''}`));
  if (!each.every((q) => q.intent === 'what-said' && (q.person !== null || q.subject !== null) && !q.together)) return null;
  return { ...each[0]!, together: each.slice(1) };
}

/**
 * The statements of each speaker a joint question asks about, together (the ranking then orders
 * them by the topic as it orders one speaker's). A speaker with none is named in the note, so an
 * absent person is never silently left out; the conversation goes on about the first who spoke.
 */
export function retrieveQuotesOfEach(data: DeskData, q: UnderstoodQuestion, recent?: string | null): QuotesOf {
  const each = [q, ...(q.together ?? [])].map((x) => retrieveQuotesOf(data, { ...x, together: undefined }, recent));
  const notes = each.map((r) => r.note).filter((n): n is string => n !== undefined);
  const speaker = each.find((r) => r.units.length > 0)?.speaker ?? each[0]!.speaker;
  return { units: each.flatMap((r) => r.units), ...(notes.length > 0 && { note: notes.join(' ') }), ...(speaker !== undefined && { speaker }) };
}
