/**
 * The bot entry (`runBotFromEnv`, as `npm start` runs it) in a child process, with fault
 * triggers read from stdin, one per line:
 *   reject — an unhandled promise rejection whose message carries the token
 *   throw  — an uncaught exception whose message carries the token
 * Prints `ready` on stdout once logged in and `<trigger> done` after each trigger.
 */
import { createInterface } from 'node:readline';
import { runBotFromEnv } from '../../src/discord/runBot.js';

await runBotFromEnv();
process.stdout.write('ready\n');
const token = process.env.DISCORD_TOKEN ?? '';
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'reject') {
    void Promise.reject(new Error(`stray rejection for Bot ${token.slice(0, 20)} / ${token.slice(20)}`));
    setTimeout(() => process.stdout.write('reject done\n'), 50);
  } else if (line === 'throw') {
    setTimeout(() => {
      throw new Error(`uncaught with ${token}`);
    }, 0);
  }
});
