import { Events, type Client } from 'discord.js';
import type { EventDeps } from './eventDeps.js';

export function register(client: Client, { router }: EventDeps): void {
  client.on(Events.InteractionCreate, (interaction) => void router.route(interaction));
}
