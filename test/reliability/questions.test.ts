/**
 * Hostile questions, unit level: every kind of bad input gets a clear short reply or a
 * ranked answer, never an exception; what would be sent stays within Discord's limits and
 * can ping nobody. Property tests (fast-check) over the question parser, the ranking on the
 * bundled corpus and the reply renderer.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanQuestion, understandQuestion } from '../../src/answer/understandQuestion.js';
import type { LoadedDesk } from '../../src/desk/loadDesk.js';
import type { AskResult, ConversationContext, Intent } from '../../src/model/types.js';
import { threadName } from '../../src/discord/answerFlow.js';
import { LIMITS } from '../../src/discord/limits.js';
import { hasWords, NO_WORDS_REPLY } from '../../src/discord/questionText.js';
import { embedLength, renderAnswerEmbeds } from '../../src/discord/renderAnswers.js';
import { renderContext, renderHelp, renderLoadFailure, renderReloadReport, renderSources } from '../../src/discord/renderInfo.js';
import { askResultOf } from '../support/askResults.js';
import { seedDesk } from '../support/seedCorpus.js';
import { hostileTextArb, HOSTILE_QUESTIONS, unescapedMentions } from './hostile.js';

let loaded: LoadedDesk;
beforeAll(async () => {
  loaded = await seedDesk();
}, 60_000);

const INTENTS: Intent[] = ['what-said', 'who-said', 'how-many', 'when', 'where', 'general'];

function embedTexts(e: { title?: string; description?: string; footer?: { text: string }; fields?: { name: string; value: string }[] }): string[] {
  return [e.title ?? '', e.description ?? '', e.footer?.text ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])];
}

function expectWithinLimits(embeds: ReturnType<typeof renderAnswerEmbeds>) {
  expect(embeds.length).toBeGreaterThan(0);
  for (const e of embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect((e.description ?? '').length).toBeGreaterThan(0);
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footerText);
    expect(embedLength(e)).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const text of embedTexts(e)) {
      expect(unescapedMentions(text)).toEqual([]);
      expect(text).not.toMatch(/\p{Cs}/u); // no half surrogate pairs
    }
  }
}

/** Every answer is verbatim corpus text, its article and sentence exist, its score is finite. */
function expectVerbatim(result: AskResult, limit: number) {
  expect(result.answers.length).toBeLessThanOrEqual(limit);
  expect(result.total).toBeGreaterThanOrEqual(result.answers.length);
  expect(INTENTS).toContain(result.intent);
  for (const a of result.answers) {
    const article = loaded.data.articleById.get(a.article);
    expect(article, `article ${a.article}`).toBeDefined();
    expect(article!.body.includes(a.text), `verbatim: ${a.text}`).toBe(true);
    expect(loaded.data.sentenceById.has(a.sentenceId)).toBe(true);
    expect(Number.isFinite(a.score)).toBe(true);
    expect(a.outlets).toContain(a.outlet);
    for (const s of a.sources) expect(loaded.data.articleById.has(s.article)).toBe(true);
  }
}

describe('hostile questions (unit)', () => {
  it.each(HOSTILE_QUESTIONS)('%s: a clear short reply or an answer, within limits, pinging nobody', (_label, question) => {
    if (!hasWords(question)) {
      // The bot replies with one short sentence and never asks the desk.
      expect(NO_WORDS_REPLY.length).toBeLessThan(200);
      expect(unescapedMentions(NO_WORDS_REPLY)).toEqual([]);
      return;
    }
    const result = loaded.desk.ask(question, { limit: 5 });
    expectVerbatim(result, 5);
    const embeds = renderAnswerEmbeds(result);
    expectWithinLimits(embeds);
    if (result.answers.length === 0) expect(embeds[0]!.description!.length).toBeLessThan(300); // short and plain
    const name = threadName(question);
    expect(name.length).toBeGreaterThanOrEqual(1);
    expect(name.length).toBeLessThanOrEqual(LIMITS.threadName);
  });

  it('whitespace, punctuation, emoji and mention-only questions have no words; real questions in any script do', () => {
    for (const q of ['', '   \n\t ', '?!?!...', '🙂🔥🇺🇦', '\u200b\u200f\u202e', '<@&123456789012345678>', '@', '```\n```', '|| ||'])
      expect(hasWords(q), JSON.stringify(q)).toBe(false);
    for (const q of ['what did Blinken say', 'Что сказал Блинкен?', '布林肯说了什么', 'ماذا قال بلينكن', '1', '@everyone']) expect(hasWords(q), q).toBe(true);
  });
});

describe('question parser (property)', () => {
  it('cleanQuestion: bounded, trimmed, no control/zero-width/bidi characters, no mentions, idempotent', () => {
    fc.assert(
      fc.property(hostileTextArb(7000), (raw) => {
        const q = cleanQuestion(raw);
        expect(q.length).toBeLessThanOrEqual(500);
        expect(q).toBe(q.trim());
        expect(q).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\p{Cc}]/u);
        expect(q).not.toMatch(/<(?:@[!&]?|#)\d+>/);
        expect(q).not.toMatch(/\p{Cs}/u); // no lone surrogate, none left by the cut either
        expect(cleanQuestion(q)).toBe(q);
      }),
      { numRuns: 300 },
    );
  });

  it('understandQuestion never throws, returns a known intent, and is fast on long input', () => {
    const contextArb = fc.option(
      fc.record({ question: fc.string({ maxLength: 50 }), speaker: fc.option(fc.constantFrom('Antony Blinken', 'Jens Stoltenberg', 'Nobody Known'), { nil: null }), topic: fc.string({ maxLength: 30 }) }),
      { nil: undefined },
    );
    const outlets = [...new Set(loaded.desk.sources().articles.map((a) => a.outlet))];
    fc.assert(
      fc.property(hostileTextArb(7000), contextArb, (raw, context) => {
        const started = performance.now();
        const u = understandQuestion(raw, { people: loaded.data.people, outlets, ...(context ? { context: context as ConversationContext } : {}) });
        expect(performance.now() - started).toBeLessThan(500); // no catastrophic regex backtracking
        expect(INTENTS).toContain(u.intent);
        expect(typeof u.topic).toBe('string');
        if (u.outlet !== null) expect(outlets).toContain(u.outlet);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ranking on the bundled corpus (property)', () => {
  it('desk.ask never throws; answers are verbatim, within the limit, with finite scores', () => {
    const words = [...new Set(loaded.data.sentences.flatMap((s) => s.text.split(/\s+/)).filter((w) => w.length > 2))].slice(0, 400);
    const speakers = loaded.desk.suggestSpeakers('', 10);
    const outlets = [...new Set(loaded.desk.sources().articles.map((a) => a.outlet))];
    const corpusQuestion = fc.oneof(
      fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')),
      fc.tuple(fc.constantFrom('what did', 'who said', 'how many', 'when did', 'where'), fc.constantFrom(...words, ...speakers), fc.constantFrom('say', 'said about', '?', '')).map((p) => p.join(' ')),
      fc.tuple(fc.constantFrom(...speakers), hostileTextArb(40)).map(([s, t]) => `what did ${s} say about ${t}`),
    );
    fc.assert(
      fc.property(
        fc.oneof(corpusQuestion, hostileTextArb(6000)),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        fc.option(fc.oneof(fc.constantFrom(...outlets), hostileTextArb(30)), { nil: undefined }),
        (question, limit, offset, outlet) => {
          const result = loaded.desk.ask(question, { limit, offset, ...(outlet !== undefined ? { outlet } : {}) });
          expectVerbatim(result, limit);
          expect(result.answers.length).toBeLessThanOrEqual(Math.max(0, result.total - offset));
          // Follow-up with the context it returned: same guarantees.
          expectVerbatim(loaded.desk.ask('what else did he say', { limit, context: result.context }), limit);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('reply renderer (property)', () => {
  const answerArb = fc.record({
    text: hostileTextArb(2000, 1),
    speaker: fc.option(hostileTextArb(200), { nil: null }),
    outlets: fc.array(hostileTextArb(80, 1), { minLength: 1, maxLength: 8 }),
    title: hostileTextArb(400),
    url: fc.option(fc.oneof(fc.webUrl(), hostileTextArb(60)), { nil: undefined }),
  });
  const resultArb = fc.record({ question: hostileTextArb(6000), answers: fc.array(answerArb, { maxLength: 10 }), note: fc.option(hostileTextArb(300), { nil: undefined }) }).map(
    ({ question, answers, note }) => askResultOf(question, answers, { total: answers.length + 2, note }),
  );

  it('answers: never throws, every embed within limits, no mention Discord would parse', () => {
    fc.assert(
      fc.property(resultArb, fc.integer({ min: 0, max: 100 }), (result, offset) => {
        expectWithinLimits(renderAnswerEmbeds(result, offset));
        const name = threadName(result.question);
        expect(name.length).toBeGreaterThanOrEqual(1);
        expect(name.length).toBeLessThanOrEqual(LIMITS.threadName);
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('context, sources, help, reload report and failure: within limits, no parsable mention', () => {
    const text = hostileTextArb(300);
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: hostileTextArb(2000, 1), focus: fc.boolean() }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.record({ outlet: text, title: text, url: fc.option(fc.webUrl(), { nil: undefined }) }), { maxLength: 30 }),
        fc.array(text, { maxLength: 12 }),
        fc.array(fc.record({ file: text, reason: text }), { maxLength: 30 }),
        text,
        (sentences, articles, names, problems, title) => {
          const all = [
            ...renderContext({ article: title, outlet: title, title, sentences: sentences.map((s, i) => ({ id: `x:0:${i}`, ...s })) }),
            ...renderSources({ articles: articles.map((a, i) => ({ id: `a${i}`, published: '2022-02-16', sentences: 1, quotes: 0, ...a, ...(a.url ? { url: a.url } : {}) })), loadedAt: '2022-02-16T00:00:00.000Z', sentences: 1, quotes: 0 }),
            ...renderHelp(names),
            ...renderReloadReport({ added: names, removed: names, changed: names, articles: 1, sentences: 1, quotes: 1, ms: 1, warnings: problems }),
            ...renderLoadFailure(problems),
          ];
          expectWithinLimits(all);
        },
      ),
      { numRuns: 150 },
    );
  });
});
