/** The discord.js Client with only the intents the bot needs and mentions disabled by default. */
import { Client, GatewayIntentBits, Partials } from 'discord.js';

export function createClient(options: { apiUrl?: string; messageContentIntent: boolean }): Client {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (options.messageContentIntent) intents.push(GatewayIntentBits.MessageContent);
  return new Client({
    intents,
    // Threads and channels the cache has not seen still deliver messages and interactions.
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
  });
}
