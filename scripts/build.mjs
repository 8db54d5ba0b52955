// `npm run build`: compile src/ and commands/ into dist/ with tsc (tsconfig.build.json), so
// `npm start` runs plain JavaScript. `--if-stale` (the `prestart` hook) builds only when dist/
// is missing or older than the sources, so `npm install && npm start` stays the whole set-up.
//
// Plain JavaScript, run by node itself: it must work before anything is compiled.
//
// The sources import each other without extensions (`from './nlp'`, resolved by tsx, vitest
// and tsc's "bundler" resolution); node's ESM loader needs the file name. tsc copies
// specifiers unchanged, so after compiling, each relative specifier that names a module
// without its extension gets `.js` (or `/index.js`) — only when that file is in dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
/** Written last: its time is when dist/ was last completed. */
const STAMP = join(dist, '.built');
/** What a build reads: a change to any of these makes dist/ stale. */
const INPUTS = ['src', 'commands', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'scripts/build.mjs'];

function newestTime(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its folder's time
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestTime(join(path, entry)));
  return newest;
}

/** True when dist/ is missing, unfinished or older than any source. */
export function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.some((input) => newestTime(join(root, input)) > built);
}

const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?\/[^'"]*)\2/g;

/** Adds `.js` / `/index.js` to extensionless relative specifiers of one emitted file. */
export function fixSpecifiers(code, file) {
  return code.replace(SPECIFIER, (whole, head, quote, spec) => {
    if (/\.(m|c)?js$|\.json$/.test(spec)) return whole;
    const target = resolve(dirname(file), spec);
    for (const ending of ['.js', '/index.js']) {
      if (existsSync(target + ending)) return `${head}${quote}${spec}${ending}${quote}`;
    }
    return whole;
  });
}

function emittedFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? emittedFiles(join(dir, e.name)) : /\.m?js$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Empties dist/ (the folder itself stays: under systemd it may be a writable mount in a read-only tree). */
function emptyDist() {
  if (!existsSync(dist)) return;
  for (const entry of readdirSync(dist)) rmSync(join(dist, entry), { recursive: true, force: true });
}

export async function build() {
  emptyDist();
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
  if (run.status !== 0) {
    process.stderr.write('build: tsc failed; dist/ is not usable.\n');
    emptyDist();
    process.exit(run.status ?? 1);
  }
  for (const file of emittedFiles(dist)) {
    const code = readFileSync(file, 'utf8');
    const fixed = fixSpecifiers(code, file);
    if (fixed !== code) writeFileSync(file, fixed);
  }
  // ESM for every .js under dist/ whatever package.json says beside it later.
  writeFileSync(join(dist, 'package.json'), '{ "type": "module" }\n');
  // The hash of the TypeScript sources, as tsx runs compute it: the compiled code keys its
  // persisted desk with it, so `npm start` and `npm run dev` share one.
  const store = join(dist, 'src', 'store');
  const { hashSources, CODE_HASH_FILE } = await import(pathToFileURL(join(store, 'deskCache.js')).href);
  writeFileSync(join(store, CODE_HASH_FILE), `${hashSources(join(root, 'src'))}\n`);
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
  const started = Date.now();
  if (process.argv.includes('--if-stale')) process.stderr.write('Compiling Crisis Desk into dist/ (sources changed since the last build)…\n');
  await build();
  process.stderr.write(`Compiled into ${relative(process.cwd(), dist) || 'dist'}/ in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
}
