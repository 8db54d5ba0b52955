/**
 * `npm start`: with DISCORD_TOKEN set, run the Discord bot; without, the local console
 * (same desk, no Discord needed).
 */
import { config } from 'dotenv';

config({ quiet: true });

if (process.env.DISCORD_TOKEN?.trim()) {
  const { runBotFromEnv } = await import('./discord/runBot.js');
  await runBotFromEnv();
} else {
  const { startConsole } = await import('./console/startConsole.js');
  try {
    await startConsole({ corpusDir: process.env.CORPUS_DIR?.trim() || 'corpus/' });
  } catch (error) {
    // A corpus that cannot load at all is the one start-up failure a user can fix: say so in one line.
    console.error(`Crisis Desk cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
