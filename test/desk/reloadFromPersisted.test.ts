/**
 * `reload(…, { from: 'persisted' })`, what a shard does after another shard built the desk:
 * it loads the desk that build persisted (no build) when it matches the folder, and builds
 * when the folder has changed since.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeskHolder } from '../../src/desk/deskHolder.js';
import { CorpusLoadError } from '../../src/model/types.js';

const article = (outlet: string, body: string) => `---\noutlet: ${outlet}\ntitle: ${outlet} report\npublished: 2022-02-16\n---\n${body}\n`;

let dir: string;
let cache: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crisis-desk-persisted-'));
  cache = mkdtempSync(join(tmpdir(), 'crisis-desk-persisted-cache-'));
  writeFileSync(join(dir, 'a.md'), article('Alpha News', 'The zebra committee met in Riga on Tuesday to discuss the border.'));
  writeFileSync(join(dir, 'b.md'), article('Beta Post', 'The walrus delegation arrived in Oslo with new proposals.'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

describe('reload from the persisted desk', () => {
  it('loads the desk another holder just built, without building', async () => {
    const logs: string[] = [];
    const builder = await createDeskHolder(dir, { cacheDir: cache });
    const follower = await createDeskHolder(dir, { cacheDir: cache, log: (m) => logs.push(m) });
    writeFileSync(join(dir, 'c.md'), article('Gamma Times', 'The heron caucus voted in Vilnius.'));

    const built = await builder.reload();
    expect(built.source).toBe('build');
    const loaded = await follower.reload(undefined, { from: 'persisted' });
    expect(loaded.source).toBe('cache');
    expect(loaded.added).toEqual(['c']); // relative to what the follower served before
    expect(loaded.articles).toBe(3);
    expect(follower.desk.ask('heron caucus Vilnius').answers[0]?.article).toBe('c');
    expect(logs.filter((l) => /building/.test(l))).toEqual([]);
  });

  it('builds when the folder changed since the persisted desk was built', async () => {
    const logs: string[] = [];
    const builder = await createDeskHolder(dir, { cacheDir: cache });
    const follower = await createDeskHolder(dir, { cacheDir: cache, log: (m) => logs.push(m) });
    writeFileSync(join(dir, 'c.md'), article('Gamma Times', 'The heron caucus voted in Vilnius.'));
    await builder.reload();
    writeFileSync(join(dir, 'd.md'), article('Delta Daily', 'The otter summit closed in Tallinn.'));

    const report = await follower.reload(undefined, { from: 'persisted' });
    expect(report.source).toBe('build');
    expect(report.added).toEqual(['c', 'd']);
    expect(follower.desk.ask('otter summit Tallinn').answers[0]?.article).toBe('d');
    expect(logs.some((l) => /persisted desk not used \(the corpus/.test(l))).toBe(true);
  });

  it('refuses a folder with a bad file, as a build would', async () => {
    const builder = await createDeskHolder(dir, { cacheDir: cache });
    writeFileSync(join(dir, 'broken.md'), 'no front matter here');
    await builder.reload().catch(() => undefined); // refused: nothing persisted for this folder state
    const follower = await createDeskHolder(dir, { cacheDir: cache }); // start-up skips broken.md
    const desk = follower.desk;
    const error = await follower.reload(undefined, { from: 'persisted' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusLoadError);
    expect((error as CorpusLoadError).problems.map((p) => p.file)).toEqual(['broken.md']);
    expect(follower.desk).toBe(desk);
  });
});
