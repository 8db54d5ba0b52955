/** Starts the real bot (createBot + login) against the Discord stand-in, with a log captured for assertions. */
import { Events } from 'discord.js';
import { onTestFinished } from 'vitest';
import { commands } from '../../commands/index.js';
import type { DeskHolder } from '../../src/model/types.js';
import { createBot, type BotOptions, type RunningBot } from '../../src/discord/bot.js';
import { createLogger } from '../../src/discord/logger.js';
import { DiscordStandIn } from './discordStandIn.js';

export interface Harness {
  standIn: DiscordStandIn;
  bot: RunningBot;
  logs: string[];
  now: { t: number };
  stop(): Promise<void>;
}

/** `startHarness` from inside a test: the harness is stopped when the test finishes, pass or fail. */
export async function startHarnessInTest(holder: DeskHolder, options: Parameters<typeof startHarness>[1] = {}): Promise<Harness> {
  const harness = await startHarness(holder, options);
  onTestFinished(() => harness.stop());
  return harness;
}

export interface HarnessOptions {
  messageContentIntent?: boolean;
  /** One question per this many ms; default 0 (no limit). */
  cooldownMs?: number;
  /** The bot's own default rate limit (5 questions per 30 s) instead of `cooldownMs`. */
  defaultRateLimit?: boolean;
  pageSize?: number;
  /** Fetch settings for /add (FETCH_ALLOW_PRIVATE, and a short deadline for tests). */
  fetch?: BotOptions['fetch'];
}

export async function startHarness(holder: DeskHolder, options: HarnessOptions = {}): Promise<Harness> {
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
    ...(options.defaultRateLimit ? {} : { cooldownMs: options.cooldownMs ?? 0 }),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    now: () => now.t,
  });
  const ready = new Promise<void>((resolve) => bot.client.once(Events.ClientReady, () => resolve()));
  await bot.client.login(standIn.token);
  await ready;
  // Once: a test may stop its bot itself before the harness is stopped after the test.
  let stopped: Promise<void> | undefined;
  return {
    standIn,
    bot,
    logs,
    now,
    stop: () =>
      (stopped ??= (async () => {
        await bot.stop();
        await standIn.stop();
      })()),
  };
}
