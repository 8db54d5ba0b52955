// Start-up time and memory of the console, compiled (dist/) vs TypeScript through tsx:
//   node scripts/ops/measureStartup.mjs [runs]
// Each run is a fresh process on the seed corpus with a warm cache (each way has its own cache
// key: the code hashed is the code that runs). Time: process start to the console's first line
// ("… articles loaded"); memory: resident set of the whole process tree at that moment, and
// of the node process that serves. Median of `runs` (default 5).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 5);
const cacheDir = mkdtempSync(join(tmpdir(), 'crisis-desk-measure-'));
const ways = {
  'compiled (npm start: node dist/src/main.js)': [process.execPath, ['dist/src/main.js']],
  'tsx (node --import tsx src/main.ts)': [process.execPath, ['--import', 'tsx', 'src/main.ts']],
  'tsx CLI (npm run dev: tsx src/main.ts)': ['node_modules/.bin/tsx', ['src/main.ts']],
};

function rssKb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
function tree(pid) {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  } catch {}
  const kids = out.split('\n').map((s) => Number(s.trim())).filter(Boolean);
  return [pid, ...kids.flatMap(tree)];
}

function once([cmd, args]) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, args, { env: { ...process.env, CACHE_DIR: cacheDir, DISCORD_TOKEN: '', DOTENV_CONFIG_PATH: '/nonexistent' }, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (!out.includes('articles loaded')) return;
      const ms = performance.now() - started;
      const pids = tree(child.pid);
      const all = pids.reduce((sum, p) => sum + rssKb(p), 0);
      const serving = Math.max(...pids.map(rssKb));
      child.stdin.end('/quit\n');
      child.once('exit', () => resolve({ ms, treeMb: all / 1024, servingMb: serving / 1024 }));
      out = '';
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, way] of Object.entries(ways)) {
  await once(way); // warm: the cache for this way's code, the OS file cache
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(way));
  console.log(
    `${name}: start-up ${Math.round(median(results.map((r) => r.ms)))} ms (runs ${results.map((r) => Math.round(r.ms)).join(', ')}), ` +
      `RSS ${median(results.map((r) => r.servingMb)).toFixed(0)} MB serving process, ${median(results.map((r) => r.treeMb)).toFixed(0)} MB all processes`,
  );
}
rmSync(cacheDir, { recursive: true, force: true });
