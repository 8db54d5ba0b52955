/**
 * SHARD_COUNT > 1: a ShardingManager spawns one process per shard over shardEntry.ts.
 * The shard count is explicit; 'auto' would ask Discord's API, which a local
 * DISCORD_API_URL does not serve to the manager, and which start-up must not depend on.
 */
import { ShardingManager } from 'discord.js';
import { fileURLToPath } from 'node:url';
import type { DiscordConfig } from './config.js';
import type { Logger } from './logger.js';

/** Compiled (`npm start` runs dist/): this module is a .js file and so is the shard entry beside it. */
const COMPILED = import.meta.url.endsWith('.js');
export const SHARD_ENTRY = fileURLToPath(new URL(COMPILED ? './shardEntry.js' : './shardEntry.ts', import.meta.url));

export async function startShardManager(config: DiscordConfig, logger: Logger): Promise<ShardingManager> {
  const manager = new ShardingManager(SHARD_ENTRY, {
    totalShards: config.shardCount,
    token: config.token,
    mode: 'process',
    respawn: true,
    // Shard processes run what the parent runs: compiled JavaScript, or TypeScript through tsx.
    execArgv: COMPILED ? [] : ['--import', 'tsx'],
  });
  manager.on('shardCreate', (shard) => {
    logger.info(`shard ${shard.id} spawned`);
    shard.on('death', () => logger.warn(`shard ${shard.id} exited; respawning`));
    shard.on('error', (error) => logger.error(`shard ${shard.id} error`, error));
  });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping ${manager.shards.size} shard(s)`);
    for (const shard of manager.shards.values()) {
      // SIGTERM lets each shard destroy its client; respawn is off once we are stopping.
      shard.process?.kill('SIGTERM');
    }
    manager.respawn = false;
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  // timeout -1: do not wait for READY, so a slow gateway cannot fail start-up.
  await manager.spawn({ amount: config.shardCount, delay: 1000, timeout: -1 });
  return manager;
}
