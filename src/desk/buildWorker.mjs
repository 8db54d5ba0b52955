// Entry of the reload worker thread. Plain JavaScript so it starts the same under `npm start`
// (tsx), vitest and plain node: it loads the TypeScript worker through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./runBuildWorker.ts', import.meta.url);
