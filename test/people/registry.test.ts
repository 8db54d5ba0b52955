import { describe, expect, it } from 'vitest';
import { buildPeopleRegistry, mergeTextPeople } from '../../src/people/registry';

/** Sentences from the seed articles, split over several "articles". */
const texts = [
  { id: 'a', text: 'In Brussels, NATO Secretary General JensStoltenberg said there were no visible signs of de-escalation. Stoltenberg added that Russia has moved forces.' },
  { id: 'b', text: 'NATO Secretary General Jens Stoltenberg told reporters that he had not seen any withdrawal of troops. Mr. Stoltenberg spoke shortly before a meeting.' },
  { id: 'c', text: '"So far, we do not see any sign of de-escalation," said Secretary-General Jens Stoltenbergat a meeting. NATO is considering new battlegroups, Stoltenberg said.' },
  { id: 'd', text: 'Secretary of State Antony Blinken said key units were moving. White House press secretary Jen Psaki emphasized Wednesday that an invasion is still likely. Psaki said she could not get into intelligence. Russian analyst Mark Galeotti noted on Twitter that nothing had changed. President Joe Biden noted on Tuesday that officials had not verified the claims. Biden said more.' },
];

describe('buildPeopleRegistry', () => {
  const registry = buildPeopleRegistry(texts);

  it('merges every form of a name into one canonical person', () => {
    const forms = ['Stoltenberg', 'Jens Stoltenberg', 'JensStoltenberg', 'Jens Stoltenbergat', 'NATO Secretary General Jens Stoltenberg', 'Mr. Stoltenberg', 'mr. stoltenberg'];
    for (const f of forms) expect(registry.lookup(f)?.name, f).toBe('Jens Stoltenberg');
    expect(registry.people.filter((p) => /Stoltenberg/.test(p.name))).toHaveLength(1);
  });

  it('keeps roles and finds a person by an unambiguous role', () => {
    const p = registry.lookup('Stoltenberg')!;
    expect(p.roles).toContain('NATO Secretary General');
    expect(registry.lookup('NATO Secretary General')?.name).toBe('Jens Stoltenberg');
    expect(registry.lookup('the secretary-general')?.name).toBe('Jens Stoltenberg');
    expect(registry.lookup('Secretary of State')?.name).toBe('Antony Blinken');
  });

  it('derives people from title patterns, with gender from first names', () => {
    expect(registry.lookup('Psaki')?.name).toBe('Jen Psaki');
    expect(registry.lookup('Psaki')?.gender).toBe('female');
    expect(registry.lookup('Galeotti')?.roles).toContain('Russian analyst');
    expect(registry.canonical('Biden')).toBe('Joe Biden');
  });

  it('returns the input for names it does not know', () => {
    expect(registry.canonical('a senior administration official')).toBe('a senior administration official');
    expect(registry.lookup('the official')).toBeUndefined();
  });
});

describe('a name running on into the words after it', () => {
  it('is the person whose full name opens it, with none of the run-together forms repaired onto it', () => {
    const registry = buildPeopleRegistry([
      ...[1, 2, 3].map((i) => ({ id: `t${i}`, text: `Sen. Ted Cruz spoke in Iowa on day ${i}. Cruz said he would win.` })),
      { id: 'h', text: 'Ted Cruz Hints Trump Would Get Border Wall Contract. Later, DonaldTrump replied.' },
    ]);
    expect(registry.people.map((p) => p.name)).not.toContain('Ted Cruz Hints Trump');
    expect(registry.lookup('Ted Cruz Hints Trump')?.name).toBe('Ted Cruz');
    expect(registry.lookup('Ted Cruz')!.aliases).not.toContain('Trump');
    expect(registry.lookup('Ted Cruz')!.aliases).not.toContain('DonaldTrump');
  });

  it('keeps a namesake named as often as the shorter name', () => {
    const person = (name: string) => ({ id: 0, name, surname: name.split(' ').pop()!, roles: [], forms: [name] });
    const registry = mergeTextPeople([
      { text: 'The reformer Martin Luther nailed his theses to the door.', people: [person('Martin Luther')] },
      { text: 'Martin Luther King led the march.', people: [person('Martin Luther King')] },
      { text: 'Martin Luther King spoke for an hour.', people: [person('Martin Luther King')] },
    ]);
    expect(registry.people.map((p) => p.name).sort()).toEqual(['Martin Luther', 'Martin Luther King']);
  });
});

describe('a son named after his father', () => {
  it('is not folded into him', () => {
    const person = (name: string) => ({ id: 0, name, surname: name.split(' ')[1]!, roles: [], forms: [name] });
    const registry = mergeTextPeople([
      ...[1, 2, 3, 4].map((i) => ({ text: `Donald Trump spoke on day ${i}.`, people: [person('Donald Trump')] })),
      { text: 'Donald Trump Jr. spoke too.', people: [person('Donald Trump Jr.')] },
    ]);
    expect(registry.people.map((p) => p.name).sort()).toEqual(['Donald Trump', 'Donald Trump Jr.']);
  });
});

describe('a run-together form that is a surname of the corpus', () => {
  it('is that surname, not a name run into a word ("Harrison" is not "Harris on")', () => {
    const registry = buildPeopleRegistry([
      { id: 'a', text: 'Attorney General Kamala Harris spoke in Sacramento. Harris said the case was closed.' },
      { id: 'b', text: 'Party Chairman Jaime Harrison spoke in Columbia. Harrison said turnout was up.' },
    ]);
    expect(registry.people.find((p) => p.name === 'Kamala Harris')!.aliases).not.toContain('Harrison');
    expect(registry.lookup('Harrison')?.name).toBe('Jaime Harrison');
  });
});

describe('"first lady" as AP style prints it, in lower case', () => {
  it('is a role, so "the first lady" finds the one the corpus calls so', () => {
    const registry = buildPeopleRegistry([
      { id: 'a', text: 'At the rally, first lady Michelle Obama said the election mattered. Later, former first lady Laura Bush spoke.' },
    ]);
    expect(registry.lookup('Michelle Obama')?.roles).toEqual(['first lady']);
    expect(registry.lookup('Laura Bush')?.roles).toEqual(['former first lady']);
    // A capitalised "Lady" still opens a name.
    expect(buildPeopleRegistry([{ id: 'b', text: 'Lady Gaga sang. Lady Gaga said she was happy.' }]).lookup('Lady Gaga')?.name).toBe('Lady Gaga');
  });
});

describe('a given name misspelt by one letter of a doubled pair', () => {
  const person = (name: string) => ({ id: 0, name, surname: name.split(' ')[1]!, roles: [], forms: [name] });

  it('is the person named so far more often ("Hilary Clinton" once beside "Hillary Clinton")', () => {
    const registry = mergeTextPeople([
      ...[1, 2, 3].map((i) => ({ text: `Hillary Clinton spoke on day ${i}.`, people: [person('Hillary Clinton')] })),
      { text: 'Hilary Clinton and Hillary Clinton are one woman here.', people: [person('Hilary Clinton'), person('Hillary Clinton')] },
    ]);
    expect(registry.people.map((p) => p.name)).toEqual(['Hillary Clinton']);
    expect(registry.lookup('Hilary Clinton')?.name).toBe('Hillary Clinton');
  });

  it('stays apart when both are named about as often, or the names differ otherwise', () => {
    const registry = mergeTextPeople([
      { text: 'Philip Rucker wrote it.', people: [person('Philip Rucker')] },
      { text: 'Phillip Rucker read it.', people: [person('Phillip Rucker')] },
      ...[1, 2, 3].map((i) => ({ text: `Hillary Clinton spoke on day ${i}.`, people: [person('Hillary Clinton')] })),
      { text: 'Hilarie Clinton is someone else.', people: [person('Hilarie Clinton')] },
    ]);
    expect(registry.people.map((p) => p.name).sort()).toEqual(['Hilarie Clinton', 'Hillary Clinton', 'Philip Rucker', 'Phillip Rucker']);
  });
});
