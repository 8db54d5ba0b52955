/**
 * Speaker follow-ups through the Discord stand-in on a small built desk (issue #14): a thread
 * opened on a question by role remembers the person, "what else did he say" after every
 * statement was shown says that was all, and /quote autocompletes a role to the person.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk.js';
import type { RestRecord } from '../support/discordStandIn.js';
import { fakeHolder } from '../support/fakeDesk.js';
import { startHarnessInTest, type Harness } from '../support/botHarness.js';
import { speakersDesk } from '../answer/speakerDesks.js';

const postsIn = (h: Harness, channelId: string) => (r: RestRecord) => r.method === 'POST' && r.path === `/channels/${channelId}/messages` && r.status === 200;

describe('speaker follow-ups in a thread', () => {
  it('answers a role, then says that was all when "what else did he say" has nothing left', async () => {
    const h = await startHarnessInTest(fakeHolder(createDesk(speakersDesk())), { pageSize: 5 });
    const ask = h.standIn.interact({ name: 'ask', options: { question: 'what did the NATO chief say' } });
    const edit = await ask.edit();
    expect(edit.body.embeds[0].description).toContain('Jens Stoltenberg');
    const created = await h.standIn.waitFor((r) => r.method === 'POST' && r.path.endsWith('/threads') && r.status === 201);
    const thread = created.response as { id: string };
    await expect.poll(() => h.bot.ctx.threads.latest(thread.id)?.speaker).toBe('Jens Stoltenberg');

    const from = h.standIn.requests.length;
    h.standIn.postMessage({ channelId: thread.id, content: `${h.standIn.botMention} what else did he say?`, mentions: [h.standIn.botUser] });
    const reply = await h.standIn.waitFor(postsIn(h, thread.id), { from });
    const text = reply.body.embeds[0].description as string;
    expect(text).toContain('That was all 2 statements by Jens Stoltenberg in the corpus.');
    expect(text).not.toContain('No quotations');
  });

  it('autocompletes /quote speaker from a role', async () => {
    const h = await startHarnessInTest(fakeHolder(createDesk(speakersDesk())));
    const ac = h.standIn.interact({ type: 'autocomplete', name: 'quote', options: { speaker: 'NATO chief' }, focused: 'speaker' });
    const choices = (await ac.callback()).body.data.choices as { name: string; value: string }[];
    expect(choices[0]).toEqual({ name: 'Jens Stoltenberg', value: 'Jens Stoltenberg' });
  });
});
