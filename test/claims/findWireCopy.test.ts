import { describe, expect, it } from 'vitest';
import { creditedAgency } from '../../src/claims/creditedAgency';
import { findWireCopy } from '../../src/claims/findWireCopy';
import { seedDesk } from '../support/seedCorpus';
import { deskFrom } from './support';

const WIRE = 'Russian fighter jets flew training missions over Belarus that neighbors Ukraine to the north on Wednesday.';

describe('findWireCopy', () => {
  it('marks one sentence printed by three outlets as one source, with the credited agency, and not a copy with a word changed', () => {
    const data = deskFrom([
      { outlet: 'A', body: `${WIRE}\n\nThe mayor opened a bakery downtown.`, byline: 'Jane Doe, Associated Press' },
      { outlet: 'B', body: `${WIRE.replace(/\.$/, '!').replace(/ /g, '  ')}\n\nA storm closed the harbour.` },
      { outlet: 'C', body: `KYIV, Ukraine (AP) — ${WIRE}\n\nPrices rose again in March.` },
      { outlet: 'E', body: `${WIRE.replace('Wednesday', 'Wednesday morning')}\n\nA storm closed the harbour.` },
      { outlet: 'D', body: 'Belarus hosted drills with fighter jets while Ukraine watched the north on Thursday evening.' },
    ]);
    const groups = findWireCopy(data);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.outlets).toEqual(['A', 'B', 'C']);
    expect(groups[0]!.agency).toBe('Associated Press');
    expect(groups[0]!.sentences.map((i) => data.sentences[i]!.outlet)).toEqual(['A', 'B', 'C']);
  });

  it('does not call repeats within one outlet wire copy, nor count short sentences', () => {
    const data = deskFrom([
      { outlet: 'A', body: `${WIRE}\n\nHe said no.`, id: 'x1' },
      { outlet: 'A', body: `${WIRE}\n\nHe said no.`, id: 'x2' },
      { outlet: 'B', body: 'He said no.' },
    ]);
    expect(findWireCopy(data)).toEqual([]);
  });

  it('finds the shared sentences of the seed corpus, crediting AP', async () => {
    const { data } = await seedDesk();
    const groups = findWireCopy(data);
    const shared = groups.find((g) => g.text.includes('If they really start to withdraw forces'))!;
    expect(shared.outlets.sort()).toEqual(['Military Times', 'The Washington Times']);
    expect(shared.agency).toBe('Associated Press');
    expect(groups.every((g) => g.outlets.length >= 2)).toBe(true);
  });
});

describe('creditedAgency', () => {
  it('reads bylines, datelines and credit lines but not mentions or photo credits', () => {
    expect(creditedAgency({ byline: 'Yuras Karmanau, Associated Press', body: '' })).toBe('Associated Press');
    expect(creditedAgency({ body: 'MOSCOW (Reuters) - Russia said on Wednesday…' })).toBe('Reuters');
    expect(creditedAgency({ body: 'Text.\nContributing: Matthew Brown; Associated Press' })).toBe('Associated Press');
    expect(creditedAgency({ body: 'An official told the Associated Press on Wednesday that troops arrived.' })).toBeNull();
    expect(creditedAgency({ body: 'Photo: Russian Defense Ministry Press Service via AP\nCopyright 2022 NPR.' })).toBeNull();
    expect(creditedAgency({ body: 'Text.\n• Reporters contributed to this article, which is based in part on wire service reports.' })).toBeNull();
  });
});
