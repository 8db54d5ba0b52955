/**
 * Child process of `npm run bench`: starts the desk holder on a corpus folder the way the bot
 * does (persisted desk from CACHE_DIR) and answers one question; prints, as one JSON line, the
 * time since this process started, where the desk came from, and heap/RSS after load.
 * Usage: node --expose-gc --import tsx scripts/bench/coldStart.ts <corpus dir> <question>
 */
import { createDeskHolder } from '../../src/desk/deskHolder';

const [dir, question] = process.argv.slice(2);
const holder = await createDeskHolder(dir!);
const answers = holder.desk.ask(question!).answers.length;
const firstAnswerMs = performance.now();
(globalThis as { gc?: () => void }).gc?.();
const memory = process.memoryUsage();
console.log(
  JSON.stringify({ firstAnswerMs, source: holder.loaded.source, answers, heapUsedMb: memory.heapUsed / 2 ** 20, rssMb: memory.rss / 2 ** 20 }),
);
