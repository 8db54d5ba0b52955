/** One shard process under the ShardingManager: the same bot, for the shard ids the manager assigns. */
import { config } from 'dotenv';
import { runBotFromEnv } from './runBot.js';

config({ quiet: true });
await runBotFromEnv();
