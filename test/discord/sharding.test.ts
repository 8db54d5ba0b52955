/**
 * `npm start` with SHARD_COUNT=2 against the stand-in: a ShardingManager runs two shard
 * processes, each guild is served by its shard, /reload in one guild reloads every
 * shard's corpus, and SIGTERM stops everything with exit code 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiscordStandIn, MODERATOR_PERMISSIONS } from '../support/discordStandIn.js';

let standIn: DiscordStandIn | undefined;
let child: ChildProcess | undefined;
let dir: string | undefined;

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await standIn?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('sharding', () => {
  it('runs two shards, reloads on both, and exits 0 on SIGTERM', async () => {
    standIn = await DiscordStandIn.start({ guildCount: 2 });
    dir = await mkdtemp(join(tmpdir(), 'crisis-desk-shards-'));
    await cp('corpus', dir, { recursive: true });
    let output = '';
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: standIn.token,
        DISCORD_CLIENT_ID: standIn.applicationId,
        DISCORD_API_URL: standIn.apiUrl,
        CORPUS_DIR: dir,
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
    const reload = standIn.interact({ name: 'reload', permissions: MODERATOR_PERMISSIONS, guildId: standIn.guilds[0]!.id, channelId: standIn.guilds[0]!.channels[0]!.id });
    const report = (await reload.edit(60_000)).body.embeds[0].description as string;
    expect(report).toMatch(/on 2 shards: 4 articles/);

    // The other guild, on the other shard, now serves the reloaded corpus too.
    const sources = standIn.interact({ name: 'sources', guildId: standIn.guilds[1]!.id, channelId: standIn.guilds[1]!.channels[0]!.id });
    const listed = (await sources.edit(30_000)).body.embeds[0].description as string;
    expect(listed).toMatch(/^4 articles/);
    expect(listed).not.toContain('**NPR**');

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).not.toContain(standIn.token);
  }, 150_000);
});
