/**
 * `npm start` with SHARD_COUNT=2 against the stand-in: a ShardingManager runs two shard
 * processes, each guild is served by its shard, /reload in one guild builds the corpus once
 * (in that shard) and every shard then serves it, and SIGTERM stops everything with exit code 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiscordStandIn, MODERATOR_PERMISSIONS } from '../support/discordStandIn.js';

let standIn: DiscordStandIn | undefined;
let child: ChildProcess | undefined;
let dir: string | undefined;
let cacheDir: string | undefined;

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await standIn?.stop();
  for (const d of [dir, cacheDir]) if (d) await rm(d, { recursive: true, force: true });
});

const NEW_SENTENCE = 'The zeppelin fleet of 44 airships stays grounded at the Kyiv aerodrome.';
const NEW_ARTICLE = `---\noutlet: Zeppelin Gazette\ntitle: Airships grounded\npublished: 2022-02-17\n---\n${NEW_SENTENCE}\n`;
/** Logged by the loader each time it builds a desk (reads and indexes the corpus), never on a load. */
const BUILD_LINE = /building the index/g;

describe('sharding', () => {
  it('runs two shards, reloads on both with one build, and exits 0 on SIGTERM', async () => {
    standIn = await DiscordStandIn.start({ guildCount: 2 });
    dir = await mkdtemp(join(tmpdir(), 'crisis-desk-shards-'));
    cacheDir = await mkdtemp(join(tmpdir(), 'crisis-desk-shards-cache-'));
    await cp('corpus', dir, { recursive: true });
    let output = '';
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: standIn.token,
        DISCORD_CLIENT_ID: standIn.applicationId,
        DISCORD_API_URL: standIn.apiUrl,
        CORPUS_DIR: dir,
        CACHE_DIR: cacheDir,
        SHARD_COUNT: '2',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    await standIn.waitForReady(2, 90_000);
    const shards = standIn.gatewayLog.filter((p) => p.op === 2).map((p) => p.d.shard);
    expect(shards).toEqual(expect.arrayContaining([[0, 2], [1, 2]]));
    await new Promise((r) => setTimeout(r, 300)); // GUILD_CREATE processed

    await rm(join(dir, (await import('node:fs')).readdirSync(dir).find((f) => f.startsWith('npr-'))!));
    await writeFile(join(dir, 'zeppelin.md'), NEW_ARTICLE);
    const beforeReload = output.length;
    const reload = standIn.interact({ name: 'reload', permissions: MODERATOR_PERMISSIONS, guildId: standIn.guilds[0]!.id, channelId: standIn.guilds[0]!.channels[0]!.id });
    const report = (await reload.finalEdit(90_000)).body.embeds[0].description as string;
    expect(report).toMatch(/on 2 shards: 5 articles/);

    // Both guilds, one per shard, serve the new article and no longer the removed one.
    for (const guild of standIn.guilds.slice(0, 2)) {
      const where = { guildId: guild.id, channelId: guild.channels[0]!.id };
      const sources = standIn.interact({ name: 'sources', ...where });
      const listed = (await sources.finalEdit(30_000)).body.embeds[0].description as string;
      expect(listed).toMatch(/^5 articles/);
      expect(listed).not.toContain('**NPR**');
      const ask = standIn.interact({ name: 'ask', options: { question: 'zeppelin airships grounded', private: true }, ...where });
      expect((await ask.finalEdit(30_000)).body.embeds[0].description).toContain(NEW_SENTENCE);
    }
    // One build for the whole bot: the other shard loaded the desk that build persisted.
    const sinceReload = output.slice(beforeReload);
    expect(sinceReload.match(BUILD_LINE)?.length ?? 0).toBe(1);
    expect(sinceReload).toContain('reload for another shard: loaded the desk another shard built');

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).not.toContain(standIn.token);
  }, 150_000);
});
