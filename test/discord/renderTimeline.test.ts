import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Desk, TimelineResult } from '../../src/model/types.js';
import { LIMITS } from '../../src/discord/limits.js';
import { pageOf, renderView } from '../../src/discord/pagedViews.js';
import { embedLength } from '../../src/discord/renderAnswers.js';
import { renderTimeline } from '../../src/discord/renderTimeline.js';
import { addDays } from '../../src/time/timeFrame.js';
import { hostileTextArb, unescapedMentions } from '../reliability/hostile.js';

const eventArb = fc.record({
  date: fc.integer({ min: 0, max: 400 }).map((d) => addDays('2016-01-01', d)),
  text: hostileTextArb(3000, 1),
  outlet: hostileTextArb(120, 1),
  outlets: fc.array(hostileTextArb(120, 1), { minLength: 1, maxLength: 8 }),
  article: fc.constant('a'),
  speaker: fc.option(hostileTextArb(200, 1), { nil: null }),
});

describe('/timeline pages', () => {
  it('every page is one embed within the limits, pinging nobody', () => {
    fc.assert(
      fc.property(hostileTextArb(300), fc.array(eventArb, { minLength: 1, maxLength: 25 }), (topic, events) => {
        const result: TimelineResult = { topic, events: events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
        const desk = { timeline: () => result } as unknown as Desk;
        const pages = renderView(desk, { kind: 'timeline', topic });
        for (let i = 0; i < pages.length; i++) {
          const { embed } = pageOf(pages, i);
          expect(embed.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
          expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
          expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
          for (const text of [embed.title!, embed.description!]) expect(unescapedMentions(text)).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('groups by day over a short span and by week over a long one', () => {
    const event = (date: string, text: string) => ({ date, text, outlet: 'NPR', outlets: ['NPR', 'AP'], article: 'a', speaker: 'Jens Stoltenberg' });
    const short = renderTimeline({ topic: 'troops', events: [event('2022-02-14', 'One.'), event('2022-02-14', 'Two.'), event('2022-02-16', 'Three.')] });
    expect(short[0]!.title).toBe('Timeline: troops');
    expect(short[0]!.description).toBe(
      '__**2022-02-14**__\n\n> One.\n— **Jens Stoltenberg** · NPR, AP\n\n> Two.\n— **Jens Stoltenberg** · NPR, AP\n\n__**2022-02-16**__\n\n> Three.\n— **Jens Stoltenberg** · NPR, AP',
    );
    const long = renderTimeline({ topic: 'troops', events: [event('2022-01-05', 'One.'), event('2022-01-07', 'Two.'), event('2022-03-01', 'Three.')] });
    expect(long[0]!.description).toContain('__**Week of 2022-01-03**__\n\n> One.\n— 2022-01-05 · **Jens Stoltenberg** · NPR, AP\n\n> Two.');
    expect(long[0]!.description).toContain('__**Week of 2022-02-28**__');
  });
});
