/**
 * The `npm run --silent add` contract, run as a user would (npm, a child process): one JSON
 * line with exactly id, file, outlet, title, published, sentences, quotes; on a refusal one
 * stderr line naming the reason, exit code 1, nothing written. Pages come from a loopback server.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../src/corpus/readCorpusDir.js';
import { startPageServerInTest } from '../support/pageServer.js';
import { metaTagPage, undatedPage } from '../support/savedPages.js';

const run = promisify(execFile);

async function add(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'add', '--', ...args], { env: { ...process.env, FETCH_ALLOW_PRIVATE: '', ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
let inputs: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crisis-desk-add-cli-'));
  inputs = await mkdtemp(join(tmpdir(), 'crisis-desk-add-in-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(inputs, { recursive: true, force: true });
});

describe('npm run add', () => {
  it('adds a saved page from a file and prints the JSON line of the contract', async () => {
    const file = join(inputs, 'quay.html');
    await writeFile(file, metaTagPage().html);
    const result = await add(['--json', '--corpus', dir, '--byline', 'I. Saar', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]!);
    expect(Object.keys(json)).toEqual(['id', 'file', 'outlet', 'title', 'published', 'sentences', 'quotes']);
    expect(json).toMatchObject({ outlet: 'The Harbour Ledger', title: 'Northern quay closed after cracks found in sea wall', published: '2024-03-12', sentences: 6, quotes: 2 });
    expect(json.file).toBe(join(dir, `${json.id}.md`));
    expect(await readFile(json.file, 'utf8')).toContain('byline: I. Saar');
    const { articles, problems } = await readCorpusDir(dir);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual([json.id]);
  });

  it('fetches a url (loopback allowed only with FETCH_ALLOW_PRIVATE=true) and refuses a duplicate', async () => {
    const server = await startPageServerInTest();
    const refused = await add(['--json', '--corpus', dir, server.url('/news/quay-closed')]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim().split('\n')).toEqual(['add: that address is on a private or local network, which I do not fetch from']);
    expect(await readdir(dir)).toEqual([]);

    const ok = await add(['--json', '--corpus', dir, server.url('/news/quay-closed')], { FETCH_ALLOW_PRIVATE: 'true' });
    expect(ok.code).toBe(0);
    const json = JSON.parse(ok.stdout);
    expect((await readCorpusDir(dir)).articles[0]!.url).toBe(server.url('/news/quay-closed'));

    const again = await add(['--json', '--corpus', dir, server.url('/news/quay-closed')], { FETCH_ALLOW_PRIVATE: 'true' });
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`add: that article is already in the corpus as ${json.id}\n`);
    expect(await readdir(dir)).toEqual([`${json.id}.md`]);
  });

  it('asks for a date it cannot find by its flag, refuses bad input, and writes nothing', async () => {
    const file = join(inputs, 'undated.html');
    await writeFile(file, undatedPage().html);
    const undated = await add(['--json', '--corpus', dir, file]);
    expect(undated.code).toBe(1);
    expect(undated.stderr).toBe("add: the article's publication date could not be found: give --published YYYY-MM-DD\n");
    const badDate = await add(['--json', '--corpus', dir, '--published', '16/02/2022', file]);
    expect(badDate.stderr).toBe('add: `published` must be a date written YYYY-MM-DD\n');
    const pdf = join(inputs, 'report.pdf');
    await writeFile(pdf, '%PDF-1.4');
    const wrongType = await add(['--json', '--corpus', dir, pdf]);
    expect(wrongType.stderr).toBe('add: only .md, .txt or .html files can be added\n');
    expect(wrongType.code).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });
});
