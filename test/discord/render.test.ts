/** Rendering stays inside Discord's limits for any answers, and never drops or alters a quote silently. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/desk/types.js';
import { LIMITS } from '../../src/discord/limits.js';
import { embedLength, renderAnswerEmbeds } from '../../src/discord/renderAnswers.js';
import { renderLoadFailure, renderReloadReport, renderSources } from '../../src/discord/renderInfo.js';
import { packLines, safeText, truncate } from '../../src/discord/safeText.js';
import { threadName } from '../../src/discord/answerFlow.js';
import { askResultOf, type AnswerInput } from '../support/askResults.js';

const answerArb = fc.record({
  text: fc.string({ minLength: 1, maxLength: 3000 }),
  speaker: fc.option(fc.string({ maxLength: 200 }), { nil: null }),
  outlets: fc.array(fc.string({ minLength: 1, maxLength: 80 }), { minLength: 1, maxLength: 12 }),
  title: fc.string({ maxLength: 400 }),
  url: fc.option(fc.webUrl(), { nil: undefined }),
});

function toResult(question: string, raw: AnswerInput[], note?: string): AskResult {
  return askResultOf(question, raw, { total: raw.length + 3, note });
}

function checkEmbed(e: { title?: string; description?: string; footer?: { text: string } }) {
  expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
  expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footerText);
  expect(embedLength(e as never)).toBeLessThanOrEqual(LIMITS.embedTotal);
}

describe('answer rendering', () => {
  it('keeps every embed within limits and every answer present exactly once', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), fc.array(answerArb, { maxLength: 25 }), fc.option(fc.string({ maxLength: 500 }), { nil: undefined }), (q, raw, note) => {
        const embeds = renderAnswerEmbeds(toResult(q, raw, note), 7);
        expect(embeds.length).toBeGreaterThan(0);
        embeds.forEach(checkEmbed);
        const all = embeds.map((e) => e.description).join('\n');
        raw.forEach((_, i) => expect(all.split(`**${8 + i}.**\n> `).length - 1).toBe(1));
      }),
      { numRuns: 150 },
    );
  });

  it('shows a short quote verbatim (escaped) with speaker, outlet and linked title', () => {
    const [embed] = renderAnswerEmbeds(
      toResult('q', [{ text: 'We remain in the window.', speaker: 'Antony Blinken', outlets: ['NPR', 'AP'], title: 'No withdrawal', url: 'https://npr.org/x' }]),
    );
    expect(embed!.description).toContain('**1.**\n> We remain in the window.\n');
    expect(embed!.description).toContain('**Antony Blinken** · NPR, AP · [No withdrawal](https://npr.org/x)');
  });

  it('says plainly when nothing answers, using the note when present', () => {
    const [none] = renderAnswerEmbeds({ question: 'x', intent: 'general', answers: [], total: 0, context: { question: 'x' } });
    expect(none!.description).toMatch(/Nothing in the corpus answers that/);
    const [noted] = renderAnswerEmbeds({ question: 'x', intent: 'what-said', answers: [], total: 0, note: 'No quotations from Putin in the corpus.', context: { question: 'x' } });
    expect(noted!.description).toBe('No quotations from Putin in the corpus.');
  });
});

describe('info rendering', () => {
  it('splits sources, reload reports and load failures within limits', () => {
    const articles = Array.from({ length: 400 }, (_, i) => ({ id: `a${i}`, outlet: `Outlet ${i % 30}`, title: 'A long title '.repeat(20), published: '2022-02-16', url: `https://e.com/${i}`, sentences: 40, quotes: 3 }));
    const sources = renderSources({ articles, loadedAt: 'now', sentences: 16000, quotes: 1200 });
    expect(sources.length).toBeGreaterThan(1);
    sources.forEach(checkEmbed);
    expect(sources.map((e) => e.description).join('\n').match(/^• /gm)?.length).toBe(400);

    const files = Array.from({ length: 300 }, (_, i) => `file-${i}.md`);
    renderReloadReport({ added: files, removed: files, changed: files, articles: 1, sentences: 2, quotes: 3, ms: 4, warnings: files.map((file) => ({ file, reason: 'r'.repeat(500) })) }).forEach(checkEmbed);
    const failure = renderLoadFailure(files.map((file) => ({ file, reason: 'bad `yaml` **x**' })));
    failure.forEach(checkEmbed);
    expect(failure[0]!.description).toContain('previous corpus keeps serving');
  });
});

describe('text helpers', () => {
  it('truncate never exceeds the limit nor leaves a dangling escape', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 2, max: 200 }), (s, n) => {
        const t = truncate(safeText(s), n);
        expect(t.length).toBeLessThanOrEqual(n);
        if (t.endsWith('…')) expect(t.slice(0, -1).endsWith('\\')).toBe(false);
      }),
    );
  });

  it('packLines keeps chunks within the limit and the lines in order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 500 }), { maxLength: 60 }), (lines) => {
        const chunks = packLines(lines.map((l) => l.replace(/\n/g, ' ') || '-'), 1000);
        for (const c of chunks) expect(c.length).toBeLessThanOrEqual(1000);
      }),
    );
  });

  it('thread names are 1-100 characters', () => {
    expect(threadName('x'.repeat(300)).length).toBe(100);
    expect(threadName('   ')).toBe('Question');
  });
});
