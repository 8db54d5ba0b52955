import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');

/** Runs the compare CLI as `npm run --silent compare -- …` would, and returns stdout. */
async function compare(...args: string[]): Promise<string> {
  const { stdout } = await run(tsx, ['src/cli/compare.ts', ...args], { cwd: root, env: { ...process.env, CORPUS_DIR: 'corpus' } });
  return stdout;
}

interface JsonClaim { value: number; qualifier: string | null; unit: string; text: string; outlets: string[]; article: string }
interface JsonGroup { quantity: string; agreement: string; claims: JsonClaim[] }

function expectContract(value: unknown): asserts value is { topic: string; groups: JsonGroup[] } {
  expect(Object.keys(value as object)).toEqual(['topic', 'groups']);
  const { topic, groups } = value as { topic: unknown; groups: unknown };
  expect(typeof topic).toBe('string');
  expect(Array.isArray(groups)).toBe(true);
  for (const g of groups as Record<string, unknown>[]) {
    expect(Object.keys(g)).toEqual(['quantity', 'agreement', 'claims']);
    expect(typeof g.quantity).toBe('string');
    expect(['same', 'compatible', 'differ']).toContain(g.agreement);
    for (const c of g.claims as Record<string, unknown>[]) {
      expect(Object.keys(c)).toEqual(['value', 'qualifier', 'unit', 'text', 'outlets', 'article']);
      expect(Number.isFinite(c.value)).toBe(true);
      expect(c.qualifier === null || typeof c.qualifier === 'string').toBe(true);
      expect(typeof c.unit).toBe('string');
      expect(typeof c.text).toBe('string');
      expect((c.outlets as unknown[]).length).toBeGreaterThan(0);
      expect((c.outlets as unknown[]).every((o) => typeof o === 'string')).toBe(true);
      expect(typeof c.article).toBe('string');
    }
  }
}

describe('compare CLI', () => {
  it('--json "Russian troops near Ukraine": one JSON line; the totals differ, the increase agrees', async () => {
    const lines = (await compare('--json', 'Russian troops near Ukraine')).trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!);
    expectContract(result);
    expect(result.topic).toBe('Russian troops near Ukraine');
    const total = result.groups.find((g) => g.claims.some((c) => c.value === 150_000))!;
    expect(total.agreement).toBe('differ');
    const figure = (v: number) => total.claims.filter((c) => c.value === v);
    expect(figure(150_000).flatMap((c) => c.outlets).sort()).toEqual(['Military Times', 'NPR', 'USA Today']);
    expect(figure(140_000)).toEqual([expect.objectContaining({ qualifier: 'approximate', unit: 'troop', outlets: ['The Washington Times'] })]);
    expect(figure(100_000)).toEqual([expect.objectContaining({ qualifier: 'lower-bound', outlets: ['The Washington Times'] })]);
    expect(figure(100_000)[0]!.text).toContain('the more than 100,000 Russian troops');
    const increase = result.groups.find((g) => g.claims.every((c) => c.value === 7_000))!;
    expect(increase.agreement).toBe('same');
    expect(increase.claims.flatMap((c) => c.outlets).sort()).toEqual(['NPR', 'The Washington Times', 'USA Today']);
    expect(result.groups.indexOf(total)).not.toBe(result.groups.indexOf(increase));
  });

  it('--json "flag": 650 vs 656 feet differ; a topic with no figures prints no groups', async () => {
    const flag = JSON.parse(await compare('--json', 'flag'));
    expectContract(flag);
    expect(flag.groups).toHaveLength(1);
    expect(flag.groups[0]!.agreement).toBe('differ');
    expect(flag.groups[0]!.claims.map((c) => [c.value, c.unit, c.outlets]).sort()).toEqual([[650, 'foot', ['USA Today']], [656, 'foot', ['Military Times']]]);
    const none = JSON.parse(await compare('--json', 'chocolate cake'));
    expect(none).toEqual({ topic: 'chocolate cake', groups: [] });
  });

  it('prints readable text without --json', async () => {
    const out = await compare('flag');
    expect(out).toMatch(/DIFFER/);
    expect(out).toContain('656-foot national flag — Military Times');
    expect(out).toContain('650-foot flag — USA Today');
    expect(() => JSON.parse(out)).toThrow();
  });
});
