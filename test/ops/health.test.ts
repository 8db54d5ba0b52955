/**
 * HEALTH_PORT: /healthz and /metrics of the real bot (createBot + discord.js) connected to the
 * Discord stand-in. 503 "starting" while the desk loads and before the gateway is ready, 200
 * "ok" after; question, latency and reload metrics move after /ask, /quote, More and /reload;
 * 503 "degraded" while the gateway is down (held by the stand-in), 200 again after the resume,
 * with the reconnect counted; other paths 404, other methods 405.
 */
import { request } from 'node:http';
import { Events } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { Desk } from '../../src/model/types.js';
import { createBot, type RunningBot } from '../../src/discord/bot.js';
import { startHealthServer, type HealthServer } from '../../src/discord/healthServer.js';
import { createLogger } from '../../src/discord/logger.js';
import { Telemetry } from '../../src/discord/telemetry.js';
import { DiscordStandIn, MODERATOR_PERMISSIONS } from '../support/discordStandIn.js';
import { fakeDesk, fakeHolder, type FakeSentence } from '../support/fakeDesk.js';

const base: FakeSentence[] = [
  { text: 'We remain in the window where an invasion could begin at any time.', speaker: 'Antony Blinken', outlet: 'NPR', article: 'npr-1', title: 'No evidence of withdrawal' },
  { text: 'So far we have not seen any sign of de-escalation on the ground.', speaker: 'Jens Stoltenberg', outlet: 'VOA', article: 'voa-1', title: 'NATO sees no pullback' },
];

let standIn: DiscordStandIn | undefined;
let bot: RunningBot | undefined;
let server: HealthServer | undefined;
afterEach(async () => {
  standIn?.releaseGateway(); // a failed test may leave it held, and the client waiting on it
  await bot?.stop();
  await server?.close();
  await standIn?.stop();
  bot = server = standIn = undefined;
});

function get(port: number, path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function health(port: number) {
  const res = await get(port, '/healthz');
  expect(res.type).toMatch(/application\/json/);
  return { status: res.status, body: JSON.parse(res.body) };
}

/** The value of one sample in Prometheus text, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = (m[2] ?? '').split(',').filter(Boolean);
    if (wanted.every((w) => have.includes(w)) && have.length === wanted.length) return Number(m[3]);
  }
  return 0;
}

describe('health and metrics', () => {
  it('503 while starting, 200 once the desk is loaded and the gateway ready; metrics move with questions and reloads', async () => {
    standIn = await DiscordStandIn.start();
    const telemetry = new Telemetry();
    server = await startHealthServer(telemetry, { port: 0, host: '127.0.0.1' });
    const { port } = server;

    // The desk is still loading (no holder yet): starting.
    let h = await health(port);
    expect(h.status).toBe(503);
    expect(h.body).toEqual({ status: 'starting', gateway: 'connecting', desk: { articles: null, sentences: null, loadedAt: null }, uptimeS: expect.any(Number) });

    const holder = fakeHolder(fakeDesk(base));
    const logs: string[] = [];
    bot = createBot({
      token: standIn.token,
      apiUrl: standIn.apiUrl,
      holder,
      commands,
      telemetry,
      logger: createLogger({ secrets: [standIn.token], write: (l) => logs.push(l) }),
      moderatorRoleId: standIn.moderatorRoleId,
      cooldownMs: 0,
    });
    // Desk loaded, not logged in yet: still starting.
    h = await health(port);
    expect(h.status).toBe(503);
    expect(h.body.status).toBe('starting');
    expect(h.body.desk).toEqual({ articles: 2, sentences: 2, loadedAt: '2022-02-16T00:00:00.000Z' });

    const ready = new Promise<void>((resolve) => bot!.client.once(Events.ClientReady, () => resolve()));
    await bot.client.login(standIn.token);
    await ready;
    h = await health(port);
    expect(h.status).toBe(200);
    expect(h.body).toEqual({ status: 'ok', gateway: 'ready', desk: { articles: 2, sentences: 2, loadedAt: '2022-02-16T00:00:00.000Z' }, uptimeS: expect.any(Number) });

    const before = (await get(port, '/metrics')).body;
    expect(sample(before, 'crisis_desk_questions_total', { command: 'ask', outcome: 'answered' })).toBe(0);
    expect(sample(before, 'crisis_desk_desk_articles')).toBe(2);
    expect(sample(before, 'crisis_desk_desk_sentences')).toBe(2);
    expect(sample(before, 'crisis_desk_gateway_up')).toBe(1);
    expect(before).toMatch(/^process_cpu_user_seconds_total /m); // Node's default process metrics
    expect(before).toMatch(/^nodejs_heap_size_used_bytes /m);

    const ask = standIn.interact({ name: 'ask', options: { question: 'what did Blinken say', private: true } });
    expect((await ask.edit()).body.embeds[0].description).toContain('Blinken');
    const none = standIn.interact({ name: 'ask', options: { question: 'zeppelins over the moon', private: true } });
    await none.edit();
    const quote = standIn.interact({ name: 'quote', options: { speaker: 'Jens Stoltenberg', private: true } });
    await quote.edit();
    // A failing question: the desk throws.
    const desk = holder.desk;
    const swap = holder as { desk: Desk };
    swap.desk = {
      ...desk,
      ask: () => {
        throw new Error('desk broke');
      },
    };
    const broken = standIn.interact({ name: 'ask', options: { question: 'what did Blinken say', private: true } });
    await broken.waitFor((r) => r.method === 'POST' && typeof r.body?.content === 'string');
    swap.desk = desk;
    // Reloads: one that works, one refused for bad files.
    const ok = standIn.interact({ name: 'reload', permissions: MODERATOR_PERMISSIONS });
    await ok.finalEdit();
    holder.next = Object.assign(new Error('bad'), { name: 'CorpusLoadError', problems: [{ file: 'x.md', reason: 'no front matter' }] });
    const refused = standIn.interact({ name: 'reload', permissions: MODERATOR_PERMISSIONS });
    await refused.finalEdit();

    const count = (labels: Record<string, string>) => sample(metricsText, 'crisis_desk_questions_total', labels);
    let metricsText = '';
    await expect
      .poll(async () => {
        metricsText = (await get(port, '/metrics')).body;
        return sample(metricsText, 'crisis_desk_answer_latency_seconds_count', { command: 'ask' });
      })
      .toBe(3);
    expect(count({ command: 'ask', outcome: 'answered' })).toBe(1);
    expect(count({ command: 'ask', outcome: 'no_answer' })).toBe(1);
    expect(count({ command: 'ask', outcome: 'error' })).toBe(1);
    expect(count({ command: 'quote', outcome: 'answered' })).toBe(1);
    expect(sample(metricsText, 'crisis_desk_answer_latency_seconds_bucket', { command: 'ask', le: '+Inf' })).toBe(3);
    expect(sample(metricsText, 'crisis_desk_reloads_total', { outcome: 'ok' })).toBe(1);
    expect(sample(metricsText, 'crisis_desk_reloads_total', { outcome: 'bad_files' })).toBe(1);
    expect(sample(metricsText, 'crisis_desk_reload_duration_seconds_count', { outcome: 'ok' })).toBe(1);
    expect(metricsText).toMatch(/^# TYPE crisis_desk_answer_latency_seconds histogram$/m);

    // Request-scoped log lines: command, guild, latency, answers; the question text never at info.
    const answered = logs.filter((l) => / info question /.test(l));
    expect(answered).toHaveLength(4);
    expect(answered[0]).toMatch(/command=ask guild=\d+ latencyMs=\d+ answers=1 outcome=answered/);
    for (const line of answered) expect(line).not.toMatch(/Blinken|zeppelins|Stoltenberg/);
  }, 60_000);

  it('503 degraded while the gateway is down, 200 after it resumes, the reconnect counted', async () => {
    standIn = await DiscordStandIn.start();
    const telemetry = new Telemetry({ defaultMetrics: false });
    server = await startHealthServer(telemetry, { port: 0, host: '127.0.0.1' });
    bot = createBot({ token: standIn.token, apiUrl: standIn.apiUrl, holder: fakeHolder(fakeDesk(base)), commands, telemetry, logger: createLogger({ write: () => undefined }), cooldownMs: 0 });
    const ready = new Promise<void>((resolve) => bot!.client.once(Events.ClientReady, () => resolve()));
    await bot.client.login(standIn.token);
    await ready;
    expect((await health(server.port)).status).toBe(200);

    standIn.holdGateway();
    standIn.closeGateway(4000);
    await expect.poll(async () => (await health(server!.port)).body.status, { timeout: 15_000 }).toBe('degraded');
    const down = await health(server.port);
    expect(down.status).toBe(503);
    expect(down.body.gateway).toBe('disconnected');
    expect(down.body.desk.articles).toBe(2);
    expect(sample((await get(server.port, '/metrics')).body, 'crisis_desk_gateway_up')).toBe(0);

    const resumes = standIn.gatewayLog.filter((p) => p.op === 6).length;
    standIn.releaseGateway();
    await expect.poll(() => standIn!.gatewayLog.filter((p) => p.op === 6).length, { timeout: 15_000 }).toBe(resumes + 1);
    await expect.poll(async () => (await health(server!.port)).status, { timeout: 15_000 }).toBe(200);
    expect((await health(server.port)).body).toMatchObject({ status: 'ok', gateway: 'ready' });
    const metrics = (await get(server.port, '/metrics')).body;
    expect(sample(metrics, 'crisis_desk_gateway_reconnects_total')).toBe(1);
    expect(sample(metrics, 'crisis_desk_gateway_up')).toBe(1);
  }, 40_000);

  it('answers 404 to other paths and 405 to other methods', async () => {
    server = await startHealthServer(new Telemetry({ defaultMetrics: false }), { port: 0, host: '127.0.0.1' });
    expect((await get(server.port, '/')).status).toBe(404);
    expect((await get(server.port, '/healthz/extra')).status).toBe(404);
    expect((await get(server.port, '/metrics', 'POST')).status).toBe(405);
    expect((await get(server.port, '/healthz', 'DELETE')).status).toBe(405);
    const head = await get(server.port, '/healthz', 'HEAD');
    expect(head.status).toBe(503);
    expect(head.body).toBe('');
  });
});
