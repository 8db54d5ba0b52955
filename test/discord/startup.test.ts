/**
 * Start-up robustness: a REST outage during login is retried instead of crashing, a
 * slow interaction callback still completes, a bad setting exits with one line, and
 * deploy registers the commands through the configured REST base.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { createBot, loginWithRetry, type RunningBot } from '../../src/discord/bot.js';
import { deployCommands } from '../../src/discord/deployCommands.js';
import { createLogger } from '../../src/discord/logger.js';
import { DiscordStandIn } from '../support/discordStandIn.js';
import { fakeDesk, fakeHolder } from '../support/fakeDesk.js';

let standIn: DiscordStandIn | undefined;
let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.stop();
  await standIn?.stop();
  bot = standIn = undefined;
});

describe('start-up', () => {
  it('keeps retrying login while REST answers 500, then serves', async () => {
    standIn = await DiscordStandIn.start();
    // discord.js retries a 5xx itself 3 times; 6 failures make the first login attempt fail.
    standIn.inject({ path: /^\/gateway\/bot$/, status: 500, times: 6 });
    const logs: string[] = [];
    bot = createBot({ token: standIn.token, apiUrl: standIn.apiUrl, holder: fakeHolder(fakeDesk([])), commands, logger: createLogger({ secrets: [standIn.token], write: (l) => logs.push(l) }), cooldownMs: 0 });
    await loginWithRetry(bot, standIn.token, createLogger({ secrets: [standIn.token], write: (l) => logs.push(l) }), 200);
    await standIn.waitForReady(1);
    expect(logs.some((l) => l.includes('login failed, retrying'))).toBe(true);
    expect(logs.join('\n')).not.toContain(standIn.token);
    const help = standIn.interact({ name: 'help' });
    expect((await help.callback()).body.type).toBe(5);
    expect((await help.edit()).body.embeds[0].title).toMatch(/help/);
  });

  it('deploys the commands to a guild through DISCORD_API_URL', async () => {
    standIn = await DiscordStandIn.start();
    const count = await deployCommands({ token: standIn.token, clientId: standIn.applicationId, guildId: standIn.guild.id, apiUrl: standIn.apiUrl });
    expect(count).toBe(commands.length);
    const put = await standIn.waitFor((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${standIn.applicationId}/guilds/${standIn.guild.id}/commands`);
    expect(put.authorization).toBe(`Bot ${standIn.token}`);
    const names = (put.body as { name: string }[]).map((c) => c.name).sort();
    expect(names).toEqual(['add', 'ask', 'compare', 'help', 'quote', 'reload', 'remove', 'sources', 'timeline']);
    for (const name of ['reload', 'add', 'remove']) {
      const command = (put.body as { name: string; default_member_permissions?: string }[]).find((c) => c.name === name);
      expect(command?.default_member_permissions, name).toBe(String(1 << 5)); // ManageGuild
    }
    const add = (put.body as { name: string; options: { name: string; type: number }[] }[]).find((c) => c.name === 'add')!;
    expect(add.options.map((o) => [o.name, o.type])).toEqual([['file', 11], ['url', 3], ['outlet', 3], ['title', 3], ['published', 3], ['byline', 3]]);
  });

  it('stops with one line on a malformed setting', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, DISCORD_TOKEN: 'x.y.z', DISCORD_CLIENT_ID: 'not-a-number', DISCORD_API_URL: 'http://127.0.0.1:9/api', DOTENV_CONFIG_PATH: '/nonexistent' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['Crisis Desk cannot start: DISCORD_CLIENT_ID is not a snowflake (17-20 digits): "not-a-number".']);
  });
});
