/**
 * Wires a running bot: desk holder, stores, router, event handlers, login. Start-up
 * never deploys commands and does not wait on Discord: login failures are retried
 * with backoff by `loginWithRetry`, gateway reconnects are discord.js' own.
 */
import type { Client } from 'discord.js';
import type { DeskHolder } from '../model/types.js';
import type { BotContext } from './botContext.js';
import { ButtonIds } from './buttonIds.js';
import type { SlashCommand } from './commandTypes.js';
import { Cooldowns, DEFAULT_RATE_LIMIT, type RateLimit } from './cooldowns.js';
import { createClient } from './createClient.js';
import { registerEvents } from './events/index.js';
import type { Clock } from './expiringMap.js';
import type { Logger } from './logger.js';
import { intakePolicies } from './intakeFlow.js';
import { InteractionRouter } from './router.js';
import { Telemetry } from './telemetry.js';
import { ThreadContexts } from './threadContexts.js';

export interface BotOptions {
  token: string;
  apiUrl?: string;
  holder: DeskHolder;
  commands: readonly SlashCommand[];
  logger: Logger;
  moderatorRoleId?: string;
  messageContentIntent?: boolean;
  pageSize?: number;
  /** Questions per user: default 5 per 30 s. */
  rateLimit?: RateLimit;
  /** Shorthand for a rate limit of one question per this many ms (0: none). */
  cooldownMs?: number;
  now?: Clock;
  /** /add's fetch settings: FETCH_ALLOW_PRIVATE (unsafe in production) and the deadline (default 15 s). */
  fetch?: { allowPrivate?: boolean; timeoutMs?: number };
  /** Metrics and health state; a fresh registry when not given. */
  telemetry?: Telemetry;
  /** Override for sharded runs; defaults to reloading this process's holder. */
  reloadEverywhere?: BotContext['reloadEverywhere'];
}

export interface RunningBot {
  client: Client;
  ctx: BotContext;
  /** Destroys the client once; later calls return the same promise. */
  stop(): Promise<void>;
}

export function createBot(options: BotOptions): RunningBot {
  const now = options.now ?? Date.now;
  const holder = options.holder;
  const ctx: BotContext = {
    holder,
    logger: options.logger,
    ...(options.moderatorRoleId ? { moderatorRoleId: options.moderatorRoleId } : {}),
    messageContentIntent: options.messageContentIntent ?? false,
    threads: new ThreadContexts({ now }),
    buttons: new ButtonIds(undefined, { now }),
    cooldowns: new Cooldowns(options.rateLimit ?? options.cooldownMs ?? DEFAULT_RATE_LIMIT, now),
    intake: intakePolicies(options.apiUrl, options.fetch),
    telemetry: options.telemetry ?? new Telemetry({ defaultMetrics: false }),
    pageSize: options.pageSize ?? 5,
    reloadEverywhere: options.reloadEverywhere ?? (async (onProgress) => ({ report: await holder.reload(onProgress), shards: 1 })),
  };
  const client = createClient({ ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}), messageContentIntent: ctx.messageContentIntent });
  ctx.telemetry.attachHolder(holder);
  ctx.telemetry.attachClient(client);
  registerEvents(client, { ctx, router: new InteractionRouter(options.commands, ctx) });
  let stopping: Promise<void> | undefined;
  return {
    client,
    ctx,
    stop: () => (stopping ??= client.destroy()),
  };
}

/** Log in, retrying with backoff while REST/gateway are unreachable (never crashes start-up). */
export async function loginWithRetry(bot: RunningBot, token: string, logger: Logger, maxDelayMs = 60_000): Promise<void> {
  let delay = 1000;
  for (;;) {
    try {
      await bot.client.login(token);
      return;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      // A rejected token will not get better by retrying.
      if (code === 'TokenInvalid' || (error as { status?: number }).status === 401) throw error;
      logger.warn(`login failed, retrying in ${Math.round(delay / 1000)} s`, error);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, maxDelayMs);
    }
  }
}
