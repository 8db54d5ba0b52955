/**
 * A kept build process's next build (`WarmBuilds`): it reads only the changed files, takes the
 * other articles' reading and the previous desk from memory (not from the per-article cache
 * nor the persisted file), and gives the desk a full build of the same folder gives.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareDesk } from '../../src/build/prepareDesk';
import { WarmBuilds } from '../../src/build/warmBuild';
import { RACY_MS } from '../../src/build/scanCorpusDir';
import { createDesk } from '../../src/desk/createDesk';
import { loadDesk } from '../../src/desk/loadDesk';
import type { DeskData } from '../../src/model/deskData';
import { cacheFile } from '../../src/store/deskCache';
import { CORPUS_DIR } from '../support/seedCorpus';

const QUESTIONS = ['what did Stoltenberg say', 'who said we remain in the window', 'how many troops has Russia massed near Ukraine', 'zeppelins quartermaster', 'what did Blinken say'];
const AT = () => new Date(0);

function tempCorpus(): { corpus: string; cache: string } {
  const corpus = mkdtempSync(join(tmpdir(), 'warm-corpus-'));
  cpSync(CORPUS_DIR, corpus, { recursive: true });
  return { corpus, cache: mkdtempSync(join(tmpdir(), 'warm-cache-')) };
}

function snapshot(data: DeskData) {
  const desk = createDesk(data);
  return { answers: QUESTIONS.map((q) => desk.ask(q, { limit: 25 })), sources: desk.sources(), sentences: Array.from(data.sentences), quotes: Array.from(data.quotes), index: data.index.packed };
}

async function build(corpus: string, cacheDir: string | false, warm?: WarmBuilds) {
  const prepared = await prepareDesk(corpus, { cacheDir, now: AT, ...(warm && { warm }) }, true);
  if (prepared.source !== 'build') throw new Error('expected a build');
  return prepared;
}

const fileOf = (corpus: string, prefix: string) => join(corpus, readdirSync(corpus).find((f) => f.startsWith(prefix))!);

describe('warm builds (a kept build process)', () => {
  it('loads the desk another process persisted for the folder as it is now, instead of building from memory', async () => {
    const { corpus, cache } = tempCorpus();
    await new Promise((resolve) => setTimeout(resolve, RACY_MS + 100));
    const warm = new WarmBuilds();
    await build(corpus, cache, warm);
    const npr = fileOf(corpus, 'npr');
    writeFileSync(npr, readFileSync(npr, 'utf8').replace(/\n*$/, '\n\nThe quartermaster counted eleven zeppelins.\n'));
    // Another process (a shard, a fresh start-up) builds the changed folder and persists it.
    await build(corpus, cache);
    const next = await prepareDesk(corpus, { cacheDir: cache, now: AT, warm }, true);
    expect(next.source).toBe('cache');
    expect(snapshot((await loadDesk(corpus, { cacheDir: cache })).data).answers).toStrictEqual(snapshot((await build(corpus, false)).data).answers);
  });

  it('after a change, a removal and an addition, reads only those files and builds from the desk in memory, as a full build', async () => {
    const { corpus, cache } = tempCorpus();
    // Files written within RACY_MS of a scan are read again by the next one: let the copies age.
    await new Promise((resolve) => setTimeout(resolve, RACY_MS + 100));
    const warm = new WarmBuilds();
    const first = await build(corpus, cache, warm);
    expect(first.incremental).toBeUndefined();
    const npr = fileOf(corpus, 'npr');
    writeFileSync(npr, readFileSync(npr, 'utf8').replace(/\n*$/, '\n\nThe quartermaster counted eleven zeppelins.\n'));
    rmSync(fileOf(corpus, 'usatoday'));
    writeFileSync(join(corpus, 'zz-new.md'), readFileSync(fileOf(corpus, 'voi'), 'utf8').replace(/^id: .*$/m, 'id: zz-new').replace(/^outlet: .*$/m, 'outlet: Copy Desk'));
    // The persisted desk is gone: a warm build does not need it.
    rmSync(cacheFile(cache, corpus));
    const second = await build(corpus, cache, warm);
    expect(second.incremental).toBeDefined();
    // Nothing read back from the per-article cache: the three unchanged articles came from memory.
    expect(second.timings.cachedArticles).toBe(0);
    expect(snapshot(second.data)).toStrictEqual(snapshot((await build(corpus, false)).data));
    // What it persisted loads as the desk of the folder now.
    const loaded = await loadDesk(corpus, { cacheDir: cache });
    expect(loaded.source).toBe('cache');
    expect(loaded.desk.ask('zeppelins quartermaster').answers[0]?.text).toBe('The quartermaster counted eleven zeppelins.');
  });

  it('sees a file rewritten right after the build with its size and modification time restored', async () => {
    const { corpus, cache } = tempCorpus();
    const warm = new WarmBuilds();
    await build(corpus, cache, warm);
    const npr = fileOf(corpus, 'npr');
    const { atime, mtime } = statSync(npr);
    const text = readFileSync(npr, 'utf8');
    writeFileSync(npr, text.replace('Blinken', 'Blinkem'));
    utimesSync(npr, atime, mtime);
    const next = await build(corpus, cache, warm);
    expect(next.incremental).toBeDefined();
    expect(snapshot(next.data)).toStrictEqual(snapshot((await build(corpus, false)).data));
  });

  it('starts over for another folder, and an unchanged folder loads the persisted desk', async () => {
    const a = tempCorpus();
    const b = tempCorpus();
    const warm = new WarmBuilds();
    await build(a.corpus, a.cache, warm);
    const other = await build(b.corpus, b.cache, warm);
    expect(other.incremental).toBeUndefined();
    expect(snapshot(other.data)).toStrictEqual(snapshot((await build(b.corpus, false)).data));
    const same = await prepareDesk(b.corpus, { cacheDir: b.cache, now: AT, warm }, true);
    expect(same.source).toBe('cache');
  });
});
