/**
 * /timeline as embeds within Discord's limits: a heading per day (per week when the events
 * span more than a month), then each event verbatim (escaped) with its speaker and outlets.
 */
import type { APIEmbed } from 'discord.js';
import type { TimelineResult } from '../model/types.js';
import { LIMITS } from './limits.js';
import { packLines, safeText, truncate } from './safeText.js';

const COLOR = 0x2b6cb0;
/** Longest event text shown; longer ones are cut with an ellipsis. */
const MAX_TEXT = 600;
/** Events spanning more days than this are grouped by week. */
const DAYS_GROUPED_BY_DAY = 31;
const MAX_OUTLETS_SHOWN = 4;

/** What a timeline with nothing relevant says (sent as plain text, not an embed). */
export const NOTHING_ON_THAT = 'Nothing on that in the corpus.';

/** Monday of the week holding a YYYY-MM-DD date. */
function weekOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function spanDays(first: string, last: string): number {
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000);
}

/** The pages of a timeline (at least one); callers send NOTHING_ON_THAT instead when it has no events. */
export function renderTimeline(result: TimelineResult): APIEmbed[] {
  const title = truncate(`Timeline: ${safeText(result.topic)}`, LIMITS.embedTitle);
  if (result.events.length === 0) return [{ title, description: NOTHING_ON_THAT, color: COLOR }];
  const byWeek = spanDays(result.events[0]!.date, result.events.at(-1)!.date) > DAYS_GROUPED_BY_DAY;
  const lines: string[] = [];
  let heading = '';
  for (const e of result.events) {
    const group = byWeek ? `Week of ${weekOf(e.date)}` : e.date;
    if (group !== heading) lines.push(`__**${group}**__`);
    heading = group;
    const outlets = e.outlets.slice(0, MAX_OUTLETS_SHOWN).map(safeText).join(', ') + (e.outlets.length > MAX_OUTLETS_SHOWN ? ` (+${e.outlets.length - MAX_OUTLETS_SHOWN} more)` : '');
    const who = e.speaker ? `**${safeText(e.speaker)}** · ` : '';
    const when = byWeek ? `${e.date} · ` : '';
    const block = truncate(safeText(e.printed ?? e.text), MAX_TEXT).split('\n').map((line) => `> ${line}`).join('\n');
    lines.push(`${block}\n— ${when}${who}${outlets}`);
  }
  const chunks = packLines(lines, LIMITS.embedDescription, '\n\n');
  return chunks.map((description, i) => ({ ...(i === 0 ? { title } : {}), description, color: COLOR }));
}
