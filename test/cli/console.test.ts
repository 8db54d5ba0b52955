import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startConsole } from '../../src/console/startConsole';
import { createDeskHolder } from '../../src/desk/deskHolder';
import { CORPUS_DIR } from '../support/seedCorpus';

async function session(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => (text += chunk));
  const done = startConsole({ corpusDir: CORPUS_DIR, input, output });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return text;
}

describe('local console', () => {
  it('answers a bare question, a follow-up and the bot’s commands', async () => {
    const out = await session([
      'what did Blinken say',
      'what about Stoltenberg?',
      '/context 1',
      '/sources',
      '/help',
      '/nonsense',
      '/quit',
      'never read',
    ]);
    expect(out).toMatch(/5 articles loaded/);
    expect(out).toContain('— Antony Blinken');
    expect(out).toContain('— Jens Stoltenberg');
    expect(out).toMatch(/> .*Stoltenberg|> .*withdraw/);
    expect(out).toMatch(/5 articles, \d+ sentences, \d+ quotations/);
    expect(out).toContain('/quote <speaker>');
    expect(out).toContain('Unknown command /nonsense');
  });

  it('compares figures across outlets and shows who quoted whom', async () => {
    const out = await session(['compare flag', '/compare']);
    expect(out).toMatch(/flag .*— DIFFER/);
    expect(out).toContain('650-foot flag — USA Today');
    expect(out).toMatch(/Who quoted whom:\n- Jens Stoltenberg: /);
  });

  it('reloads the corpus folder', async () => {
    const out = await session(['/reload']);
    expect(out).toMatch(/Reloaded in [\d.]+ s: 5 articles/);
    expect(out).toContain('added: none');
  });

  it('/context after a reload that removed the sentence says the article has changed', async () => {
    const focus = 'The minister said the border crossings would stay open through the weekend.';
    const article = (body: string) => `---\noutlet: Test Gazette\ntitle: Border stays open\npublished: 2022-02-16\n---\n${body}\n`;
    const corpus = await mkdtemp(join(tmpdir(), 'console-context-'));
    const cache = await mkdtemp(join(tmpdir(), 'console-context-cache-'));
    onTestFinished(() => Promise.all([corpus, cache].map((dir) => rm(dir, { recursive: true, force: true }))).then(() => undefined));
    await writeFile(join(corpus, 'gazette.md'), article(`Talks went on late into the night. ${focus}\nTrucks were already queuing at dawn.`));
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk) => (text += chunk));
    const done = startConsole({ corpusDir: corpus, input, output, holder: await createDeskHolder(corpus, { cacheDir: cache }) });
    input.write('will the border crossings stay open this weekend\n/context 1\n');
    await expect.poll(() => text, { timeout: 30_000 }).toContain(`Test Gazette, "Border stays open"\n  Talks went on late into the night.\n> ${focus}`);
    await writeFile(join(corpus, 'gazette.md'), article('Talks went on late into the night.\nTrucks were already queuing at dawn.'));
    input.write('/reload\n');
    await expect.poll(() => text, { timeout: 60_000 }).toMatch(/Reloaded in/);
    input.end('/context 1\n');
    await done;
    expect(text).toContain('That article has changed since this answer; the sentence is no longer in it.');
  }, 120_000);
});
