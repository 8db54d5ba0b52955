/**
 * Time frames read from a question's words: "today", "yesterday", "this week", "last week",
 * "this month", "last month", "in March", "since Monday", "since March 3", "before November 8",
 * "after …", "until …", "on …", "between … and …", "from … to …", "in 2016", "the past N days",
 * numeric days written month/day as in US news ("since 10/1", "on 11/2/16"; day/month only when
 * the first number cannot be a month, "25/10"; "9/11" and "24/7" without a year are not days),
 * and the common misspellings of month names ("febuary").
 * Relative phrases count from `now` (the newest publication date in the corpus, not the clock).
 * A phrase naming no readable date ("since the election", "in February 30") is left in the
 * question and ignored: a frame is never guessed. Dates are YYYY-MM-DD strings; bounds are
 * inclusive, and compare as strings.
 */

export interface TimeFrame {
  /** First day inside the frame (inclusive); absent: no lower bound. */
  since?: string;
  /** Last day inside the frame (inclusive); absent: no upper bound. */
  until?: string;
}

export interface ReadTimeFrame {
  /** The frame the question asks for, or null when it names none. */
  frame: TimeFrame | null;
  /** The question without the phrases read as the frame. */
  rest: string;
}

interface Span {
  from: string;
  to: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 };
/** Misspellings of month names common enough to read as the month ("what did Kasich say in febuary"). */
const MONTH_MISSPELLINGS: Record<string, number> = {
  janurary: 0, januray: 0, febuary: 1, feburary: 1, febraury: 1, febrary: 1, septmber: 8, setpember: 8, septemeber: 8,
  ocotber: 9, octobre: 9, novemeber: 10, novmber: 10, decemeber: 11, decmber: 11,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH = String.raw`(?:${MONTHS.join('|')}|${Object.keys(MONTH_MISSPELLINGS).join('|')}|(?:${Object.keys(MONTH_ABBREVIATIONS).join('|')})\.?)`;
const WEEKDAY = String.raw`(?:${WEEKDAYS.join('|')})`;
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:19|20)\d\d`;
/** A day written with slashes, "10/1" or "11/2/2016"; not a fraction ("1/3 of the vote"). */
const SLASHED = String.raw`\d{1,2}\/\d{1,2}(?:\/(?:\d{4}|\d{2}))?(?![\/\d])(?!\s+of\b)`;
/** Slashed numbers that are names, not days, unless a year follows. */
const NOT_DAYS = new Set(['9/11', '24/7']);
/** One point in time: a day, a month or a year. */
const POINT = String.raw`(?:\d{4}-\d{2}-\d{2}|${SLASHED}|${MONTH}\s+${ORDINAL}(?:,?\s+${YEAR})?|(?:the\s+)?${ORDINAL}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR})?|${MONTH}(?:\s+${YEAR})?|(?:last\s+)?${WEEKDAY}|today|yesterday|${YEAR})`;

/** `event`: in a fact question the phrase more likely dates the event than the coverage ("in July", "since 2014"). */
type Rule = { pattern: RegExp; span: (m: RegExpExecArray, now: string) => TimeFrame | null; event?: (m: RegExpExecArray, factual: Factual) => boolean };

/** What kind of fact a question asks for, if any: a count ("how many"), another fact (when, where, …). */
export type Factual = 'count' | 'other' | false;

const MONTH_ONLY = new RegExp(String.raw`^\s*${MONTH}(?:\s+${YEAR})?\s*$`, 'i');
const isMonth = (text: string) => MONTH_ONLY.test(text);

const rule = (source: string, span: Rule['span'], event?: Rule['event']): Rule => ({
  pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${source})(?![\p{L}\p{N}])`, 'iu'),
  span,
  ...(event && { event }),
});
/** A bound on a bare year ("since 2014", "before 2014"): a fact question's event date. */
const yearOnly = (m: RegExpExecArray) => /^\s*(?:19|20)\d\d\s*$/.test(m[1] ?? '');

/** Compound phrases first, so "since today" is not read as "today". */
const RULES: readonly Rule[] = [
  rule(String.raw`(?:between|from)\s+(${POINT})\s+(?:and|to|until|till|through)\s+(${POINT})`, (m, now) => {
    const last = point(m[2]!, now);
    const first = last && point(m[1]!, last.to);
    return first && last && first.from <= last.to ? { since: first.from, until: last.to } : null;
  }),
  rule(String.raw`(?:ever\s+)?since\s+(${POINT})`, (m, now) => map(point(m[1]!, now), (p) => ({ since: p.from })), yearOnly),
  rule(String.raw`after\s+(${POINT})`, (m, now) => map(point(m[1]!, now), (p) => ({ since: addDays(p.to, 1) })), yearOnly),
  // An upper bound may name a day still to come this year ("before November 8" on 7 November).
  rule(String.raw`before\s+(${POINT})`, (m, now) => map(point(m[1]!, now, true), (p) => ({ until: addDays(p.from, -1) })), yearOnly),
  rule(String.raw`(?:until|till|through|up\s+to)\s+(${POINT})`, (m, now) => map(point(m[1]!, now, true), (p) => ({ until: p.to })), yearOnly),
  rule(String.raw`(?:in|during|over)\s+the\s+(?:past|last)\s+(\d{1,3}|two|three|four|five|six|seven|ten)\s+(days?|weeks?)`, (m, now) => {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : ['two', 'three', 'four', 'five', 'six', 'seven'].indexOf(m[1]!.toLowerCase()) + 2 || 10;
    const days = /^week/i.test(m[2]!) ? n * 7 : n;
    return days > 0 ? { since: addDays(now, -(days - 1)), until: now } : null;
  }),
  rule(String.raw`(?:in|during|over)\s+the\s+(?:past|last)\s+(week|month)`, (m, now) => ({ since: addDays(now, /^week/i.test(m[1]!) ? -6 : -29), until: now })),
  rule(String.raw`(?:(?:in|during|from|over)\s+)?(this|last)\s+(week|month|year)`, (m, now) => relative(m[1]!.toLowerCase(), m[2]!.toLowerCase(), now)),
  // A count's month ("how many delegates does Trump have in April") is the coverage's; a year, a day or another fact's month is the event's.
  rule(String.raw`(?:(?:in|on|during|from)\s+)(${POINT})`, (m, now) => map(point(m[1]!, now), (p) => ({ since: p.from, until: p.to })), (m, factual) => factual !== 'count' || !isMonth(m[1]!)),
  rule(String.raw`today|yesterday`, (m, now) => map(point(m[0], now), (p) => ({ since: p.from, until: p.to }))),
];

/** The time frame a question names, and the question without those words. */
/**
 * `factual`: the question asks for a fact (how many, when, where, …), whose time words often
 * date the event rather than the coverage ("the peninsula Russia took in 2014", "where is the
 * alliance meeting in July", "died since 2014"): "in/on <day, month or year>" (for a count,
 * 'count': only a day or year) and bounds on a bare year are then left in the question; relative phrases ("this week", "yesterday") and
 * bounds on a day or month still frame the coverage.
 */
export function readTimeFrame(question: string, now: string, options: { factual?: Factual | boolean } = {}): ReadTimeFrame {
  const factual: Factual = options.factual === true ? 'other' : options.factual || false;
  let rest = question;
  let frame: TimeFrame | null = null;
  if (!isDate(now)) return { frame, rest };
  for (const { pattern, span, event } of RULES) {
    // Each rule may match more than once ("before May but after March" reads both).
    let from = 0;
    for (;;) {
      const m = pattern.exec(rest.slice(from));
      if (!m) break;
      const read = factual && event?.(m, factual) ? null : span(m, now);
      if (!read) {
        // Unreadable (or an event's date): left in the question, ignored.
        from += m.index + m[0].length;
        continue;
      }
      frame = intersect(frame, read);
      const at = from + m.index;
      rest = `${rest.slice(0, at)} ${rest.slice(at + m[0].length)}`;
      from = at;
    }
  }
  rest = rest.replace(/\s+([?!.,])/g, '$1').replace(/\s+/g, ' ').trim();
  return { frame, rest };
}

/** Both frames at once: the later start, the earlier end. */
export function intersect(a: TimeFrame | null, b: TimeFrame | null): TimeFrame | null {
  if (!a) return b;
  if (!b) return a;
  const since = a.since && b.since ? (a.since > b.since ? a.since : b.since) : a.since ?? b.since;
  const until = a.until && b.until ? (a.until < b.until ? a.until : b.until) : a.until ?? b.until;
  return { ...(since && { since }), ...(until && { until }) };
}

/** Whether a date (YYYY-MM-DD) is inside a frame (null: no frame, everything is). */
export function inFrame(date: string, frame: TimeFrame | null | undefined): boolean {
  if (!frame) return true;
  return (frame.since === undefined || date >= frame.since) && (frame.until === undefined || date <= frame.until);
}

/** A frame in words, for notes: "between 2016-03-01 and 2016-03-31", "since 2016-03-03". */
export function describeFrame(frame: TimeFrame): string {
  if (frame.since && frame.until) return frame.since === frame.until ? `on ${frame.since}` : `between ${frame.since} and ${frame.until}`;
  if (frame.since) return `since ${frame.since}`;
  return frame.until ? `until ${frame.until}` : '';
}

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

function map<T, U>(value: T | null, f: (v: T) => U): U | null {
  return value === null ? null : f(value);
}

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function ymd(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month, day));
  if (year < 1000 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month || d.getUTCDate() !== day) return null;
  return iso(d);
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  return full >= 0 ? full : MONTH_ABBREVIATIONS[w] ?? MONTH_MISSPELLINGS[w] ?? -1;
}

function lastDayOf(year: number, month: number): string {
  return iso(new Date(Date.UTC(year, month + 1, 0)));
}

/** Monday of the (ISO, Monday-first) week holding `date`. */
function mondayOf(date: string): string {
  const day = toUtc(date).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}

function relative(which: string, unit: string, now: string): TimeFrame {
  const [y, m] = [Number(now.slice(0, 4)), Number(now.slice(5, 7)) - 1];
  if (unit === 'week') {
    const monday = mondayOf(now);
    return which === 'this' ? { since: monday, until: now } : { since: addDays(monday, -7), until: addDays(monday, -1) };
  }
  if (unit === 'month') {
    if (which === 'this') return { since: ymd(y, m, 1)!, until: now };
    const [py, pm] = m === 0 ? [y - 1, 11] : [y, m - 1];
    return { since: ymd(py, pm, 1)!, until: lastDayOf(py, pm) };
  }
  return which === 'this' ? { since: `${y}-01-01`, until: now } : { since: `${y - 1}-01-01`, until: `${y - 1}-12-31` };
}

/**
 * The days one point names: a day, a whole month or a whole year. Without a year, a day or
 * month is the latest one not after `now` (for an upper bound, `upper`: this year's, even when
 * still to come); a weekday is the latest on or before `now`
 * ("last Monday": before `now`). Null when the words name no real date.
 */
function point(text: string, now: string, upper = false): Span | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const nowYear = Number(now.slice(0, 4));
  if (t === 'today') return { from: now, to: now };
  if (t === 'yesterday') return day(addDays(now, -1));
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isDate(t) ? day(t) : null;
  if (/^\d{4}$/.test(t)) return { from: `${t}-01-01`, to: `${t}-12-31` };
  const weekday = /^(last )?(\w+)$/.exec(t);
  if (weekday && WEEKDAYS.includes(weekday[2]!)) {
    const wanted = WEEKDAYS.indexOf(weekday[2]!);
    let back = (toUtc(now).getUTCDay() - wanted + 7) % 7;
    if (weekday[1] && back === 0) back = 7;
    return day(addDays(now, -back));
  }
  const slashed = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(t);
  if (slashed) {
    // "9/11" names the attacks and "24/7" means always; with a year ("9/11/2016") each is a day.
    if (!slashed[3] && NOT_DAYS.has(`${Number(slashed[1])}/${Number(slashed[2])}`)) return null;
    const [first, second] = [Number(slashed[1]), Number(slashed[2])];
    // Month/day as US news writes it; day/month only when the first number cannot be a month.
    const [month, dayOfMonth] = first > 12 && second <= 12 ? [second - 1, first] : [first - 1, second];
    const year = slashed[3] ? Number(slashed[3].length === 2 ? `20${slashed[3]}` : slashed[3]) : undefined;
    return calendarDay(month, dayOfMonth, year, now, upper);
  }
  const monthDay = /^([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/.exec(t) ?? swapDayMonth(/^(?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+\.?)(?:,? (\d{4}))?$/.exec(t));
  if (monthDay) {
    const month = monthIndex(monthDay[1]!);
    const dayOfMonth = Number(monthDay[2]);
    if (month < 0) return null;
    return calendarDay(month, dayOfMonth, monthDay[3] ? Number(monthDay[3]) : undefined, now, upper);
  }
  const monthYear = /^([a-z]+\.?)(?: (\d{4}))?$/.exec(t);
  if (monthYear) {
    const month = monthIndex(monthYear[1]!);
    if (month < 0) return null;
    const year = monthYear[2] ? Number(monthYear[2]) : ymd(nowYear, month, 1)! <= now || upper ? nowYear : nowYear - 1;
    return { from: ymd(year, month, 1)!, to: lastDayOf(year, month) };
  }
  return null;
}

/**
 * One day of a month (0-11): in `year` when given, else the latest not after `now` (for an upper
 * bound, `upper`: this year's, even when still to come). Null when there is no such day.
 */
function calendarDay(month: number, dayOfMonth: number, year: number | undefined, now: string, upper: boolean): Span | null {
  if (month < 0 || month > 11) return null;
  const nowYear = Number(now.slice(0, 4));
  if (year !== undefined) return map(ymd(year, month, dayOfMonth), day);
  const thisYear = ymd(nowYear, month, dayOfMonth);
  if (thisYear && (thisYear <= now || upper)) return day(thisYear);
  // Not yet this year (or no such day this year, 29 February): the latest earlier year that has it.
  for (let y = nowYear - 1; y >= nowYear - 8; y--) {
    const d = ymd(y, month, dayOfMonth);
    if (d) return day(d);
  }
  return null;
}

function swapDayMonth(m: RegExpExecArray | null): [string, string, string, string | undefined] | null {
  return m ? [m[0], m[2]!, m[1]!, m[3]] : null;
}

function day(date: string): Span {
  return { from: date, to: date };
}
