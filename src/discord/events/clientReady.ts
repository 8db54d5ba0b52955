import { Events, type Client } from 'discord.js';
import type { EventDeps } from './eventDeps.js';

export function register(client: Client, { ctx }: EventDeps): void {
  client.once(Events.ClientReady, (ready) => {
    ctx.telemetry.markReady();
    ctx.logger.info(`logged in as ${ready.user.tag} (${ready.user.id}) in ${ready.guilds.cache.size} guild(s)`);
  });
}
