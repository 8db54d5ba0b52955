import { describe, expect, it } from 'vitest';
import { boilerplateRuleFor, BOILERPLATE_RULES, type LineContext } from '../../src/corpus/boilerplateRules';
import { cleanArticle } from '../../src/corpus/cleanArticle';
import { seedArticle, seedArticles } from '../support/seedCorpus';

function ruleOf(text: string, extra: Partial<LineContext> = {}): string | undefined {
  return boilerplateRuleFor({ text, index: 5, count: 10, lines: [text], title: 'Some headline', ...extra })?.name;
}

describe('boilerplate rules', () => {
  it.each([
    ['Play Live Radio', 'player widget'],
    ['0:00 0:00', 'player widget'],
    ['Next Up:', 'player widget'],
    ['Available On Air Stations', 'player widget'],
    ['Share:', 'player widget'],
    ['In Other News', 'player widget'],
    ['Load More', 'player widget'],
    ['SEE ALSO:', 'player widget'],
    ['SEE ALSO: Poles want 1,000 U.S. anti-tank missiles for Ukraine', 'see-also promo'],
    ['Missiles, military drills and NATO:How diplomacy could defuse a potential Russian invasion of Ukraine', 'headline-like line'],
    ["Psaki: 'We remain in the window' for invasion", 'headline-like line'],
    ['What has changed on the ground?', 'headline-like line'],
    ['Russian Defense Ministry Press Service via AP', 'headline-like line'],
    ['Please read our comment policy before commenting.', 'comment policy'],
    ['• Ben Wolfgang can be reached at bwolfgang@washingtontimes.com.', 'contact line'],
    ['Copyright 2022 NPR. To see more, visit https://www.npr.org.', 'copyright'],
    ['Contributing: Matthew Brown; Associated Press', 'contributor line'],
    ['• David R. Sands and Mike Glenn contributed to this article, which is based in part on wire service reports.', 'contributor line'],
    ['Follow Pam Key on Twitter @pamkeyNEN.', 'social follow promo'],
    ['"Follow Pam Key on Twitter @pamkeyNEN."', 'social follow promo'],
  ])('drops %j as %s', (line, rule) => {
    expect(ruleOf(line)).toBe(rule);
  });

  it('drops the headline when the body repeats it', () => {
    expect(ruleOf('U.S. and NATO officials say', { title: 'U.S. and NATO officials say' })).toBe('headline repeated');
  });

  it("drops a closing bio of the byline's author only", () => {
    const bio = 'Becky Sullivan has reported and produced for NPR since 2011 with a focus on hard news.';
    expect(ruleOf(bio, { byline: 'Becky Sullivan', index: 9 })).toBe('author bio');
    expect(ruleOf(bio, { byline: 'Someone Else', index: 9 })).toBeUndefined();
  });

  it('drops a caption printed twice but keeps a sentence printed once', () => {
    const caption = 'A Russian military vehicle drives off a railway platform after arriving in Belarus on Jan. 29.';
    expect(ruleOf(caption, { lines: [caption, 'Credit', caption], index: 0 })).toBe('photo caption printed twice');
    expect(ruleOf(caption, { lines: [caption], index: 0 })).toBeUndefined();
  });

  it.each([
    '“Each of these allegations is categorically false,” the official said.',
    'Blinken also plans to attend the conference.',
    'Stoltenberg said NATO allies "remain ready to engage with Russia," which wants Ukraine to drop its ambition.',
    '- Defense ministers from 30 NATO members are gathered in Brussels for talks.',
    'Ukraine’s military agrees with that assessment.',
    '“Follow me on Twitter and you will see what I think of him,” Trump told the crowd.',
  ])('keeps the real sentence %j', (line) => {
    expect(ruleOf(line)).toBeUndefined();
  });

  it('every rule has a distinct name', () => {
    const names = BOILERPLATE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('cleanArticle on the seeds', () => {
  it('drops every boilerplate kind found in the seeds', async () => {
    const dropped = new Map<string, string[]>();
    for (const article of await seedArticles()) {
      for (const d of cleanArticle(article).dropped) dropped.set(d.rule, [...(dropped.get(d.rule) ?? []), d.text]);
    }
    expect([...dropped.keys()].sort()).toEqual(
      ['author bio', 'comment policy', 'contact line', 'contributor line', 'copyright', 'headline repeated',
        'headline-like line', 'photo caption printed twice', 'player widget', 'see-also promo'].sort(),
    );
    expect(dropped.get('photo caption printed twice')).toHaveLength(2);
  });

  it('loses no real sentence: every kept paragraph ends like a sentence and nothing kept is boilerplate', async () => {
    for (const article of await seedArticles()) {
      const { paragraphs, dropped } = cleanArticle(article);
      for (const p of paragraphs) {
        expect(p.text).toBe(article.body.slice(p.start, p.end));
        expect(p.text).toMatch(/[.?!"”’)]$/);
      }
      for (const d of dropped) {
        // A dropped line is never a sentence that reports or quotes: those end in punctuation
        // and are longer than a headline (the only long dropped lines are footers).
        if (d.rule === 'headline-like line') expect(d.text).not.toMatch(/[.!]["”]?$/);
      }
    }
  });

  it('keeps the paragraphs around a dropped promo line apart', async () => {
    const usa = await seedArticle('USA Today');
    const { paragraphs } = cleanArticle(usa);
    expect(paragraphs.some((p) => p.text.includes('Harris to meet'))).toBe(false);
    expect(paragraphs.some((p) => p.text.startsWith('Vice President Kamala Harris will hold'))).toBe(true);
  });

  it('leaves a dateline and bullet markers outside the paragraph text', async () => {
    const voi = await seedArticle('VOI');
    expect(cleanArticle(voi).paragraphs[0]!.text).toMatch(/^The United States and NATO said/);
    const usa = await seedArticle('USA Today');
    const paragraphs = cleanArticle(usa).paragraphs;
    expect(paragraphs[0]!.text).toMatch(/^NATO Secretary General Jens Stoltenberg said/);
    expect(paragraphs.some((p) => p.text.startsWith('U.S. intelligence officials have concluded'))).toBe(true);
  });
});
