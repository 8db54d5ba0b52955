import type { DeskData, QuoteRecord } from '../model/deskData';
import { FIRST_NAME_GENDER, PERSON_TITLES, TITLE_WORDS } from '../people/lexicon';
import { typoDistance } from '../text/editDistance';
import { deskLookup, type NameTable, type RoleEntry } from './deskLookups';
import { nameSuffixOf, nameWordsOf } from './roleWords';
import { byRelation } from './relationRole';
import { placeOf, placedIn } from './placedIn';
import { expandInitialism } from './roleInitialism';
import { askedRoleForms } from './askedRoleForms';
import { COMPOUND_TITLES, GOVERNMENT_HEADS, LEADER_TOKEN, OFFICE_CHANGERS, SPOKES_TOKEN, cabinetCounterpart, governmentWords, isNationToken, isOfficeSeat, isOrganisationHead, isPartyToken, roleTokens, sameCountry, sameRoleToken } from './roleWords';

/**
 * Who a phrase of a question names when it is not a person's name: a person by role ("the
 * NATO chief", "Ukraine's president"), an organisation ("the Kremlin", "Russia's defence
 * ministry") with its spokespeople, or a person by first name alone ("Hillary"). Every step
 * goes through per-corpus tables (`deskLookup`): no scan of the corpus per question.
 */
export type PhraseSpeaker =
  /**
   * `alsoFits`: people the role fits who have no statements; `othersHolding`: others with
   * statements it fits as well, the corpus giving it less to them; `recent`: chosen among them
   * as the person the conversation is about.
   */
  | { kind: 'person'; name: string; how: 'role' | 'first name' | 'name'; alsoFits?: string[]; othersHolding?: string[]; recent?: true }
  | { kind: 'organisation'; name: string; quotes: QuoteRecord[]; spokespeople: string[] }
  | { kind: 'several'; names: string[] }
  /** `countryUnknown`: people the role fits but for its country, which the corpus gives them none of. */
  | { kind: 'none'; countryUnknown?: string[] };

/** At most this many of an organisation word's unnamed-source quotations are read per question, and looked back from. */
const MAX_ORGANISATION_QUOTES = 3000;
const MAX_LOOK_BACKS = 400;

/** Words that make a phrase a description ("the", a title) rather than a name. */
const ROLE_HEAD_MIN = 1;

/**
 * `recent`: the person the conversation is about (the thread's speaker): of several people a
 * surname or a role fits, the one the user was just asking about is meant ("what did Grassley
 * say", then "and the judiciary committee chairman?").
 */
export function resolveSpeakerPhrase(data: DeskData, phrase: string, recent?: string | null): PhraseSpeaker {
  const found = resolveAsTyped(data, phrase, recent);
  if (found.kind !== 'none') return found;
  // Nobody as typed: chat's word for the title, a slip in it, "the guy from X" (`askedRoleForms`).
  for (const other of askedRoleForms(phrase)) {
    const again = resolveAsTyped(data, other, recent);
    if (again.kind !== 'none') return again;
  }
  return found;
}

function resolveAsTyped(data: DeskData, phrase: string, recent?: string | null): PhraseSpeaker {
  const tokens = roleTokens(phrase);
  if (tokens.length === 0) return { kind: 'none' };
  const head = headOf(phrase, tokens);
  const casual = casualHead(data, phrase, tokens, head, recent);
  if (casual) return casual;
  if (tokens.length === 1 && /^\p{L}+$/u.test(phrase.trim()) && !isOrganisationHead(tokens[0]!)) {
    const first = byFirstName(data, phrase.trim());
    if (first) return { kind: 'person', name: first, how: 'first name' };
    const surname = bySurname(data, phrase.trim());
    if (surname) return inConversation(data, surname, recent, 'name');
  }
  const named = speakerNamed(data, phrase);
  if (named) return { kind: 'person', name: named, how: 'name' };
  // A role needs a role noun for its head ("minister", "chief"): "Russia" alone is no one's role,
  // nor is "the US" (a title word of names such as "U.S. Rep.").
  if (tokens.length >= ROLE_HEAD_MIN && !isOrganisationHead(head) && isRoleHead(head) && !isNationToken(head)) {
    const role = byRole(data, tokens, head);
    if (role.kind !== 'none') return inConversation(data, role, recent, 'role');
    // "The British defence minister": Britain prints "Defence Secretary"; only when no one holds the title as asked.
    const counterpart = cabinetCounterpart(tokens);
    const other = counterpart && byRole(data, counterpart, head === 'minister' ? 'secretary' : head === 'secretary' ? 'minister' : head);
    if (other && other.kind !== 'none') return inConversation(data, other, recent, 'role');
    // "The british defense chief": a portfolio's chief is its minister (or secretary).
    const minister = portfolioChief(tokens, head);
    if (minister) {
      const role = byRole(data, minister, 'minister');
      if (role.kind !== 'none') return inConversation(data, role, recent, 'role');
      const secretary = byRole(data, cabinetCounterpart(minister) ?? minister, 'secretary');
      if (secretary.kind !== 'none') return inConversation(data, secretary, recent, 'role');
    }
  }
  // A role asked in the plural ("the residents", "the senators"): its holders. A country's
  // people ("the Americans", "the US") are its government, below.
  const singular = head.endsWith('s') ? head.slice(0, -1) : '';
  if (singular && !isOrganisationHead(head) && !isNationToken(head) && deskLookup(data, 'roleEntries').has(singular)) {
    const role = byRole(data, tokens.map((t) => (t === head ? singular : t)), singular);
    if (role.kind !== 'none') return role;
  }
  // "Clinton's running mate", "Trump's daughter": as the corpus introduces them, before any
  // unnamed "wife" or "daughter" is read as an organisation's voice.
  if (!isOrganisationHead(head)) {
    const related = byRelation(data, phrase, (name) => personNamed(data, name), (word) => ownerSurname(data, word));
    if (related) return { kind: 'person', name: related, how: 'role' };
    const inGovernment = byLeaderOwner(data, phrase, recent);
    if (inGovernment) return inGovernment;
  }
  let organisation = byOrganisation(data, phrase, tokens);
  // "The Russian military", "the army": its ministry of defence speaks for it.
  if (organisation.kind === 'none' && MILITARY.has(head)) {
    const ministry = [...tokens.filter((t) => !MILITARY.has(t)), 'defense', 'ministry'];
    organisation = byOrganisation(data, ministry.join(' '), ministry);
  }
  if (organisation.kind === 'none') {
    const typed = byShorthand(data, phrase, tokens, head, recent);
    if (typed) return typed;
  }
  if (organisation.kind === 'none' && isRoleHead(head) && !isOrganisationHead(head)) {
    // "The ukrainian defence chief" is looked for as its minister too ("Defense Minister Oleksii Reznikov").
    const minister = portfolioChief(tokens, head);
    const countryUnknown = withoutCountry(data, tokens, head);
    if (countryUnknown.length === 0 && minister) countryUnknown.push(...withoutCountry(data, minister, 'minister'));
    // One of them the corpus places in the asked country ("In Washington, President Joe Biden …") is meant.
    const placed = countryUnknown.filter((name) => placedIn(data, name, tokens));
    if (placed.length === 1) return { kind: 'person', name: placed[0]!, how: 'role' };
    if (countryUnknown.length) return { kind: 'none', countryUnknown };
  }
  return organisation;
}

/** Chat's "gov" without a period: a government first, a governor when no government speaks ("NJ gov"). */
const CHAT_GOV = /\bgov\b(?!\.)/i;

/**
 * A role typed in chat shorthand, when nothing else fits: "gov" as a governor ("the NJ gov":
 * New Jersey's governor, "NJ" read as the initials of printed role words), and a head that is
 * an initialism of a role the corpus prints ("the AG": the attorney general, "the VP": the vice
 * president; `expandInitialism`).
 */
function byShorthand(data: DeskData, phrase: string, tokens: readonly string[], head: string, recent: string | null | undefined): PhraseSpeaker | null {
  if (CHAT_GOV.test(phrase)) {
    const governor = resolveSpeakerPhrase(data, phrase.replace(CHAT_GOV, 'governor'), recent);
    return governor.kind === 'none' ? null : governor;
  }
  if (isRoleHead(head) || isOrganisationHead(head) || isNationToken(head) || tokens[tokens.length - 1] !== head) return null;
  const words = expandInitialism(data, head);
  if (!words) return null;
  const role = byRole(data, [...tokens.slice(0, -1), ...words], words[words.length - 1]!);
  return role.kind === 'none' ? null : inConversation(data, role, recent, 'role');
}

/** Chat's loose heads for someone of an organisation: "the nato guy", "the kremlin folks". */
const CASUAL_ONE = /\s+(?:guy|dude|gal|lady|person)$/i;
const CASUAL_SOME = /\s+(?:guys|dudes|folks)$/i;

/**
 * "The nato guy": whoever leads the organisation named before the loose head, as "the NATO
 * chief" would be, else the organisation itself ("the kremlin folks": the Kremlin and its
 * spokespeople). Null when the phrase has no such head, or nothing is named before it.
 */
function casualHead(data: DeskData, phrase: string, tokens: readonly string[], head: string, recent: string | null | undefined): PhraseSpeaker | null {
  const one = CASUAL_ONE.test(phrase);
  if ((!one && !CASUAL_SOME.test(phrase)) || tokens[tokens.length - 1] !== head || tokens.length < 2) return null;
  const named = phrase.replace(one ? CASUAL_ONE : CASUAL_SOME, '');
  if (one) {
    const leader = resolveSpeakerPhrase(data, `${named} chief`, recent);
    if (leader.kind === 'person') return leader;
  }
  const organisation = resolveSpeakerPhrase(data, named, recent);
  return organisation.kind === 'none' ? null : organisation;
}

/** Of several people a phrase fits, the one the conversation is about, when it is one of them. */
function inConversation(data: DeskData, found: PhraseSpeaker, recent: string | null | undefined, how: 'role' | 'name'): PhraseSpeaker {
  if (found.kind !== 'several' || !recent) return found;
  const spelling = speakerSpelling(data, recent);
  const meant = found.names.find((name) => name === recent || speakerSpelling(data, name) === spelling);
  return meant ? { kind: 'person', name: meant, how, othersHolding: found.names.filter((n) => n !== meant), recent: true } : found;
}

/**
 * "The US president", "Ukraine's defence minister" when nobody's printed role has that country:
 * the people the role fits without it whose roles and names give no country at all ("President
 * Joe Biden", "Defense Minister Oleksii Reznikov"). Not an answer (the corpus does not say they
 * are that country's), but worth naming: a user who means them can ask by name.
 */
function withoutCountry(data: DeskData, tokens: readonly string[], head: string): string[] {
  const rest = tokens.filter((t) => !isNationToken(t));
  if (rest.length === tokens.length || rest.length === 0) return [];
  const role = byRole(data, rest, head);
  const names = role.kind === 'person' ? [role.name] : role.kind === 'several' ? role.names : [];
  return names.filter((name) => {
    const person = data.people.lookup(name);
    const printed = person ? [...person.roles, ...person.aliases, name] : [name];
    return !printed.some((r) => roleTokens(r).some(isNationToken));
  });
}

function isRoleHead(token: string): boolean {
  return token.startsWith('§') || PERSON_TITLES.has(token) || TITLE_WORDS.has(token) || GOVERNMENT_HEADS.has(token) || COMPOUND_TITLES.has(token);
}

/** The head of a role phrase: its last token before a preposition ("ambassador (to the EU)"). */
function headOf(phrase: string, tokens: readonly string[]): string {
  const before = roleTokens(phrase.split(/\s(?:to|of|for|at|from|in)\s/i)[0] ?? '');
  return before[before.length - 1] ?? tokens[tokens.length - 1]!;
}

/** Statements per named speaker (units of quotations, as counted for autocomplete), under all the spellings of their name. */
function statementCount(data: DeskData, name: string): number {
  const quotes = deskLookup(data, 'quotesBySpeaker');
  return (deskLookup(data, 'speakerVariants').get(name) ?? [name]).reduce((n, v) => n + (quotes.get(v)?.length ?? 0), 0);
}

/** The spelling that stands for a speaker printed several ways: the most quoted (`speakerVariants`). */
export function speakerSpelling(data: DeskData, name: string): string {
  return deskLookup(data, 'speakerVariants').get(name)?.[0] ?? name;
}

/**
 * How well a printed role fits the asked one: every asked token covered by one of the role's
 * (a question's "leader" also by president, chancellor, prime minister: weaker), the same
 * office changers (former, deputy, vice) on both sides. Lower is better; null: no fit.
 */
function fit(asked: readonly string[], printed: readonly string[]): number | null {
  const changers = (t: readonly string[]) => t.filter((w) => OFFICE_CHANGERS.has(w)).sort().join(' ');
  if (changers(asked) !== changers(printed)) return null;
  let weak = 0;
  const used = new Set<number>();
  for (const a of asked) {
    let at = printed.findIndex((p, i) => !used.has(i) && sameRoleToken(a, p));
    if (at < 0 && a === LEADER_TOKEN) {
      at = printed.findIndex((p, i) => !used.has(i) && GOVERNMENT_HEADS.has(p));
      if (at >= 0) weak = 1;
    }
    if (at < 0) {
      // A country asked, its seat of government printed ("the american press secretary":
      // "White House press secretary Jen Psaki"; "the russian spokesman": "Kremlin spokesman").
      const seat = seatAt(a, printed, used, asked.includes(LEADER_TOKEN));
      if (seat) {
        for (let i = seat.start; i < seat.start + seat.length; i++) used.add(i);
        continue;
      }
      // An acronym of printed words: "EU" for "European Union".
      const run = acronymAt(a, printed, used);
      if (!run) return null;
      for (let i = run.start; i < run.start + run.length; i++) used.add(i);
      continue;
    }
    used.add(at);
  }
  // Extra printed words count against a role a little ("House Speaker" fits "the speaker" better than "House Speaker pro tempore").
  return weak * 100 + (printed.length - used.size);
}

interface RoleCandidate {
  name: string;
  score: number;
  articles: number;
  statements: number;
}

/**
 * One person printed two ways ("Ash Carter", "Ashton B. Carter"): same surname, and given names
 * that are one (`sameGivenName`) or one the start of the other. The variant with the most
 * statements stands for both, with their articles and statements added up.
 */
function mergeVariants(candidates: RoleCandidate[]): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  // By surname, each with its given name: linear in the candidates (a bare title fits hundreds).
  const bySurname = new Map<string, { given: string; merged: RoleCandidate }[]>();
  for (const c of [...candidates].sort((a, b) => b.statements - a.statements || a.score - b.score)) {
    const words = nameWordsOf(c.name);
    const surname = words.length >= 2 ? words[words.length - 1]! : null;
    const a = words[0] ?? '';
    const same = surname
      ? bySurname.get(surname)?.find(({ given: b }) => sameGivenName(a, b) || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a))))
      : undefined;
    if (same) {
      same.merged.score = Math.min(same.merged.score, c.score);
      same.merged.articles += c.articles;
      same.merged.statements += c.statements;
      continue;
    }
    const merged = { ...c };
    out.push(merged);
    if (surname) {
      const list = bySurname.get(surname) ?? [];
      list.push({ given: a, merged });
      bySurname.set(surname, list);
    }
  }
  // A first name printed alone with the role ("Russian President Vladimir") is the one holder
  // of it with that first name, when there is exactly one; so is a surname the people
  // registry could not give anyone ("President Obama" where a "Michelle Obama" shares it),
  // and the full name stands for both.
  return out.filter((lone) => {
    const words = nameWordsOf(lone.name);
    if (words.length !== 1) return true;
    const fullNames = out.filter((c) => c !== lone && nameWordsOf(c.name).length >= 2);
    let full = fullNames.filter((c) => sameGivenName(words[0]!, nameWordsOf(c.name)[0]!));
    if (full.length === 0) {
      // The full name given the role far more often, when namesakes share it ("Michelle Obama"
      // given "President" by a misread sentence or two).
      const bySurname = fullNames.filter((c) => nameWordsOf(c.name).at(-1) === words[0]).sort((a, b) => b.articles - a.articles);
      full = bySurname.length === 1 || (bySurname.length > 1 && bySurname[0]!.articles > 0 && bySurname[0]!.articles >= 3 * bySurname[1]!.articles) ? bySurname.slice(0, 1) : [];
    }
    if (full.length !== 1) return true;
    full[0]!.score = Math.min(full[0]!.score, lone.score);
    full[0]!.articles += lone.articles;
    full[0]!.statements += lone.statements;
    return false;
  });
}

/**
 * The printed words (not yet used) whose initials spell `word` ("eu": "european union"), or
 * null. A place's "New", which role tokens drop as filler ("New Jersey Gov." is "jersey
 * governor"), still counts for the initial it gives: "nj" is "jersey", "ny" "york".
 */
function acronymAt(word: string, printed: readonly string[], used: ReadonlySet<number>): { start: number; length: number } | null {
  if (!/^[a-z]{2,5}$/.test(word)) return null;
  const at = initialsAt(word, printed, used);
  if (at >= 0) return { start: at, length: word.length };
  if (word[0] !== 'n' || word.length > 3) return null;
  const rest = initialsAt(word.slice(1), printed, used);
  return rest >= 0 ? { start: rest, length: word.length - 1 } : null;
}

/**
 * The printed words (not yet used) naming the seat of the asked country's government, one
 * office and not its capital ("White House", "Kremlin", "Downing Street": not "Washington",
 * whose governor is no American one), or, for a leader asked by the seat (`leader`), the
 * country printed; else null.
 */
function seatAt(word: string, printed: readonly string[], used: ReadonlySet<number>, leader = false): { start: number; length: number } | null {
  if (!isNationToken(word)) return null;
  for (let i = 0; i < printed.length; i++) {
    if (used.has(i)) continue;
    // The seat's leader is the country's ("the kremlin boss": "Russian President"); its
    // spokesman or any other office in it is not the country's.
    if (leader && isOfficeSeat(word) && isNationToken(printed[i]!) && !isOfficeSeat(printed[i]!) && sameCountry(word, printed[i]!)) return { start: i, length: 1 };
    if (printed[i] === 'white' && printed[i + 1] === 'house' && !used.has(i + 1) && sameCountry(word, 'washington')) return { start: i, length: 2 };
    if (isOfficeSeat(printed[i]!) && sameCountry(word, printed[i]!)) return { start: i, length: 1 };
  }
  return null;
}

function initialsAt(word: string, printed: readonly string[], used: ReadonlySet<number>): number {
  for (let i = 0; i + word.length <= printed.length; i++) {
    let ok = true;
    for (let j = 0; j < word.length && ok; j++) ok = !used.has(i + j) && printed[i + j]![0] === word[j];
    if (ok) return i;
  }
  return -1;
}

/**
 * The person whose printed roles fit the asked one best. People with statements come first;
 * two people fitting equally well is an answer only when one has three times the other's
 * statements, else the question names several people and they are listed.
 */
function byRole(data: DeskData, asked: readonly string[], head: string): PhraseSpeaker {
  const table = deskLookup(data, 'roleEntries');
  const candidates: RoleEntry[] = [...(table.get(head) ?? [])];
  if (head === LEADER_TOKEN) for (const h of GOVERNMENT_HEADS) candidates.push(...(table.get(h) ?? []));
  if (head !== LEADER_TOKEN && head !== SPOKES_TOKEN && !table.has(head)) {
    // A nationality head ("the Ukrainian") or a misspelling: nothing to go on.
    return { kind: 'none' };
  }
  const best = new Map<string, { score: number; articles: number }>();
  for (const entry of candidates) {
    const score = fit(asked, entry.tokens);
    if (score === null) continue;
    const known = best.get(entry.person);
    if (!known || score < known.score) best.set(entry.person, { score, articles: entry.articles });
    else if (score === known.score) known.articles = Math.max(known.articles, entry.articles);
  }
  if (best.size === 0) return { kind: 'none' };
  const ranked = mergeVariants([...best].map(([name, b]) => ({ name, ...b, statements: statementCount(data, name) })));
  // People with statements first; those the role fits as well without any are named in a note.
  const speaking = ranked.filter((r) => r.statements > 0);
  const pool = speaking.length ? speaking : ranked;
  const top = Math.min(...pool.map((r) => r.score));
  const tied = pool.filter((r) => r.score === top).sort((a, b) => b.articles - a.articles || b.statements - a.statements || (a.name < b.name ? -1 : 1));
  const silent = ranked.filter((r) => r.statements === 0 && r.score <= top).map((r) => r.name).slice(0, 3);
  // Several people hold the role: one is meant only when the corpus gives it to their own
  // statements far more often (in two articles or more, three times the next), not when one is
  // merely quoted more (a prolific speaker's stray title must not win).
  const first = tied[0]!;
  if (tied.length === 1 || (first.articles >= 2 && first.articles >= 3 * tied[1]!.articles)) {
    return { kind: 'person', name: first.name, how: 'role', ...(speaking.length && silent.length ? { alsoFits: silent } : {}) };
  }
  // Or when one leads on both counts: the role printed with their statements in more articles
  // than with anyone else's, and quoted at least as much as any other holder ("the Judiciary
  // Committee chairman" is Chuck Grassley, 13 statements, not Bob Goodlatte, 4, never printed
  // so beside his statements). The others are named in the note, for the user to ask by name.
  if (tied.slice(1).every((other) => other.articles < first.articles && other.statements <= first.statements)) {
    return { kind: 'person', name: first.name, how: 'role', othersHolding: tied.slice(1, 4).map((r) => r.name), ...(silent.length ? { alsoFits: silent } : {}) };
  }
  return { kind: 'several', names: tied.slice(0, 5).map((r) => r.name) };
}

/** Common short forms of given names (both directions are looked up). */
const NICKNAMES: Record<string, string[]> = {
  joe: ['joseph'], bill: ['william'], will: ['william'], bob: ['robert'], rob: ['robert'], jim: ['james'], jimmy: ['james'],
  mike: ['michael'], tom: ['thomas'], dick: ['richard'], rick: ['richard'], ted: ['edward', 'theodore'], ed: ['edward'],
  chris: ['christopher', 'christine', 'christina'], teddy: ['ted', 'edward', 'theodore'], dan: ['daniel'], dave: ['david'], ben: ['benjamin'], tony: ['anthony', 'antony'],
  nick: ['nicholas'], sam: ['samuel', 'samantha'], steve: ['stephen', 'steven'], matt: ['matthew'], pat: ['patrick', 'patricia'],
  ron: ['ronald'], andy: ['andrew'], alex: ['alexander', 'alexandra'], liz: ['elizabeth'], beth: ['elizabeth'], kate: ['katherine', 'catherine'],
  jen: ['jennifer'], jenny: ['jennifer'], chuck: ['charles'], charlie: ['charles'], larry: ['lawrence'], jerry: ['gerald', 'jerome'],
  greg: ['gregory'], jeff: ['jeffrey'], ken: ['kenneth'], tim: ['timothy'], don: ['donald'], newt: ['newton'], mitch: ['mitchell'],
  bernie: ['bernard'], hank: ['henry'], harry: ['henry', 'harold'], peggy: ['margaret'], maggie: ['margaret'], sue: ['susan'],
};

/**
 * Whether two given names are one: equal, a short form of the other, one typo apart (five
 * letters or more), or the asked one a clipped form of the printed one ("vlad" for Vladimir:
 * its first four letters or more, and no given name of its own, so "Eric" is never Erica).
 */
function sameGivenName(asked: string, printed: string): boolean {
  if (asked === printed || NICKNAMES[asked]?.includes(printed) || NICKNAMES[printed]?.includes(asked)) return true;
  if (asked.length >= 4 && printed.length > asked.length && printed.startsWith(asked) && !FIRST_NAME_GENDER.has(asked)) return true;
  return Math.min(asked.length, printed.length) >= 5 && typoDistance(asked, printed, 1) <= 1;
}

/**
 * The speaker (someone with statements) a full name gives when the corpus spells them
 * another way ("Joseph Biden" for Joe Biden, "Hilary Clinton", "Loretta Lynch" for Loretta
 * E. Lynch): the same surname (or one typo of it, from five letters) and the same given name
 * (or its short form, or one typo). Several fitting: the one with three times the next's
 * statements, else nobody. Different given names never match: "Emmanuel Macron" is not
 * "Rahm Emanuel". A phrase ending in a title is a description, not a name.
 */
export function speakerNamed(data: DeskData, phrase: string): string | null {
  const all = nameWordsOf(phrase);
  // "the donald trump campaign manager" describes someone else, as "the Clinton spokesman" does.
  const last = all[all.length - 1] ?? '';
  if (TITLE_WORDS.has(last) || PERSON_TITLES.has(last)) return null;
  const words = all.filter((w) => !TITLE_WORDS.has(w) && !PERSON_TITLES.has(w) && w !== 'the');
  if (words.length < 2) return null;
  const surname = words[words.length - 1]!;
  const given = words[0]!;
  const table = deskLookup(data, 'speakersBySurname');
  const suffix = nameSuffixOf(phrase);
  const fitting: string[] = [];
  for (const [key, speakers] of surname.length >= 5 ? table.nearby(surname) : [[surname, table.get(surname) ?? []] as const]) {
    // A slip keeps the first letter: "Marin" is not Geoff Garin.
    if (key !== surname && (key.length < 5 || key[0] !== surname[0] || typoDistance(key, surname, 1) > 1)) continue;
    for (const speaker of speakers) {
      const theirs = nameWordsOf(speaker);
      // A son is not his father: a suffix asked ("Donald Trump Jr.") must be the speaker's.
      if (theirs.length >= 2 && sameGivenName(given, theirs[0]!) && (!suffix || nameSuffixOf(speaker) === suffix)) fitting.push(speaker);
    }
  }
  if (fitting.length === 0) return null;
  const lead = leading(byStatements(data, fitting));
  if (lead) return lead;
  // No lead among the names that fit loosely ("Joseph Biden": Joe Biden by short form, Joseph
  // R. Biden Jr. as printed): the ones printed with the very given name and surname asked.
  const exact = fitting.filter((speaker) => {
    const theirs = nameWordsOf(speaker);
    return theirs[0] === given && theirs[theirs.length - 1] === surname;
  });
  return exact.length > 0 && exact.length < fitting.length ? leading(byStatements(data, exact)) : null;
}

/**
 * "Hillary", "Bernie": the speaker whose first name it is, when the corpus makes that clear:
 * the only speaker with that first name, or one with three times the statements of the next.
 * A word that is also speakers' surname counts them too: "reid" is Harry Reid, who speaks far
 * more than Reid Ribble. A first name typed with one slip ("hilary", "bernei": five letters or
 * more, the first letter kept, a swap of two letters is one slip) finds the speakers of the first
 * names it misspells, unless the word is itself a name: a common first name ("Emmanuel" is not
 * Rahm Emanuel's misspelling) or a name word of a person of the corpus (`slips`: false reads
 * only first names as printed).
 */
export function byFirstName(data: DeskData, word: string, slips = true): string | null {
  const key = word.toLowerCase();
  const table = deskLookup(data, 'speakersByFirstName');
  const first = table.get(key);
  const bySurname = first ? deskLookup(data, 'speakersBySurname').get(key) ?? [] : [];
  const speakers = first ? [...new Set([...first, ...bySurname])] : slips && isSlipOfAName(data, key) ? firstNamesNear(table, key) : undefined;
  if (!speakers || speakers.length === 0) return null;
  return leading(byStatements(data, speakers));
}

/**
 * "Cruz", "Bush": a surname alone, when the people registry cannot tell whose it is (several
 * people carry it), names the speaker with it whom the corpus quotes three times as often as
 * the next one ("cruz" is Ted Cruz, not a Veronica Cruz quoted once); without such a lead, the
 * speakers are listed for the user to choose, never mixed in one answer.
 */
function bySurname(data: DeskData, word: string): PhraseSpeaker | null {
  const speakers = deskLookup(data, 'speakersBySurname').get(word.toLowerCase());
  if (!speakers || speakers.length === 0) return null;
  const ranked = byStatements(data, speakers);
  const lead = leading(ranked);
  return lead ? { kind: 'person', name: lead, how: 'name' } : { kind: 'several', names: ranked.slice(0, 5).map((c) => c.name) };
}

/** Speakers with their statements, most first, once each however many ways their name is printed (`speakerSpelling`). */
function byStatements(data: DeskData, names: readonly string[]): { name: string; n: number }[] {
  return [...new Set(names.map((name) => speakerSpelling(data, name)))].map((name) => ({ name, n: statementCount(data, name) })).sort((a, b) => b.n - a.n);
}

/** The one a name means: the only speaker, or the one with three times the next's statements; else nobody. */
function leading(ranked: readonly { name: string; n: number }[]): string | null {
  return ranked.length === 1 || ranked[0]!.n >= 3 * ranked[1]!.n ? ranked[0]!.name : null;
}

/** Whether a word the speakers' first names lack may be one of them misspelt: long enough, and no name of its own. */
function isSlipOfAName(data: DeskData, word: string): boolean {
  return word.length >= 5 && !FIRST_NAME_GENDER.has(word) && !deskLookup(data, 'givenNames').has(word) && data.people.lookup(word) === undefined;
}

/** The speakers of the first names one typing slip from `word`. */
function firstNamesNear(table: NameTable, word: string): string[] {
  return table.nearby(word).filter(([name]) => name.length >= 5 && name[0] === word[0] && typoDistance(name, word, 1) <= 1).flatMap(([, speakers]) => speakers);
}

/**
 * An organisation as a speaker: the unnamed-source statements whose speaker is it ("the
 * Kremlin said", "Russia's Defense Ministry said"; a bare "the ministry" when the sentences
 * before it in its article name the organisation in full), and its spokespeople as the corpus
 * introduces them ("Kremlin spokesman Dmitry Peskov").
 */
function byOrganisation(data: DeskData, phrase: string, asked: readonly string[]): PhraseSpeaker {
  // "the government of Ukraine" is a government, as "Ukraine's government" is.
  const head = headOf(phrase, asked);
  const unnamedByWord = deskLookup(data, 'unnamedByWord');
  const quotes: QuoteRecord[] = [];
  // "Russia", "Moscow" or "the Kremlin" alone: any of the three speaks for the government.
  const government = asked.length === 1 ? governmentWords(head) : undefined;
  // A nationality asked ("the Ukrainians") is also looked up as printed ("the Ukrainian government").
  const heads = government ? [...new Set([...government, head, head.replace(/s$/, '')])] : [head];
  const candidates = [...new Set(heads.flatMap((h) => [...(unnamedByWord.get(h) ?? []), ...(unnamedByWord.get(`${h}s`) ?? [])]))].sort((a, b) => a - b);
  // Bounded work per question, however often a large corpus says "the ministry said".
  let lookedBack = 0;
  for (const i of candidates.slice(0, MAX_ORGANISATION_QUOTES)) {
    const quote = data.quotes[i]!;
    const mention = quote.speaker ?? quote.mention ?? '';
    const said = roleTokens(mention);
    if (said.some((w) => OFFICE_CHANGERS.has(w) || w === SPOKES_TOKEN || w === LEADER_TOKEN)) continue;
    // The organisation speaks only when named before any preposition: "both candidates for the
    // White House" and "a letter to the FBI" are not it ("the Department of State" is).
    const lead = roleTokens(mention.split(/\s(?:to|for|at|from|with|against|about|into|on|by)\s/i)[0] ?? '');
    const covered = government ? government.some((g) => lead.some((w) => sameRoleToken(g, w))) : asked.every((a) => lead.some((w) => sameOrganisationWord(a, w)));
    if (covered && said.length <= asked.length + 2) quotes.push(quote);
    else if (asked.length > 1 && said.length <= 1 && sameRoleToken(head, said[0] ?? '') && lookedBack++ < MAX_LOOK_BACKS && namedBefore(data, quote, asked, head)) quotes.push(quote);
  }
  const spokespeople: string[] = [];
  for (const entry of deskLookup(data, 'roleEntries').get(SPOKES_TOKEN) ?? []) {
    if (spokespeople.includes(entry.person) || statementCount(data, entry.person) === 0) continue;
    const rest = entry.tokens.filter((t) => t !== SPOKES_TOKEN && t !== 'press' && t !== 'secretary');
    if (entry.tokens.some((w) => OFFICE_CHANGERS.has(w))) continue;
    if (government ? government.some((g) => rest.some((w) => sameRoleToken(g, w))) : asked.every((a) => rest.some((w) => sameOrganisationWord(a, w)))) spokespeople.push(entry.person);
  }
  // A country asked alone ("the UK", "the British") speaks through its officials too, as the
  // corpus introduces them ("British Defence Secretary Ben Wallace", "Russian Foreign Minister
  // Sergei Lavrov"): their statements join the government's own.
  const country = government ? head : asked.length === 2 && GOVERNMENTS.has(asked[1]!) && isNationToken(asked[0]!) ? asked[0]! : null;
  if (country) for (const person of officialsOf(data, country)) if (!spokespeople.includes(person)) spokespeople.push(person);
  if (quotes.length === 0 && spokespeople.length === 0) return { kind: 'none' };
  const bare = phrase.trim().replace(/^(?:the|a|an)\s+/i, '');
  const shown = asPrinted(bare, quotes.map((q) => q.speaker ?? q.mention ?? ''));
  // "the US", "the UK", "the British" as news prints them; "Russia", "NATO" stand alone.
  const article = isOrganisationHead(head) || (isNationToken(bare.toLowerCase()) && (/^\p{Lu}{2,3}$/u.test(shown) || /(?:ish|ian|ese|ch|an)$/.test(bare.toLowerCase())));
  return { kind: 'organisation', name: article ? `the ${shown}` : shown, quotes, spokespeople };
}

/**
 * A typed organisation as the corpus prints it, for notes: each word the speakers' names print
 * in capitals ("nato" → "NATO", as "NATO officials" prints it), a short country initialism in
 * capitals ("us" → "US", not "None of us’s statements") and other country words capitalised.
 */
function asPrinted(typed: string, printed: readonly string[]): string {
  const capitals = new Map<string, string>();
  for (const name of printed) for (const word of name.split(/\s+/)) {
    const bare = word.replace(/[.’']/g, '');
    if (/^\p{Lu}{2,}$/u.test(bare)) capitals.set(bare.toLowerCase(), bare);
  }
  return typed.split(/\s+/).map((w) => {
    const known = capitals.get(w.toLowerCase());
    if (known) return known;
    if (!isNationToken(w.toLowerCase())) return w;
    return w.length <= 3 ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1);
  }).join(' ');
}

/**
 * Whether a bare "the ministry", "officials" refers to the asked organisation: the nearest
 * mention of the head with a name attached, in the few sentences up to the quotation, is the
 * asked one ("Russia's Defense Ministry … The ministry said"). Only the nearest counts: after
 * "U.S. officials escalated warnings about the situation in Ukraine", "officials said" are the
 * U.S. officials, not Ukrainian ones, though Ukraine is named too. With no such mention, a
 * sentence there naming the asked words anywhere will do.
 */
function namedBefore(data: DeskData, quote: QuoteRecord, asked: readonly string[], head: string): boolean {
  const others = asked.filter((a) => !sameRoleToken(head, a));
  if (others.length === 0) return false;
  const mention = headMention(head);
  // With no named mention to go by, a sentence naming the asked words anywhere ("In Ukraine,
  // where people wave flags …, the government said").
  let namedAround = false;
  for (let s = quote.firstSentence; s >= Math.max(0, quote.firstSentence - 4); s--) {
    const sentence = data.sentences[s]!;
    if (sentence.article !== quote.article) break;
    const named = [...sentence.text.matchAll(mention)].map((m) => attachedName(m[1] ?? m[2] ?? '', m.index === 0 && m[1] !== undefined)).filter((t) => t.length > 0);
    const nearest = named[named.length - 1];
    if (nearest) return others.every((a) => nearest.some((w) => sameOrganisationWord(a, w)));
    if (!namedAround) {
      const words = roleTokens(sentence.text);
      namedAround = asked.every((a) => words.some((w) => sameOrganisationWord(a, w)));
    }
  }
  return namedAround;
}

/**
 * The tokens of a name attached to a head, or none when it is no name: a sentence's first word
 * is capitalised anyway ("But officials said", "The ministry said"), so it counts only as a
 * country's name ("Ukrainian officials said"), and some other word must be capitalised.
 */
function attachedName(words: string, opensSentence: boolean): string[] {
  const list = words.trim().split(/\s+/).filter(Boolean);
  if (opensSentence && list.length > 0 && !isNationToken(roleTokens(list[0]!)[0] ?? '')) list.shift();
  return list.some((w) => /^\p{Lu}/u.test(w)) ? roleTokens(list.join(' ')) : [];
}

/**
 * The head word with a name attached: capitalised words just before it ("Russia's Defense
 * Ministry", "U.S. intelligence officials") or after its "of" ("the Ministry of Defence of Russia").
 */
function headMention(head: string): RegExp {
  const stem = head.replace(/(?:ies|s)$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = `(?:${stem[0]!.toUpperCase()}|${stem[0]!.toLowerCase()})${stem.slice(1)}(?:s|ies|y)?`;
  const name = `\\p{Lu}[\\p{L}\\p{N}.’'-]*`;
  return new RegExp(`(?<![\\p{L}])((?:${name}\\s+)(?:[\\p{L}\\p{N}.’'-]+\\s+){0,2})${word}(?![\\p{L}])|(?<![\\p{L}])${word}\\s+of\\s+(?:the\\s+)?((?:${name}\\s*){1,3})`, 'gu');
}

/** Words before a leader word that make it no portfolio's chief ("the minister chief", "the press chief", "the staff chief"). */
const NOT_A_PORTFOLIO = new Set(['minister', 'secretary', 'press', 'staff', 'police', 'fire', 'army', 'military', 'campaign', 'executive', 'justice']);

/**
 * "The defense chief", "the UK defence boss": the role as a portfolio's minister (a word right
 * before the leader word that is no country, party, organisation or title), or null.
 */
function portfolioChief(tokens: readonly string[], head: string): string[] | null {
  if (head !== LEADER_TOKEN || tokens[tokens.length - 1] !== LEADER_TOKEN) return null;
  const portfolio = tokens[tokens.length - 2];
  if (!portfolio || !/^\p{L}+$/u.test(portfolio) || isNationToken(portfolio) || isPartyToken(portfolio) || isOrganisationHead(portfolio) || OFFICE_CHANGERS.has(portfolio) || PERSON_TITLES.has(portfolio) || GOVERNMENT_HEADS.has(portfolio) || NOT_A_PORTFOLIO.has(portfolio)) return null;
  return [...tokens.slice(0, -1), 'minister'];
}

/** "<owner>'s <role>", the owner one word, with or without the apostrophe ("bidens press secretary"). */
const OWNED_ROLE = /^(?:the\s+)?(\p{L}[\p{L}-]*?)(['’]s|s)\s+(\p{L}[\p{L}\s-]*)$/u;

/**
 * "Biden's press secretary", "lukashenkos foreign minister": a role in the government the owner
 * leads, which news prints with the country, not the leader ("White House press secretary Jen
 * Psaki", "Belarusian Foreign Minister Vladimir Makei"). The owner is a speaker whose printed
 * role is a country's president, prime minister, chancellor or leader; the role is then asked
 * of that country. Null when the owner leads no country the corpus names, or nobody fits.
 */
function byLeaderOwner(data: DeskData, phrase: string, recent: string | null | undefined): PhraseSpeaker | null {
  const asked = OWNED_ROLE.exec(phrase.trim());
  if (!asked) return null;
  const word = asked[1]!.toLowerCase();
  // Without the apostrophe, a word that is a surname whole ("sanders") is no bare possessive.
  const owners = asked[2] === 's' ? [`${word}s`, word] : [word];
  for (const owner of owners) {
    const surname = ownerSurname(data, owner);
    if (!surname) continue;
    const leader = leading(byStatements(data, deskLookup(data, 'speakersBySurname').get(surname) ?? []));
    const country = leader && countryLed(data, leader);
    if (!country) continue;
    const role = resolveSpeakerPhrase(data, `${country} ${asked[3]!}`, recent);
    return role.kind === 'person' && role.name !== leader && holdsAsPrinted(data, role.name, asked[3]!) ? role : null;
  }
  return null;
}

/**
 * Whether the corpus prints the person with the asked role at the government's level: a role
 * of theirs whose words are all asked, or a country or its seat ("White House press
 * secretary"), not the role in an office the question did not name (the foreign ministry's
 * spokeswoman is no "Putin's spokesman").
 */
function holdsAsPrinted(data: DeskData, name: string, role: string): boolean {
  const tokens = roleTokens(role);
  const allowed = new Set([...tokens, ...(cabinetCounterpart(tokens) ?? [])]);
  const table = deskLookup(data, 'roleEntries');
  return [...allowed].some((token) =>
    (table.get(token) ?? []).some((entry) => entry.person === name && entry.tokens.every((t, i) => allowed.has(t) || isNationToken(t) || isOfficeSeat(t) || (t === 'white' && entry.tokens[i + 1] === 'house') || (t === 'house' && entry.tokens[i - 1] === 'white'))),
  );
}

/**
 * The country a person leads, as a role token ("belarusian", "us"): a printed role of theirs
 * joining a country to a government head ("Belarusian President"), or, for a head printed
 * without one ("President Joe Biden"), the country the corpus places them in (`placeOf`).
 */
function countryLed(data: DeskData, name: string): string | null {
  const table = deskLookup(data, 'roleEntries');
  let headless = false;
  for (const head of [...GOVERNMENT_HEADS, LEADER_TOKEN]) {
    for (const entry of table.get(head) ?? []) {
      if (entry.person !== name || entry.tokens.some((t) => OFFICE_CHANGERS.has(t))) continue;
      const country = entry.tokens.find(isNationToken);
      if (country) return country;
      headless = true;
    }
  }
  return headless ? placeOf(data, name) : null;
}

/** The surname a name word stands for as an owner ("trump" → trump, "hillary" → clinton: the speaker with that first name), or null. */
function ownerSurname(data: DeskData, word: string): string | null {
  if (deskLookup(data, 'speakersBySurname').get(word)?.length) return word;
  const speaker = byFirstName(data, word, false);
  const words = speaker ? nameWordsOf(speaker) : [];
  return words.length >= 2 ? words[words.length - 1]! : null;
}

/** The speaker (or else the person) a printed name gives: the registry's, a speaker spelt another way, or one first name ("Ivanka"). */
function personNamed(data: DeskData, name: string): string | null {
  const person = data.people.lookup(name);
  if (person) return speakerSpelling(data, person.name);
  return name.includes(' ') ? speakerNamed(data, name) : byFirstName(data, name, false);
}

/** An asked organisation word and a printed one are the same: as role tokens, or the same country by any of its names ("Moscow"'s ministry is "Russia's"). */
function sameOrganisationWord(asked: string, printed: string): boolean {
  return sameRoleToken(asked, printed) || (isNationToken(asked) && sameCountry(asked, printed));
}

/** What a country's officials are asked as ("the British government", "Ukrainian officials"). */
const GOVERNMENTS = new Set(['government', 'officials', 'authorities']);
/** A country's armed forces, which its defence ministry speaks for. */
const MILITARY = new Set(['military', 'army', 'forces', 'armed']);

/** Titles of a government's officials: ministers, secretaries, heads of state and government, envoys, spokespeople. */
const OFFICIAL_TITLES = ['minister', 'secretary', 'president', 'prime', 'premier', 'chancellor', 'ambassador', 'envoy', SPOKES_TOKEN];
/** Organisations an official's role may name besides the country: its government's own (not "the Olympic Committee president"). */
const GOVERNMENT_BODIES = new Set(['ministry', 'department', 'government', 'office', 'state', 'kremlin', 'administration', 'house']);

/**
 * The speakers the corpus introduces as officials of the country a word names: a role with an
 * official's title, the country (any of its names) before the title, no other organisation
 * than a government body, and no office changer ("former", "deputy" are kept out: a former
 * minister no longer speaks for it).
 */
function officialsOf(data: DeskData, country: string): string[] {
  const table = deskLookup(data, 'roleEntries');
  const found: string[] = [];
  for (const title of OFFICIAL_TITLES) {
    for (const entry of table.get(title) ?? []) {
      if (found.includes(entry.person)) continue;
      const at = entry.tokens.indexOf(title);
      const before = entry.tokens.slice(0, at);
      if (!before.some((w) => sameCountry(country, w))) continue;
      if (entry.tokens.some((w) => OFFICE_CHANGERS.has(w) || (isOrganisationHead(w) && !GOVERNMENT_BODIES.has(w)))) continue;
      if (statementCount(data, entry.person) > 0) found.push(entry.person);
    }
  }
  return found;
}
