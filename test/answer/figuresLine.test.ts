import { describe, expect, it } from 'vitest';
import { noteDifferences } from '../../src/claims/noteDifferences';
import { deskFrom } from '../claims/support';

describe('the "Outlets differ" line groups outlets by figure', () => {
  it('lists a figure printed in other words by other outlets once, with all its outlets', () => {
    const data = deskFrom([
      { outlet: 'Alpha', body: 'Russia has massed about 150,000 troops near the border with Ukraine, officials said.' },
      { outlet: 'Beta', body: 'Moscow has gathered approximately 150,000 troops near the border with Ukraine.' },
      { outlet: 'Gamma', body: 'Russia has massed about 140,000 troops near the border with Ukraine, officials said.' },
      { outlet: 'Delta', body: 'The Kremlin keeps roughly 150,000 troops near the border with Ukraine, analysts said.' },
    ]);
    const line = noteDifferences(data, [0, 1, 2, 3]);
    expect(line).toMatch(/^Outlets differ — /);
    expect(line).toContain('(Alpha, Beta, Delta)');
    expect(line).toContain('about 140,000 troops (Gamma)');
    // 150,000 appears once, not once per wording.
    expect(line!.match(/150,000/g)).toHaveLength(1);
  });

  it('says nothing when every outlet prints the same figure in other words', () => {
    const data = deskFrom([
      { outlet: 'Alpha', body: 'Russia has massed about 150,000 troops near the border with Ukraine, officials said.' },
      { outlet: 'Beta', body: 'Moscow has gathered approximately 150,000 troops near the border with Ukraine.' },
    ]);
    expect(noteDifferences(data, [0, 1])).toBeUndefined();
  });
});
