/**
 * What a kept build process's registry merges remember between builds (each text's run-together
 * forms, the normal form of names whose repair needs no known names) gives the registry a merge
 * with nothing remembered gives, after a change in the middle, an addition and a removal.
 */
import { describe, expect, it } from 'vitest';
import { mergeTextPeople, normaliseMention } from '../../src/people/registry';
import { readPeopleText } from '../../src/people/readPeopleText';
import { repairMayUseKnownNames } from '../../src/people/repairText';
import { runTogetherFormsOf } from '../../src/people/runTogetherForms';
import type { PeopleRegistry } from '../../src/people/types';

const TEXTS = [
  'In Brussels, NATO Secretary General JensStoltenberg said there were no visible signs of de-escalation. Stoltenberg added that Russia has moved forces.',
  'NATO Secretary General Jens Stoltenberg told reporters that he had not seen any withdrawal of troops. Mr. Stoltenberg spoke shortly before a meeting.',
  '"So far, we do not see any sign of de-escalation," said Secretary-General Jens Stoltenbergat a meeting. NATO is considering new battlegroups, Stoltenberg said.',
  'Secretary of State Antony Blinken said key units were moving. White House press secretary Jen Psaki said an invasion is still likely. Psaki said she could not say more.',
  'Party Chairman Jaime Harrison spoke in Columbia. Harrison said turnout was up. Attorney General Kamala Harris spoke in Sacramento. Harris said the case was closed.',
];

const merge = (texts: readonly string[]) => mergeTextPeople(texts.map((text) => ({ text, people: readPeopleText(text).people.people })));

/** Everything a registry holds, in order: people, aliases, roles, tables, and lookups of each alias. */
const described = (registry: PeopleRegistry) =>
  JSON.stringify([
    registry.people,
    [...registry.tables!.names].sort(),
    [...registry.tables!.roles].sort(),
    registry.people.flatMap((p) => p.aliases.map((a) => registry.lookup(a)?.name ?? null)),
  ]);

describe('run-together forms remembered per text', () => {
  it('are found in order, kept for the texts of the last call and scanned again after', () => {
    const text = 'Later, DonaldTrump replied to Jens Stoltenbergat the summit, and to JensStoltenberg.';
    const first = runTogetherFormsOf([text])[0]!;
    expect(first).toEqual(['DonaldTrump', 'Stoltenbergat', 'JensStoltenberg']);
    expect(runTogetherFormsOf(['Another text.', text])[1]).toBe(first);
    runTogetherFormsOf(['Another text.']);
    const again = runTogetherFormsOf([text])[0]!;
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('give the registry of a merge with nothing remembered, after a change in the middle, an addition and a removal', () => {
    const before = merge(TEXTS);
    const changed = [...TEXTS];
    changed[2] = changed[2]!.replace('Jens Stoltenbergat', 'Jens StoltenbergJr at').replace('Stoltenberg said', 'StoltenbergSaid');
    changed.splice(4, 1);
    changed.push('Jaime Harrison said JensStoltenberg met HarrisonAnd friends.');
    const remembered = merge(changed);
    // Nothing remembered: every text is scanned again.
    runTogetherFormsOf([]);
    const fresh = merge(changed);
    expect(described(remembered)).toBe(described(fresh));
    expect(described(remembered)).not.toBe(described(before));
  });
});

describe('normal forms of names remembered', () => {
  it('only for names a repair cannot split, so the known names of each call still count', () => {
    expect(repairMayUseKnownNames('Jens Stoltenberg')).toBe(false);
    expect(repairMayUseKnownNames('Stoltenbergat')).toBe(true);
    expect(normaliseMention('Mr. Jens Stoltenberg’s', [])).toBe('jens stoltenberg');
    expect(normaliseMention('Mr. Jens Stoltenberg’s', ['Jens Stoltenberg'])).toBe('jens stoltenberg');
    expect(normaliseMention('Stoltenbergat', [])).toBe('stoltenbergat');
    expect(normaliseMention('Stoltenbergat', ['Jens Stoltenberg'])).toBe('stoltenberg at');
  });
});
