import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/claims/extractQuantities';
import type { Quantity } from '../../src/claims/types';

/** The one figure of a sentence that counts or measures something (dates left out). */
function figure(text: string, options = {}): Quantity {
  const found = extractQuantities(text, options).filter((q) => q.kind !== 'date' && q.kind !== 'time');
  expect(found, `figures in: ${text}`).toHaveLength(1);
  return found[0]!;
}

describe('extractQuantities: qualifiers', () => {
  it.each([
    ['Russia has massed about 150,000 troops east of Ukraine.', 150_000, 'approximate', 'about'],
    ['It has sent approximately 150,000 troops to the border.', 150_000, 'approximate', 'approximately'],
    ['Some 30,000 troops are in Belarus.', 30_000, 'approximate', 'some'],
    ['An estimated 14,000 people have died.', 14_000, 'approximate', 'an estimated'],
    ['Nearly 2,000 soldiers were wounded.', 2_000, 'approximate', 'nearly'],
    ['the more than 100,000 Russian troops surrounding Ukraine', 100_000, 'lower-bound', 'more than'],
    ['a conflict that has killed over 14,000 since 2014', 14_000, 'lower-bound', 'over'],
    ['At least 40 people were arrested.', 40, 'lower-bound', 'at least'],
    ['increased its presence by as many as 7,000 troops', 7_000, 'upper-bound', 'as many as'],
    ['Russia added up to 7,000 troops near Ukraine', 7_000, 'upper-bound', 'up to'],
    ['Fewer than 500 soldiers remain.', 500, 'upper-bound', 'fewer than'],
    ['No more than 500 soldiers remain.', 500, 'upper-bound', 'no more than'],
    ['Russia sent 7,000 troops.', 7_000, 'exact', null],
    ['Police said 100,000 or more people marched.', 100_000, 'lower-bound', 'or more'],
  ])('%s', (text, value, qualifier, words) => {
    const q = figure(text);
    expect(q.value).toBe(value);
    expect(q.qualifier).toBe(qualifier);
    expect(q.qualifierText).toBe(words);
  });

  it('keeps the qualifier in the printed span', () => {
    const text = 'the more than 100,000 Russian troops surrounding Ukraine';
    const q = figure(text);
    expect(q.text).toBe('more than 100,000 Russian troops');
    expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('does not take "over" of "over the last 24 hours" as a qualifier', () => {
    const q = figure('video released over the last 24 hours');
    expect(q.value).toBe(24);
    expect(q.qualifier).toBe('exact');
    expect(q.unit).toBe('hour');
  });
});

describe('extractQuantities: what is counted', () => {
  it('lemmatises the counted noun and merges its synonyms', () => {
    expect(figure('about 150,000 troops near Ukraine').unit).toBe('troop');
    expect(figure('about 150,000 soldiers near Ukraine').unit).toBe('troop');
    expect(figure('about 150,000 Russian forces near Ukraine').unit).toBe('troop');
    expect(figure('An estimated 14,000 people have died.').unit).toBe('people');
  });

  it('takes proper-noun modifiers as the owner and the first plural noun as the head', () => {
    const q = figure('Defense ministers from the 30 NATO member countries are meeting');
    expect(q).toMatchObject({ value: 30, unit: 'country', owner: 'nato' });
    expect(figure('about 150,000 Russian troops').owner).toBe('russian');
    expect(figure("some 30,000 of Russia's troops are in Belarus").owner).toBe('russia');
  });

  it('reads hyphenated units as measures of the noun after them', () => {
    expect(figure('demonstrators unfolded a 656-foot national flag in Kyiv')).toMatchObject({ kind: 'measure', value: 656, unit: 'foot', object: 'flag' });
    expect(figure('a 24-hour ceasefire')).toMatchObject({ kind: 'measure', value: 24, unit: 'hour', object: 'ceasefire' });
  });

  it('finds the counted noun of "the number of X … grown to N" and "strength of X … stood at N"', () => {
    expect(figure('The number of Russian troops ringing the border has grown to 150,000, officials said.').unit).toBe('troop');
    const q = figure('the combined strength of Russian military and pro-Russian separatist forces near the borders stood at about 140,000.');
    expect(q).toMatchObject({ value: 140_000, unit: 'troop', qualifier: 'approximate' });
  });

  it('counts people after a casualty verb with no noun', () => {
    expect(figure('a conflict that has killed over 14,000 since 2014').unit).toBe('people');
  });

  it('leaves the unit null when nothing says what is counted', () => {
    expect(figure('The tally reached 12 on Sunday, he said.').unit).toBeNull();
  });
});

describe('extractQuantities: ranges, vague words, percentages, money', () => {
  it('reads ranges with low and high', () => {
    expect(figure('troops would return in three to four weeks')).toMatchObject({ qualifier: 'range', low: 3, high: 4, unit: 'week' });
    expect(figure('between 10 and 20 people were hurt')).toMatchObject({ qualifier: 'range', low: 10, high: 20, unit: 'people' });
    expect(figure('10-20 jets flew over')).toMatchObject({ qualifier: 'range', low: 10, high: 20, unit: 'jet' });
  });

  it('does not read a comparison or a change as a range', () => {
    const poll = extractQuantities('by a margin of 62% to 34%');
    expect(poll.map((q) => [q.value, q.qualifier])).toEqual([[62, 'exact'], [34, 'exact']]);
    const grew = extractQuantities('the force grew from 100,000 troops to 150,000 troops');
    expect(grew.map((q) => q.value)).toEqual([100_000, 150_000]);
    expect(grew.every((q) => q.qualifier === 'exact')).toBe(true);
  });

  it('reads "thousands" and "tens of thousands" as vague spans', () => {
    expect(figure('Biden decided to deploy thousands of troops to eastern Europe')).toMatchObject({ qualifier: 'vague', low: 2_000, high: 9_999, unit: 'troop' });
    expect(figure('tens of thousands of protesters marched')).toMatchObject({ qualifier: 'vague', low: 20_000, high: 99_999, unit: 'protester' });
  });

  it('reads number words and multipliers', () => {
    expect(figure('Thirty percent said they do not.')).toMatchObject({ kind: 'percent', value: 30 });
    expect(figure('two dozen jets')).toMatchObject({ value: 24, unit: 'jet' });
    expect(figure('twenty-five soldiers')).toMatchObject({ value: 25, unit: 'troop' });
    expect(figure('The fund holds $2.5 billion in aid.')).toMatchObject({ kind: 'money', value: 2.5e9, unit: 'usd', text: '$2.5 billion' });
  });

  it('reads percentages with what they are a share of', () => {
    expect(figure('Some 55% of Americans believe tensions will lead to war.')).toMatchObject({ kind: 'percent', value: 55, qualifier: 'approximate', unit: 'percent', object: 'american' });
  });

  it('skips ratios like "2-to-1"', () => {
    expect(extractQuantities('by a nearly 2-to-1 margin').filter((q) => q.value === 2 || q.value === 1)).toEqual([]);
  });
});

describe('extractQuantities: changes and scope', () => {
  it('tells increments from totals', () => {
    expect(figure('Russia has sent another 7,000 troops to border areas.').change).toBe('increase');
    expect(figure('Moscow has increased its presence along the border by as many as 7,000 troops.').change).toBe('increase');
    expect(figure('Russia added up to 7,000 troops near Ukraine').change).toBe('increase');
    expect(figure('Russia sent 7,000 more troops').change).toBe('increase');
    expect(figure('The number of troops has grown to 150,000.').change).toBe('total');
    expect(figure('Russia has massed about 150,000 troops.').change).toBe('total');
    expect(figure('Russia is withdrawing thousands of troops.').change).toBe('decrease');
  });

  it('keeps scope words with the figure they qualify', () => {
    expect(figure('about 150,000 troops, including separatist forces').scope).toBe('including separatist forces');
    expect(figure('the combined strength of Russian military and pro-Russian separatist forces near the borders stood at about 140,000.').scope)
      .toBe('combined strength of Russian military and pro-Russian separatist forces near the borders');
    expect(figure('Russia has massed about 150,000 troops.').scope).toBeNull();
  });

  it('keeps apart where the counted thing is', () => {
    const q = figure('In Belarus, to the north, some 30,000 of Russia’s troops are exercising.');
    expect(q.locations).toContain('belarus');
    expect(figure('About 30,000 Russian troops are deployed in Belarus.').locations).toEqual(['belarus']);
    expect(figure('Russia has massed about 150,000 troops.').locations).toEqual([]);
  });

  it('leaves people out of the places', () => {
    const q = extractQuantities('150,000 troops ring the borders, President Biden said.', { isPerson: (w) => w === 'Biden' })[0]!;
    expect(q.places).not.toContain('president biden');
    expect(q.places).not.toContain('biden');
  });
});

describe('extractQuantities: dates and times', () => {
  it('normalises dates against the publication date and times to 24 hours', () => {
    const found = extractQuantities('On Tuesday, officials said Feb. 16 at 3 p.m. would pass; the war began in 2014.', { published: '2022-02-16' });
    const byIso = Object.fromEntries(found.map((q) => [q.text, [q.kind, q.iso]]));
    expect(byIso['Tuesday']).toEqual(['date', '2022-02-15']);
    expect(byIso['Feb. 16']).toEqual(['date', '2022-02-16']);
    expect(byIso['3 p.m.']).toEqual(['time', '15:00']);
    expect(byIso['2014']).toEqual(['date', '2014']);
  });

  it('reads a year that counts nothing as a date, but a four-digit count as a count', () => {
    expect(extractQuantities('a 2015 peace deal')[0]).toMatchObject({ kind: 'date', iso: '2015' });
    expect(extractQuantities('Russia sent 2000 troops')[0]).toMatchObject({ kind: 'count', value: 2000, unit: 'troop' });
  });
});
