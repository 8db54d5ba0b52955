/**
 * Bad corpus files at the holder level: start-up skips each bad file with a warning; a
 * reload with any bad file fails whole, names every bad file, and the desk that was
 * serving keeps serving unchanged (same object, same articles) — including when a file
 * disappears between listing the folder and reading it.
 */
import * as nodeFs from 'node:fs/promises';
import { mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CorpusFs } from '../../src/corpus/readCorpusDir.js';
import { createDeskHolder } from '../../src/desk/deskHolder.js';
import { CorpusLoadError, type CorpusProblem, type DeskHolder } from '../../src/model/types.js';

const article = (outlet: string, body: string, extra = '') => `---\noutlet: ${outlet}\ntitle: ${outlet} report\npublished: 2022-02-16\n${extra}---\n${body}\n`;
const A = article('Alpha News', 'The zebra committee met in Riga on Tuesday to discuss the border.');
const B = article('Beta Post', 'The walrus delegation arrived in Oslo with new proposals.');
const MAX = 4096;

let dir: string;
let outside: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crisis-desk-reload-'));
  outside = mkdtempSync(join(tmpdir(), 'crisis-desk-outside-'));
  writeFileSync(join(dir, 'a.md'), A);
  writeFileSync(join(dir, 'b.md'), B);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** Reload, expect a CorpusLoadError, return its problems. */
async function failedReload(holder: DeskHolder): Promise<CorpusProblem[]> {
  const error = await holder.reload().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CorpusLoadError);
  return (error as CorpusLoadError).problems;
}

function expectServing(holder: DeskHolder, before: DeskHolder['desk']) {
  expect(holder.desk).toBe(before); // the very desk that was serving, not a rebuilt one
  expect(holder.desk.sources().articles.map((a) => a.id)).toEqual(['a', 'b']);
  expect(holder.desk.ask('zebra committee Riga').answers[0]?.article).toBe('a');
  expect(holder.desk.ask('walrus delegation Oslo').answers[0]?.article).toBe('b');
}

type BadFile = [label: string, write: () => string, reason: RegExp];
const badFiles: BadFile[] = [
  ['malformed front matter', () => (writeFileSync(join(dir, 'c.md'), '---\noutlet: [unclosed\ntitle: x\n---\nBody.\n'), 'c.md'), /front matter|YAML/i],
  ['missing front matter', () => (writeFileSync(join(dir, 'c.md'), 'Just a body, no front matter.\n'), 'c.md'), /front matter/],
  ['missing outlet', () => (writeFileSync(join(dir, 'c.md'), '---\ntitle: T\npublished: 2022-02-16\n---\nBody.\n'), 'c.md'), /outlet/],
  ['empty file', () => (writeFileSync(join(dir, 'c.md'), ''), 'c.md'), /front matter|empty/],
  ['binary content', () => (writeFileSync(join(dir, 'c.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff, 0x01])), 'c.md'), /binary/],
  ['non-UTF-8 content', () => (writeFileSync(join(dir, 'c.md'), Buffer.concat([Buffer.from(article('Latin', 'Caf')), Buffer.from([0xe9, 0x0a])])), 'c.md'), /UTF-8/],
  ['over the size limit', () => (writeFileSync(join(dir, 'c.md'), article('Huge', 'Words. '.repeat(MAX))), 'c.md'), /over the .* limit/],
  ['duplicate id', () => (writeFileSync(join(dir, 'c.md'), article('Gamma', 'Another body.', 'id: a\n')), 'c.md'), /duplicate article id "a"/],
  ['symlink outside the folder', () => {
    writeFileSync(join(outside, 'secret.md'), article('Secret', 'Secret text.'));
    symlinkSync(join(outside, 'secret.md'), join(dir, 'c.md'));
    return 'c.md';
  }, /symlink points outside/],
];

describe('corpus reload through the desk holder', () => {
  it.each(badFiles)('%s: the whole reload fails, the file is named, the old corpus keeps serving', async (_label, write, reason) => {
    const holder = await createDeskHolder(dir, { maxFileBytes: MAX });
    const before = holder.desk;
    const file = write();
    const problems = await failedReload(holder);
    expect(problems).toEqual([{ file, reason: expect.stringMatching(reason) }]);
    expectServing(holder, before);

    // Fixing the file (here: removing it) lets the next reload through.
    unlinkSync(join(dir, file));
    const report = await holder.reload();
    expect(report.articles).toBe(2);
    expect(holder.desk).not.toBe(before);
  });

  it('at start-up skips each bad file with a warning and serves the rest', async () => {
    writeFileSync(join(dir, 'c.md'), '');
    writeFileSync(join(dir, 'd.md'), Buffer.from([0x00, 0x01]));
    const holder = await createDeskHolder(dir, { maxFileBytes: MAX });
    expect(holder.startupWarnings.map((w) => w.file)).toEqual(['c.md', 'd.md']);
    expect(holder.desk.sources().articles.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('reports every bad file at once, by name', async () => {
    const holder = await createDeskHolder(dir, { maxFileBytes: MAX });
    const before = holder.desk;
    writeFileSync(join(dir, 'c.md'), '');
    writeFileSync(join(dir, 'd.md'), Buffer.from([0x00]));
    writeFileSync(join(dir, 'e.md'), article('Echo', 'Body.', 'id: b\n'));
    writeFileSync(join(dir, 'f.md'), '---\ntitle: T\npublished: 2022-02-16\n---\nBody.\n');
    const problems = await failedReload(holder);
    expect(problems.map((p) => p.file)).toEqual(['c.md', 'd.md', 'e.md', 'f.md']);
    expect(new CorpusLoadError(problems).message).toMatch(/c\.md: .*; d\.md: .*; e\.md: .*; f\.md: /);
    expectServing(holder, before);
  });

  it('a serving article that becomes broken keeps serving its previous version', async () => {
    const holder = await createDeskHolder(dir);
    const before = holder.desk;
    writeFileSync(join(dir, 'a.md'), '---\noutlet: Alpha News\n---\nThe zebra committee was dissolved.\n'); // no title/date
    const problems = await failedReload(holder);
    expect(problems.map((p) => p.file)).toEqual(['a.md']);
    expectServing(holder, before);
    expect(holder.desk.ask('zebra committee dissolved').answers.map((a) => a.text)).not.toContain('The zebra committee was dissolved.');
  });

  it('a duplicate id that sorts first does not take over a serving article on reload', async () => {
    const holder = await createDeskHolder(dir);
    const before = holder.desk;
    writeFileSync(join(dir, '0-early.md'), article('Impostor', 'The impostor text.', 'id: b\n'));
    const problems = await failedReload(holder);
    // The rule is by file name order, so the serving file is the one named; either way nothing changes.
    expect(problems).toEqual([{ file: 'b.md', reason: expect.stringMatching(/duplicate article id "b"/) }]);
    expectServing(holder, before);
  });

  it('a file that disappears between listing and reading fails the reload by name', async () => {
    let armed = false;
    const fs: CorpusFs = {
      ...nodeFs,
      readdir: (async (path: string) => {
        const names = await nodeFs.readdir(path);
        if (armed) unlinkSync(join(dir, 'b.md')); // gone after the listing, before it is read
        return names;
      }) as CorpusFs['readdir'],
    };
    const holder = await createDeskHolder(dir, { fs });
    const before = holder.desk;
    armed = true;
    const problems = await failedReload(holder);
    expect(problems).toEqual([{ file: 'b.md', reason: 'file disappeared while reading' }]);
    expectServing(holder, before);
  });

  it('a file that disappears between stat and read fails the reload by name', async () => {
    let armed = false;
    const fs: CorpusFs = {
      ...nodeFs,
      readFile: (async (path: string) => {
        if (armed && path.endsWith('a.md')) unlinkSync(path);
        return nodeFs.readFile(path);
      }) as CorpusFs['readFile'],
    };
    const holder = await createDeskHolder(dir, { fs });
    const before = holder.desk;
    armed = true;
    const problems = await failedReload(holder);
    expect(problems).toEqual([{ file: 'a.md', reason: 'file disappeared while reading' }]);
    expectServing(holder, before);
  });

  it('while a reload is under way the old desk serves, then the new one whole', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let armed = false;
    const fs: CorpusFs = {
      ...nodeFs,
      readFile: (async (path: string) => {
        if (armed && path.endsWith('b.md')) await gate; // a.md already read, b.md not yet
        return nodeFs.readFile(path);
      }) as CorpusFs['readFile'],
    };
    const holder = await createDeskHolder(dir, { fs });
    const before = holder.desk;
    writeFileSync(join(dir, 'c.md'), article('Gamma', 'The heron caucus voted in Vilnius.'));
    armed = true;
    const reloading = holder.reload();
    await new Promise((r) => setTimeout(r, 20));
    expectServing(holder, before); // not half-built: nothing of the new read is visible
    expect(holder.desk.ask('heron caucus Vilnius').answers).toEqual([]);
    release();
    const report = await reloading;
    expect(report.added).toEqual(['c']);
    expect(holder.desk.sources().articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(holder.desk.ask('heron caucus Vilnius').answers[0]?.article).toBe('c');
  });
});
