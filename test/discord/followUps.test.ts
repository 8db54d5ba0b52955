/**
 * Threads and follow-ups over the stand-in on a fake desk: the bot opens a thread on a
 * channel answer, answers a mention there with the stored context ("he"), ignores its
 * own messages, and answers plain thread messages only with the MessageContent setting.
 */
import { describe, expect, it } from 'vitest';
import type { RestRecord } from '../support/discordStandIn.js';
import { fakeDesk, fakeHolder, type FakeSentence } from '../support/fakeDesk.js';
import { startHarnessInTest, type Harness } from '../support/botHarness.js';

const sentences: FakeSentence[] = [
  { text: 'There is a difference between what Russia says and what it does.', speaker: 'Antony Blinken', outlet: 'NPR', article: 'npr-1', title: 'No evidence' },
  { text: 'We have not seen any pullback of forces.', speaker: 'Antony Blinken', outlet: 'NPR', article: 'npr-1', title: 'No evidence' },
  { text: 'So far we have not seen any sign of de-escalation.', speaker: 'Jens Stoltenberg', outlet: 'VOA', article: 'voa-1', title: 'NATO' },
  { text: 'NATO is ready to engage in dialogue with Russia.', speaker: 'Jens Stoltenberg', outlet: 'VOA', article: 'voa-1', title: 'NATO' },
];


const postsIn = (h: Harness, channelId: string) => (r: RestRecord) => r.method === 'POST' && r.path === `/channels/${channelId}/messages` && r.status === 200;

async function askInChannel(h: Harness, question: string) {
  const ask = h.standIn.interact({ name: 'ask', options: { question } });
  await ask.edit();
  const created = await h.standIn.waitFor((r) => r.method === 'POST' && r.path.endsWith('/threads') && r.status === 201);
  const thread = created.response as { id: string; name: string; parent_id: string };
  // The bot records the conversation once discord.js has processed the thread it created.
  await expect.poll(() => h.bot.ctx.threads.has(thread.id)).toBe(true);
  return { ask, thread };
}

describe('threads and follow-ups', () => {
  it('opens a thread named after the question and resolves "he" in a follow-up by mention', async () => {
    const h = await startHarnessInTest(fakeHolder(fakeDesk(sentences)), { pageSize: 1 });
    const { ask, thread } = await askInChannel(h, 'what did Blinken say about Russia');
    expect(thread.name).toBe('what did Blinken say about Russia');
    expect(thread.parent_id).toBe(h.standIn.textChannel.id);
    expect(thread.id).toBe(ask.original()!.id); // started from the answer message

    const from = h.standIn.requests.length;
    h.standIn.postMessage({ channelId: thread.id, content: `${h.standIn.botMention} what else did he say?`, mentions: [h.standIn.botUser] });
    const reply = await h.standIn.waitFor(postsIn(h, thread.id), { from });
    expect(reply.body.allowed_mentions).toMatchObject({ parse: [] });
    const text = reply.body.embeds[0].description as string;
    expect(text).toContain('Antony Blinken');
    expect(text).toContain('We have not seen any pullback');
    expect(text).not.toContain('Stoltenberg');
    expect(reply.body.message_reference).toBeDefined();

    const from2 = h.standIn.requests.length;
    h.standIn.postMessage({ channelId: thread.id, content: `${h.standIn.botMention} what about Stoltenberg?`, mentions: [h.standIn.botUser] });
    const second = await h.standIn.waitFor(postsIn(h, thread.id), { from: from2 });
    expect(second.body.embeds[0].description).toContain('Jens Stoltenberg');
    await expect.poll(() => h.bot.ctx.threads.turns(thread.id).length).toBe(3);
    // The bot's own two replies came back over the gateway and were not answered.
    await new Promise((r) => setTimeout(r, 150));
    expect(h.standIn.requests.filter(postsIn(h, thread.id))).toHaveLength(2);
  });

  it('answers /ask inside the thread in context, without opening another thread', async () => {
    const h = await startHarnessInTest(fakeHolder(fakeDesk(sentences)), { pageSize: 1 });
    const { thread } = await askInChannel(h, 'what did Blinken say about Russia');
    const followUp = h.standIn.interact({ name: 'ask', channelId: thread.id, options: { question: 'what else did he say' } });
    const edit = await followUp.edit();
    expect(edit.body.embeds[0].description).toContain('We have not seen any pullback');
    await new Promise((r) => setTimeout(r, 100));
    expect(h.standIn.requests.filter((r) => r.path.endsWith('/threads'))).toHaveLength(1);
  });

  it('ignores plain thread messages without MESSAGE_CONTENT_INTENT and answers them with it', async () => {
    for (const intent of [false, true]) {
      const h = await startHarnessInTest(fakeHolder(fakeDesk(sentences)), { messageContentIntent: intent });
      const { thread } = await askInChannel(h, 'what did Blinken say');
      const from = h.standIn.requests.length;
      h.standIn.postMessage({ channelId: thread.id, content: 'what about Stoltenberg?' });
      if (intent) {
        const reply = await h.standIn.waitFor(postsIn(h, thread.id), { from });
        expect(reply.body.embeds[0].description).toContain('Jens Stoltenberg');
      } else {
        await new Promise((r) => setTimeout(r, 300));
        expect(h.standIn.requests.slice(from).filter(postsIn(h, thread.id))).toHaveLength(0);
      }
      await h.stop();
    }
  });

  it('private answers are ephemeral and open no thread', async () => {
    const h = await startHarnessInTest(fakeHolder(fakeDesk(sentences)), { pageSize: 1 });
    const ask = h.standIn.interact({ name: 'ask', options: { question: 'what did Blinken say', private: true } });
    const cb = await ask.callback();
    expect(cb.body.type).toBe(5);
    expect(cb.body.data.flags & 64).toBe(64);
    await ask.edit();
    await new Promise((r) => setTimeout(r, 100));
    expect(h.standIn.requests.filter((r) => r.path.endsWith('/threads'))).toHaveLength(0);
  });

  it("a private /ask in a thread and its More page leave the thread's public memory alone", async () => {
    const h = await startHarnessInTest(fakeHolder(fakeDesk(sentences)), { pageSize: 1 });
    const { thread } = await askInChannel(h, 'what did Blinken say about Russia');
    const before = h.bot.ctx.threads.turns(thread.id);

    // Bob asks privately in Alice's public thread, then pages his private answer.
    const secret = h.standIn.interact({ name: 'ask', channelId: thread.id, user: h.standIn.bob, options: { question: 'what did Stoltenberg say', private: true } });
    expect((await secret.callback()).body.data.flags & 64).toBe(64);
    const secretEdit = await secret.edit();
    expect(secretEdit.body.embeds[0].description).toContain('Jens Stoltenberg');
    const more = (secretEdit.body.components?.[0]?.components ?? []).find((b: { label: string }) => b.label === 'More');
    expect(more).toBeDefined();
    const page2 = h.standIn.interact({ type: 'button', customId: more.custom_id, messageId: secret.original()!.id, user: h.standIn.bob, channelId: thread.id });
    expect((await page2.callback()).body.data.flags & 64).toBe(64);
    expect((await page2.edit()).body.embeds[0].description).toContain('NATO is ready');
    expect(h.bot.ctx.threads.turns(thread.id)).toEqual(before);

    // Alice's public follow-ups are still about Blinken, by mention and by /ask.
    const from = h.standIn.requests.length;
    h.standIn.postMessage({ channelId: thread.id, content: `${h.standIn.botMention} what else did he say?`, mentions: [h.standIn.botUser] });
    const reply = await h.standIn.waitFor(postsIn(h, thread.id), { from });
    expect(reply.body.embeds[0].description).toContain('Antony Blinken');
    expect(reply.body.embeds[0].description).not.toContain('Stoltenberg');
    await expect.poll(() => h.bot.ctx.threads.turns(thread.id).length).toBe(2);
    const slash = h.standIn.interact({ name: 'ask', channelId: thread.id, options: { question: 'what did he say' } });
    const slashEdit = await slash.edit();
    expect(slashEdit.body.embeds[0].description).toContain('Antony Blinken');
    expect(slashEdit.body.embeds[0].description).not.toContain('Stoltenberg');
  });

  it('a public /ask in a thread still sets its context', async () => {
    const h = await startHarnessInTest(fakeHolder(fakeDesk(sentences)), { pageSize: 1 });
    const { thread } = await askInChannel(h, 'what did Blinken say about Russia');
    const switched = h.standIn.interact({ name: 'ask', channelId: thread.id, user: h.standIn.bob, options: { question: 'what did Stoltenberg say' } });
    expect((await switched.edit()).body.embeds[0].description).toContain('Jens Stoltenberg');
    await expect.poll(() => h.bot.ctx.threads.latest(thread.id)?.speaker).toBe('Jens Stoltenberg');
    const from = h.standIn.requests.length;
    h.standIn.postMessage({ channelId: thread.id, content: `${h.standIn.botMention} what else did he say?`, mentions: [h.standIn.botUser] });
    const reply = await h.standIn.waitFor(postsIn(h, thread.id), { from });
    expect(reply.body.embeds[0].description).toContain('Jens Stoltenberg');
  });

  it('answers a mention follow-up sent right after /ask (default rate limit), and tells a flooder when to ask again', async () => {
    const h = await startHarnessInTest(fakeHolder(fakeDesk(sentences)), { pageSize: 1, defaultRateLimit: true });
    const { thread } = await askInChannel(h, 'what did Blinken say about Russia');
    const mention = () => h.standIn.postMessage({ channelId: thread.id, content: `${h.standIn.botMention} what else did he say?`, mentions: [h.standIn.botUser] });

    // At once (the injected clock has not moved): the quick follow-up is answered.
    const from = h.standIn.requests.length;
    mention();
    const reply = await h.standIn.waitFor(postsIn(h, thread.id), { from });
    expect(reply.body.embeds[0].description).toContain('We have not seen any pullback');

    // Three more are answered (5 questions in 30 s); the sixth gets one short reply saying when.
    for (let i = 0; i < 3; i++) {
      const before = h.standIn.requests.length;
      mention();
      expect((await h.standIn.waitFor(postsIn(h, thread.id), { from: before })).body.embeds).toBeDefined();
    }
    h.now.t += 10_000;
    const limitedFrom = h.standIn.requests.length;
    const limited = mention();
    const told = await h.standIn.waitFor(postsIn(h, thread.id), { from: limitedFrom });
    expect(told.body.content).toBe('You are asking quickly: ask again in 20 s.');
    expect(told.body.message_reference?.message_id).toBe(limited.id);
    expect(told.body.allowed_mentions).toMatchObject({ parse: [] });

    // The next one in the same stretch gets a reaction, not another message.
    const reactedFrom = h.standIn.requests.length;
    const again = mention();
    const reaction = await h.standIn.waitFor((r) => r.method === 'PUT' && r.path.includes('/reactions/'), { from: reactedFrom });
    expect(reaction.path).toBe(`/channels/${thread.id}/messages/${again.id}/reactions/⏳/@me`);
    expect(h.standIn.requests.slice(reactedFrom).filter(postsIn(h, thread.id))).toHaveLength(0);

    // Once the window has moved on, questions are answered again.
    h.now.t += 20_000;
    const laterFrom = h.standIn.requests.length;
    mention();
    expect((await h.standIn.waitFor(postsIn(h, thread.id), { from: laterFrom })).body.embeds[0].description).toBeDefined();
  });

  it('forgets a thread conversation after 30 minutes', async () => {
    const h = await startHarnessInTest(fakeHolder(fakeDesk(sentences)), { pageSize: 1 });
    const { thread } = await askInChannel(h, 'what did Blinken say');
    expect(h.bot.ctx.threads.has(thread.id)).toBe(true);
    h.now.t += 31 * 60_000;
    expect(h.bot.ctx.threads.has(thread.id)).toBe(false);
  });
});
