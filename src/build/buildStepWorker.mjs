// Entry of a build worker thread (one of the pool `buildDeskDataInParallel` starts). Plain
// JavaScript so it starts the same under `npm start` (compiled: runBuildStep.js beside this
// file), `npm run dev`, vitest and plain node (sources: loaded through tsx's API).
import { existsSync } from 'node:fs';

const compiled = new URL('./runBuildStep.js', import.meta.url);
if (existsSync(compiled)) await import(compiled.href);
else {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport('./runBuildStep.ts', import.meta.url);
}
