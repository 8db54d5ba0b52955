/** Client errors, warnings and shard trouble are logged, never thrown: reconnecting is discord.js' job. */
import { Events, type Client } from 'discord.js';
import type { EventDeps } from './eventDeps.js';

export function register(client: Client, { ctx }: EventDeps): void {
  client.on(Events.Error, (error) => ctx.logger.error('discord client error', error));
  client.on(Events.Warn, (message) => ctx.logger.warn(`discord: ${message}`));
  client.on(Events.ShardError, (error, shardId) => ctx.logger.error(`shard ${shardId} error`, error));
  client.on(Events.ShardDisconnect, (event, shardId) => ctx.logger.warn(`shard ${shardId} disconnected (code ${event.code})`));
  client.on(Events.ShardReconnecting, (shardId) => {
    ctx.telemetry.gatewayReconnecting();
    ctx.logger.info(`shard ${shardId} reconnecting`);
  });
  client.on(Events.ShardResume, (shardId) => ctx.logger.info(`shard ${shardId} resumed`));
}
