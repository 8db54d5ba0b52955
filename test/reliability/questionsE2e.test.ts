/**
 * Hostile questions end to end: the real bot (discord.js) against the Discord stand-in,
 * on the bundled corpus. Each gets a clear short reply or an answer, no exception is
 * logged, and every message the bot sends is within Discord's limits, carries
 * allowed_mentions.parse = [] and contains no mention Discord would parse.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeskHolder } from '../../src/desk/deskHolder.js';
import type { Desk, DeskHolder } from '../../src/model/types.js';
import { LIMITS } from '../../src/discord/limits.js';
import { NO_SPEAKER_REPLY, NO_WORDS_REPLY } from '../../src/discord/questionText.js';
import { embedLength } from '../../src/discord/renderAnswers.js';
import { startHarness, type Harness } from '../support/botHarness.js';
import type { InteractionHandle, RestRecord } from '../support/discordStandIn.js';
import { CORPUS_DIR } from '../support/seedCorpus.js';
import { HOSTILE_QUESTIONS, unescapedMentions } from './hostile.js';

let h: Harness;
let asks = 0;
beforeAll(async () => {
  const real = await createDeskHolder(CORPUS_DIR);
  // Count the questions that reach the desk.
  const holder: DeskHolder = {
    corpusDir: real.corpusDir,
    reload: () => real.reload(),
    get desk() {
      const desk = real.desk;
      return { ...desk, ask: (q: string, o?: Parameters<Desk['ask']>[1]) => (asks++, desk.ask(q, o)) };
    },
  };
  h = await startHarness(holder, { pageSize: 5 });
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

/** Everything the bot sent for this interaction (and any thread it opened) is safe to post. */
function expectSafe(records: RestRecord[]) {
  const bodies = records.filter((r) => r.body && typeof r.body === 'object').map((r) => (r.path.endsWith('/callback') ? r.body.data ?? {} : r.body));
  for (const body of bodies) {
    const texts: string[] = [];
    if ('content' in body || 'embeds' in body) expect(body.allowed_mentions?.parse).toEqual([]);
    if (typeof body.content === 'string') {
      expect(body.content.length).toBeLessThanOrEqual(LIMITS.content);
      texts.push(body.content);
    }
    if (typeof body.name === 'string') {
      expect(body.name.length).toBeGreaterThanOrEqual(1);
      expect(body.name.length).toBeLessThanOrEqual(LIMITS.threadName);
      texts.push(body.name);
    }
    const embeds: any[] = body.embeds ?? [];
    expect(embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
    expect(embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const e of embeds) {
      expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
      expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
      texts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '');
    }
    for (const t of texts) {
      expect(unescapedMentions(t)).toEqual([]);
      expect(t).not.toMatch(/\p{Cs}/u); // well-formed text only
    }
  }
}

async function settle(handle: InteractionHandle): Promise<RestRecord> {
  const cb = await handle.callback();
  if (cb.body.type === 5) await handle.edit();
  await new Promise((r) => setTimeout(r, 50)); // let a thread creation go out
  return cb;
}

function noErrorsLogged() {
  expect(h.logs.filter((l) => / error /.test(l))).toEqual([]);
}

describe('hostile questions through the stand-in', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t '],
    ['only punctuation', '?!?!...'],
    ['only emoji', '🙂🔥🇺🇦'],
    ['zero-width only', '\u200b\u200c\u200d\ufeff'],
    ['a role mention only', '<@&123456789012345678>'],
  ])('/ask with %s gets one short ephemeral reply and never reaches the desk', async (_label, question) => {
    const before = asks;
    const ask = h.standIn.interact({ name: 'ask', options: { question } });
    const cb = await settle(ask);
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.flags & 64).toBe(64);
    expect(cb.body.data.content).toBe(NO_WORDS_REPLY);
    expect(asks).toBe(before);
    expectSafe(ask.requests());
    noErrorsLogged();
  });

  const answered = HOSTILE_QUESTIONS.filter(([label]) =>
    ['6,000 characters', '6,000 characters without spaces', 'zero-width characters', 'RTL override characters', '@everyone and @here', 'role and user mentions', 'spoiler', 'code fence', 'Markdown', 'regex metacharacters', 'Russian', 'lone surrogates', 'control characters'].includes(label),
  );
  it.each(answered)('/ask with %s: deferred, answered within limits, pinging nobody', async (_label, question) => {
    const from = h.standIn.requests.length;
    const ask = h.standIn.interact({ name: 'ask', options: { question } });
    const cb = await settle(ask);
    expect(cb.body.type).toBe(5);
    const edit = await ask.edit();
    expect(edit.body.embeds.length).toBe(1);
    // The thread opened on the answer is named after the question, safely.
    const threads = h.standIn.requests.slice(from).filter((r) => r.path.endsWith('/threads'));
    expectSafe([...ask.requests(), ...threads]);
    noErrorsLogged();
  });

  it('/quote with a blank speaker gets a short reply; a mention as speaker is answered safely', async () => {
    const blank = h.standIn.interact({ name: 'quote', options: { speaker: '   ' } });
    const cb = await settle(blank);
    expect(cb.body.data.content).toBe(NO_SPEAKER_REPLY);
    const hostile = h.standIn.interact({ name: 'quote', options: { speaker: '@everyone', topic: '<@&123456789012345678> ||x||' } });
    expect((await settle(hostile)).body.type).toBe(5);
    expectSafe([...blank.requests(), ...hostile.requests()]);
    noErrorsLogged();
  });

  it('a mention with nothing but emoji after it gets the short reply, with mentions off', async () => {
    const from = h.standIn.requests.length;
    h.standIn.postMessage({ content: `${h.standIn.botMention} 🙂🙂 @everyone`, mentions: [h.standIn.botUser] });
    // "@everyone" is a word here, so this one is answered; the emoji-only one gets the short reply.
    h.standIn.postMessage({ content: `${h.standIn.botMention} 🙂🙂`, mentions: [h.standIn.botUser], author: h.standIn.bob });
    const reply = await h.standIn.waitFor((r) => r.method === 'POST' && r.path.endsWith('/messages') && r.body?.content === NO_WORDS_REPLY, { from });
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    await h.standIn.waitFor((r) => r.method === 'POST' && r.path.endsWith('/messages') && Array.isArray(r.body?.embeds), { from });
    expectSafe(h.standIn.requests.slice(from).filter((r) => r.method === 'POST'));
    noErrorsLogged();
  });
});
