import { beforeAll, describe, expect, it } from 'vitest';
import type { Desk } from '../../src/model/types';
import { seedDesk, seedArticles } from '../support/seedCorpus';

let desk: Desk;
let bodies: string[];
beforeAll(async () => {
  desk = (await seedDesk()).desk;
  bodies = (await seedArticles()).map((a) => a.body);
});

describe('answers on the seed corpus', () => {
  it('answers a figures question with every outlet’s figure', () => {
    const result = desk.ask('how many troops has Russia massed near Ukraine');
    expect(result.intent).toBe('how-many');
    const texts = result.answers.map((a) => a.text).join('\n');
    for (const figure of ['about 150,000 troops', 'approximately 150,000 troops', 'grown to 150,000', 'more than 100,000', 'about 140,000']) {
      expect(texts).toContain(figure);
    }
    expect(new Set(result.answers.flatMap((a) => a.outlets))).toEqual(
      new Set(['Military Times', 'USA Today', 'NPR', 'The Washington Times']),
    );
  });

  it('returns verbatim text: every answer is a slice of its article', () => {
    for (const q of ['what did Blinken say', 'how many troops did Russia add', 'cyberattack on Ukrainian banks']) {
      for (const answer of desk.ask(q).answers) {
        const sentences = answer.text.split('\n');
        expect(sentences.every((s) => bodies.some((b) => b.includes(s)))).toBe(true);
      }
    }
  });

  it('matches a misspelled name and a name typed without its last letter', () => {
    expect(desk.ask('what did Stoltenburg say').answers[0]?.speaker).toBe('Jens Stoltenberg');
    expect(desk.ask('what did zelensky say').answers[0]?.speaker).toBe('Volodymyr Zelenskyy');
  });

  it('treats a surname, full name and title as one person', () => {
    const bySurname = desk.ask('what did Stoltenberg say').answers.map((a) => a.text);
    expect(bySurname.length).toBeGreaterThanOrEqual(6);
    expect(desk.ask('what did Jens Stoltenberg say').answers.map((a) => a.text)).toEqual(bySurname);
    expect(desk.ask('what did the NATO Secretary General say').answers.map((a) => a.text)).toEqual(bySurname);
  });

  it('merges a wire sentence printed by several outlets into one answer listing each outlet', () => {
    const result = desk.ask('what did Stoltenberg say about withdrawing forces');
    const welcome = result.answers.filter((a) => a.text.includes('If they really start to withdraw forces'));
    expect(welcome).toHaveLength(1);
    expect(welcome[0]!.outlets.sort()).toEqual(['Military Times', 'The Washington Times']);
    expect(welcome[0]!.sources.map((s) => s.article)).toHaveLength(2);
  });

  it('abstains with a plain note when nothing is relevant', () => {
    for (const q of ['what is the weather in Paris', 'recipe for chocolate cake', 'who won the Super Bowl']) {
      const result = desk.ask(q);
      expect(result.answers).toEqual([]);
      expect(result.note).toBe('Nothing in the corpus answers that.');
    }
  });

  it('says a named but unquoted person has no quotations, without other people’s quotes', () => {
    const result = desk.ask('what did Kamala Harris say');
    expect(result.answers).toEqual([]);
    expect(result.note).toBe('Kamala Harris is mentioned in the corpus but has no statements in it.');
    expect(desk.ask('what did Xi Jinping say').note).toBe('No statements by Xi Jinping in the corpus.');
  });

  it('names the speaker of a quotation for who-said', () => {
    const result = desk.ask('who said "we remain in the window"');
    expect(result.answers[0]).toMatchObject({ speaker: 'Jen Psaki', outlet: 'USA Today' });
  });

  it('ranks the quotations that match the topic first', () => {
    const result = desk.ask('What did Psaki say about the window?');
    expect(result.answers[0]!.text).toMatch(/window/);
    expect(result.answers.every((a) => a.speaker === 'Jen Psaki')).toBe(true);
  });

  it('pages with offset and limit and reports the total', () => {
    const all = desk.ask('what did Stoltenberg say', { limit: 100 });
    const page = desk.ask('what did Stoltenberg say', { limit: 2, offset: 2 });
    expect(page.total).toBe(all.total);
    expect(page.answers.map((a) => a.text)).toEqual(all.answers.slice(2, 4).map((a) => a.text));
  });

  it('filters by outlet', () => {
    const result = desk.ask('what did Stoltenberg say', { outlet: 'npr' });
    expect(result.answers.length).toBeGreaterThan(0);
    expect(result.answers.every((a) => a.outlet === 'NPR')).toBe(true);
  });

  it('asks who is meant by a pronoun the conversation does not resolve, and remembers no one', () => {
    // The seeds print unresolved "He said …" statements: a bare "he" must not fetch them.
    const first = desk.ask('what did he say');
    expect(first.answers).toEqual([]);
    expect(first.note).toMatch(/^Who do you mean by “he”\?/);
    expect(first.context?.speaker ?? null).toBeNull();
    const next = desk.ask('what did she say about troops', { context: first.context });
    expect(next.answers).toEqual([]);
    expect(next.note).toMatch(/^Who do you mean by “she”\?/);
  });

  it('answers follow-ups from the conversation context', () => {
    const first = desk.ask('what did Blinken say', { limit: 2 });
    const more = desk.ask('what else did he say', { context: first.context });
    expect(more.answers.length).toBeGreaterThan(0);
    expect(more.answers.every((a) => a.speaker === 'Antony Blinken')).toBe(true);
    const shown = new Set(first.answers.map((a) => a.text));
    expect(more.answers.some((a) => shown.has(a.text))).toBe(false);

    const other = desk.ask('what about Stoltenberg?', { context: first.context });
    expect(other.answers.every((a) => a.speaker === 'Jens Stoltenberg')).toBe(true);

    const npr = desk.ask('and what did NPR report?', { context: first.context });
    expect(npr.answers.length).toBeGreaterThan(0);
    expect(npr.answers.every((a) => a.outlet === 'NPR' && a.speaker === 'Antony Blinken')).toBe(true);
  });

  it('gives the sentences around an answer for context', () => {
    const answer = desk.ask('who said wars in Europe rarely start on a Wednesday').answers[0]!;
    const context = desk.context(answer.sentenceId);
    if ('missing' in context) throw new Error(`no context: ${context.missing}`);
    expect(context.outlet).toBe('Military Times');
    expect(context.sentences.filter((s) => s.focus)).toHaveLength(1);
    expect(context.sentences.length).toBeGreaterThan(1);
  });

  it('suggests speakers for autocomplete, typo-tolerant and capped at 25', () => {
    expect(desk.suggestSpeakers('stol')).toEqual(['Jens Stoltenberg']);
    expect(desk.suggestSpeakers('Stoltenburg')).toContain('Jens Stoltenberg');
    expect(desk.suggestSpeakers('').length).toBeLessThanOrEqual(25);
    expect(desk.suggestSpeakers('', 3)).toHaveLength(3);
  });

  it('lists sources with sentence and quotation counts', () => {
    const sources = desk.sources();
    expect(sources.articles).toHaveLength(5);
    expect(sources.articles.every((a) => a.sentences > 10 && a.quotes > 0)).toBe(true);
    expect(sources.sentences).toBe(sources.articles.reduce((n, a) => n + a.sentences, 0));
  });
});
