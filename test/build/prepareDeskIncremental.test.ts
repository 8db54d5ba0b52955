/**
 * A build after the corpus changed starts from the persisted desk of the same code: only new or
 * changed articles are read, only what can differ is indexed again, and the desk is the one a
 * full build gives. A desk that cannot be trusted (garbled, other code) is never a starting point;
 * a write killed midway leaves the previous desk whole, and the next build starts from it.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareDesk } from '../../src/build/prepareDesk';
import { createDesk } from '../../src/desk/createDesk';
import { loadDesk } from '../../src/desk/loadDesk';
import type { DeskData } from '../../src/model/deskData';
import { cacheFile, corpusManifest, INDEX_VERSION } from '../../src/store/deskCache';
import { encodePackedFile } from '../../src/store/packedFile';
import { packDeskData } from '../../src/store/packDeskData';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/corpus/readCorpusDir';
import { CORPUS_DIR } from '../support/seedCorpus';

const QUESTIONS = ['what did Stoltenberg say', 'who said we remain in the window', 'how many troops has Russia massed near Ukraine', 'zeppelins quartermaster', 'what did Blinken say'];
const AT = () => new Date(0);

function tempCorpus(): { corpus: string; cache: string } {
  const corpus = mkdtempSync(join(tmpdir(), 'incremental-corpus-'));
  cpSync(CORPUS_DIR, corpus, { recursive: true });
  return { corpus, cache: mkdtempSync(join(tmpdir(), 'incremental-cache-')) };
}

function snapshot(data: DeskData) {
  const desk = createDesk(data);
  return { answers: QUESTIONS.map((q) => desk.ask(q, { limit: 25 })), sources: desk.sources(), sentences: Array.from(data.sentences), quotes: Array.from(data.quotes), index: data.index.packed };
}

async function build(corpus: string, cacheDir: string | false) {
  const prepared = await prepareDesk(corpus, { cacheDir, now: AT });
  if (prepared.source !== 'build') throw new Error('expected a build');
  return prepared;
}

function changeCorpus(corpus: string): void {
  const names = readdirSync(corpus).sort();
  const npr = join(corpus, names.find((f) => f.startsWith('npr'))!);
  writeFileSync(npr, readFileSync(npr, 'utf8').replace(/\n*$/, '\n\nThe quartermaster counted eleven zeppelins.\n'));
  rmSync(join(corpus, names.find((f) => f.startsWith('usatoday'))!));
}

describe('incremental build from the persisted desk', () => {
  it('builds from the previous desk after a change, reading only the changed article, with the desk a full build gives', async () => {
    const { corpus, cache } = tempCorpus();
    const first = await build(corpus, cache);
    expect(first.incremental).toBeUndefined();
    changeCorpus(corpus);
    const second = await build(corpus, cache);
    expect(second.incremental).toBeDefined();
    expect(second.timings.cachedArticles).toBe(3);
    expect(snapshot(second.data)).toStrictEqual(snapshot((await build(corpus, false)).data));
    // And what it persisted loads as the desk of the folder now.
    const loaded = await loadDesk(corpus, { cacheDir: cache });
    expect(loaded.source).toBe('cache');
    expect(loaded.desk.ask('zeppelins quartermaster').answers[0]?.text).toBe('The quartermaster counted eleven zeppelins.');
  });

  it('starts from the previous desk when a cache write was killed midway (its temporary file is left, the desk is whole)', async () => {
    const { corpus, cache } = tempCorpus();
    await build(corpus, cache);
    const file = cacheFile(cache, corpus);
    // What a write killed midway leaves: half a temporary file beside the untouched desk.
    const whole = readFileSync(file);
    writeFileSync(`${file}.999999.abc.tmp`, whole.subarray(0, whole.byteLength >> 1));
    changeCorpus(corpus);
    const next = await build(corpus, cache);
    expect(next.incremental).toBeDefined();
    expect(snapshot(next.data)).toStrictEqual(snapshot((await build(corpus, false)).data));
  });

  it('never starts from a garbled desk, nor from one another code built', async () => {
    const { corpus, cache } = tempCorpus();
    const first = await build(corpus, cache);
    const file = cacheFile(cache, corpus);
    const garbled = Buffer.from(readFileSync(file));
    garbled[garbled.byteLength - 1000]! ^= 0x55;
    writeFileSync(file, garbled);
    changeCorpus(corpus);
    const fromGarbled = await build(corpus, cache);
    expect(fromGarbled.incremental).toBeUndefined();
    expect(snapshot(fromGarbled.data)).toStrictEqual(snapshot((await build(corpus, false)).data));

    // A desk whose manifest names other code.
    const manifest = { ...corpusManifest(corpus, DEFAULT_MAX_FILE_BYTES), code: 'other code' };
    writeFileSync(file, Buffer.concat(encodePackedFile(packDeskData(first.data, first.fingerprints, []), INDEX_VERSION, manifest.key, manifest)));
    writeFileSync(join(corpus, readdirSync(corpus).find((f) => f.startsWith('voi'))!), readFileSync(join(CORPUS_DIR, readdirSync(CORPUS_DIR).find((f) => f.startsWith('voi'))!), 'utf8') + '\nOne more line.\n');
    const fromOtherCode = await build(corpus, cache);
    expect(fromOtherCode.incremental).toBeUndefined();
  });
});
