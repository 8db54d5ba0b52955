import { describe, expect, it } from 'vitest';
import { buildPeopleRegistry } from '../../src/people/registry';

/** Run-together forms and other spellings of one person across texts. */
const texts = [
  { id: 'a', text: 'Democratic nominee Hillary Clinton spoke in Ohio. Clinton said the race was close.' },
  { id: 'b', text: 'Hillary Clinton campaigned in Iowa on Monday. Her daughter Chelsea Clinton joined her. Supporters shared the #HillaryClinton tag, read HillaryClinton online.' },
  { id: 'c', text: 'Hillary Clinton met voters in Florida. Clinton said more.' },
  { id: 'd', text: 'Hillary Clinton visited Nevada. Clinton spoke at length.' },
  { id: 'e', text: 'Former Secretary of State HIllary Clinton spoke at a fundraiser on Friday.' },
];

describe('registry: one person printed several ways', () => {
  const registry = buildPeopleRegistry(texts);

  it('gives a run-together form only to the person all its name words belong to', () => {
    expect(registry.lookup('Hillary Clinton')?.name).toBe('Hillary Clinton');
    expect(registry.lookup('HillaryClinton')?.name).toBe('Hillary Clinton');
    expect(registry.lookup('Chelsea Clinton')?.aliases).not.toContain('HillaryClinton');
  });

  it('folds a rare misprint of a name into the name the corpus prints most', () => {
    expect(registry.people.filter((p) => /clinton/i.test(p.name)).map((p) => p.name).sort()).toEqual(['Chelsea Clinton', 'Hillary Clinton']);
    expect(registry.lookup('HIllary Clinton')?.name).toBe('Hillary Clinton');
  });
});
