// `node --import ./test/support/noTypeScript.mjs …` (or in NODE_OPTIONS, which child processes
// inherit): any module resolved to a TypeScript file, or to tsx, fails to load. A compiled run
// (dist/) that still loaded TypeScript anywhere — itself, the reload's build process — fails.
import { register } from 'node:module';

register('./noTypeScriptHooks.mjs', import.meta.url);
