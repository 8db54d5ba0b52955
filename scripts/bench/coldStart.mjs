/**
 * Child process of `npm run bench`: starts the desk holder on a corpus folder the way the bot
 * does (persisted desk from CACHE_DIR) and answers one question; prints, as one JSON line, the
 * time since this process started, where the desk came from, and heap/RSS after load.
 * Usage: node --expose-gc scripts/bench/coldStart.mjs <corpus dir> <question>   (compiled dist/, as `npm start` runs)
 *        node --expose-gc --import tsx scripts/bench/coldStart.mjs <corpus dir> <question> --tsx   (the sources, as `npm run dev`)
 */
const [dir, question, mode] = process.argv.slice(2);
const { createDeskHolder } = await import(mode === '--tsx' ? '../../src/desk/deskHolder.ts' : '../../dist/src/desk/deskHolder.js');
const holder = await createDeskHolder(dir);
const answers = holder.desk.ask(question).answers.length;
const firstAnswerMs = performance.now();
globalThis.gc?.();
const memory = process.memoryUsage();
console.log(
  JSON.stringify({ firstAnswerMs, source: holder.loaded.source, answers, heapUsedMb: memory.heapUsed / 2 ** 20, rssMb: memory.rss / 2 ** 20 }),
);
