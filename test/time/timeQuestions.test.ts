import { describe, expect, it } from 'vitest';
import type { Desk } from '../../src/model/types';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';
import { weeksDesk } from './weeksDesk';

const quotesOf = (desk: Desk, question: string, options = {}) => desk.ask(question, options).answers.map((a) => [a.published, a.text]);

describe('time frames in questions', () => {
  const desk = weeksDesk();

  it('limits answers to the frame the question names, relative to the newest article', () => {
    const result = desk.ask('what did Scholz say last week');
    expect(result.frame).toEqual({ since: '2022-02-14', until: '2022-02-20' });
    expect(result.answers.map((a) => a.text)).toEqual(['“We will act together with our allies,” Scholz said.']);
    expect(quotesOf(desk, 'what did Scholz say this week')).toEqual([['2022-02-22', '“The pipeline will not be certified for now,” Scholz said.']]);
    expect(quotesOf(desk, 'what has Scholz said since February 8').map(([d]) => d).sort()).toEqual(['2022-02-08', '2022-02-15', '2022-02-22']);
    expect(quotesOf(desk, 'what did Scholz say before February 8').map(([d]) => d)).toEqual(['2022-02-01']);
    // "since" on the newest day: that day's articles.
    expect(quotesOf(desk, 'what has Scholz said since Tuesday').map(([d]) => d)).toEqual(['2022-02-22']);
  });

  it('searches only inside the frame for topic questions', () => {
    const result = desk.ask('talks in Moscow between February 10 and February 16');
    expect(result.answers.length).toBeGreaterThan(0);
    expect(result.answers.every((a) => a.published === '2022-02-15')).toBe(true);
  });

  it('says plainly when the frame holds nothing, naming the frame', () => {
    const result = desk.ask('what did Scholz say in January');
    expect(result.answers).toEqual([]);
    expect(result.note).toMatch(/between 2022-01-01 and 2022-01-31/);
  });

  it('takes since/until options (inclusive), narrowing any frame the question names', () => {
    expect(quotesOf(desk, 'what did Scholz say', { since: '2022-02-08', until: '2022-02-15' }).map(([d]) => d).sort()).toEqual(['2022-02-08', '2022-02-15']);
    expect(quotesOf(desk, 'what did Scholz say since February 8', { until: '2022-02-08' }).map(([d]) => d)).toEqual(['2022-02-08']);
    expect(desk.ask('what did Scholz say', { since: '2022-03-01' }).answers).toEqual([]);
  });

  it('reads no frame or recency inside the words of a who-said question', () => {
    const quoted = createDesk(
      deskFrom([
        { outlet: 'Alpha News', published: '2022-02-01', body: 'German Chancellor Olaf Scholz spoke in Berlin.\n\n“We will decide on the pipeline this week,” Scholz said.' },
        { outlet: 'Beta Times', published: '2022-02-22', body: 'The talks on the pipeline ended.' },
      ]),
    );
    const result = quoted.ask('who said we will decide on the pipeline this week');
    expect(result.frame).toBeUndefined();
    expect(result.answers[0]?.speaker).toBe('Olaf Scholz');
    // When no quotation holds them all, a time phrase among the words is the frame.
    const framed = quoted.ask('who said we will decide on the pipeline in February');
    expect(framed.frame).toEqual({ since: '2022-02-01', until: '2022-02-28' });
    expect(framed.answers[0]?.speaker).toBe('Olaf Scholz');
    expect(quoted.ask('who said we will decide on the pipeline in January').answers).toEqual([]);
  });

  it('ignores a frame phrase it cannot read rather than guess', () => {
    const result = desk.ask('what did Scholz say before the summit');
    expect(result.frame).toBeUndefined();
  });
});

describe('recency in ranking', () => {
  const desk = weeksDesk();

  it('puts the newest first for questions asking for it', () => {
    for (const q of ['what’s Scholz been saying', 'what is Scholz saying', 'latest from Scholz', 'any news on the pipeline']) {
      const dates = desk.ask(q).answers.map((a) => a.published);
      expect(dates.length, q).toBeGreaterThan(1);
      expect(dates, q).toEqual([...dates].sort().reverse());
    }
  });

  it('breaks near-ties by date, newest first, and keeps relevance order otherwise', () => {
    const tied = desk.ask('gas prices rose in Europe').answers;
    expect(tied.map((a) => a.published)).toEqual(['2022-02-08', '2022-02-01']);
    // A clearly better match stays first whatever its date.
    const pipeline = desk.ask('pipeline private business project').answers;
    expect(pipeline[0]!.published).toBe('2022-02-01');
  });
});

describe('thread follow-ups keep the time frame', () => {
  const desk = weeksDesk();

  it('asks the thread’s question again in a new frame: "what about last week?"', () => {
    const first = desk.ask('what did Scholz say');
    const lastWeek = desk.ask('what about last week?', { context: first.context });
    expect(lastWeek.answers.map((a) => a.published)).toEqual(['2022-02-15']);
    expect(lastWeek.context).toMatchObject({ since: '2022-02-14', until: '2022-02-20' });
    const thisWeek = desk.ask('and this week?', { context: lastWeek.context });
    expect(thisWeek.answers.map((a) => a.published)).toEqual(['2022-02-22']);
  });

  it('keeps the frame for a follow-up naming none, and drops it for a new question', () => {
    const first = desk.ask('what did Scholz say since February 8');
    const followUp = desk.ask('what did he say about the pipeline', { context: first.context });
    expect(followUp.frame).toEqual({ since: '2022-02-08' });
    expect(followUp.answers.every((a) => a.published >= '2022-02-08')).toBe(true);
    expect(followUp.answers.length).toBeGreaterThan(0);
    const fresh = desk.ask('gas prices rose in Europe', { context: first.context });
    expect(fresh.frame).toBeUndefined();
    expect(fresh.answers.some((a) => a.published === '2022-02-01')).toBe(true);
  });
});

describe('time words in fact questions on the seed corpus', () => {
  it('leaves an event’s year in the question instead of filtering the coverage by it', async () => {
    const { seedDesk } = await import('../support/seedCorpus');
    const desk = (await seedDesk()).desk;
    const result = desk.ask('how many people have died in the fighting since 2014');
    expect(result.frame).toBeUndefined();
    expect(result.answers.length).toBeGreaterThan(0);
    expect(desk.ask('what is the peninsula russia took in 2014 called').answers.length).toBeGreaterThan(0);
  });
});
