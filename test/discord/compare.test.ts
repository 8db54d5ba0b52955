/** /compare, the "outlets differ" line of /ask and who-quoted-whom in /sources, through the stand-in on the real desk. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareResult } from '../../src/model/types.js';
import { createDeskHolder } from '../../src/desk/deskHolder.js';
import { LIMITS } from '../../src/discord/limits.js';
import { renderCompare, renderSpeakersByOutlet } from '../../src/discord/renderCompare.js';
import type { RestRecord } from '../support/discordStandIn.js';
import { startHarness, type Harness } from '../support/botHarness.js';
import { CORPUS_DIR } from '../support/seedCorpus.js';

let h: Harness;
const embeds = (r: RestRecord): any[] => r.body?.embeds ?? [];

beforeAll(async () => {
  h = await startHarness(await createDeskHolder(CORPUS_DIR));
}, 120_000);

afterAll(async () => {
  await h?.stop();
});

describe('/compare through the stand-in', () => {
  it('shows 650 vs 656 feet as a difference, each figure with its outlet and sentence', async () => {
    const call = h.standIn.interact({ name: 'compare', options: { topic: 'flag' } });
    expect((await call.callback()).body.type).toBe(5);
    const edit = await call.edit();
    const text = embeds(edit).map((e) => e.description).join('\n');
    expect(text).toMatch(/⚠️ differ/);
    expect(text).toContain('**650-foot flag** — USA Today');
    expect(text).toContain('**656-foot national flag** — Military Times');
    expect(text).toContain('> To mark the day, demonstrators unfolded a 656-foot national flag');
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('groups the troop totals as differing and the 7,000 increase as agreed', async () => {
    const call = h.standIn.interact({ name: 'compare', options: { topic: 'Russian troops near Ukraine' } });
    await call.callback();
    const text = embeds(await call.edit()).map((e) => e.description).join('\n');
    const blocks = text.split(/\n\n+/);
    const totals = blocks.find((b) => b.includes('140,000'))!;
    expect(totals).toMatch(/⚠️ differ/);
    expect(totals).toContain('150,000');
    expect(totals).toContain('more than 100,000');
    const increase = blocks.find((b) => b.includes('7,000'))!;
    expect(increase).toMatch(/✅ agree/);
  });

  it('says plainly when a topic has nothing to compare', async () => {
    const call = h.standIn.interact({ name: 'compare', options: { topic: 'chocolate cake recipes' } });
    await call.callback();
    expect(embeds(await call.edit())[0].description).toMatch(/^Nothing to compare/);
  });

  it('without a topic shows who quoted whom', async () => {
    const call = h.standIn.interact({ name: 'compare' });
    await call.callback();
    const text = embeds(await call.edit())[0].description as string;
    expect(text).toMatch(/\*\*Jens Stoltenberg\*\* — .*Military Times \(\d+\)/);
    expect(text).toMatch(/quotations in one outlet only/);
  });

  it('/ask adds an "outlets differ" line when its top answers disagree', async () => {
    const call = h.standIn.interact({ name: 'ask', options: { question: 'how big was the flag in Kyiv' } });
    await call.callback();
    const description = embeds(await call.edit())[0].description as string;
    expect(description.split('\n')[0]).toMatch(/^⚠️ Outlets differ — .*656-foot.*650-foot|^⚠️ Outlets differ — .*650-foot.*656-foot/);
  });
});

describe('compare rendering', () => {
  const figure = fc.record({ text: fc.string({ maxLength: 300 }), sentence: fc.string({ maxLength: 3000 }), outlets: fc.array(fc.string({ maxLength: 120 }), { minLength: 1, maxLength: 8 }) });
  const result = fc.record({
    topic: fc.string({ maxLength: 500 }),
    groups: fc.array(
      fc.record({ quantity: fc.string({ maxLength: 200 }), agreement: fc.constantFrom('same', 'compatible', 'differ'), figures: fc.array(figure, { minLength: 1, maxLength: 6 }) }),
      { maxLength: 30 },
    ),
  });

  it('keeps every embed within limits and pings nobody, whatever the text', () => {
    fc.assert(
      fc.property(result, (r) => {
        const compare = {
          topic: r.topic,
          groups: r.groups.map((g) => ({
            quantity: g.quantity, unit: 'x', change: 'total', agreement: g.agreement, outlets: [], note: '',
            figures: g.figures.map((f) => ({ claim: { text: f.text, sentenceText: f.sentence }, claims: [], outlets: f.outlets, articles: [] })),
          })),
        } as unknown as CompareResult;
        for (const embed of renderCompare(compare)) {
          expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
          expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
          expect(embed.description).not.toMatch(/@(everyone|here)|<@[!&]?\d+>/);
        }
      }),
      { numRuns: 100 },
    );
    expect(renderSpeakersByOutlet([]).length).toBe(1);
  });
});
