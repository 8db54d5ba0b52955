import type { DeskData } from '../model/deskData';
import type { Unit } from './units';

/**
 * How a what-said question asks a statement to have been made: "what did Trump tweet" (or
 * "post", "say on Twitter") wants posts; "what did Sanders write" wants written words (a
 * letter, an op-ed, an e-mail, a post). Other verbs ("say", "tell reporters") ask for none.
 */
export type StatementMedium = 'posts' | 'writing';

const POSTS_ASKED = /\b(?:tweet(?:s|ed|ing)?|post(?:s|ed|ing)?|retweet(?:s|ed|ing)?)\b|\b(?:on|in)\s+(?:twitter|x|facebook|instagram|social media|telegram)\b/i;
const WRITING_ASKED = /\bwr(?:ite|ites|ote|itten|iting)\b/i;

/**
 * The medium the words around a question's speaker ask for (`asked`: the question without its
 * speaker and topic, so "the post office" as a topic or Emily Post as a speaker ask for none).
 */
export function mediumAsked(asked: string): StatementMedium | null {
  if (POSTS_ASKED.test(asked)) return 'posts';
  if (WRITING_ASKED.test(asked)) return 'writing';
  return null;
}

/** What a sentence carrying a post prints: the verb, the platform, a handle. */
const POSTED = /\b(?:tweet(?:s|ed|ing)?|retweet(?:s|ed|ing)?|twitter|facebook|instagram|social media|posted|posting)\b|(?:^|\s)@\w{2,}/i;
/** A written statement: the writing verb, or what is written (a post counts too). */
const WRITTEN = new RegExp(String.raw`\bwr(?:ote|ites|itten|iting)\b|\b(?:letter|op-ed|column|essay|blog post)\b|${POSTED.source}`, 'i');

/**
 * Whether a statement was made in the medium: its sentences say so, or its cue does (an
 * introduction the reader took it from, "Lopez wrote:"), or the sentence that introduces it
 * just before, ending in a colon ("Trump tweeted on Sunday:"); not any sentence before it (one
 * merely about Twitter is no introduction).
 */
export function madeIn(data: DeskData, unit: Unit, medium: StatementMedium): boolean {
  const pattern = medium === 'posts' ? POSTED : WRITTEN;
  const first = unit.sentences[0]!;
  for (const s of unit.sentences) {
    for (const i of data.quotesBySentence.get(s) ?? []) {
      const quote = data.quotes[i]!;
      if (quote.speaker === unit.speaker && quote.cue && pattern.test(quote.cue)) return true;
    }
  }
  const before = data.sentences[first - 1];
  if (before && before.article === unit.article && /:\s*$/.test(before.text) && pattern.test(before.text)) return true;
  return unit.sentences.some((s) => pattern.test(data.sentences[s]!.text));
}

/**
 * A speaker's statements made in the asked medium come first: with a topic, ahead of those
 * equally about it (score × 1.5); without one, ahead of all the others (score 1, the rest 0).
 * Nothing is dropped: a speaker with no posts still has their statements shown.
 */
export function favourMedium(data: DeskData, units: Unit[], medium: StatementMedium, topic: boolean): void {
  favour(units, (unit) => madeIn(data, unit, medium), topic);
}

/** The units `made` picks first: with a topic, ahead of those equally about it (score × 1.5); without one, ahead of all (score 1). */
function favour(units: Unit[], made: (unit: Unit) => boolean, topic: boolean): void {
  for (const unit of units) {
    if (!made(unit)) continue;
    if (!topic) unit.score = Math.max(unit.score, 1);
    else unit.score *= 1.5;
  }
}

/**
 * Audiences anyone is told, as a question names them ("what did Wallace tell reporters", "… say
 * to the nation"): too common to rank by, every statement is made to them.
 */
export const COMMON_AUDIENCES = ['reporters', 'journalists', 'the press', 'the media', 'the public', 'lawmakers', 'congress', 'parliament', 'us', 'the nation', 'the country', 'supporters', 'voters'];
const ANY_AUDIENCE = new RegExp(`^(?:${COMMON_AUDIENCES.map((a) => a.replace(/^the /, '')).join('|')})$`, 'i');

/**
 * Whom the words around a question's speaker say they told ("tell nbc", "told the times",
 * "tell fox news"): the listener, lowercase, or null for none or an audience anyone is told.
 */
export function listenerAsked(asked: string): string | null {
  const match = /\b(?:tell|told|telling)\s+(?:the\s+)?([a-z][\w.&'’-]*(?:\s+news)?)\b/i.exec(asked);
  const listener = match?.[1]?.toLowerCase();
  return listener && !ANY_AUDIENCE.test(listener) ? listener : null;
}

/**
 * A speaker's statements made to the asked listener (its name in their sentences: "Blinken told
 * NBC News", "in an interview with NBC") come first, as `favourMedium` ranks a medium; nothing
 * is dropped.
 */
export function favourListener(data: DeskData, units: Unit[], listener: string, topic: boolean): void {
  const escaped = listener.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const named = new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'iu');
  favour(units, (unit) => unit.sentences.some((s) => named.test(data.sentences[s]!.text)), topic);
}
