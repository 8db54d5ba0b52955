// Entry of the reload build process. Plain JavaScript so it starts the same under `npm start`
// (compiled: dist/ holds runBuildProcess.js beside this file, imported directly), `npm run dev`,
// vitest and plain node (sources: the TypeScript build is loaded through tsx's API).
import { existsSync } from 'node:fs';

const compiled = new URL('./runBuildProcess.js', import.meta.url);
if (existsSync(compiled)) await import(compiled.href);
else {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport('./runBuildProcess.ts', import.meta.url);
}
