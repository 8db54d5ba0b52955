// Entry of the reload build process. Plain JavaScript so it starts the same under `npm start`
// (tsx), vitest and plain node: it loads the TypeScript build through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./runBuildProcess.ts', import.meta.url);
