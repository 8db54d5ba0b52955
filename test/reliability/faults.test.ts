/**
 * Faults: the real bot against the stand-in answering 429 with retry-after, 500s, a REST
 * call slower than Discord's 3 s (the interaction was deferred first), dropped gateway
 * connections (resume and re-identify), and — in a child process running the bot entry —
 * an unhandled rejection (logged, the process stays up and answers), an uncaught exception
 * (logged redacted, exit 1), and SIGTERM after and during start-up (gateway closed, exit 0).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DiscordStandIn, type InteractionHandle } from '../support/discordStandIn.js';
import { fakeDesk, fakeHolder, type FakeSentence } from '../support/fakeDesk.js';
import { startHarnessInTest, type Harness } from '../support/botHarness.js';
import { CORPUS_DIR } from '../support/seedCorpus.js';

const base: FakeSentence[] = [
  { text: 'We remain in the window where an invasion could begin at any time.', speaker: 'Antony Blinken', outlet: 'NPR', article: 'npr-1', title: 'No evidence of withdrawal' },
  { text: 'So far we have not seen any sign of de-escalation on the ground.', speaker: 'Jens Stoltenberg', outlet: 'VOA', article: 'voa-1', title: 'NATO sees no pullback' },
];


const EDIT = /\/webhooks\/\d+\/[^/]+\/messages\/@original$/;

async function answered(handle: InteractionHandle, timeoutMs = 10_000) {
  const cb = await handle.waitFor((r) => r.path.endsWith('/callback') && r.status < 300, timeoutMs);
  expect(cb.body.type).toBe(5);
  const edit = await handle.edit(timeoutMs);
  expect(edit.body.embeds[0].description).toMatch(/Blinken|Stoltenberg/);
  return { cb, edit };
}

function errorsLogged(h: Harness): string[] {
  return h.logs.filter((l) => / error /.test(l));
}

describe('REST faults', () => {
  it('a 429 with retry-after on the callback and on the edit is waited out and the answer delivered', async () => {
    const h = await startHarnessInTest(fakeHolder(fakeDesk(base)));
    h.standIn.inject({ method: 'POST', path: /\/callback$/, status: 429, retryAfterSeconds: 0.2 });
    h.standIn.inject({ method: 'PATCH', path: EDIT, status: 429, retryAfterSeconds: 0.3 });
    const ask = h.standIn.interact({ name: 'ask', options: { question: 'what did Blinken say', private: true } });
    const { edit } = await answered(ask);
    const limited = ask.requests().filter((r) => r.status === 429);
    expect(limited.map((r) => r.method)).toEqual(['POST', 'PATCH']);
    // The retry waited at least the retry-after the stand-in asked for.
    const patchRetry = edit.receivedAt - limited[1]!.finishedAt!;
    expect(patchRetry).toBeGreaterThanOrEqual(250);
    expect(errorsLogged(h)).toEqual([]);
  });

  it('500s are retried; when they persist the user is told briefly, the error logged, and the bot keeps serving', async () => {
    const h = await startHarnessInTest(fakeHolder(fakeDesk(base)));
    h.standIn.inject({ method: 'PATCH', path: EDIT, status: 500, times: 2 });
    const first = h.standIn.interact({ name: 'ask', options: { question: 'what did Blinken say', private: true } });
    await answered(first);
    expect(first.requests().filter((r) => r.status === 500)).toHaveLength(2);

    h.standIn.inject({ method: 'PATCH', path: EDIT, status: 500, times: Infinity });
    const doomed = h.standIn.interact({ name: 'ask', options: { question: 'what did Stoltenberg say', private: true } });
    const told = await doomed.waitFor((r) => r.method === 'POST' && typeof r.body?.content === 'string', 20_000);
    expect(told.body.content).toMatch(/something went wrong/);
    expect(told.body.flags & 64).toBe(64);
    await expect.poll(() => errorsLogged(h).some((l) => l.includes(`interaction ${doomed.id}`))).toBe(true);
    h.standIn.clearFaults();

    const after = h.standIn.interact({ name: 'ask', options: { question: 'what did Blinken say', private: true } });
    await answered(after);
  }, 30_000);

  it('an edit slower than 3 s still lands, because the interaction was deferred first', async () => {
    const h = await startHarnessInTest(fakeHolder(fakeDesk(base)));
    h.standIn.inject({ method: 'PATCH', path: EDIT, delayMs: 3300 });
    const ask = h.standIn.interact({ name: 'ask', options: { question: 'what did Blinken say', private: true } });
    const { cb, edit } = await answered(ask);
    expect(cb.finishedAt! - ask.dispatchedAt).toBeLessThan(1000); // acknowledged well within 3 s
    expect(cb.finishedAt!).toBeLessThan(edit.receivedAt); // the defer callback precedes the slow edit
    expect(edit.finishedAt! - ask.dispatchedAt).toBeGreaterThan(3000);
    expect(ask.requests().filter((r) => r.path.endsWith('/callback'))).toHaveLength(1);
  });
});

describe('gateway faults', () => {
  it('resumes after a resumable close and after a cut socket, and answers the next interaction', async () => {
    const h = await startHarnessInTest(fakeHolder(fakeDesk(base)));
    for (const drop of [() => h.standIn.closeGateway(4000), () => h.standIn.terminateGateway()]) {
      const resumes = h.standIn.gatewayLog.filter((p) => p.op === 6).length;
      drop();
      await expect.poll(() => h.standIn.gatewayLog.filter((p) => p.op === 6).length, { timeout: 15_000 }).toBe(resumes + 1);
      await expect.poll(() => h.standIn.liveConnections, { timeout: 5000 }).toBe(1);
      await answered(h.standIn.interact({ name: 'ask', options: { question: 'what did Blinken say', private: true } }));
    }
  }, 40_000);

  it('re-identifies after a close that ends the session, and answers the next interaction', async () => {
    const h = await startHarnessInTest(fakeHolder(fakeDesk(base)));
    const identifies = h.standIn.gatewayLog.filter((p) => p.op === 2).length;
    h.standIn.closeGateway(4007); // invalid seq: the session cannot be resumed
    await expect.poll(() => h.standIn.gatewayLog.filter((p) => p.op === 2).length, { timeout: 15_000 }).toBe(identifies + 1);
    await expect.poll(() => h.standIn.liveConnections, { timeout: 5000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 100)); // READY + GUILD_CREATE processed
    await answered(h.standIn.interact({ name: 'ask', options: { question: 'what did Stoltenberg say', private: true } }));
    expect(errorsLogged(h)).toEqual([]);
  }, 30_000);
});

describe('the bot process', () => {
  let standIn: DiscordStandIn | undefined;
  let child: ChildProcessWithoutNullStreams | undefined;
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await standIn?.stop();
  });

  function start(extraEnv: Record<string, string> = {}) {
    const c = spawn(process.execPath, ['--import', 'tsx', 'test/support/botProcess.ts'], {
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: standIn!.token,
        DISCORD_CLIENT_ID: standIn!.applicationId,
        DISCORD_API_URL: standIn!.apiUrl,
        CORPUS_DIR,
        DOTENV_CONFIG_PATH: '/nonexistent',
        // Readable lines, as in a terminal (the default for a pipe is JSON: test/ops/jsonLogs.test.ts).
        LOG_FORMAT: 'pretty',
        ...extraEnv,
      },
    });
    const out = { text: '' };
    c.stdout.on('data', (d) => (out.text += d));
    c.stderr.on('data', (d) => (out.text += d));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => c.once('exit', (code, signal) => resolve({ code, signal })));
    return { child: c, out, exited };
  }

  const noTokenPiece = (text: string) => {
    const t = standIn!.token;
    for (let i = 0; i + 8 <= t.length; i++) expect(text).not.toContain(t.slice(i, i + 8));
  };

  it('logs an unhandled rejection and stays up; SIGTERM closes the gateway and exits 0', async () => {
    standIn = await DiscordStandIn.start();
    const run = start();
    child = run.child;
    await expect.poll(() => run.out.text.includes('ready'), { timeout: 30_000, interval: 50 }).toBe(true);
    await standIn.waitForReady(1);
    await new Promise((r) => setTimeout(r, 200));

    child.stdin.write('reject\n');
    await expect.poll(() => run.out.text.includes('reject done'), { timeout: 5000 }).toBe(true);
    expect(run.out.text).toMatch(/ error unhandled rejection Error: stray rejection/);
    expect(child.exitCode).toBe(null);
    const ask = standIn.interact({ name: 'ask', options: { question: 'what did Blinken say', private: true } });
    expect((await ask.callback()).body.type).toBe(5);
    expect((await ask.edit()).body.embeds[0].description).toContain('Antony Blinken');

    const closesBefore = standIn.gatewayCloses.length;
    child.kill('SIGTERM');
    const { code, signal } = await run.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(run.out.text).toMatch(/SIGTERM: shutting down/);
    // The bot closed its gateway connection itself (a clean close frame, not a dropped socket).
    expect(standIn.gatewayCloses.slice(closesBefore).map((c) => c.code)).toEqual([1000]);
    noTokenPiece(run.out.text);
  }, 60_000);

  it('an uncaught exception is logged without the token and the process exits 1', async () => {
    const run = start();
    child = run.child;
    await expect.poll(() => run.out.text.includes('ready'), { timeout: 30_000, interval: 50 }).toBe(true);
    child.stdin.write('throw\n');
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.out.text).toMatch(/ error uncaught exception; exiting Error: uncaught with \[redacted\]/);
    noTokenPiece(run.out.text);
  }, 60_000);

  it('SIGTERM during start-up (corpus loading) exits 0 without logging in or leaving a temp file', async () => {
    const identifies = standIn!.gatewayLog.filter((p) => p.op === 2).length;
    const run = start();
    child = run.child;
    await expect.poll(() => run.out.text.includes('loading the corpus'), { timeout: 30_000, interval: 10 }).toBe(true);
    child.kill('SIGTERM');
    const { code, signal } = await run.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(run.out.text).toMatch(/SIGTERM: shutting down/);
    expect(run.out.text).not.toContain('ready');
    expect(standIn!.gatewayLog.filter((p) => p.op === 2).length).toBe(identifies);
    // A cache written atomically (temp file + rename) is either absent or complete: no temp file is left.
    if (existsSync('.cache')) expect(readdirSync('.cache', { recursive: true }).map(String).filter((f) => /\.tmp|~$|\.part$/.test(f))).toEqual([]);
  }, 60_000);
});
