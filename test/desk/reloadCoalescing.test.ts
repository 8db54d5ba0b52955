/**
 * Reloads requested while a reload runs: they coalesce into one follow-up build that reads the
 * folder after the running build is over, so a file added meanwhile is never missed, and each
 * requester's report describes the build that served it.
 */
import * as nodeFs from 'node:fs/promises';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CorpusFs } from '../../src/corpus/readCorpusDir.js';
import { createDeskHolder } from '../../src/desk/deskHolder.js';
import { CorpusLoadError } from '../../src/model/types.js';

const article = (outlet: string, body: string) => `---\noutlet: ${outlet}\ntitle: ${outlet} report\npublished: 2022-02-16\n---\n${body}\n`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crisis-desk-coalesce-'));
  writeFileSync(join(dir, 'a.md'), article('Alpha News', 'The zebra committee met in Riga on Tuesday to discuss the border.'));
  writeFileSync(join(dir, 'b.md'), article('Beta Post', 'The walrus delegation arrived in Oslo with new proposals.'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A folder whose reads can be held: once armed, reading b.md waits for `release`, so a reload
 * stays under way (having listed the folder) until the test lets it go. Counts folder listings,
 * one per build.
 */
function gatedFs() {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let reached!: () => void;
  const waiting = new Promise<void>((r) => (reached = r));
  const state = { armed: false, listings: 0 };
  const fs: CorpusFs = {
    ...nodeFs,
    readdir: (async (path: string) => {
      state.listings++;
      return nodeFs.readdir(path);
    }) as CorpusFs['readdir'],
    readFile: (async (path: string) => {
      if (state.armed && path.endsWith('b.md')) {
        reached();
        await gate;
      }
      return nodeFs.readFile(path);
    }) as CorpusFs['readFile'],
  };
  return { fs, state, release, waiting };
}

describe('reloads requested during a reload', () => {
  it('run once more after it, and the later request reports the file added meanwhile', async () => {
    const { fs, state, release, waiting } = gatedFs();
    const holder = await createDeskHolder(dir, { fs });
    state.armed = true;
    const first = holder.reload();
    await waiting; // the first build has listed the folder (a, b) and is reading b.md
    writeFileSync(join(dir, 'c.md'), article('Gamma Times', 'The heron caucus voted in Vilnius.'));
    const second = holder.reload();
    release();

    const firstReport = await first;
    expect(firstReport.added).toEqual([]); // it read the folder before c.md existed
    const secondReport = await second;
    expect(secondReport.added).toEqual(['c']);
    expect(secondReport.articles).toBe(3);
    expect(holder.desk.ask('heron caucus Vilnius').answers[0]?.article).toBe('c');
  });

  it('three requests during one build cause exactly one more build, and share its report', async () => {
    const { fs, state, release, waiting } = gatedFs();
    const holder = await createDeskHolder(dir, { fs });
    const listingsBefore = state.listings;
    state.armed = true;
    const first = holder.reload();
    await waiting;
    writeFileSync(join(dir, 'c.md'), article('Gamma Times', 'The heron caucus voted in Vilnius.'));
    const later = [holder.reload(), holder.reload(), holder.reload()];
    release();

    expect((await first).added).toEqual([]);
    const reports = await Promise.all(later);
    for (const report of reports) expect(report.added).toEqual(['c']);
    expect(reports[1]).toBe(reports[0]);
    expect(reports[2]).toBe(reports[0]);
    expect(state.listings - listingsBefore).toBe(2); // the first build and one follow-up

    // Nothing runs now: the next request builds at once, relative to the corpus served.
    const next = await holder.reload();
    expect(next.added).toEqual([]);
    expect(state.listings - listingsBefore).toBe(3);
  });

  it('runs the follow-up also when the running build fails, relative to the desk still serving', async () => {
    const { fs, state, release, waiting } = gatedFs();
    const holder = await createDeskHolder(dir, { fs });
    writeFileSync(join(dir, 'broken.md'), 'no front matter here');
    state.armed = true;
    const first = holder.reload();
    await waiting;
    rmSync(join(dir, 'broken.md'));
    writeFileSync(join(dir, 'c.md'), article('Gamma Times', 'The heron caucus voted in Vilnius.'));
    const second = holder.reload();
    release();

    const error = await first.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusLoadError);
    expect((await second).added).toEqual(['c']);
  });

  it('passes progress to each requester from the build that serves it', async () => {
    const { fs, state, release, waiting } = gatedFs();
    const holder = await createDeskHolder(dir, { fs });
    state.armed = true;
    const firstProgress: number[] = [];
    const secondProgress: number[] = [];
    const first = holder.reload((done) => firstProgress.push(done));
    await waiting;
    const second = holder.reload((done) => secondProgress.push(done));
    const seenBySecondBeforeItsBuild = secondProgress.length;
    release();
    await first;
    expect(secondProgress.length).toBe(seenBySecondBeforeItsBuild);
    await second;
    expect(firstProgress.length).toBeGreaterThan(0);
    expect(secondProgress.length).toBeGreaterThan(0);
  });
});
