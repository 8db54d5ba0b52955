import type { Token } from './tokens';
import { findPersonMentions, genderOf, type PersonMention } from './findPersons';
import { NON_PERSON_WORDS, TITLE_WORDS, type Gender } from './lexicon';
import { hasSuffix, surnameOf } from './surname';

/** One person as seen in one text. */
export interface TextPerson {
  id: number;
  /** Longest name seen ("Jens Stoltenberg"). */
  name: string;
  surname: string;
  roles: string[];
  gender?: Gender;
  /** Surface forms seen, raw. */
  forms: string[];
}

/** A located reference to a person in the text (full name, surname alone or titled). */
export interface PersonRef {
  person: number;
  /** Token range of the reference (role words included). */
  start: number;
  end: number;
}

export interface TextPeople {
  people: TextPerson[];
  refs: PersonRef[];
}


/**
 * Groups person mentions of one text into people: a full name and its later
 * surname-only references ("Jens Stoltenberg" … "Stoltenberg" … "Mr.
 * Stoltenberg") become one person. A capitalised two-word run without a
 * first name or title only counts when its surname is also used alone.
 */
export function findTextPeople(toks: readonly Token[]): TextPeople {
  const mentions = findPersonMentions(toks);
  const bare = new Map<string, number>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // "Stoltenberg", and surnames with an inner capital: "McConnell", "DuVernay", "LaHood".
    if (!/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u.test(t.text)) continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const alone = !(prev && /^\p{Lu}/u.test(prev.text) && !TITLE_WORDS.has(prev.lower)) && !(next && /^\p{Lu}/u.test(next.text));
    if (alone) bare.set(t.text, (bare.get(t.text) ?? 0) + 1);
  }
  const people: TextPerson[] = [];
  /** Every person of a surname, in order of introduction. */
  const bySurname = new Map<string, number[]>();
  /** Full-name (two words or more) references per person. */
  const fullRefs: number[] = [];
  const refs: PersonRef[] = [];
  /** Single-word mentions ("Mr. King", "Senator Cruz"): linked once every full name is known. */
  const single: { m: (typeof mentions)[number]; surname: string }[] = [];
  const note = (id: number, m: (typeof mentions)[number]) => {
    const p = people[id]!;
    if (m.name.split(/\s+/).length > p.name.split(/\s+/).length) p.name = m.name;
    if (m.role && !p.roles.includes(m.role) && m.role.split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase()) && !/^(mr|mrs|ms|dr)\.?$/i.test(w))) p.roles.push(cleanRole(m.role));
    p.gender ??= m.gender ?? genderOf(null, m.name);
    const form = toks.slice(m.start, m.end).map((t) => t.text).join(' ');
    if (!p.forms.includes(form)) p.forms.push(form);
    refs.push({ person: id, start: m.start, end: m.end });
  };
  // The genders a text's honorifics give each surname ("Mr. Obama"): a full name of the other
  // gender is not the person a title introduced by surname alone.
  const honorifics = new Map<string, Set<Gender>>();
  for (const m of mentions) {
    const gender = m.name.split(/\s+/).length < 2 && m.role ? m.gender ?? genderOf(m.role, '') : undefined;
    if (gender) honorifics.set(m.name, (honorifics.get(m.name) ?? new Set()).add(gender));
  }
  /**
   * Whether a full name may extend a person known so far by surname alone ("President Obama"
   * before "Michelle Obama"): not when the text calls someone of that surname by an honorific
   * of the other gender ("Mr. Obama"), who is then the one the title introduced.
   */
  const mayExtend = (surnameOnly: TextPerson, full: PersonMention): boolean => {
    const gender = full.gender ?? genderOf(null, full.name);
    const given = honorifics.get(surnameOnly.name);
    return !gender || !given || (given.has(gender) && given.size === 1);
  };
  for (const m of mentions) {
    const surname = surnameOf(m.name);
    if (!m.certain && !bare.has(surname)) continue;
    const words = m.name.split(/\s+/);
    const known = bySurname.get(surname) ?? [];
    if (words.length < 2 && known.length) {
      single.push({ m, surname });
      continue;
    }
    // The same person: a name that extends or shortens a known one ("Jens Stoltenberg", "Stoltenberg").
    let id = known.find((k) => words.length < 2 || (people[k]!.name.split(/\s+/).length < 2 ? mayExtend(people[k]!, m) :
      people[k]!.name === m.name || m.name.endsWith(people[k]!.name) || people[k]!.name.endsWith(m.name)));
    if (id === undefined) {
      // A capitalised word before a known surname, without a first name or title ("Injecting Clinton’s marital
      // troubles …"), is no new person of that surname.
      if (!m.certain && known.length) continue;
      id = people.length;
      people.push({ id, name: m.name, surname, roles: [], gender: m.gender, forms: [] });
      bySurname.set(surname, [...known, id]);
      fullRefs.push(0);
    }
    if (words.length >= 2) fullRefs[id]!++;
    note(id, m);
  }
  const weight = establishedWeights(toks, people.map((p) => p.name), bySurname, fullRefs, refs);
  /**
   * Who a surname alone refers to when several people share it (Ted and Heidi Cruz): the one the
   * text names in full most often, counting for the first introduced the bare surnames printed
   * before anyone else of that surname is named (those can only be theirs: "Sen. Chris Murphy …
   * Murphy said … Murphy …" before "a teacher’s aide, Anne Marie Murphy"); the first introduced on
   * a tie; a gendered honorific ("Mrs. Cruz") keeps to people of that gender; a name with a suffix
   * ("Donald Trump Jr.") only when no one else has the surname.
   */
  const main = (surname: string, gender?: 'male' | 'female'): number | undefined => {
    const all = bySurname.get(surname) ?? [];
    // "Trump" beside "Donald Trump Jr.": news prints the son with his suffix, so the surname alone is the other one.
    const plain = all.filter((k) => !hasSuffix(people[k]!.name));
    const ids = (plain.length ? plain : all).filter((k) => !gender || !people[k]!.gender || people[k]!.gender === gender);
    let best: number | undefined;
    for (const k of ids) if (best === undefined || weight[k]! > weight[best]!) best = k;
    return best;
  };
  for (const { m, surname } of single) {
    const id = main(surname, m.role ? genderOf(m.role, '') : undefined) ?? main(surname)!;
    note(id, m);
  }
  // Surname-only references to known people ("Stoltenberg said").
  const covered = new Set<number>();
  for (const r of refs) for (let i = r.start; i < r.end; i++) covered.add(i);
  for (let i = 0; i < toks.length; i++) {
    if (covered.has(i)) continue;
    const surname = toks[i]!.text.replace(/[’']s$/, '');
    const hinted = reportedGender(toks, i);
    const id = (hinted && main(surname, hinted)) ?? main(surname);
    if (id === undefined || NON_PERSON_WORDS.has(toks[i]!.lower)) continue;
    refs.push({ person: id, start: i, end: i + 1 });
  }
  refs.sort((a, b) => a.start - b.start);
  return { people, refs };
}

/** Verbs after which "he" or "she" opening the reported clause is most often the speaker ("Trump says he would pay …"). */
const SAYS = /^(?:said|says|told|tells|added|adds|argued|argues|insisted|insists|claimed|claims|wrote|writes|noted|notes|promised|promises|vowed|vows|warned|warns|explained|explains|believes|believed|thinks|thought)$/;

/**
 * The gender a bare surname's own report gives it: "Trump says he would pay for it" is a man,
 * so in an article naming Donald and Ivanka Trump the surname is his, whoever is named in full
 * more often. Undefined when no "he"/"she" opens the clause right after the verb.
 */
function reportedGender(toks: readonly Token[], i: number): 'male' | 'female' | undefined {
  if (!SAYS.test(toks[i + 1]?.lower ?? '')) return undefined;
  let k = i + 2;
  if (toks[k]?.lower === 'that') k++;
  const pronoun = toks[k]?.lower;
  return pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : undefined;
}

function cleanRole(role: string): string {
  return role.replace(/^(mr|mrs|ms|dr)\.?\s*/i, '').replace(/\s+(mr|mrs|ms|dr)\.?$/i, '').trim();
}

/**
 * Per person, the full-name references plus, for the first person of a shared surname, the bare
 * surnames (or their possessives) printed after their introduction and before another person of
 * that surname is named: a reader can only take those for the first one. Names with the same
 * first name ("Donald Trump", "Donald J. Trump"; "Pete" and "Peter") are spellings of one person:
 * they share the bonus, so their order stays the full-name count's.
 */
function establishedWeights(
  toks: readonly Token[], names: readonly string[], bySurname: ReadonlyMap<string, number[]>, fullRefs: readonly number[], refs: readonly PersonRef[],
): number[] {
  const weight = [...fullRefs];
  const firstAt = new Map<number, number>();
  const covered = new Set<number>();
  for (const r of refs) {
    if (!firstAt.has(r.person) || r.start < firstAt.get(r.person)!) firstAt.set(r.person, r.start);
    for (let i = r.start; i < r.end; i++) covered.add(i);
  }
  for (const [surname, ids] of bySurname) {
    if (ids.length < 2) continue;
    const order = [...ids].sort((a, b) => (firstAt.get(a) ?? 0) - (firstAt.get(b) ?? 0));
    const given = (k: number) => names[k]!.split(/\s+/)[0]!.toLowerCase();
    const same = (k: number) => given(k).startsWith(given(order[0]!)) || given(order[0]!).startsWith(given(k));
    const other = order.find((k) => !same(k));
    if (other === undefined) continue;
    const from = firstAt.get(order[0]!) ?? 0;
    const until = firstAt.get(other) ?? 0;
    let bonus = 0;
    for (let i = from; i < until; i++) if (!covered.has(i) && toks[i]!.text.replace(/[’']s$/, '') === surname) bonus++;
    for (const k of order) if (same(k)) weight[k]! += bonus;
  }
  return weight;
}
