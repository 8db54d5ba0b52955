/**
 * `npm run deploy`: register the slash commands in DISCORD_GUILD_ID (instant) or globally.
 * Separate from start-up on purpose: the bot never needs to deploy to run.
 */
import { config } from 'dotenv';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, Routes } from 'discord.js';
import { commands } from '../../commands/index.js';
import { ConfigError, loadTokenAndApi } from './config.js';
import { redact } from './logger.js';

config({ quiet: true });

export async function deployCommands(settings: ReturnType<typeof loadTokenAndApi>): Promise<number> {
  const rest = new REST(settings.apiUrl ? { api: settings.apiUrl } : {}).setToken(settings.token);
  const body = commands.map((c) => c.data.toJSON());
  const route = settings.guildId ? Routes.applicationGuildCommands(settings.clientId, settings.guildId) : Routes.applicationCommands(settings.clientId);
  const result = (await rest.put(route, { body })) as unknown[];
  return result.length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const settings = loadTokenAndApi();
    const count = await deployCommands(settings);
    console.log(`Deployed ${count} commands ${settings.guildId ? `to guild ${settings.guildId}` : 'globally (may take up to an hour to appear)'}.`);
  } catch (error) {
    if (error instanceof ConfigError) console.error(`Cannot deploy: ${error.message}`);
    else console.error(`Deploy failed: ${redact(String((error as Error)?.message ?? error), [process.env.DISCORD_TOKEN ?? ''])}`);
    process.exit(1);
  }
}
