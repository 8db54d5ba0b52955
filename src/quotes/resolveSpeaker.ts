import type { Token } from '../people/tokens';
import type { TextPeople, TextPerson } from '../people/textPeople';
import { PRONOUNS, TITLE_HEADS } from '../people/lexicon';
import { AGENT_NOUN, isPartyLabelStop, type Range } from './phrases';

/** What a speaker mention resolved to. */
export interface Resolution {
  /** A person of the text, or null. */
  person: TextPerson | null;
  /** Speaker string for unresolved non-pronoun mentions ("a senior administration official"). */
  label: string | null;
}

/** Sentence index per token: outer sentence ends and paragraph breaks. Quoted text stays in its sentence. */
export function sentenceIndex(toks: readonly Token[], inQuote: (i: number) => boolean): Int32Array {
  const out = new Int32Array(toks.length);
  let s = 0;
  for (let i = 0; i < toks.length; i++) {
    if (i > 0 && toks[i]!.para !== toks[i - 1]!.para) s++;
    out[i] = s;
    if (/^[.!?]+$/.test(toks[i]!.text) && !inQuote(i) && !isPartyLabelStop(toks, i) && toks[i + 1] && /^[\p{Lu}“"]/u.test(toks[i + 1]!.text)) s++;
  }
  return out;
}

/** True when the token at i (after adverbs) is a verb, i.e. the reference just before it is a subject. */
function isSubject(toks: readonly Token[], i: number): boolean {
  while (toks[i] && (toks[i]!.pos === 'ADV' || /^(on|last|this)$/.test(toks[i]!.lower) && toks[i + 1] && /day$/.test(toks[i + 1]!.lower))) {
    i += toks[i]!.pos === 'ADV' ? 1 : 2;
  }
  const t = toks[i];
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX');
}

/**
 * People nouns that are no title (titles resolve to the named person who holds them): who an
 * unnamed subject is ("the questioner", "one analyst", "a protester").
 */
export const PERSON_NOUN = /^(?:analyst|questioner|interviewer|host|anchor|reporter|journalist|official|aide|adviser|advisor|source|voter|protester|protestor|supporter|critic|lawyer|attorney|activist|expert|resident|witness|student|teacher|worker|officer|soldier|veteran|economist|strategist|consultant|pollster|historian|scholar|professor|researcher|donor|organizer|organiser|demonstrator|manager|executive|employee|owner|man|woman|guy)$/;

/**
 * Whether, between the end of a named antecedent and a pronoun at `pronoun`, a sentence has an
 * unnamed person for its subject: a determiner, adjectives, a people noun of the pronoun's
 * gender (or none), then a verb.
 */
function unnamedSubjectBetween(toks: readonly Token[], from: number, pronoun: number, inQuote: (i: number) => boolean, gender: 'male' | 'female'): boolean {
  for (let i = from; i < pronoun; i++) {
    const t = toks[i]!;
    if (inQuote(i) || !/^(the|a|an|one|that|this)$/.test(t.lower)) continue;
    let j = i + 1;
    while (j < pronoun && toks[j]!.pos === 'ADJ') j++;
    const noun = toks[j];
    if (!noun || j >= pronoun || !/^\p{Ll}/u.test(noun.text)) continue;
    // "A president who authorized the raid …": an indefinite title is someone unnamed too.
    const indefinite = /^(a|an)$/.test(t.lower) && TITLE_HEADS.has(noun.lower);
    if (!PERSON_NOUN.test(noun.lower) && !indefinite) continue;
    if ((gender === 'male' && noun.lower === 'woman') || (gender === 'female' && /^(man|guy)$/.test(noun.lower))) continue;
    if (isSubject(toks, j + 1)) return true;
    // Opening its sentence, a relative clause after it still makes it the subject.
    if (toks[j + 1]?.lower === 'who' && (i === 0 || /^[.!?]+$/.test(toks[i - 1]!.text) || toks[i - 1]!.para !== t.para)) return true;
  }
  return false;
}


/**
 * Whether a reference names the one an agent noun speaks for: "<agent> for|of|to [title] <name>",
 * the agent before the reference or inside it (the people finder may take "representative for" for
 * a title).
 */
function spokenFor(toks: readonly Token[], r: { start: number; end: number }): boolean {
  for (let k = Math.max(0, r.start - 3); k < r.end - 2; k++) {
    const agent = toks[k]!;
    // Lower case, or opening its sentence ("Spokesmen for Bill Clinton … declined"): capitalised elsewhere it is a title.
    const opens = k === 0 || toks[k - 1]!.para !== agent.para || /^[.!?…]+$/.test(toks[k - 1]!.text);
    if (!AGENT_NOUN.test(agent.lower) || !(/^\p{Ll}/u.test(agent.text) || opens) || !/^(for|of|to)$/.test(toks[k + 1]!.lower)) continue;
    // Only a title may stand between the preposition and the reference.
    let i = k + 2;
    if (i < r.start && /^(mr|mrs|ms|dr)\.?$/i.test(toks[i]!.text)) i++;
    if (k >= r.start || i === r.start) return true;
  }
  return false;
}

/** Words that open a subordinate clause set before the main one ("While Obama had …, …"). */
const SUBORDINATOR = /^(?:while|although|though|whereas|because|since|as|when|if|unless|after|before|once|until)$/;

/**
 * The references of a sentence outside an opening subordinate clause, when any are: in "While
 * Obama had …, that … concerns Henry Crespo, …. “…,” he said", the clause's subject is
 * background, and the one the main clause brings in speaks next.
 */
function mainClauseRefs<R extends { start: number }>(toks: readonly Token[], inSent: R[], sentences: Int32Array): R[] {
  const first = inSent[0];
  if (!first) return inSent;
  let open = first.start;
  while (open > 0 && sentences[open - 1] === sentences[first.start] && toks[open - 1]!.para === toks[first.start]!.para) open--;
  if (!SUBORDINATOR.test(toks[open]!.lower)) return inSent;
  let comma = open + 1;
  while (comma < toks.length && sentences[comma] === sentences[open] && toks[comma]!.text !== ',') comma++;
  const main = inSent.filter((r) => r.start > comma);
  return main.length && main.length < inSent.length ? main : inSent;
}

/** How many paragraphs back a pronoun may find its antecedent. */
const PRONOUN_REACH = 2;

const compatible = (p: TextPerson, want: 'male' | 'female'): boolean => !p.gender || p.gender === want;

/**
 * Resolves a speaker mention to a person of the text:
 * - a mention containing a person reference is that person;
 * - he/she is the first gender-compatible person of the nearest earlier
 *   sentence that names one, outside quotations (the sentence subject in news prose);
 * - a titled nominal ("the longtime Belarusian leader", "the secretary-general")
 *   is the nearest earlier person whose role shares its head or qualifier;
 * - anything else (anonymous officials, organisations) stays unresolved.
 */
export function resolveMention(
  toks: readonly Token[],
  mention: Range,
  people: TextPeople,
  sentences: Int32Array,
  inQuote: (i: number) => boolean,
  displayText: string,
  depth = 0,
): Resolution {
  const [s, e] = mention;
  // In a nominal ("the longtime Belarusian leader") a name used as a modifier is not the speaker.
  const nominal = /^(the|a|an|this|that|his|her|their|its|one|another)$/.test(toks[s]!.lower);
  const inside = people.refs.filter((r) => r.start < e && r.end > s && (!nominal || r.end === e || toks[r.end]?.text === ','));
  if (inside.length) {
    // "Sanders and Clinton told reporters …", "Trump and his aides said …": a joint statement is the group's, never
    // credited to one of them. The "and" joins the subject's own words (no comma before it: not "X, a senator and
    // lawyer, said"), with a name on one side of it.
    for (let k = s + 1; k < e - 1; k++) {
      if (toks[k]!.lower !== 'and' || inside.some((r) => r.start <= k && r.end > k)) continue;
      if (toks.slice(s, k).some((t) => t.text === ',')) break;
      if (inside.some((r) => r.end === k || r.start === k + 1)) return { person: null, label: displayText };
    }
    // A name modifying the role before another name is not the speaker: "Clinton communication director
    // Jennifer Palmieri", "Hillary Clinton’s campaign manager Robby Mook".
    // Also before a capitalised title: "Judicial Watch President Tom Fitton" (then only when another name follows, below).
    const modifies = (r: { start: number; end: number }) =>
      /^[’']s$/.test(toks[r.end]?.text ?? '') || /[’']s$/.test(toks[r.end - 1]!.text) || (toks[r.end]?.pos === 'NOUN' && /^\p{Ll}/u.test(toks[r.end]!.text)) ||
      TITLE_HEADS.has(toks[r.end]?.lower ?? '');
    // The other name may be a titled mention that spans the modifier ("Judicial Watch president Tom Fitton"): it ends later.
    const named = inside.find((r, k) => !(modifies(r) && inside.slice(k + 1).some((o) => o.end > r.end && o.person !== r.person)));
    // Nobody named after the name that modifies ("Sanders supporters", "Clinton’s campaign
    // manager", "Trump aides"): their group or office speaks, not the person.
    const last = toks[e - 1]!;
    if (!nominal && inside.every((r) => modifies(r) && r.end < e) && last.pos === 'NOUN' && /^\p{Ll}/u.test(last.text)) return { person: null, label: displayText };
    // "A representative for Mr. Pinchuk", "a lawyer for Trump": the agent speaks, unnamed.
    // So do plural agents with no determiner ("Spokesmen for Bill Clinton … declined to comment", "Aides to Trump said").
    // A name joined by "and" to one they speak for is spoken for too ("Spokesmen for Bill Clinton and Chelsea Clinton").
    const pluralAgent = AGENT_NOUN.test(toks[s]!.lower) && /(s|men|people)$/.test(toks[s]!.lower);
    if ((nominal || pluralAgent) && spokenFor(toks, inside[0]!) && inside.slice(1).every((r) => spokenFor(toks, r) || /^(and|or)$/.test(toks[r.start - 1]?.lower ?? ''))) {
      return { person: null, label: displayText };
    }
    // Appositive "Julie Smith, the U.S. Ambassador": the first named person.
    return { person: people.people[(named ?? inside[0]!).person]!, label: null };
  }
  const first = toks[s]!;
  if (e - s === 1 && first.lower in PRONOUNS) {
    const kind = PRONOUNS[first.lower];
    if (kind !== 'male' && kind !== 'female') return { person: null, label: null };
    // Look back at most PRONOUN_REACH paragraphs: a "he" further away is a guess.
    // A name used as a modifier ("the Clinton campaign", "Trump supporters") is not someone a pronoun can pick up.
    const modifier = (r: { start: number; end: number }): boolean =>
      toks[r.end]?.pos === 'NOUN' && /^\p{Ll}/u.test(toks[r.end]!.text) && !isSubject(toks, r.end);
    const refs = people.refs.filter((r) => r.end <= s && !inQuote(r.start) && compatible(people.people[r.person]!, kind)
      && first.para - toks[r.start]!.para <= PRONOUN_REACH && !modifier(r));
    if (!refs.length) return { person: null, label: null };
    // Nearest sentence with a candidate; inside it, the first one (the subject).
    const last = refs[refs.length - 1]!;
    const sent = sentences[last.start]!;
    const inSent = mainClauseRefs(toks, refs.filter((r) => sentences[r.start] === sent), sentences);
    // Prefer the subject of a verb ("…Olaf Scholz, Putin said…" → Putin), else the first.
    const subjectRef = inSent.find((r) => isSubject(toks, r.end));
    if (!subjectRef && depth < 3) {
      // The sentence's subject is the same pronoun ("…, he said, … loyalists to Joe Biden"): the people in it are
      // objects, so follow that pronoun back instead.
      for (let i = s - 1; i >= 0 && sentences[i]! >= sent; i--) {
        if (sentences[i] !== sent || inQuote(i) || toks[i]!.lower !== first.lower || !isSubject(toks, i + 1)) continue;
        return resolveMention(toks, [i, i + 1], people, sentences, inQuote, toks[i]!.text, depth + 1);
      }
    }
    // Someone unnamed became the subject since ("… the questioner quickly cut her off. “…,” he
    // exclaimed"): the pronoun is more likely theirs than the named person's further back.
    if (unnamedSubjectBetween(toks, last.end, s, inQuote, kind)) return { person: null, label: null };
    // "A representative for Mr. Pinchuk said …  He added …": the named one is whom the speaker
    // speaks for; the pronoun is the unnamed agent's, unless the sentence names someone else.
    const pick = subjectRef ?? inSent.find((r) => !spokenFor(toks, r)) ?? inSent[0]!;
    if (spokenFor(toks, pick)) return { person: null, label: null };
    return { person: people.people[pick.person]!, label: null };
  }
  const words = toks.slice(s, e).map((t) => t.lower.replace(/-/g, ' '));
  const head = words[words.length - 1] ?? '';
  const determiner = /^(the|this|that)$/.test(words[0] ?? '');
  if (determiner && (TITLE_HEADS.has(head) || TITLE_HEADS.has(head.replace(/ /g, '-')) || head === 'secretary general')) {
    const modifiers = toks.slice(s + 1, e - 1).filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.lower);
    const refs = people.refs.filter((r) => r.end <= s);
    for (let i = refs.length - 1; i >= 0; i--) {
      const p = people.people[refs[i]!.person]!;
      const roleWords = p.roles.join(' ').toLowerCase().replace(/-/g, ' ').split(/\s+/);
      const headWords = head.split(' ');
      const headMatch = headWords.every((w) => roleWords.includes(w));
      const modMatch = modifiers.length > 0 && modifiers.every((m) => roleWords.includes(m));
      if ((headMatch && (modifiers.length === 0 || modMatch)) || (modMatch && /^(leader|president|chief|head)$/.test(head))) {
        return { person: p, label: null };
      }
    }
  }
  return { person: null, label: displayText };
}
