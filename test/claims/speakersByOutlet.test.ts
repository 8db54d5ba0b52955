import { describe, expect, it } from 'vitest';
import { speakersByOutlet } from '../../src/claims/speakersByOutlet';
import { seedDesk } from '../support/seedCorpus';

describe('speakersByOutlet on the seed corpus', () => {
  it('lists the outlets quoting each named speaker, most outlets first', async () => {
    const { data } = await seedDesk();
    const coverage = speakersByOutlet(data);
    expect(coverage[0]!.speaker).toBe('Jens Stoltenberg');
    expect(coverage[0]!.outlets.map((o) => o.outlet).sort()).toEqual(['Military Times', 'NPR', 'The Washington Times', 'USA Today', 'VOI']);
    const counts = coverage.map((c) => c.outlets.length);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    // Only named speakers: anonymous sources cannot be matched across outlets.
    expect(coverage.some((c) => /official/i.test(c.speaker))).toBe(false);
  });

  it('merges a quotation printed by several outlets and flags the ones only one outlet carried', async () => {
    const { data } = await seedDesk();
    const stoltenberg = speakersByOutlet(data).find((c) => c.speaker === 'Jens Stoltenberg')!;
    const shared = stoltenberg.quotations.find((q) => q.text.includes('If they really start to withdraw forces'))!;
    expect(shared.outlets.sort()).toEqual(['Military Times', 'The Washington Times']);
    expect(shared.exclusive).toBe(false);
    const voi = stoltenberg.quotations.find((q) => q.text.includes('increased troop numbers'))!;
    expect(voi).toMatchObject({ outlets: ['VOI'], exclusive: true });
    const psaki = speakersByOutlet(data).find((c) => c.speaker === 'Jen Psaki')!;
    expect(psaki.outlets).toEqual([{ outlet: 'USA Today', quotations: psaki.quotations.length }]);
    expect(psaki.quotations.every((q) => q.exclusive)).toBe(true);
  });
});
