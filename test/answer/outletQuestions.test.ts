/**
 * "What did <outlet> report" as users type it: an outlet whose name holds a time word ("USA
 * Today") is the outlet, not a frame and a country; with no topic, the answer is what the
 * outlet's articles open with, not "Nothing in NPR answers that".
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'USA Today',
      published: '2022-02-16',
      body: [
        'Intelligence officials have concluded that the claims of a withdrawal are false.',
        'The buildup continued overnight, the officials said.',
        'Defense ministers met in Brussels for talks on the troops.',
      ].join('\n\n'),
    },
    {
      outlet: 'NPR',
      published: '2022-02-15',
      body: [
        'Officials say they have seen no evidence that the troops have withdrawn.',
        '“We see a difference between what they say and what they do,” U.S. Secretary of State Antony Blinken said.',
        'Blinken told allies that the troops had not left.',
      ].join('\n\n'),
    },
  ]),
);

const ask = (q: string) => desk.ask(q);

describe('what an outlet reported', () => {
  it('reads "usa today" as the outlet, not "usa" plus a frame of today', () => {
    const result = ask('what did usa today report about the troops');
    expect(result.frame).toBeUndefined();
    expect(result.answers.length).toBeGreaterThan(0);
    expect(result.answers.every((a) => a.outlet === 'USA Today')).toBe(true);
    expect(result.answers.some((a) => a.text.includes('Defense ministers met in Brussels'))).toBe(true);
  });

  it('with no topic, gives the opening sentences of the outlet\'s articles, lede first', () => {
    const usa = ask('what did usa today report');
    expect(usa.answers.map((a) => a.text)).toEqual([
      'Intelligence officials have concluded that the claims of a withdrawal are false.',
      'The buildup continued overnight, the officials said.',
    ]);
    const npr = ask('what did NPR report');
    expect(npr.note).toBeUndefined();
    expect(npr.answers[0]!.text).toBe('Officials say they have seen no evidence that the troops have withdrawn.');
    expect(npr.answers.every((a) => a.outlet === 'NPR')).toBe(true);
  });

  it('still reads a time word outside the outlet\'s name as a frame', () => {
    expect(ask('what did usa today report yesterday').frame).toEqual({ since: '2022-02-15', until: '2022-02-15' });
  });
});

describe('how the outlets differ', () => {
  it('answers with the sentences on the topic and points to /compare, instead of searching for "outlets differ"', () => {
    // "how do outlets differ on the troops" answered "Nothing in the corpus answers that".
    const result = ask('how do the outlets differ on the buildup?');
    expect(result.answers.some((a) => a.text.includes('The buildup continued overnight'))).toBe(true);
    expect(result.note).toContain('/compare buildup');
    expect(ask('do the papers agree about the troops').answers.length).toBeGreaterThan(0);
  });
});

describe('a thread', () => {
  it('"what did npr report about it" takes the thread\'s topic, not the word "it"', () => {
    const first = ask('what did usa today report about the troops');
    const next = desk.ask('what did npr report about it', { context: first.context });
    expect(next.answers.length).toBeGreaterThan(0);
    expect(next.answers.every((a) => a.outlet === 'NPR' && /troops/.test(a.text))).toBe(true);
  });

  it('an outlet question with a topic of its own is about that outlet\'s coverage, not the thread\'s speaker', () => {
    // After a speaker was answered, "what did usa today report about the buildup" looked for that speaker's
    // statements in USA Today and said there were none.
    const first = ask('what did blinken say');
    const next = desk.ask('what did usa today report about the buildup', { context: first.context });
    expect(next.answers.length).toBeGreaterThan(0);
    expect(next.answers[0]!.outlet).toBe('USA Today');
    expect(next.answers[0]!.text).toContain('The buildup continued overnight');
  });

  it('goes on about its speaker after the aside "who is he?"', () => {
    const first = ask('what did blinken say');
    const who = desk.ask('who is he', { context: first.context });
    const next = desk.ask('and about the allies?', { context: who.context });
    expect([...new Set(next.answers.map((a) => a.speaker))]).toEqual(['Antony Blinken']);
    expect(next.answers[0]!.text).toContain('allies');
  });
});

describe('an outlet by its initials', () => {
  const times = createDesk(
    deskFrom([
      { outlet: 'The New York Times', published: '2016-07-07', body: 'ABSTRACT.\n\nThe director said the emails were handled carelessly.\n\nThe campaign disputed that account.' },
      { outlet: 'Politico', published: '2016-07-07', body: 'The director testified about the emails for four hours.' },
    ]),
  );

  it('"nyt" is The New York Times, as a subject and after "in"', () => {
    const asked = times.ask('what did the nyt report about the emails');
    expect(asked.answers.length).toBeGreaterThan(0);
    expect(asked.answers.every((a) => a.outlet === 'The New York Times')).toBe(true);
    expect(times.ask('emails in nyt').answers.every((a) => a.outlet === 'The New York Times')).toBe(true);
  });

  it('skips a label the cleaning kept ("ABSTRACT.") when giving what the outlet opened with', () => {
    expect(times.ask('what did the nyt report').answers.map((a) => a.text)).toEqual([
      'The director said the emails were handled carelessly.',
      'The campaign disputed that account.',
    ]);
  });
});
