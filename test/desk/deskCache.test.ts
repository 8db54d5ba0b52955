/**
 * The persisted desk: a second load uses the cache and answers identically; a changed corpus
 * file, a truncated or garbled cache file and another index version are rebuilt, never trusted.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFile, checkManifest, corpusManifest, INDEX_VERSION, writeDeskCache } from '../../src/store/deskCache';
import { loadDesk } from '../../src/desk/loadDesk';
import { decodePackedFile, encodePackedFile } from '../../src/store/packedFile';
import { prepareDesk } from '../../src/build/prepareDesk';
import { packDeskData } from '../../src/store/packDeskData';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/corpus/readCorpusDir';
import { CORPUS_DIR } from '../support/seedCorpus';

const QUESTIONS = [
  'what did Stoltenberg say',
  'what did Stoltenburg say about withdrawal',
  'who said we remain in the window',
  'how many troops has Russia massed near Ukraine',
  'Zelensky',
  'sanctions on Moscow',
  'what did Xi Jinping say',
];

function tempCorpus(): { corpus: string; cache: string } {
  const corpus = mkdtempSync(join(tmpdir(), 'desk-cache-corpus-'));
  cpSync(CORPUS_DIR, corpus, { recursive: true });
  return { corpus, cache: mkdtempSync(join(tmpdir(), 'desk-cache-')) };
}

const answersOf = (desk: Awaited<ReturnType<typeof loadDesk>>['desk']) =>
  QUESTIONS.map((q) => {
    const { answers, total, note, intent } = desk.ask(q, { limit: 25 });
    return { q, intent, total, note, answers };
  });

describe('persisted desk', () => {
  it('loads the second time from the cache, with identical answers, sources and context', async () => {
    const { corpus, cache } = tempCorpus();
    const built = await loadDesk(corpus, { cacheDir: cache });
    expect(built.source).toBe('build');
    const cached = await loadDesk(corpus, { cacheDir: cache });
    expect(cached.source).toBe('cache');
    expect(answersOf(cached.desk)).toEqual(answersOf(built.desk));
    expect({ ...cached.desk.sources(), loadedAt: '' }).toEqual({ ...built.desk.sources(), loadedAt: '' });
    const id = built.desk.ask('what did Stoltenberg say').answers[0]!.sentenceId;
    expect(cached.desk.context(id)).toEqual(built.desk.context(id));
    expect(cached.desk.suggestSpeakers('Stol')).toEqual(built.desk.suggestSpeakers('Stol'));
    expect(cached.fingerprints).toEqual(built.fingerprints);
    expect(cached.data.articles).toEqual(built.data.articles);
    expect(Array.from(cached.data.sentences)).toEqual(built.data.sentences);
    const bySentence = (d: typeof built.data) => d.sentences.map((_, s) => d.quotesBySentence.get(s));
    expect(bySentence(cached.data)).toEqual(bySentence(built.data));
    expect(Array.from(cached.data.quotes)).toEqual(built.data.quotes);
    // Written atomically: no temporary file is left behind.
    expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('does the start-up work it is given while the cache file is read, once, and only when there is a file', async () => {
    const { corpus, cache } = tempCorpus();
    let calls = 0;
    const whileReading = () => void calls++;
    expect((await loadDesk(corpus, { cacheDir: cache, whileReading })).source).toBe('build');
    expect(calls).toBe(0);
    expect((await loadDesk(corpus, { cacheDir: cache, whileReading })).source).toBe('cache');
    expect(calls).toBe(1);
  });

  it('rebuilds when a corpus file changed, and the new text is answered', async () => {
    const { corpus, cache } = tempCorpus();
    await loadDesk(corpus, { cacheDir: cache });
    const file = join(corpus, readdirSync(corpus).find((f) => f.startsWith('npr'))!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n*$/, '\n\nThe quartermaster counted eleven zeppelins.\n'));
    const again = await loadDesk(corpus, { cacheDir: cache });
    expect(again.source).toBe('build');
    expect(again.desk.ask('zeppelins quartermaster').answers[0]?.text).toBe('The quartermaster counted eleven zeppelins.');
    expect((await loadDesk(corpus, { cacheDir: cache })).source).toBe('cache');
  });

  it('rebuilds from a truncated or garbled cache file instead of trusting it', async () => {
    const { corpus, cache } = tempCorpus();
    const built = await loadDesk(corpus, { cacheDir: cache });
    const file = cacheFile(cache, corpus);
    const whole = readFileSync(file);

    truncateSync(file, Math.floor(whole.byteLength / 2));
    const fromTruncated = await loadDesk(corpus, { cacheDir: cache });
    expect(fromTruncated.source).toBe('build');
    expect(answersOf(fromTruncated.desk)).toEqual(answersOf(built.desk));

    // One flipped byte in the payload (past the header): the checksum catches it.
    const garbled = Buffer.from(readFileSync(file));
    garbled[garbled.byteLength - 1000]! ^= 0x55;
    writeFileSync(file, garbled);
    expect((await loadDesk(corpus, { cacheDir: cache })).source).toBe('build');

    writeFileSync(file, 'not a cache at all');
    expect((await loadDesk(corpus, { cacheDir: cache })).source).toBe('build');
    expect((await loadDesk(corpus, { cacheDir: cache })).source).toBe('cache');
  });

  it('rebuilds a cache written by another index version', async () => {
    const { corpus, cache } = tempCorpus();
    const built = await loadDesk(corpus, { cacheDir: cache });
    const manifest = corpusManifest(corpus, DEFAULT_MAX_FILE_BYTES);
    const packed = packDeskData(built.data, built.fingerprints, built.warnings);
    writeFileSync(cacheFile(cache, corpus), Buffer.concat(encodePackedFile(packed, `${INDEX_VERSION}-older`, manifest.key, manifest)));
    expect((await loadDesk(corpus, { cacheDir: cache })).source).toBe('build');
    // And the rebuilt cache is this version's again.
    await writeDeskCache(cacheFile(cache, corpus), manifest, packed);
    expect((await loadDesk(corpus, { cacheDir: cache })).source).toBe('cache');
  });

  it('checks the folder by size and modification time, reading only changed or recently modified files', () => {
    const { corpus } = tempCorpus();
    const name = readdirSync(corpus).find((f) => f.startsWith('npr'))!;
    const file = join(corpus, name);
    const text = readFileSync(file, 'utf8');
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const f of readdirSync(corpus)) utimesSync(join(corpus, f), hourAgo, hourAgo);
    const manifest = corpusManifest(corpus, DEFAULT_MAX_FILE_BYTES);
    expect(checkManifest(corpus, DEFAULT_MAX_FILE_BYTES, manifest)).toBe(manifest.key);
    // Touched but unchanged: read again, same bytes, still a match.
    utimesSync(file, new Date(), new Date());
    expect(checkManifest(corpus, DEFAULT_MAX_FILE_BYTES, manifest)).toBe(manifest.key);
    // Same size, other bytes: a change.
    writeFileSync(file, text.replace('Stoltenberg', 'Stoltenbxrg'));
    expect(checkManifest(corpus, DEFAULT_MAX_FILE_BYTES, manifest)).toBeUndefined();
    writeFileSync(file, text);
    // A file added or removed: a change.
    writeFileSync(join(corpus, 'zz-extra.md'), text);
    expect(checkManifest(corpus, DEFAULT_MAX_FILE_BYTES, manifest)).toBeUndefined();
  });

  it('notices an edit that keeps size and modification time when the file was modified just before the cache (racy)', () => {
    const { corpus } = tempCorpus();
    const name = readdirSync(corpus).find((f) => f.startsWith('npr'))!;
    const file = join(corpus, name);
    const text = readFileSync(file, 'utf8');
    // A whole-millisecond time, so it can be set back exactly.
    const now = new Date();
    utimesSync(file, now, now);
    const manifest = corpusManifest(corpus, DEFAULT_MAX_FILE_BYTES);
    writeFileSync(file, text.replace('Stoltenberg', 'Stoltenbxrg'));
    utimesSync(file, now, now);
    const [, size, mtimeNs] = manifest.files.find(([n]) => n === name)!;
    expect([statSync(file).size, String(statSync(file, { bigint: true }).mtimeNs)]).toEqual([size, mtimeNs]);
    expect(checkManifest(corpus, DEFAULT_MAX_FILE_BYTES, manifest)).toBeUndefined();
  });

  it('still loads from the cache while a file stays unreadable in the same way', async () => {
    const { corpus, cache } = tempCorpus();
    // A folder named like an article: listed, but reading it fails (EISDIR), even as root.
    mkdirSync(join(corpus, 'broken.md'));
    expect((await loadDesk(corpus, { cacheDir: cache })).source).toBe('build');
    const again = await loadDesk(corpus, { cacheDir: cache });
    expect(again.source).toBe('cache');
    expect(again.warnings.map((w) => w.file)).toContain('broken.md');
    rmSync(join(corpus, 'broken.md'), { recursive: true });
    writeFileSync(join(corpus, 'broken.md'), readFileSync(join(corpus, readdirSync(corpus).find((f) => f.startsWith('npr'))!)));
    expect((await loadDesk(corpus, { cacheDir: cache })).source).toBe('build');
  });

  it('never caches with caching off', async () => {
    const { corpus, cache } = tempCorpus();
    expect((await loadDesk(corpus, { cacheDir: false })).source).toBe('build');
    expect((await loadDesk(corpus, { cacheDir: false })).source).toBe('build');
    expect(readdirSync(cache)).toEqual([]);
  });

  it('hands a reload the cache file it wrote, linked, instead of writing the desk twice', async () => {
    const { corpus, cache } = tempCorpus();
    const handOver = join(cache, 'hand-over.bin');
    const prepared = await prepareDesk(corpus, { cacheDir: cache, handOver }, true);
    if (prepared.source !== 'build') throw new Error('expected a build');
    expect(prepared.handedOver).toBeDefined();
    // One file under two names: the packed desk was written once.
    expect(statSync(handOver).ino).toBe(statSync(cacheFile(cache, corpus)).ino);
    const handed = decodePackedFile(readFileSync(handOver), INDEX_VERSION, prepared.handedOver!) as typeof prepared.packed;
    expect(handed!.articles.id).toEqual(prepared.packed!.articles.id);
  });
});
