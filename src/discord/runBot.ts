/**
 * `npm start` with DISCORD_TOKEN: validate config (one-line exit on a bad setting),
 * then run one client, or a ShardingManager when SHARD_COUNT > 1.
 */
import { commands } from '../../commands/index.js';
import type { BotContext } from './botContext.js';
import { createBot, loginWithRetry, type RunningBot } from './bot.js';
import { ConfigError, loadDiscordConfig, type DiscordConfig } from './config.js';
import { startHealthServer, type HealthServer } from './healthServer.js';
import { createLogger, type Logger } from './logger.js';
import { installReloadHook, reloadOnAllShards } from './shardReload.js';
import { startShardManager } from './shardManager.js';
import { Telemetry } from './telemetry.js';

export async function runBotFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config: DiscordConfig;
  try {
    config = loadDiscordConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Crisis Desk cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // A shard process (SHARDS is set by the ShardingManager) says which shard on every line.
  const shard = env.SHARDING_MANAGER && env.SHARDS !== undefined && /^\d+$/.test(env.SHARDS) ? Number(env.SHARDS) : undefined;
  const logger = createLogger({
    secrets: [config.token],
    level: config.logLevel,
    format: config.logFormat,
    ...(shard !== undefined ? { base: { shard } } : {}),
  });
  // A stray rejection is a bug to log, not a reason to drop every conversation: stay up.
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', reason));
  // After an uncaught exception the process state is unknown: log it (redacted) and exit for a restart.
  process.on('uncaughtException', (error) => {
    logger.error('uncaught exception; exiting', error);
    process.exit(1);
  });
  // A child of the ShardingManager has SHARDING_MANAGER set; it runs one client for its shard.
  if (config.shardCount > 1 && !env.SHARDING_MANAGER) {
    await startShardManager(config, logger);
    return;
  }
  await runSingleClient(config, logger, Boolean(env.SHARDING_MANAGER), shard ?? 0);
}

async function runSingleClient(config: DiscordConfig, logger: Logger, sharded: boolean, shard: number): Promise<void> {
  // Signals are handled from the start, so a SIGTERM during start-up also exits cleanly (code 0).
  let bot: RunningBot | undefined;
  let health: HealthServer | undefined;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    void (bot ? bot.stop() : Promise.resolve())
      .then(() => health?.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));

  // Up before the corpus loads, so a probe sees "starting" (503) rather than nothing.
  const telemetry = new Telemetry();
  if (config.healthPort !== undefined) {
    // With shards, each shard process serves its own: HEALTH_PORT + shard id.
    const port = config.healthPort + shard;
    try {
      health = await startHealthServer(telemetry, { port, host: config.healthHost, logger });
    } catch (error) {
      // A probe that cannot be served would read as a dead bot: say why and exit for the supervisor.
      logger.error(`cannot serve health and metrics on ${config.healthHost}:${port}; exiting`, error);
      process.exit(1);
    }
  }

  logger.info(`loading the corpus from ${config.corpusDir}`);
  // Imported here so a bad setting is reported before the NLP model and corpus load.
  const { createDeskHolder } = await import('../desk/deskHolder.js');
  // Cache misses and builds (start-up and reloads) are logged: a build takes minutes at scale.
  const holder = await createDeskHolder(config.corpusDir, { log: (message) => logger.info(message) });
  if (stopping) return;
  for (const w of holder.startupWarnings) logger.warn(`corpus: skipped ${w.file}: ${w.reason}`);
  let reloadEverywhere: BotContext['reloadEverywhere'] | undefined;
  bot = createBot({
    token: config.token,
    ...(config.apiUrl ? { apiUrl: config.apiUrl } : {}),
    holder,
    commands,
    logger,
    telemetry,
    ...(config.moderatorRoleId ? { moderatorRoleId: config.moderatorRoleId } : {}),
    messageContentIntent: config.messageContentIntent,
    fetch: { allowPrivate: config.fetchAllowPrivate },
    reloadEverywhere: (onProgress) =>
      reloadEverywhere ? reloadEverywhere(onProgress) : holder.reload(onProgress).then((report) => ({ report, shards: 1 })),
  });
  if (sharded) {
    installReloadHook(holder, logger);
    const client = bot.client;
    // This shard builds (its progress shown); the other shards load the desk it persisted.
    reloadEverywhere = (onProgress) => reloadOnAllShards(client, holder, onProgress);
  }
  await loginWithRetry(bot, config.token, logger);
}
