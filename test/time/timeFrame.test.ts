import { describe, expect, it } from 'vitest';
import { inFrame, intersect, readTimeFrame, type TimeFrame } from '../../src/time/timeFrame';

// "Now" is the newest publication date in the corpus. 2016-11-30 is a Wednesday,
// 2016-03-01 a Tuesday after a 29 February, 2016-01-02 a Saturday.
const CASES: [now: string, question: string, frame: TimeFrame | null, rest: string][] = [
  ['2016-11-30', 'what did Trump say today', { since: '2016-11-30', until: '2016-11-30' }, 'what did Trump say'],
  ['2016-11-30', 'what did Trump say yesterday?', { since: '2016-11-29', until: '2016-11-29' }, 'what did Trump say?'],
  ['2016-11-30', 'what did Trump say this week', { since: '2016-11-28', until: '2016-11-30' }, 'what did Trump say'],
  ['2016-11-30', 'what did Trump say last week', { since: '2016-11-21', until: '2016-11-27' }, 'what did Trump say'],
  ['2016-11-30', 'what did Trump say this month', { since: '2016-11-01', until: '2016-11-30' }, 'what did Trump say'],
  ['2016-11-30', 'what did Trump say last month', { since: '2016-10-01', until: '2016-10-31' }, 'what did Trump say'],
  ['2016-11-30', 'what did Clinton say in March', { since: '2016-03-01', until: '2016-03-31' }, 'what did Clinton say'],
  ['2016-11-30', 'what did Clinton say in December', { since: '2015-12-01', until: '2015-12-31' }, 'what did Clinton say'],
  ['2016-11-30', 'what did Clinton say in March 2016 about trade', { since: '2016-03-01', until: '2016-03-31' }, 'what did Clinton say about trade'],
  ['2016-11-30', 'what has Trump said since Monday', { since: '2016-11-28' }, 'what has Trump said'],
  ['2016-11-30', 'what has Trump said since March 3', { since: '2016-03-03' }, 'what has Trump said'],
  ['2016-11-30', 'what has Trump said since the 3rd of March', { since: '2016-03-03' }, 'what has Trump said'],
  ['2016-11-30', 'what did Trump say before November 8', { until: '2016-11-07' }, 'what did Trump say'],
  ['2016-11-30', 'what did Trump say after November 8', { since: '2016-11-09' }, 'what did Trump say'],
  ['2016-11-30', 'what did Trump say until Nov. 8, 2016', { until: '2016-11-08' }, 'what did Trump say'],
  ['2016-11-30', 'what did Trump say on November 8', { since: '2016-11-08', until: '2016-11-08' }, 'what did Trump say'],
  ['2016-11-30', 'what did Trump say between March 3 and April 10', { since: '2016-03-03', until: '2016-04-10' }, 'what did Trump say'],
  ['2016-11-30', 'what did Trump say between March and May', { since: '2016-03-01', until: '2016-05-31' }, 'what did Trump say'],
  ['2016-11-30', 'what did Trump say from 2016-03-03 to 2016-03-05', { since: '2016-03-03', until: '2016-03-05' }, 'what did Trump say'],
  ['2016-11-30', 'latest on the debate in the past 3 days', { since: '2016-11-28', until: '2016-11-30' }, 'latest on the debate'],
  ['2016-11-30', 'what did Trump say in 2015', { since: '2015-01-01', until: '2015-12-31' }, 'what did Trump say'],
  // An upper bound may name a day still to come: the election, the day after the newest article.
  ['2016-11-07', 'what did Clinton say before November 8', { until: '2016-11-07' }, 'what did Clinton say'],
  ['2016-11-07', 'what did Clinton say until December', { until: '2016-12-31' }, 'what did Clinton say'],
  ['2016-11-07', 'what did Clinton say since November 8', { since: '2015-11-08' }, 'what did Clinton say'],
  // Month boundaries and a leap day.
  ['2016-03-01', 'what did Trump say yesterday', { since: '2016-02-29', until: '2016-02-29' }, 'what did Trump say'],
  ['2016-03-01', 'what did Trump say this week', { since: '2016-02-29', until: '2016-03-01' }, 'what did Trump say'],
  ['2016-03-01', 'what did Trump say this month', { since: '2016-03-01', until: '2016-03-01' }, 'what did Trump say'],
  ['2016-03-01', 'what did Trump say last month', { since: '2016-02-01', until: '2016-02-29' }, 'what did Trump say'],
  ['2016-01-02', 'what did Trump say last month', { since: '2015-12-01', until: '2015-12-31' }, 'what did Trump say'],
  ['2016-01-02', 'what did Trump say last week', { since: '2015-12-21', until: '2015-12-27' }, 'what did Trump say'],
  ['2016-01-02', 'what did Trump say yesterday', { since: '2016-01-01', until: '2016-01-01' }, 'what did Trump say'],
  ['2016-01-02', 'what did Trump say between December 30 and January 1', { since: '2015-12-30', until: '2016-01-01' }, 'what did Trump say'],
  // "since" on the newest day: from that day on (it holds the newest articles).
  ['2016-01-02', 'what has Trump said since Saturday', { since: '2016-01-02' }, 'what has Trump said'],
  ['2016-01-02', 'what has Trump said since January 2', { since: '2016-01-02' }, 'what has Trump said'],
  ['2016-01-02', 'what has Trump said since today', { since: '2016-01-02' }, 'what has Trump said'],
  // Days written with slashes (month/day as in US news; day/month only when the first number
  // cannot be a month) and common misspellings of month names, as typed in chat.
  ['2016-11-07', 'what did obama say on 11/2', { since: '2016-11-02', until: '2016-11-02' }, 'what did obama say'],
  ['2016-11-07', 'what did clinton say since 10/1', { since: '2016-10-01' }, 'what did clinton say'],
  ['2016-11-07', 'what did trump say between 10/1 and 10/15', { since: '2016-10-01', until: '2016-10-15' }, 'what did trump say'],
  ['2016-11-07', 'what did trump say before 11/8', { until: '2016-11-07' }, 'what did trump say'],
  ['2016-11-30', 'what did Trump say on 11/8/16', { since: '2016-11-08', until: '2016-11-08' }, 'what did Trump say'],
  ['2016-11-30', 'what did Trump say on 9/11/2016', { since: '2016-09-11', until: '2016-09-11' }, 'what did Trump say'],
  ['2016-11-30', 'what did Trump say on 12/25', { since: '2015-12-25', until: '2015-12-25' }, 'what did Trump say'],
  ['2016-11-30', 'what did Trump say since 25/10', { since: '2016-10-25' }, 'what did Trump say'],
  ['2016-11-07', 'what did kasich say in febuary', { since: '2016-02-01', until: '2016-02-29' }, 'what did kasich say'],
  ['2016-11-30', 'what did Trump say since janurary 5', { since: '2016-01-05' }, 'what did Trump say'],
  ['2016-11-30', 'what did Trump say between feburary and march', { since: '2016-02-01', until: '2016-03-31' }, 'what did Trump say'],
  // Unreadable or no date named: ignored, left in the question, never guessed.
  ['2016-11-30', 'what did Trump say before the election', null, 'what did Trump say before the election'],
  ['2016-11-30', 'what did Trump say since February 30', null, 'what did Trump say since February 30'],
  ['2016-11-30', 'how many troops has Russia massed near Ukraine', null, 'how many troops has Russia massed near Ukraine'],
  ['2016-11-30', 'what did Trump say about the wall', null, 'what did Trump say about the wall'],
  ['2016-11-30', 'who said the march was peaceful', null, 'who said the march was peaceful'],
  ['2016-11-30', 'what did Trump say since 9/11', null, 'what did Trump say since 9/11'],
  ['2016-11-30', 'what did Clinton say on 24/7 cable news', null, 'what did Clinton say on 24/7 cable news'],
  ['2016-11-30', 'what did Trump say in 2/3 of his rallies', null, 'what did Trump say in 2/3 of his rallies'],
  ['2016-11-30', 'what did Trump say on 13/13', null, 'what did Trump say on 13/13'],
];

describe('time frames read from a question', () => {
  it.each(CASES)('now %s: %s', (now, question, frame, rest) => {
    const read = readTimeFrame(question, now);
    expect(read.frame).toEqual(frame);
    expect(read.rest).toBe(rest);
  });

  it('in a fact question, leaves the event’s date in the question but still reads relative frames', () => {
    const now = '2016-11-30';
    const factual = { factual: true };
    expect(readTimeFrame('how many people have died in the fighting since 2014', now, factual)).toEqual({ frame: null, rest: 'how many people have died in the fighting since 2014' });
    expect(readTimeFrame('what is the peninsula russia took in 2014 called', now, factual).frame).toBeNull();
    expect(readTimeFrame('where is the alliance meeting in july', now, factual).frame).toBeNull();
    expect(readTimeFrame('how many troops were added this week', now, factual).frame).toEqual({ since: '2016-11-28', until: '2016-11-30' });
    expect(readTimeFrame('how many delegates has Trump won since March 1', now, factual).frame).toEqual({ since: '2016-03-01' });
    // A count's month is the coverage's; its year is the event's.
    expect(readTimeFrame('how many delegates does Trump have in April', now, { factual: 'count' }).frame).toEqual({ since: '2016-04-01', until: '2016-04-30' });
    expect(readTimeFrame('how many people have died in the fighting in 2014', now, { factual: 'count' }).frame).toBeNull();
  });

  it('reads two bounds in one question as both', () => {
    expect(readTimeFrame('what did Trump say after March 3 but before April 1', '2016-11-30').frame).toEqual({ since: '2016-03-04', until: '2016-03-31' });
  });

  it('keeps a date inside its frame, bounds included', () => {
    const frame = { since: '2016-03-01', until: '2016-03-31' };
    expect(['2016-02-29', '2016-03-01', '2016-03-31', '2016-04-01'].map((d) => inFrame(d, frame))).toEqual([false, true, true, false]);
    expect(inFrame('1999-01-01', null)).toBe(true);
    expect(intersect({ since: '2016-03-01' }, { since: '2016-02-01', until: '2016-03-10' })).toEqual({ since: '2016-03-01', until: '2016-03-10' });
  });
});
