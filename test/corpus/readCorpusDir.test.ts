import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../src/corpus/readCorpusDir';

const good = (outlet: string, body = 'A sentence.') => `---\noutlet: ${outlet}\ntitle: T\npublished: 2022-02-16\n---\n${body}\n`;

function corpus(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('readCorpusDir', () => {
  it('reads *.md files in name order and ignores other files', async () => {
    const dir = corpus({ 'b.md': good('B'), 'a.md': good('A'), 'notes.txt': 'x', '.hidden.md': good('H') });
    const { articles, problems } = await readCorpusDir(dir);
    expect(articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(problems).toEqual([]);
  });

  it('reports each bad file by name with its reason and keeps the good ones', async () => {
    const dir = corpus({
      'good.md': good('Good'),
      'empty.md': '',
      'nofront.md': 'just text',
      'nooutlet.md': '---\ntitle: T\npublished: 2022-02-16\n---\nBody.',
      'binary.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x00, 0x01, 0x02]),
      'latin1.md': Buffer.concat([Buffer.from(good('L')), Buffer.from([0xe9, 0xff])]),
      'big.md': good('Big', 'x'.repeat(3000)),
    });
    const { articles, problems } = await readCorpusDir(dir, { maxFileBytes: 2000 });
    expect(articles.map((a) => a.id)).toEqual(['good']);
    const reasons = Object.fromEntries(problems.map((p) => [p.file, p.reason]));
    expect(reasons['empty.md']).toMatch(/front matter/);
    expect(reasons['nofront.md']).toMatch(/front matter/);
    expect(reasons['nooutlet.md']).toMatch(/outlet/);
    expect(reasons['binary.md']).toMatch(/binary/);
    expect(reasons['latin1.md']).toMatch(/UTF-8/);
    expect(reasons['big.md']).toMatch(/over the .* limit/);
  });

  it('keeps the first of two files with the same id and reports the second', async () => {
    const dir = corpus({ 'a.md': good('A'), 'b.md': `---\nid: a\noutlet: B\ntitle: T\npublished: 2022-02-16\n---\nBody.` });
    const { articles, problems } = await readCorpusDir(dir);
    expect(articles.map((a) => a.outlet)).toEqual(['A']);
    expect(problems).toEqual([{ file: 'b.md', reason: expect.stringMatching(/duplicate article id "a"/) }]);
  });

  it('refuses a symlink that points outside the folder but follows one inside', async () => {
    const outside = corpus({ 'secret.md': good('Secret') });
    const dir = corpus({ 'real.md': good('Real') });
    symlinkSync(join(outside, 'secret.md'), join(dir, 'escape.md'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'inner.md'), good('Inner'));
    symlinkSync(join(dir, 'sub', 'inner.md'), join(dir, 'inside.md'));
    const { articles, problems } = await readCorpusDir(dir);
    expect(articles.map((a) => a.outlet).sort()).toEqual(['Inner', 'Real']);
    expect(problems).toEqual([{ file: 'escape.md', reason: 'symlink points outside the corpus folder' }]);
  });
});
