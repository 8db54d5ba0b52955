import { beforeAll, describe, expect, it } from 'vitest';
import { compareTopic } from '../../src/claims/compareTopic';
import { extractClaims } from '../../src/claims/extractClaims';
import { commonPlaceTest, groupClaims } from '../../src/claims/groupClaims';
import type { ClaimGroup } from '../../src/claims/types';
import type { DeskData } from '../../src/model/deskData';
import { seedDesk } from '../support/seedCorpus';
import { deskFrom } from './support';

const values = (g: ClaimGroup) => g.figures.map((f) => f.claim.value).sort((a, b) => a - b);

describe('groupClaims on synthetic outlets', () => {
  it('groups the same quantity across outlets and keeps increments, owners and places apart', () => {
    const data = deskFrom([
      { outlet: 'A', body: 'Russia has massed about 150,000 troops near Ukraine, officials said.\n\nRussia has sent another 7,000 troops to the border near Ukraine.\n\nAbout 30,000 Russian troops are deployed in Belarus for drills.' },
      { outlet: 'B', body: 'The more than 100,000 Russian troops massed near Ukraine are ready, officials said.\n\nRussia increased its troop presence near Ukraine by as many as 7,000 troops.\n\nSome 30,000 Russian troops are in Belarus for drills.' },
      { outlet: 'C', body: 'About 140,000 Russian troops are massed near Ukraine, officials said.\n\nThe Pentagon has 8,500 U.S. troops on alert near Ukraine, officials said.' },
    ]);
    const groups = groupClaims(extractClaims(data), { isCommonPlace: () => false });
    const troops = groups.filter((g) => g.unit === 'troop');
    const total = troops.find((g) => values(g).includes(150_000))!;
    expect(values(total)).toEqual([100_000, 140_000, 150_000]);
    expect(total.agreement).toBe('differ');
    expect(total.change).toBe('total');
    const increase = troops.find((g) => g.change === 'increase')!;
    expect(values(increase)).toEqual([7_000, 7_000]);
    expect(increase.agreement).toBe('same');
    expect(increase.outlets.sort()).toEqual(['A', 'B']);
    // Outlets that agree are all named ("all report … (A)" named the first one only).
    expect(increase.note).toMatch(/^all report .*\((?:A, B|B, A)\)$/);
    const belarus = troops.find((g) => values(g).includes(30_000))!;
    expect(values(belarus)).toEqual([30_000, 30_000]);
    expect(belarus.quantity).toMatch(/Belarus/);
    // U.S. troops are a different quantity from Russian troops, and one outlet is no comparison.
    expect(troops.some((g) => values(g).includes(8_500))).toBe(false);
  });

  it('marks bounds that fit as compatible, and needs two outlets', () => {
    const data = deskFrom([
      { outlet: 'A', body: 'Russia has massed more than 100,000 troops near Ukraine.' },
      { outlet: 'B', body: 'Russia has massed about 150,000 troops near Ukraine.' },
      { outlet: 'B', body: 'Russia has massed about 130,000 troops near Ukraine.' },
    ]);
    const [group, ...rest] = groupClaims(extractClaims(data));
    expect(rest).toEqual([]);
    expect(group!.agreement).toBe('differ');
    const two = groupClaims(extractClaims(deskFrom([
      { outlet: 'A', body: 'Russia has massed more than 100,000 troops near Ukraine.' },
      { outlet: 'B', body: 'Russia has massed about 150,000 troops near Ukraine.' },
    ])));
    expect(two.map((g) => g.agreement)).toEqual(['compatible']);
    const alone = groupClaims(extractClaims(deskFrom([
      { outlet: 'A', body: 'Russia has massed more than 100,000 troops near Ukraine.\n\nRussia has massed about 150,000 troops near Ukraine.' },
    ])));
    expect(alone).toEqual([]);
  });

  it('counts a wire sentence carried by several outlets as one figure with its outlets', () => {
    const wire = 'Russia has massed about 150,000 troops east, north and south of Ukraine, sparking Western concerns.';
    const data = deskFrom([
      { outlet: 'A', body: wire },
      { outlet: 'B', body: wire.replace('Western', 'western') },
      { outlet: 'C', body: 'Officials said Russia has about 140,000 troops massed near Ukraine.' },
    ]);
    const [group] = groupClaims(extractClaims(data));
    expect(group!.figures).toHaveLength(2);
    const copy = group!.figures.find((f) => f.claim.value === 150_000)!;
    expect(copy.outlets).toEqual(['A', 'B']);
    expect(copy.claims).toHaveLength(2);
    expect(group!.agreement).toBe('differ');
  });

  it('treats a place named in most sentences as no distinction', () => {
    const data = deskFrom([
      { outlet: 'A', body: 'Ukraine is tense.\n\nUkraine waits.\n\nRussia has about 150,000 troops in Ukraine, officials said.' },
      { outlet: 'B', body: 'Ukraine waits.\n\nOfficials said Russia has massed about 150,000 troops.' },
    ]);
    expect(commonPlaceTest(data)('ukraine')).toBe(true);
    expect(groupClaims(extractClaims(data), { isCommonPlace: commonPlaceTest(data) })).toHaveLength(1);
    expect(groupClaims(extractClaims(data), { isCommonPlace: () => false })).toHaveLength(0);
  });
});

describe('groupClaims rules', () => {
  const claimsOf = (bodies: string[]) => extractClaims(deskFrom(bodies.map((body, i) => ({ outlet: `O${i}`, body }))));

  it('never pairs two figures of one sentence, nor counts of one', () => {
    const claims = claimsOf(['He raised $5.7 million in February and had almost $5 million in cash in February.', 'They speak with one voice, officials said.', 'We speak with one voice, officials said.']);
    const groups = groupClaims(claims, { minOutlets: 1 });
    // Each money figure stays alone, and "one voice" is not a figure at all.
    expect(groups.map((g) => [g.unit, g.figures.length])).toEqual([['usd', 1], ['usd', 1]]);
  });

  it('compares only reports published within maxDaysApart', () => {
    const claims = claimsOf(['Russia has massed about 150,000 troops near Ukraine.', 'Russia has massed about 100,000 troops near Ukraine.']);
    const later = claims.map((c, i) => (i === 1 ? { ...c, published: '2022-03-20' } : c));
    expect(groupClaims(claims)).toHaveLength(1);
    expect(groupClaims(later)).toEqual([]);
    expect(groupClaims(later, { maxDaysApart: 60 })).toHaveLength(1);
  });

  it('asks for more shared context when minSharedContext is raised', () => {
    const claims = claimsOf(['Russia has massed about 150,000 troops near Ukraine.', 'Officials counted about 150,000 troops in Ukraine.']);
    expect(groupClaims(claims)).toHaveLength(1);
    expect(groupClaims(claims, { minSharedContext: 2 })).toEqual([]);
  });
});

describe('compareTopic on the seed corpus', () => {
  let data: DeskData;
  beforeAll(async () => {
    data = (await seedDesk()).data;
  });

  it('Russian troops near Ukraine: the totals differ, the 7,000 increase agrees', () => {
    const result = compareTopic(data, 'Russian troops near Ukraine');
    const total = result.groups.find((g) => g.unit === 'troop' && g.change === 'total' && values(g).includes(150_000))!;
    expect(total.agreement).toBe('differ');
    expect(values(total)).toEqual([100_000, 140_000, 150_000, 150_000, 150_000]);
    const by = (v: number) => total.figures.filter((f) => f.claim.value === v).flatMap((f) => f.outlets).sort();
    expect(by(150_000)).toEqual(['Military Times', 'NPR', 'USA Today']);
    expect(by(140_000)).toEqual(['The Washington Times']);
    expect(by(100_000)).toEqual(['The Washington Times']);
    const around140 = total.figures.find((f) => f.claim.value === 140_000)!.claim;
    expect(around140.scope).toMatch(/separatist forces/);
    expect(data.sentences[around140.sentence]!.text).toBe(around140.sentenceText);
    const increase = result.groups.find((g) => g.change === 'increase')!;
    expect(increase.agreement).toBe('same');
    expect(increase.outlets.sort()).toEqual(['NPR', 'The Washington Times', 'USA Today']);
    // Belarus's 30,000 is not part of the total near Ukraine.
    expect(values(total)).not.toContain(30_000);
  });

  it('flag: 650 vs 656 feet differ', () => {
    const [group, ...rest] = compareTopic(data, 'flag').groups;
    expect(rest).toEqual([]);
    expect(group!.unit).toBe('foot');
    expect(group!.agreement).toBe('differ');
    expect(group!.figures.map((f) => [f.claim.value, f.outlets])).toEqual(expect.arrayContaining([[650, ['USA Today']], [656, ['Military Times']]]));
  });

  it('a topic with nothing to compare has no groups', () => {
    expect(compareTopic(data, 'chocolate cake recipe').groups).toEqual([]);
    expect(compareTopic(data, 'cyberattack on banks').groups).toEqual([]);
  });

  it('reads the repaired text: "An estimated14,000" is 14,000 people', () => {
    const claims = extractClaims(data).filter((c) => c.outlet === 'USA Today' && c.value === 14_000);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ unit: 'people', qualifier: 'approximate' });
    expect(claims[0]!.sentenceText).toContain('estimated14,000');
  });
});
