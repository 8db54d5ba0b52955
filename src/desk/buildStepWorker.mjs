// Entry of a build worker thread (one of the pool `buildDeskDataInParallel` starts). Plain
// JavaScript so it starts the same under `npm start` (tsx), vitest and plain node.
import { tsImport } from 'tsx/esm/api';

await tsImport('./runBuildStep.ts', import.meta.url);
