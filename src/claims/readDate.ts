/**
 * Normalises the dates and times wink-nlp recognises (DATE, TIME entities) to ISO text.
 * Relative days ("Wednesday", "yesterday") are resolved against the publication date,
 * because news writes the weekday of the past week, not a calendar date.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A date or time read from an entity: ISO text and a sortable number (UTC ms, or minutes for times). */
export interface DateRead {
  iso: string;
  value: number;
}

/**
 * Reads a DATE entity: "Feb. 16", "February 16, 2022", "2014", "Wednesday", "today".
 * `published` (YYYY-MM-DD) supplies the year and the reference day; null when unreadable.
 */
export function readDate(text: string, published?: string): DateRead | null {
  const t = text.toLowerCase().replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
  const ref = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? new Date(`${published}T00:00:00Z`) : null;
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(t);
  const month = MONTHS.findIndex((m) => new RegExp(`\\b${m}[a-z]*\\b`).test(t));
  const day = /\b([0-3]?\d)(?:st|nd|rd|th)?\b/.exec(t.replace(/\b(1[89]\d\d|20\d\d)\b/, ''));
  if (month >= 0) {
    const y = year ? Number(year[1]) : ref?.getUTCFullYear();
    if (y === undefined) return null;
    if (day && Number(day[1]) >= 1 && Number(day[1]) <= 31) {
      const d = Number(day[1]);
      return { iso: `${y}-${pad(month + 1)}-${pad(d)}`, value: Date.UTC(y, month, d) };
    }
    return { iso: `${y}-${pad(month + 1)}`, value: Date.UTC(y, month, 1) };
  }
  if (year) return { iso: year[1]!, value: Date.UTC(Number(year[1]), 0, 1) };
  if (!ref) return null;
  const shift = /\btoday\b/.test(t) ? 0 : /\byesterday\b/.test(t) ? -1 : /\btomorrow\b/.test(t) ? 1 : null;
  if (shift !== null) return fromRef(ref, shift);
  const weekday = WEEKDAYS.findIndex((w) => t.includes(w));
  if (weekday >= 0) {
    // The most recent such weekday on or before publication ("said Tuesday" in a Wednesday paper).
    const back = (ref.getUTCDay() - weekday + 7) % 7;
    return fromRef(ref, -back);
  }
  return null;
}

/** Reads a TIME entity: "3 p.m.", "10:30 am", "15:00"; null when unreadable. */
export function readTime(text: string): DateRead | null {
  const m = /(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?/i.exec(text);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  const half = m[3]?.toLowerCase().replace(/\./g, '');
  if (half === 'pm' && hours < 12) hours += 12;
  if (half === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return null;
  return { iso: `${pad(hours)}:${pad(minutes)}`, value: hours * 60 + minutes };
}

function fromRef(ref: Date, days: number): DateRead {
  const d = new Date(ref.getTime() + days * 86_400_000);
  return { iso: d.toISOString().slice(0, 10), value: d.getTime() };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
