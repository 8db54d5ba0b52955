/**
 * The stand-in itself: a real discord.js Client logs in over loopback, receives a
 * slash command and replies; a deferred reply is edited; the gateway resumes after a
 * dropped socket; a 429 on a REST route is retried by discord.js.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Client, Events, GatewayIntentBits, MessageFlags } from 'discord.js';
import { DiscordStandIn } from '../support/discordStandIn.js';

describe('Discord stand-in', () => {
  let standIn: DiscordStandIn;
  let client: Client;

  beforeEach(async () => {
    standIn = await DiscordStandIn.start();
    client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
      rest: { api: standIn.apiUrl },
      allowedMentions: { parse: [] },
    });
    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      if (interaction.commandName === 'ping') {
        await interaction.reply({ content: `pong ${interaction.options.getString('word') ?? ''}`, flags: MessageFlags.Ephemeral });
      } else if (interaction.commandName === 'slow') {
        await interaction.deferReply();
        await interaction.editReply('done');
      }
    });
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(standIn.token);
    await ready;
  });

  afterEach(async () => {
    await client.destroy();
    await standIn.stop();
  });

  it('logs in, caches the guild and its channel, and replies to a slash command', async () => {
    expect(client.user?.id).toBe(standIn.botUser.id);
    expect(client.guilds.cache.has(standIn.guild.id)).toBe(true);
    expect(client.channels.cache.get(standIn.textChannel.id)?.isTextBased()).toBe(true);

    const handle = standIn.interact({ name: 'ping', options: { word: 'hello' } });
    const callback = await handle.callback();
    expect(callback.status).toBe(204);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.content).toBe('pong hello');
    expect(callback.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(handle.original()?.content).toBe('pong hello');
  });

  it('records a deferral followed by an edit of @original', async () => {
    const handle = standIn.interact({ name: 'slow' });
    expect((await handle.callback()).body.type).toBe(5);
    const edit = await handle.edit();
    expect(edit.body.content).toBe('done');
    expect(handle.original()?.content).toBe('done');
    expect((handle.original()!.flags & 128) === 0).toBe(true);
  });

  it('resumes the session after the gateway drops the socket', async () => {
    standIn.closeGateway(4000);
    await expect.poll(() => standIn.gatewayLog.some((p) => p.op === 6), { timeout: 10_000 }).toBe(true);
    await standIn.waitForReady(1);
    await new Promise((r) => setTimeout(r, 100));
    const handle = standIn.interact({ name: 'ping', options: { word: 'again' } });
    expect((await handle.callback()).body.data.content).toBe('pong again');
  });

  it('lets discord.js retry a 429 with retry-after', async () => {
    standIn.inject({ path: /\/callback$/, status: 429, retryAfterSeconds: 0.1 });
    const handle = standIn.interact({ name: 'ping', options: { word: 'late' } });
    const ok = await handle.waitFor((r) => r.path.endsWith('/callback') && r.status === 204);
    expect(ok.body.data.content).toBe('pong late');
    expect(handle.requests().filter((r) => r.status === 429)).toHaveLength(1);
  });
});
