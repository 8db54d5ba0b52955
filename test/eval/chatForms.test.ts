import { describe, expect, it } from 'vitest';
import { chatFormOf, chatForms, chatName, nameRegistryOf, typoOf, uniqueBy } from '../../scripts/speakers/chatForms';
import type { PolnearQuestion } from '../../scripts/speakers/polnearGold';

// Made-up texts (no PolNeAR text is stored in the repo).
const texts = [
  'Senator Alma Quenby said the bill was dead. Alma Quenby added that she would vote no. Later Alma Quenby left.',
  'Governor Brant Holloway said the roads were open. Brant Holloway spoke again; Alma Quenby agreed.',
  'Carla Holloway, his sister, said nothing. Brant Holloway and Brant Holloway were quoted.', 'Dale Price said prices rose. Dale Price, Dale Price and Dale Price agreed on the price.',
];
const registry = nameRegistryOf(texts);

const question = (q: string, form: PolnearQuestion['form'], name: string, extra: Partial<PolnearQuestion> = {}): PolnearQuestion => ({
  q,
  form,
  person: name.toLowerCase(),
  name,
  gold: [],
  ...extra,
});

describe('PolNeAR chat forms', () => {
  it('reads a name alone as unambiguous only when the texts give it to one person', () => {
    // "Quenby": one full name, printed four times.
    expect(uniqueBy(registry, 'Alma Quenby', 1)).toBe(true);
    // "price" is also a word the texts print in lower case.
    expect(uniqueBy(registry, 'Dale Price', 1)).toBe(false);
    expect(uniqueBy(registry, 'Dale Price', 0)).toBe(true);
    // "Holloway" is also Carla Holloway's surname.
    expect(uniqueBy(registry, 'Brant Holloway', 1)).toBe(false);
    expect(uniqueBy(registry, 'Brant Holloway', 0)).toBe(true);
  });

  it('slips one letter, never the first, and never into a word the texts print', () => {
    const slipped = typoOf('holloway', 'k', registry.words)!;
    expect(slipped).not.toBe('holloway');
    expect(slipped[0]).toBe('h');
    expect(Math.abs(slipped.length - 'holloway'.length)).toBeLessThanOrEqual(1);
    expect(registry.words.has(slipped)).toBe(false);
    expect(typoOf('ryan', 'k', registry.words)).toBeNull();
  });

  it('types names in lower case, shortened only where that is unambiguous', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) seen.add(chatName('Brant Holloway', `q${i}`, registry));
    expect(seen.has('brant holloway')).toBe(true);
    expect(seen.has('brant')).toBe(true);
    expect(seen.has('holloway')).toBe(false);
    for (const s of seen) expect(s).toBe(s.toLowerCase());
  });

  it('is deterministic and keeps the form, person and gold', () => {
    const qs = [
      question('what did Alma Quenby say', 'what-said', 'Alma Quenby'),
      question('what did Alma Quenby say about roads', 'what-said-about', 'Alma Quenby', { topic: 'roads' }),
      question('who said "the roads were open"', 'who-said', 'Brant Holloway'),
      question('what did the Oregon governor say', 'role', 'Brant Holloway', { role: 'the Oregon governor' }),
    ];
    const a = chatForms(qs, registry);
    expect(chatForms(qs, registry)).toEqual(a);
    for (const [i, q] of a.entries()) {
      expect(q.chat).toBe(true);
      expect(q.form).toBe(qs[i]!.form);
      expect(q.person).toBe(qs[i]!.person);
      expect(q.q).toBe(q.q.toLowerCase());
      expect(q.q).not.toBe(qs[i]!.q);
    }
    expect(a[1]!.q).toContain('roads');
    expect(a[2]!.q).toMatch(/^who said (?:that )?the roads were open\??$/);
    expect(a[3]!.q).toContain('oregon governor');
  });

  it('asks topic questions in the casual topic forms', () => {
    const forms = new Set<string>();
    for (let i = 0; i < 80; i++) {
      const q = chatFormOf(question(`what did Alma Quenby say about roads ${i}`, 'what-said-about', 'Alma Quenby', { topic: 'roads' }), registry).q;
      forms.add(q.replace(/alma quenby|quenby|alma|\bq\w+/g, 'X'));
    }
    expect(forms).toContain('X on roads?');
    expect(forms).toContain('did X say anything about roads');
  });
});
