/**
 * Paged views at unit level: whatever the corpus holds (hostile text, thousands of
 * articles or speakers), every page is one embed within Discord's limits that pings
 * nobody, continued pages keep their section's title, and the page index is clamped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompareResult, Desk, SourcesResult, SpeakerCoverage } from '../../src/model/types.js';
import { LIMITS } from '../../src/discord/limits.js';
import { pageOf, renderView, type PagedView } from '../../src/discord/pagedViews.js';
import { embedLength } from '../../src/discord/renderAnswers.js';
import { hostileTextArb, unescapedMentions } from '../reliability/hostile.js';

/** A desk that only lists: what the paged views read. */
function listingDesk(sources: SourcesResult, coverage: SpeakerCoverage[], compare: CompareResult): Desk {
  return { sources: () => sources, speakersByOutlet: () => coverage, compare: () => compare } as unknown as Desk;
}

const articleArb = fc.record({
  id: hostileTextArb(60, 1),
  outlet: hostileTextArb(120, 1),
  title: hostileTextArb(400),
  published: fc.constant('2022-02-16'),
  url: fc.option(fc.oneof(fc.webUrl(), hostileTextArb(60)), { nil: undefined }),
  sentences: fc.nat(10_000),
  quotes: fc.nat(1000),
}).map(({ url, ...a }) => ({ ...a, ...(url ? { url } : {}) }));

const coverageArb = fc.record({
  speaker: hostileTextArb(200, 1),
  outlets: fc.array(fc.record({ outlet: hostileTextArb(120, 1), quotations: fc.nat(500) }), { minLength: 1, maxLength: 12 }),
  quotations: fc.array(fc.record({ text: fc.constant('q'), outlets: fc.constant([]), articles: fc.constant([]), exclusive: fc.boolean() }), { maxLength: 5 }),
}) as fc.Arbitrary<SpeakerCoverage>;

const compareArb = fc.record({
  topic: hostileTextArb(300),
  groups: fc.array(
    fc.record({
      quantity: hostileTextArb(200, 1),
      agreement: fc.constantFrom('same', 'compatible', 'differ'),
      figures: fc.array(fc.record({ claim: fc.record({ text: hostileTextArb(300, 1), sentenceText: hostileTextArb(3000) }), outlets: fc.array(hostileTextArb(120, 1), { minLength: 1, maxLength: 8 }) }), { minLength: 1, maxLength: 6 }),
    }),
    { maxLength: 30 },
  ),
}) as unknown as fc.Arbitrary<CompareResult>;

const viewArb: fc.Arbitrary<PagedView> = fc.oneof(fc.constant({ kind: 'sources' as const }), fc.constant({ kind: 'speakers' as const }), fc.record({ kind: fc.constant('compare' as const), topic: hostileTextArb(200) }));

describe('paged views', () => {
  it('every page of every view is one embed within the limits, pinging nobody', () => {
    fc.assert(
      fc.property(
        fc.array(articleArb, { maxLength: 120 }),
        fc.array(coverageArb, { maxLength: 120 }),
        compareArb,
        viewArb,
        fc.option(hostileTextArb(300), { nil: undefined }),
        (articles, coverage, compare, view, note) => {
          const desk = listingDesk({ articles, loadedAt: '2022-02-16T00:00:00.000Z', sentences: 1, quotes: 1 }, coverage, compare);
          const pages = renderView(desk, view);
          expect(pages.length).toBeGreaterThan(0);
          for (let i = 0; i < pages.length; i++) {
            const { embed, index, count } = pageOf(pages, i, note);
            expect(index).toBe(i);
            expect(count).toBe(pages.length);
            expect(embed.title!.length).toBeGreaterThan(0);
            expect(embed.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
            expect(embed.description!.length).toBeGreaterThan(0);
            expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
            expect((embed.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footerText);
            expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
            if (count > 1) expect(embed.footer!.text.startsWith(`Page ${i + 1} of ${count}`)).toBe(true);
            for (const text of [embed.title!, embed.description!]) expect(unescapedMentions(text)).toEqual([]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a long list needs many pages; continued pages carry their section title; the index is clamped', () => {
    const articles = Array.from({ length: 400 }, (_, i) => ({ id: `a${i}`, outlet: `Outlet ${i % 7}`, title: `A rather long headline number ${i} about the talks`.repeat(3), published: '2022-02-16', sentences: 10, quotes: 2 }));
    const coverage = Array.from({ length: 300 }, (_, i) => ({ speaker: `Speaker ${i}`, outlets: [{ outlet: 'Outlet 1', quotations: 2 }], quotations: [] }));
    const pages = renderView(listingDesk({ articles, loadedAt: 'x', sentences: 1, quotes: 1 }, coverage, { topic: '', groups: [] } as unknown as CompareResult), { kind: 'sources' });
    expect(pages.length).toBeGreaterThan(10);
    const titles = pages.map((_, i) => pageOf(pages, i).embed.title);
    expect(titles[0]).toBe('Sources in the corpus');
    expect(titles[1]).toBe('Sources in the corpus (continued)');
    expect(titles).toContain('Who quoted whom');
    expect(titles.at(-1)).toBe('Who quoted whom (continued)');
    expect(pageOf(pages, 10_000).index).toBe(pages.length - 1);
    expect(pageOf(pages, -3).index).toBe(0);
    expect(pageOf([pages[0]!], 0).embed.footer).toBeUndefined(); // one page: no "Page 1 of 1"
  });
});
