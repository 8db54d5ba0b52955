import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { addDays } from '../../src/time/timeFrame';
import { coverSpan } from '../../src/time/timeline';
import { deskFrom } from '../claims/support';
import { weeksDesk } from './weeksDesk';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** 40 days of pipeline coverage, three reports a day, most on the last day. */
function fortyDays() {
  const entries = [];
  for (let d = 0; d < 40; d++) {
    const date = addDays('2016-03-01', d);
    const reports = d === 39 ? 12 : 3;
    for (let r = 0; r < reports; r++) entries.push({ outlet: `Outlet ${r}`, published: date, id: `p${d}-${r}`, body: `Engineers inspected pipeline section ${d * 100 + r} on day ${d}.` });
  }
  return createDesk(deskFrom(entries));
}

describe('timeline', () => {
  it('lists distinct statements in date order, copies merged and dated by the first copy', () => {
    const desk = createDesk(
      deskFrom([
        { outlet: 'Beta Times', published: '2022-02-18', body: '“The pipeline will stay closed for now,” Scholz said.\n\nThe pipeline operator sued.' },
        { outlet: 'Alpha News', published: '2022-02-14', body: '“The pipeline will stay closed for now,” Scholz said.\n\nThe pipeline was finished in September.' },
      ]),
    );
    const { events } = desk.timeline('pipeline');
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
    const closed = events.filter((e) => e.text.includes('stay closed'));
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ date: '2022-02-14', outlet: 'Alpha News', outlets: ['Alpha News', 'Beta Times'], article: 'a1', speaker: 'Scholz' });
    expect(events.find((e) => e.text.includes('sued'))?.date).toBe('2022-02-18');
  });

  it('covers the span with at most 25 events rather than crowding the busiest day', () => {
    const { events } = fortyDays().timeline('pipeline section inspected');
    expect(events).toHaveLength(25);
    const days = events.map((e) => e.date);
    expect(days).toEqual([...days].sort());
    expect(new Set(days).size).toBe(25);
    expect(days[0]).toBe('2016-03-01');
    expect(days.at(-1)).toBe(addDays('2016-03-01', 39));
  });

  it('gives every day before a second event of any day', () => {
    const candidates = [
      ...Array.from({ length: 10 }, (_, i) => ({ event: { date: '2016-03-01' }, rank: i })),
      { event: { date: '2016-03-02' }, rank: 10 },
      { event: { date: '2016-03-05' }, rank: 11 },
    ];
    const chosen = coverSpan(candidates, 4);
    expect(chosen.map((c) => c.event.date).sort()).toEqual(['2016-03-01', '2016-03-01', '2016-03-02', '2016-03-05']);
  });

  it('takes a frame from the options and from the topic’s words', () => {
    const desk = weeksDesk();
    expect(desk.timeline('pipeline', { since: '2022-02-08' }).events.every((e) => e.date >= '2022-02-08')).toBe(true);
    expect(desk.timeline('pipeline', { since: '2022-02-08' }).events.length).toBeGreaterThan(0);
    expect(desk.timeline('pipeline before February 8').events.map((e) => e.date)).toEqual(['2022-02-01']);
  });

  it('is empty when nothing in the corpus is relevant', () => {
    expect(weeksDesk().timeline('recipe for chocolate cake').events).toEqual([]);
    expect(weeksDesk().timeline('   ').events).toEqual([]);
  });

  it('CLI: --json prints the contract, and says nothing on that when empty', async () => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const env = { ...process.env, CORPUS_DIR: 'corpus' };
    const { stdout } = await run(tsx, ['src/cli/timeline.ts', '--json', '--since', '2022-02-16', '--until', '2022-02-16', 'Russian troops'], { cwd: root, env });
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['topic', 'events']);
    expect(result.topic).toBe('Russian troops');
    expect(result.events.length).toBeGreaterThan(0);
    expect(result.events.length).toBeLessThanOrEqual(25);
    for (const e of result.events) {
      expect(Object.keys(e)).toEqual(['date', 'text', 'outlet', 'outlets', 'article', 'speaker']);
      expect(e.date).toBe('2022-02-16');
      expect(e.outlets).toContain(e.outlet);
    }
    const none = JSON.parse((await run(tsx, ['src/cli/timeline.ts', '--json', '--since', '2022-02-17', 'Russian troops'], { cwd: root, env })).stdout);
    expect(none.events).toEqual([]);
    // The readable timeline shows run-together words split; the JSON text stays verbatim.
    const json = JSON.parse((await run(tsx, ['src/cli/timeline.ts', '--json', 'Stoltenberg withdrawal'], { cwd: root, env })).stdout);
    expect(json.events.some((e: { text: string }) => e.text.includes('Jens Stoltenbergat a meeting'))).toBe(true);
    const readable = (await run(tsx, ['src/cli/timeline.ts', 'Stoltenberg withdrawal'], { cwd: root, env })).stdout;
    expect(readable).toContain('Jens Stoltenberg at a meeting');
    expect(readable).toMatch(/^2022-02-16$/m);
    const text = (await run(tsx, ['src/cli/timeline.ts', 'recipe for chocolate cake'], { cwd: root, env })).stdout;
    expect(text.trim()).toBe('Nothing on that in the corpus.');
  });
});
