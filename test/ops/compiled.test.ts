/**
 * The compiled start (`npm start` runs dist/, built by scripts/build.mjs): end to end, with
 * every process started under test/support/noTypeScript.mjs (in NODE_OPTIONS, so the reload's
 * build process and the build worker threads inherit it), which makes loading any TypeScript
 * file or tsx fail: the console without a token (start-up build on worker threads, /reload in
 * the build process), the bot against the Discord stand-in (JSON log lines, /healthz, /metrics,
 * /ask, /reload, an error with its stack, SIGTERM), and two shards each serving its own
 * HEALTH_PORT + shard id.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DiscordStandIn, makeUser, MODERATOR_PERMISSIONS } from '../support/discordStandIn.js';
import { writeGeneratedArticles } from '../support/generatedCorpus.js';
import { CORPUS_DIR } from '../support/seedCorpus.js';
import { codeKeyOf } from '../../src/store/deskCache.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NO_TYPESCRIPT = fileURLToPath(new URL('../support/noTypeScript.mjs', import.meta.url));
const NEW_SENTENCE = 'The zeppelin fleet of 44 airships stays grounded at the Kyiv aerodrome.';
const NEW_ARTICLE = `---\noutlet: Zeppelin Gazette\ntitle: Airships grounded\npublished: 2022-02-17\n---\n${NEW_SENTENCE}\n`;

const cleanup: string[] = [];
let child: ChildProcess | undefined;
let standIn: DiscordStandIn | undefined;

beforeAll(() => {
  // What `prestart` runs: compiles into dist/ unless it is up to date.
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  expect(built.status, built.stderr).toBe(0);
}, 250_000);

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = undefined;
  await standIn?.stop();
  standIn = undefined;
});
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanup.push(dir);
  return dir;
}

/** A port `p` with `p + extra` free too, on 127.0.0.1. */
async function freePorts(extra = 0): Promise<number> {
  for (;;) {
    const servers = [createServer()];
    const first = await new Promise<number>((resolve) => servers[0]!.listen(0, '127.0.0.1', () => resolve((servers[0]!.address() as AddressInfo).port)));
    let ok = first + extra <= 65535;
    for (let i = 1; ok && i <= extra; i++) {
      const s = createServer();
      ok = await new Promise<boolean>((resolve) => {
        s.once('error', () => resolve(false));
        s.listen(first + i, '127.0.0.1', () => resolve(true));
      });
      servers.push(s);
    }
    await Promise.all(servers.map((s) => new Promise((resolve) => (s.listening ? s.close(resolve) : resolve(undefined)))));
    if (ok) return first;
  }
}

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** /healthz status code, or 0 while nothing listens yet. */
const healthStatus = (port: number) => get(port, '/healthz').then((r) => r.status, () => 0);

function sample(text: string, name: string, labels: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}} `) || (labels === '' && l.startsWith(`${name} `)));
  return line ? Number(line.split(' ').pop()) : 0;
}

function start(command: string, args: string[], env: Record<string, string>) {
  const c = spawn(command, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, DOTENV_CONFIG_PATH: '/nonexistent', NODE_OPTIONS: `--import ${NO_TYPESCRIPT}`, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  c.stdout!.on('data', (d) => (out.stdout += d));
  c.stderr!.on('data', (d) => (out.stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => c.once('exit', (code, signal) => resolve({ code, signal })));
  child = c;
  return { child: c, out, exited };
}

describe('compiled start', () => {
  it('keys the persisted desk as the sources do, so `npm start` loads the desk `npm run dev` persisted (and back) instead of rebuilding it', async () => {
    const compiled = (await import(pathToFileURL(join(ROOT, 'dist', 'src', 'store', 'deskCache.js')).href)) as { codeKeyOf: typeof codeKeyOf };
    expect(compiled.codeKeyOf(1_000_000)).toBe(codeKeyOf(1_000_000));
  });

  it('`npm start` without a token opens the console on the compiled code; build threads and the reload build process run compiled too', async () => {
    const dir = await tempDir('crisis-desk-compiled-');
    await cp(CORPUS_DIR, dir, { recursive: true });
    // 200 more articles: the build runs on worker threads (PARALLEL_MIN_ARTICLES) at start-up and on /reload.
    await writeGeneratedArticles(dir, 200);
    const run = start('npm', ['start', '--silent'], { CORPUS_DIR: dir, CACHE_DIR: await tempDir('crisis-desk-compiled-cache-'), BUILD_THREADS: '2' });
    await expect.poll(() => run.out.stdout, { timeout: 90_000, interval: 100 }).toContain('205 articles loaded');
    await writeFile(join(dir, 'zeppelin.md'), NEW_ARTICLE);
    run.child.stdin!.write('what did Stoltenberg say\n/reload\nzeppelin airships grounded\n/quit\n');
    const { code } = await run.exited;
    expect(code, run.out.stderr).toBe(0);
    expect(run.out.stdout).toContain('— Jens Stoltenberg');
    expect(run.out.stdout).toMatch(/Reloaded in [\d.]+ s: 206 articles/);
    expect(run.out.stdout).toContain('added: zeppelin');
    expect(run.out.stdout).toContain(NEW_SENTENCE);
    expect(run.out.stderr).not.toContain('TypeScript loaded in a compiled run');
  }, 180_000);

  it('the compiled bot serves the stand-in, health and metrics, and logs JSON lines without the token', async () => {
    standIn = await DiscordStandIn.start();
    const dir = await tempDir('crisis-desk-compiled-bot-');
    await cp(CORPUS_DIR, dir, { recursive: true });
    const port = await freePorts();
    const run = start(process.execPath, ['dist/src/main.js'], {
      DISCORD_TOKEN: standIn.token,
      DISCORD_CLIENT_ID: standIn.applicationId,
      DISCORD_API_URL: standIn.apiUrl,
      CORPUS_DIR: dir,
      CACHE_DIR: await tempDir('crisis-desk-compiled-bot-cache-'),
      HEALTH_PORT: String(port),
    });
    await standIn.waitForReady(1, 60_000);
    await expect.poll(() => healthStatus(port), { timeout: 30_000 }).toBe(200);
    const health = JSON.parse((await get(port, '/healthz')).body);
    expect(health).toMatchObject({ status: 'ok', gateway: 'ready', desk: { articles: 5, sentences: 215 } });

    const ask = standIn.interact({ name: 'ask', options: { question: 'what did Blinken say', private: true }, user: makeUser('first') });
    expect((await ask.edit(30_000)).body.embeds[0].description).toContain('Antony Blinken');
    await writeFile(join(dir, 'zeppelin.md'), NEW_ARTICLE);
    const reload = standIn.interact({ name: 'reload', permissions: MODERATOR_PERMISSIONS });
    expect((await reload.finalEdit(90_000)).body.embeds[0].description).toMatch(/6 articles/);
    const zeppelin = standIn.interact({ name: 'ask', options: { question: 'zeppelin airships grounded', private: true }, user: makeUser('second') });
    expect((await zeppelin.edit(30_000)).body.embeds[0].description).toContain(NEW_SENTENCE);
    // (Each question from its own user: the bot's per-user cooldown is on.)
    // A reply Discord keeps refusing: the error is logged with its stack.
    standIn.inject({ method: 'PATCH', path: /\/messages\/@original$/, status: 500, times: Infinity });
    const doomed = standIn.interact({ name: 'ask', options: { question: 'what did Stoltenberg say', private: true }, user: makeUser('third') });
    await doomed.waitFor((r) => r.method === 'POST' && typeof r.body?.content === 'string', 30_000);
    standIn.clearFaults();

    let metrics = '';
    await expect
      .poll(async () => {
        metrics = (await get(port, '/metrics')).body;
        return sample(metrics, 'crisis_desk_questions_total', 'command="ask",outcome="error"');
      }, { timeout: 10_000 })
      .toBe(1);
    expect(sample(metrics, 'crisis_desk_questions_total', 'command="ask",outcome="answered"')).toBe(2);
    expect(sample(metrics, 'crisis_desk_reloads_total', 'outcome="ok"')).toBe(1);
    expect(sample(metrics, 'crisis_desk_desk_articles', '')).toBe(6);
    expect(metrics).toMatch(/^process_resident_memory_bytes \d+/m);

    const closes = standIn.gatewayCloses.length;
    run.child.kill('SIGTERM');
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(standIn.gatewayCloses.slice(closes).map((c) => c.code)).toEqual([1000]);

    // stdout is a pipe, not a terminal: JSON lines, every one of them.
    const lines = run.out.stdout.split('\n').filter((l) => l !== '');
    const entries = lines.map((l) => JSON.parse(l) as Record<string, any>);
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) expect(e).toMatchObject({ time: expect.any(String), level: expect.any(String), msg: expect.any(String) });
    const questions = entries.filter((e) => e.msg.startsWith('question '));
    expect(questions.map((e) => e.outcome)).toEqual(['answered', 'answered', 'error']);
    for (const q of questions) {
      expect(q).toMatchObject({ level: 'info', command: 'ask', guild: standIn.guild.id, latencyMs: expect.any(Number) });
      expect(JSON.stringify(q)).not.toMatch(/Blinken|zeppelin|Stoltenberg/i); // never the question at info
    }
    expect(questions[0]!.answers).toBeGreaterThan(0);
    const failure = entries.find((e) => e.level === 'error' && e.err);
    expect(failure?.err.stack).toMatch(/^DiscordAPIError\[\d+\]|^\w*Error/);
    expect(failure?.err.stack).toContain('\n    at ');
    expect(entries.some((e) => e.msg === 'SIGTERM: shutting down')).toBe(true);
    const everything = run.out.stdout + run.out.stderr;
    for (let i = 0; i + 8 <= standIn.token.length; i++) expect(everything).not.toContain(standIn.token.slice(i, i + 8));
    expect(run.out.stderr).not.toContain('TypeScript loaded in a compiled run');
  }, 180_000);

  it('with two shards, each shard process serves health on HEALTH_PORT + its shard id', async () => {
    standIn = await DiscordStandIn.start({ guildCount: 2 });
    const port = await freePorts(1);
    const run = start(process.execPath, ['dist/src/main.js'], {
      DISCORD_TOKEN: standIn.token,
      DISCORD_CLIENT_ID: standIn.applicationId,
      DISCORD_API_URL: standIn.apiUrl,
      CORPUS_DIR,
      CACHE_DIR: await tempDir('crisis-desk-compiled-shards-cache-'),
      SHARD_COUNT: '2',
      HEALTH_PORT: String(port),
    });
    await standIn.waitForReady(2, 90_000);
    await expect.poll(() => healthStatus(port), { timeout: 30_000 }).toBe(200);
    await expect.poll(() => healthStatus(port + 1), { timeout: 30_000 }).toBe(200);
    await new Promise((r) => setTimeout(r, 300)); // GUILD_CREATE processed
    for (const guild of standIn.guilds.slice(0, 2)) {
      const ask = standIn.interact({ name: 'ask', options: { question: 'what did Blinken say', private: true }, guildId: guild.id, channelId: guild.channels[0]!.id });
      expect((await ask.edit(30_000)).body.embeds[0].description).toContain('Antony Blinken');
    }
    // Each guild's question was counted by the shard serving it.
    const counts = await Promise.all([port, port + 1].map(async (p) => sample((await get(p, '/metrics')).body, 'crisis_desk_questions_total', 'command="ask",outcome="answered"')));
    expect(counts).toEqual([1, 1]);
    const shardsLogged = new Set(run.out.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).shard).filter((s) => s !== undefined));
    expect([...shardsLogged].sort()).toEqual([0, 1]);
    run.child.kill('SIGTERM');
    expect((await run.exited).code).toBe(0);
    expect(run.out.stderr).not.toContain('TypeScript loaded in a compiled run');
  }, 180_000);
});

describe('prestart', () => {
  it('on a fresh copy `npm start` compiles first; later starts compile only when a source is newer than dist/', async () => {
    // A clean checkout: sources, no dist/ (node_modules linked, as `npm install` would leave it).
    const copy = await tempDir('crisis-desk-clean-');
    for (const path of ['src', 'commands', 'corpus', 'scripts/build.mjs', 'tsconfig.json', 'tsconfig.build.json', 'package.json']) {
      await cp(join(ROOT, path), join(copy, path), { recursive: true });
    }
    await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const run = spawnSync('npm', ['start', '--silent'], {
      cwd: copy,
      input: 'what did Blinken say\n/quit\n',
      encoding: 'utf8',
      timeout: 240_000,
      env: { PATH: process.env.PATH, DOTENV_CONFIG_PATH: '/nonexistent', CACHE_DIR: await tempDir('crisis-desk-clean-cache-'), NODE_OPTIONS: `--import ${NO_TYPESCRIPT}` },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Compiling Crisis Desk into dist\//);
    expect(run.stdout).toContain('Crisis Desk console — 5 articles loaded');
    expect(run.stdout).toContain('— Antony Blinken');
    expect(existsSync(join(copy, 'dist/src/main.js'))).toBe(true);

    const ifStale = () => spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: copy, encoding: 'utf8', timeout: 240_000 });
    const fresh = ifStale();
    expect(fresh.status).toBe(0);
    expect(fresh.stderr).toBe(''); // up to date: nothing compiled
    const later = new Date(Date.now() + 5000);
    await utimes(join(copy, 'src/console/formatAnswerText.ts'), later, later);
    const stale = ifStale();
    expect(stale.status, stale.stderr).toBe(0);
    expect(stale.stderr).toMatch(/Compiled into dist\//);
  }, 300_000);
});
