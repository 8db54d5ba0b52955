/**
 * /compare without a topic and /sources on a corpus that needs many pages: one message
 * each, paged in place by Prev/Next, through the stand-in on a real desk built from
 * generated articles; after a reload the buttons show the current corpus and say so.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeskHolder } from '../../src/desk/deskHolder.js';
import { CORPUS_CHANGED_NOTE } from '../../src/discord/pagedReply.js';
import { embedLength } from '../../src/discord/renderAnswers.js';
import { LIMITS } from '../../src/discord/limits.js';
import type { InteractionHandle, RestRecord } from '../support/discordStandIn.js';
import { startHarness, type Harness } from '../support/botHarness.js';
import { writeGeneratedArticles } from '../support/generatedCorpus.js';

let dir: string;
let h: Harness;
const buttons = (r: RestRecord): { label: string; custom_id: string; disabled?: boolean }[] => (r.body?.components ?? []).flatMap((row: any) => row.components);
const footer = (r: RestRecord): string => r.body.embeds[0].footer?.text ?? '';

/** Messages an interaction created: its reply (or deferred placeholder) and every follow-up. */
function messagesSent(call: InteractionHandle): RestRecord[] {
  return call.requests().filter((r) => (r.path.endsWith('/callback') && [4, 5].includes(r.body?.type)) || (r.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(r.path)));
}

/** Press the button labelled `label` on the message `call` replied with; returns the press and its edit. */
async function press(call: InteractionHandle, shown: RestRecord, label: string) {
  const button = buttons(shown).find((b) => b.label.includes(label))!;
  expect(button.disabled ?? false).toBe(false);
  const pressed = h.standIn.interact({ type: 'button', customId: button.custom_id, messageId: call.original()!.id });
  expect((await pressed.callback()).body.type).toBe(6); // edits the same message, sends none
  return { pressed, edit: await pressed.edit() };
}

function expectWithinLimits(r: RestRecord) {
  expect(r.body.embeds).toHaveLength(1);
  const embed = r.body.embeds[0];
  expect(embed.description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
  expect(embed.title.length).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  expect(buttons(r).length).toBeLessThanOrEqual(5);
  for (const b of buttons(r)) expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  expect(r.body.allowed_mentions).toEqual({ parse: [] });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crisis-desk-paged-'));
  await writeGeneratedArticles(join(dir), 150);
  h = await startHarness(await createDeskHolder(dir, { cacheDir: false }));
}, 120_000);

afterAll(async () => {
  await h?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('long lists are one paged message', () => {
  it('/compare without a topic: one message of many pages, Next shows the next page in place', async () => {
    const call = h.standIn.interact({ name: 'compare' });
    const first = await call.edit();
    expectWithinLimits(first);
    const pages = Number(/^Page 1 of (\d+)$/.exec(footer(first))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(first.body.embeds[0].title).toBe('Who quoted whom');
    expect(buttons(first).find((b) => b.label.includes('Prev'))!.disabled).toBe(true);

    // Someone else cannot turn the asker's pages: refused privately, the message unchanged.
    const next = buttons(first).find((b) => b.label.includes('Next'))!;
    const bob = h.standIn.interact({ type: 'button', customId: next.custom_id, messageId: call.original()!.id, user: h.standIn.bob });
    const refused = await bob.callback();
    expect(refused.body.type).toBe(4);
    expect(refused.body.data.flags & 64).toBe(64);
    expect(call.original()!.embeds[0]!.footer!.text).toBe(`Page 1 of ${pages}`);

    const { edit: second } = await press(call, first, 'Next');
    expectWithinLimits(second);
    expect(footer(second)).toBe(`Page 2 of ${pages}`);
    expect(second.body.embeds[0].title).toBe('Who quoted whom (continued)');
    expect(second.body.embeds[0].description).not.toBe(first.body.embeds[0].description);
    expect(call.original()!.embeds[0]!.footer!.text).toBe(`Page 2 of ${pages}`); // the message itself now shows page 2

    const { edit: back } = await press(call, second, 'Prev');
    expect(back.body.embeds[0].description).toBe(first.body.embeds[0].description);
    expect(messagesSent(call).length).toBeLessThanOrEqual(3);
    expect(messagesSent(call)).toHaveLength(1);
  });

  it('/sources: one private message paging through the articles, then who quoted whom', async () => {
    const call = h.standIn.interact({ name: 'sources' });
    expect((await call.callback()).body.data.flags & 64).toBe(64);
    let shown = await call.edit();
    const pages = Number(/^Page 1 of (\d+)$/.exec(footer(shown))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(shown.body.embeds[0].description).toMatch(/^150 articles from 5 outlets/);
    const titles = new Set<string>();
    for (let page = 2; page <= pages; page++) {
      shown = (await press(call, shown, 'Next')).edit;
      expectWithinLimits(shown);
      expect(footer(shown)).toBe(`Page ${page} of ${pages}`);
      titles.add(shown.body.embeds[0].title);
    }
    expect(titles).toContain('Who quoted whom');
    expect(buttons(shown).find((b) => b.label.includes('Next'))!.disabled).toBe(true);
    expect(messagesSent(call)).toHaveLength(1);
  });

  it('after a reload, a page button re-renders from the current corpus and says it changed', async () => {
    const call = h.standIn.interact({ name: 'sources' });
    const first = await call.edit();
    const pages = Number(/^Page 1 of (\d+)$/.exec(footer(first))?.[1]);
    await writeGeneratedArticles(dir, 40, 150);
    await h.bot.ctx.reloadEverywhere();
    const { edit } = await press(call, first, 'Next');
    const after = /^Page 2 of (\d+) · (.*)$/.exec(footer(edit));
    expect(Number(after?.[1])).toBeGreaterThan(pages);
    expect(after?.[2]).toBe(CORPUS_CHANGED_NOTE);
    // The buttons it carries now belong to the current corpus: no note on the next press.
    const { edit: third } = await press(call, edit, 'Next');
    expect(footer(third)).toBe(`Page 3 of ${after?.[1]}`);
    const fresh = h.standIn.interact({ name: 'sources' });
    expect((await fresh.edit()).body.embeds[0].description).toMatch(/^190 articles/);
  }, 120_000);
});
