import { describe, expect, it } from 'vitest';
import { deskLookup } from '../../src/answer/deskLookups';
import { loadPackedDesk } from '../../src/desk/loadDesk';
import { packDeskData } from '../../src/store/packDeskData';
import { deskFrom } from '../claims/support';

describe('lookups read from the packed columns at load', () => {
  const built = deskFrom([
    {
      outlet: 'Alpha News',
      body: [
        '“We will win,” Donald Trump said. “Believe me,” he added.',
        '“It is rigged,” Trump said.',
        '“We are stronger together,” Hillary Clinton said.',
        '“Not so fast,” Paul Ryan said, “we need a plan.”',
        '“No deal,” Ryan said.',
        '“Maybe,” the official said.',
      ].join('\n\n'),
    },
    { outlet: 'Beta Times', body: '“Stronger together,” Hillary Clinton said.\n\n“Again,” Clinton said.\n\n“Once more,” Tim Kaine said.' },
  ]);

  it('ranks speakers as a count over the quotations would, without making a quotation', async () => {
    const expected = deskLookup(built, 'speakersByCount');
    expect(expected.length).toBeGreaterThan(2);
    const loaded = await loadPackedDesk(packDeskData(built, new Map(), []), 'cache');
    let made = 0;
    const quotes = loaded.data.quotes;
    loaded.data.quotes = new Proxy(quotes, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) made++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(deskLookup(loaded.data, 'speakersByCount')).toEqual(expected);
    expect(made).toBe(0);
  });
});
