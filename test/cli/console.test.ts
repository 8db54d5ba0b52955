import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startConsole } from '../../src/console/startConsole';
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
});
