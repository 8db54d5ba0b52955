import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');

/** Runs the ask CLI as `npm run --silent ask -- …` would, and returns stdout. */
async function ask(...args: string[]): Promise<string> {
  const { stdout } = await run(tsx, ['src/cli/ask.ts', ...args], { cwd: root, env: { ...process.env, CORPUS_DIR: 'corpus' } });
  return stdout;
}

function expectContractShape(value: unknown): void {
  expect(Object.keys(value as object)).toEqual(['question', 'answers']);
  const { question, answers } = value as { question: unknown; answers: unknown[] };
  expect(typeof question).toBe('string');
  expect(Array.isArray(answers)).toBe(true);
  for (const a of answers as Record<string, unknown>[]) {
    expect(Object.keys(a)).toEqual(['text', 'outlet', 'outlets', 'article', 'speaker', 'kind', 'published', 'score']);
    expect([null, 'quote', 'reported']).toContain(a.kind);
    // Only an attributed statement is a quote or reported; a plain sentence is neither.
    if (a.kind === 'reported') expect(a.speaker).not.toBeNull();
    expect(typeof a.text).toBe('string');
    expect(typeof a.outlet).toBe('string');
    expect((a.outlets as unknown[]).every((o) => typeof o === 'string')).toBe(true);
    expect(a.outlets).toContain(a.outlet);
    expect(typeof a.article).toBe('string');
    expect(a.speaker === null || typeof a.speaker === 'string').toBe(true);
    expect(Number.isFinite(a.score)).toBe(true);
    // The publication date of the best-ranked copy (every seed report is from 16 February 2022).
    expect(a.published).toBe('2022-02-16');
  }
}

describe('ask CLI', () => {
  it('--json prints exactly one JSON object in the contract shape, with every outlet’s figure', async () => {
    const out = await ask('--json', 'how many troops has Russia massed near Ukraine');
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!);
    expectContractShape(result);
    expect(result.question).toBe('how many troops has Russia massed near Ukraine');
    const outlets = new Set(result.answers.flatMap((a: { outlets: string[] }) => a.outlets));
    expect(outlets).toEqual(new Set(['Military Times', 'USA Today', 'NPR', 'The Washington Times']));
  });

  it('--batch answers one question per line, in order, and --limit caps the answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ask-'));
    const file = join(dir, 'questions.txt');
    writeFileSync(file, 'what did Stoltenberg say\n\nrecipe for chocolate cake\nwho said we remain in the window\n');
    const lines = (await ask('--json', '--limit', '2', '--batch', file)).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual(['what did Stoltenberg say', 'recipe for chocolate cake', 'who said we remain in the window']);
    lines.forEach(expectContractShape);
    expect(lines[0].answers).toHaveLength(2);
    expect(lines[0].answers.every((a: { speaker: string }) => a.speaker === 'Jens Stoltenberg')).toBe(true);
    expect(lines[1].answers).toEqual([]);
    expect(lines[2].answers[0].speaker).toBe('Jen Psaki');
  });

  it('gives what-did-X-say questions up to 25 answers by default and others 10', async () => {
    const said = JSON.parse(await ask('--json', 'what did Stoltenberg say'));
    expect(said.answers.length).toBeGreaterThan(0);
    expect(said.answers.length).toBeLessThanOrEqual(25);
    const general = JSON.parse(await ask('--json', 'Russia troops Ukraine'));
    expect(general.answers).toHaveLength(10);
  });

  it('gives a speaker’s reported statements beside their quotations, each with its kind', async () => {
    const said = JSON.parse(await ask('--json', 'what did Stoltenberg say'));
    expectContractShape(said);
    expect(said.answers.every((a: { speaker: string }) => a.speaker === 'Jens Stoltenberg')).toBe(true);
    const kindOf = (needle: string) => said.answers.find((a: { text: string }) => a.text.includes(needle))?.kind;
    expect(kindOf('later said NATO could prove')).toBe('reported');
    expect(kindOf('told reporters that he had not seen any withdrawal')).toBe('reported');
    expect(kindOf('No withdrawals of troops or equipment')).toBe('quote');
    const general = JSON.parse(await ask('--json', 'Russia troops Ukraine'));
    expect(general.answers.some((a: { kind: unknown }) => a.kind === null)).toBe(true);
    // The readable answer says which answers are reported, and adds no quote marks.
    const text = await ask('--limit', '25', 'what did Stoltenberg say');
    expect(text).toMatch(/^\d+\. Stoltenberg later said NATO could prove[^\n]*\n {3}— Jens Stoltenberg \(reported\)$/m);
    expect(text).not.toMatch(/“Stoltenberg later said/);
  });

  it('prints a readable answer with quote, speaker, outlet and title', async () => {
    const out = await ask('who said wars in Europe rarely start on a Wednesday');
    expect(out).toContain('Wars in Europe rarely start on a Wednesday');
    expect(out).toContain('— Vladimir Chizhov');
    expect(out).toMatch(/Military Times \(2022-02-16\), "Russia says more troops/);
  });

  it('says plainly when nothing is relevant', async () => {
    expect((await ask('what is the weather in Paris')).trim()).toBe('Nothing in the corpus answers that.');
  });

  it('--since and --until limit answers to their publication dates, both days included', async () => {
    // Every seed report is from 16 February 2022.
    const inside = JSON.parse(await ask('--json', '--since', '2022-02-16', '--until', '2022-02-16', 'what did Stoltenberg say'));
    expectContractShape(inside);
    expect(inside.answers.length).toBeGreaterThan(0);
    const after = JSON.parse(await ask('--json', '--since', '2022-02-17', 'what did Stoltenberg say'));
    expect(after.answers).toEqual([]);
    const before = JSON.parse(await ask('--json', '--until', '2022-02-15', 'Russia troops Ukraine'));
    expect(before.answers).toEqual([]);
  });

  it('refuses a --since that is not a YYYY-MM-DD date', async () => {
    await expect(ask('--json', '--since', '2022-02-30', 'what did Stoltenberg say')).rejects.toMatchObject({ code: 2 });
  });
});
