/**
 * Scanning the corpus folder by stat: the articles, problems and manifest are those of reading
 * every file, unchanged files are not read again, and a file rewritten within the same second
 * (same size, modification time restored) is still read again.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusDir, DEFAULT_MAX_FILE_BYTES } from '../../src/corpus/readCorpusDir';
import { RACY_MS, scanCorpusDir, type FolderScan } from '../../src/build/scanCorpusDir';
import { corpusManifest } from '../../src/store/deskCache';
import { CORPUS_DIR } from '../support/seedCorpus';

function tempCorpus(): string {
  const corpus = mkdtempSync(join(tmpdir(), 'scan-corpus-'));
  cpSync(CORPUS_DIR, corpus, { recursive: true });
  return corpus;
}

/** The scan as if it had run long after every file was last written (none is racy for it). */
const later = (scan: FolderScan): FolderScan => ({ ...scan, at: scan.at + 10 * RACY_MS });

const nprFile = (corpus: string) => join(corpus, readdirSync(corpus).find((f) => f.startsWith('npr'))!);

/** `text` with one letter of its last line swapped, same length in bytes. */
const sameSize = (text: string) => text.replace(/([a-z])(\W*)$/, (_, c: string, rest: string) => `${c === 'x' ? 'y' : 'x'}${rest}`);

describe('scanCorpusDir', () => {
  it('gives what reading every file gives: articles, problems (bad, duplicate, symlink out) and the manifest key', async () => {
    const corpus = tempCorpus();
    writeFileSync(join(corpus, 'bad.md'), 'no front matter at all\n');
    const npr = readFileSync(nprFile(corpus), 'utf8');
    writeFileSync(join(corpus, 'zz-copy.md'), npr);
    const outside = join(mkdtempSync(join(tmpdir(), 'scan-outside-')), 'out.md');
    writeFileSync(outside, npr);
    symlinkSync(outside, join(corpus, 'link-out.md'));
    // Sorted before npr-…, the link inside the folder takes the article's id first.
    symlinkSync(nprFile(corpus), join(corpus, 'link-in.md'));
    const scanned = await scanCorpusDir(corpus, DEFAULT_MAX_FILE_BYTES);
    expect(scanned.read).toStrictEqual(await readCorpusDir(corpus));
    expect(scanned.read.problems.map((p) => p.file).sort()).toEqual(['bad.md', 'link-out.md', 'npr-2022-02-16-no-withdrawal-evidence.md', 'zz-copy.md']);
    expect(scanned.manifest.key).toBe(corpusManifest(corpus, DEFAULT_MAX_FILE_BYTES).key);
    expect(scanned.manifest.files).toStrictEqual(corpusManifest(corpus, DEFAULT_MAX_FILE_BYTES).files);
  });

  it('reads only new and changed files, keeping the article objects of the others', async () => {
    const corpus = tempCorpus();
    const first = await scanCorpusDir(corpus, DEFAULT_MAX_FILE_BYTES);
    expect(first.reread).toBe(5);
    writeFileSync(nprFile(corpus), readFileSync(nprFile(corpus), 'utf8') + '\nOne more line.\n');
    const second = await scanCorpusDir(corpus, DEFAULT_MAX_FILE_BYTES, later(first.scan));
    expect(second.reread).toBe(1);
    const kept = second.read.articles.filter((a) => first.read.articles.includes(a));
    expect(kept.map((a) => a.file)).toHaveLength(4);
    expect(second.read.articles.find((a) => a.file.startsWith('npr'))!.body).toContain('One more line.');
    expect(second.read).toStrictEqual(await readCorpusDir(corpus));
    expect(second.manifest.key).toBe(corpusManifest(corpus, DEFAULT_MAX_FILE_BYTES).key);
  });

  it('sees a rewrite that keeps the size and restores the modification time (its change time moves)', async () => {
    const corpus = tempCorpus();
    const file = nprFile(corpus);
    const first = await scanCorpusDir(corpus, DEFAULT_MAX_FILE_BYTES);
    const { atime, mtime } = statSync(file);
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, sameSize(before));
    utimesSync(file, atime, mtime);
    expect(statSync(file).size).toBe(Buffer.byteLength(before));
    const second = await scanCorpusDir(corpus, DEFAULT_MAX_FILE_BYTES, later(first.scan));
    expect(second.reread).toBe(1);
    expect(second.read).toStrictEqual(await readCorpusDir(corpus));
    expect(second.manifest.key).not.toBe(first.manifest.key);
  });

  it('reads a file again when the previous scan ran within RACY_MS of its last write, even with every stat field unchanged', async () => {
    const corpus = tempCorpus();
    const file = nprFile(corpus);
    const first = await scanCorpusDir(corpus, DEFAULT_MAX_FILE_BYTES);
    // An edit in the same clock tick as that scan: the content changes, the stat fields do not
    // (the previous scan is given the file's stamp as it is now, as if it had seen it).
    writeFileSync(file, sameSize(readFileSync(file, 'utf8')));
    const now = await scanCorpusDir(corpus, DEFAULT_MAX_FILE_BYTES);
    const name = readdirSync(corpus).find((f) => f.startsWith('npr'))!;
    const sameTick = (at: number): FolderScan => ({ ...first.scan, at, files: new Map([...first.scan.files, [name, { ...first.scan.files.get(name)!, stamp: now.scan.files.get(name)!.stamp, mtimeNs: now.scan.files.get(name)!.mtimeNs, ctimeNs: now.scan.files.get(name)!.ctimeNs }]]) });
    const racy = await scanCorpusDir(corpus, DEFAULT_MAX_FILE_BYTES, sameTick(first.scan.at));
    expect(racy.read).toStrictEqual(await readCorpusDir(corpus));
    // The rule is what reads it: a scan long after the write trusts the stat (and would miss it).
    const trusted = await scanCorpusDir(corpus, DEFAULT_MAX_FILE_BYTES, sameTick(first.scan.at + 10 * RACY_MS));
    expect(trusted.read).not.toStrictEqual(await readCorpusDir(corpus));
  });
});
