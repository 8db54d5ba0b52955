import { beforeAll, describe, expect, it } from 'vitest';
import type { Desk } from '../../src/model/types';
import { seedDesk } from '../support/seedCorpus';

let desk: Desk;
beforeAll(async () => {
  desk = (await seedDesk()).desk;
});

describe('how the outlets differ, through the desk', () => {
  it('notes figures that disagree among the top answers', () => {
    const result = desk.ask('how big was the flag in Kyiv');
    expect(result.differences).toMatch(/^Outlets differ — /);
    expect(result.differences).toContain('650-foot flag (USA Today)');
    expect(result.differences).toContain('656-foot national flag (Military Times)');
  });

  it('adds no note when the answers carry no disagreeing figures', () => {
    expect(desk.ask('what did Psaki say about the window').differences).toBeUndefined();
    expect(desk.ask('recipe for chocolate cake').differences).toBeUndefined();
  });

  it('compares a topic and says nothing when there is nothing to compare', () => {
    const flag = desk.compare('flag');
    expect(flag.groups).toHaveLength(1);
    expect(flag.groups[0]!.agreement).toBe('differ');
    expect(desk.compare('chocolate cake').groups).toEqual([]);
  });

  it('lists who quoted whom, with quotations only one outlet carried', () => {
    const coverage = desk.speakersByOutlet();
    const stoltenberg = coverage.find((s) => s.speaker === 'Jens Stoltenberg')!;
    expect(stoltenberg.outlets.map((o) => o.outlet).sort()).toEqual(['Military Times', 'NPR', 'The Washington Times', 'USA Today', 'VOI']);
    const welcome = stoltenberg.quotations.find((q) => q.text.includes('If they really start to withdraw forces'))!;
    expect(welcome.exclusive).toBe(false);
    expect(welcome.outlets.sort()).toEqual(['Military Times', 'The Washington Times']);
    expect(stoltenberg.quotations.some((q) => q.exclusive)).toBe(true);
  });
});
