/** /timeline and dated answers through the stand-in on the real desk (the seed reports are all from 16 February 2022). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeskHolder } from '../../src/desk/deskHolder.js';
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

describe('/timeline through the stand-in', () => {
  it('shows the topic’s events under their day, pinging nobody', async () => {
    const call = h.standIn.interact({ name: 'timeline', options: { topic: 'Russian troops' } });
    expect((await call.callback()).body.type).toBe(5);
    const edit = await call.edit();
    const [embed] = embeds(edit);
    expect(embed.title).toBe('Timeline: Russian troops');
    expect(embed.description).toMatch(/^__\*\*2022-02-16\*\*__\n\n> /);
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('says plainly when nothing is relevant, or the frame holds nothing', async () => {
    for (const options of [{ topic: 'chocolate cake recipes' }, { topic: 'Russian troops', since: '2022-02-17' }] as Record<string, string>[]) {
      const call = h.standIn.interact({ name: 'timeline', options });
      await call.callback();
      const edit = await call.edit();
      expect(edit.body.content).toBe('Nothing on that in the corpus.');
      expect(embeds(edit)).toEqual([]);
    }
  });

  it('refuses a since that is not a date', async () => {
    const call = h.standIn.interact({ name: 'timeline', options: { topic: 'Russian troops', since: '16/02/2022' } });
    await call.callback();
    expect((await call.edit()).body.content).toMatch(/YYYY-MM-DD/);
  });
});
