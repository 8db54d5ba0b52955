import type { Client } from 'discord.js';
import * as clientReady from './clientReady.js';
import * as diagnostics from './diagnostics.js';
import type { EventDeps } from './eventDeps.js';
import * as interactionCreate from './interactionCreate.js';
import * as messageCreate from './messageCreate.js';

export function registerEvents(client: Client, deps: EventDeps): void {
  for (const module of [diagnostics, clientReady, interactionCreate, messageCreate]) module.register(client, deps);
}
