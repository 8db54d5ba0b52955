/** Starts the real bot (createBot + login) against the Discord stand-in, with a log captured for assertions. */
import { Events } from 'discord.js';
import { commands } from '../../commands/index.js';
import type { DeskHolder } from '../../src/desk/types.js';
import { createBot, type RunningBot } from '../../src/discord/bot.js';
import { createLogger } from '../../src/discord/logger.js';
import { DiscordStandIn } from './discordStandIn.js';

export interface Harness {
  standIn: DiscordStandIn;
  bot: RunningBot;
  logs: string[];
  now: { t: number };
  stop(): Promise<void>;
}

export async function startHarness(holder: DeskHolder, options: { messageContentIntent?: boolean; cooldownMs?: number; pageSize?: number } = {}): Promise<Harness> {
  const standIn = await DiscordStandIn.start();
  const logs: string[] = [];
  const now = { t: Date.now() };
  const bot = createBot({
    token: standIn.token,
    apiUrl: standIn.apiUrl,
    holder,
    commands,
    logger: createLogger({ secrets: [standIn.token], write: (line) => logs.push(line), debug: false }),
    moderatorRoleId: standIn.moderatorRoleId,
    messageContentIntent: options.messageContentIntent ?? false,
    cooldownMs: options.cooldownMs ?? 0,
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    now: () => now.t,
  });
  const ready = new Promise<void>((resolve) => bot.client.once(Events.ClientReady, () => resolve()));
  await bot.client.login(standIn.token);
  await ready;
  return {
    standIn,
    bot,
    logs,
    now,
    async stop() {
      await bot.stop();
      await standIn.stop();
    },
  };
}
