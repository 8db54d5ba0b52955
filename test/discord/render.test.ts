/** Rendering stays inside Discord's limits for any answers, and never drops or alters a quote silently. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/model/types.js';
import { LIMITS } from '../../src/discord/limits.js';
import { packLinesAtMost } from '../../src/discord/packLinesAtMost.js';
import { embedLength, MAX_ANSWER_MESSAGES, renderAnswerEmbeds } from '../../src/discord/renderAnswers.js';
import { MAX_RELOAD_MESSAGES, renderLoadFailure, renderReloadReport, renderSources } from '../../src/discord/renderInfo.js';
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

  it('a page of answers is at most 3 messages, however long its sentences, and keeps every answer', () => {
    const long = (i: number): AnswerInput => ({ text: `Sentence ${i} ${'word '.repeat(400)}`, speaker: 'Jens Stoltenberg', outlets: ['NPR', 'AP', 'VOA'], title: 'A long headline '.repeat(12), url: `https://example.com/${'path/'.repeat(80)}${i}` });
    const five = renderAnswerEmbeds(toResult('q', [0, 1, 2, 3, 4].map(long), 'A note.'));
    expect(five.length).toBeLessThanOrEqual(MAX_ANSWER_MESSAGES);
    five.forEach(checkEmbed);
    const text = five.map((e) => e.description).join('\n');
    for (let i = 0; i < 5; i++) expect(text).toContain(`**${i + 1}.**\n> Sentence ${i} word`);
    fc.assert(
      fc.property(fc.array(answerArb, { maxLength: 25 }), fc.option(fc.string({ maxLength: 2000 }), { nil: undefined }), (raw, note) => {
        const embeds = renderAnswerEmbeds(toResult('q', raw, note));
        expect(embeds.length).toBeLessThanOrEqual(MAX_ANSWER_MESSAGES);
        embeds.forEach(checkEmbed);
      }),
      { numRuns: 100 },
    );
  });

  it('shows a short quote verbatim (escaped) with speaker, outlet and linked title', () => {
    const [embed] = renderAnswerEmbeds(
      toResult('q', [{ text: 'We remain in the window.', speaker: 'Antony Blinken', outlets: ['NPR', 'AP'], title: 'No withdrawal', url: 'https://npr.org/x' }]),
    );
    expect(embed!.description).toContain('**1.**\n> We remain in the window.\n');
    expect(embed!.description).toContain('**Antony Blinken** · NPR, AP · 2022-02-16 · [No withdrawal](https://npr.org/x)');
  });

  it('marks a reported statement as reported, without putting quote marks around it', () => {
    const [embed] = renderAnswerEmbeds(
      toResult('q', [
        { text: 'Stoltenberg later said NATO could prove it.', speaker: 'Jens Stoltenberg', kind: 'reported', outlets: ['NPR'], title: 'T' },
        { text: '“No withdrawals of troops,” Stoltenberg said.', speaker: 'Jens Stoltenberg', kind: 'quote', outlets: ['AP'], title: 'U' },
      ]),
    );
    expect(embed!.description).toContain('**1.**\n> Stoltenberg later said NATO could prove it.\n— **Jens Stoltenberg** (reported) · NPR');
    expect(embed!.description).toContain('**2.**\n> “No withdrawals of troops,” Stoltenberg said.\n— **Jens Stoltenberg** · AP');
    expect(embed!.description).not.toMatch(/[“"]Stoltenberg later/);
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

  it('a reload reply is at most 3 messages however many files it names, and says how many it left out', () => {
    const files = Array.from({ length: 2000 }, (_, i) => `file-${i}.md`);
    const failure = renderLoadFailure(files.map((file) => ({ file, reason: 'front matter is not valid YAML' })));
    expect(failure.length).toBeLessThanOrEqual(MAX_RELOAD_MESSAGES);
    failure.forEach(checkEmbed);
    const text = failure.map((e) => e.description).join('\n');
    const named = text.match(/^• `file-/gm)!.length;
    expect(text).toMatch(new RegExp(`…and ${2000 - named} more not shown\\.$`));
    expect(text).toContain('`file-0.md`');
    const report = renderReloadReport({ added: files, removed: [], changed: [], articles: 1, sentences: 2, quotes: 3, ms: 4, warnings: files.map((file) => ({ file, reason: 'r'.repeat(300) })) });
    expect(report.length).toBeLessThanOrEqual(MAX_RELOAD_MESSAGES);
    report.forEach(checkEmbed);
  });

  it('packLinesAtMost keeps a prefix of the lines in at most maxChunks chunks and counts the rest', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }).map((l) => l.replace(/\n/g, ' ') || '-'), { maxLength: 200 }), fc.integer({ min: 1, max: 4 }), (lines, maxChunks) => {
        const chunks = packLinesAtMost(lines, 1000, maxChunks, (n) => `+${n} more`);
        expect(chunks.length).toBeLessThanOrEqual(Math.max(maxChunks, 1));
        for (const c of chunks) expect(c.length).toBeLessThanOrEqual(1000);
        const shown = chunks.join('\n').split('\n');
        const last = /^\+(\d+) more$/.exec(shown.at(-1) ?? '');
        if (packLines(lines, 1000).length <= maxChunks) expect(chunks).toEqual(packLines(lines, 1000));
        else {
          expect(last).not.toBeNull();
          const kept = shown.slice(0, -1);
          expect(kept).toEqual(lines.slice(0, kept.length).map((l) => truncate(l, 1000)));
          expect(kept.length + Number(last![1])).toBe(lines.length);
        }
      }),
      { numRuns: 200 },
    );
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
