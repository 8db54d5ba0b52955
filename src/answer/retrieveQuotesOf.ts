import { topicRoots } from './topicCloseForms';
import type { DeskData, QuoteRecord } from '../model/deskData';
import { possessive } from '../text/possessive';
import { deskLookup } from './deskLookups';
import { resolveSpeakerPhrase, speakerNamed } from './resolveSpeakerPhrase';
import { COMPOUND_TITLES, OFFICE_CHANGERS, isNationToken, isOrganisationHead, isPartyToken, nameSuffixOf, roleTokens, sameRoleToken } from './roleWords';
import { FIRST_NAME_GENDER, PERSON_TITLES, TITLE_WORDS } from '../people/lexicon';
import { fingerprint, mergeCopies } from './mergeDuplicates';
import { rememberPerDesk } from './rememberPerDesk';
import { searchSentences, type SentenceHit } from './searchSentences';
import { isPronounSpeaker, type UnderstoodQuestion } from './understandQuestion';
import { answerScore, freshUnit, quoteUnits, type Unit } from './units';
import { sentencesCuedTo } from './cueSpeaker';
import { favourListener, favourMedium } from './statementMedium';
import { pronounRank } from './pronounCredited';

/**
 * Which units are copies of one another (`mergeCopies`'s groups, as unit positions),
 * for the `units` units retrieved, when already known.
 */
export interface KnownCopies {
  units: number;
  groups: readonly (readonly number[])[];
}


/** What `retrieveQuotesOf` found: the units, a note for the user, and who they are by. */
export interface QuotesOf {
  units: Unit[];
  note?: string;
  copies?: KnownCopies;
  /** Who the statements are by, as the conversation should remember them (canonical person, or the organisation). */
  speaker?: string;
}

/**
 * "What did X say [about Y]": every statement by X, best matches to Y first. X is a person
 * by name, role or first name, or an organisation with its spokespeople (`resolveSpeakerPhrase`),
 * or an unnamed source ("the senior administration official"). When none of X's statements is
 * about Y, the note says so and X's other statements follow; when X has none, the note says
 * whether X is mentioned at all.
 */
export function retrieveQuotesOf(data: DeskData, q: UnderstoodQuestion, recent?: string | null): QuotesOf {
  let quotes: QuoteRecord[];
  let name: string;
  let source: string;
  let alsoFits: string[] = [];
  let othersHolding: string[] = [];
  let fromThread = false;
  let countryUnknown: string[] = [];
  if (q.person) {
    name = q.person.name;
    quotes = quotesBy(data, name);
    // The corpus may spell a speaker another way than the person found ("Hilary Clinton", "Joseph Biden").
    const speaker = quotes.length === 0 ? speakerNamed(data, name) : null;
    if (speaker) {
      name = speaker;
      quotes = quotesBy(data, name);
    }
    source = `named\u0000${name}`;
  } else if (q.subject) {
    // "what did he say" with no one before it in the conversation: a pronoun names no one to look up
    // (the statements credited to a bare "He" are nobody's in particular).
    if (isPronounSpeaker(q.subject)) {
      return { units: [], note: `Who do you mean by “${q.subject.trim()}”? Ask with a name, or ask in the thread of an answer about them.` };
    }
    name = q.subject;
    const phrase = resolveSpeakerPhrase(data, q.subject, recent);
    if (phrase.kind === 'person') {
      name = phrase.name;
      alsoFits = phrase.alsoFits ?? [];
      othersHolding = phrase.othersHolding ?? [];
      fromThread = phrase.recent === true;
      source = `named\u0000${name}`;
      quotes = quotesBy(data, name);
    } else if (phrase.kind === 'organisation') {
      name = phrase.name;
      source = `organisation\u0000${q.subject.toLowerCase()}`;
      quotes = [...phrase.quotes, ...phrase.spokespeople.flatMap((p) => quotesBy(data, p))].sort((a, b) => a.firstSentence - b.firstSentence || a.start - b.start);
    } else {
      source = `unnamed\u0000${name}`;
      // A role several named people hold ("the Clinton spokesman"): only unnamed mentions
      // with every asked word ("a Clinton spokesman"), not any spokesman.
      quotes = quotesOfUnnamed(data, q.subject, phrase.kind === 'several');
      if (phrase.kind === 'none') countryUnknown = phrase.countryUnknown ?? [];
      if (quotes.length === 0 && phrase.kind === 'several') {
        return { units: [], note: `Several people in the corpus fit “${q.subject}”: ${phrase.names.join(', ')}. Ask about one of them by name.` };
      }
    }
  } else {
    return { units: [] };
  }
  if (quotes.length === 0) {
    // No statement the quotation reader found: those a sentence's own cue gives them, if any.
    const printed = q.person || PROPER_NAME.test(name) ? name : typedName(name);
    const cued = printed ? sentencesCuedTo(data, printed) : [];
    if (cued.length) return { ...scoredByTopic(data, cued, q.topic, printed!, cued.length), speaker: printed! };
    return {
      units: [],
      note: q.person
        ? `${name} is mentioned in the corpus but has no statements in it.`
        : `No statements by ${described(name)} in the corpus.${countryUnknown.length ? ` It names ${countryUnknown.join(', ')} for that role without a country: ask by name if that is who you mean.` : ''}`,
      speaker: name,
    };
  }
  // A prolific speaker has thousands of quotations: their units and wire-copy groups are
  // worked out once per corpus; each question gets fresh units to score.
  const known = rememberPerDesk(data, `quotation units\u0000${source}`, () => {
    const units = quoteUnits(data, quotes);
    // A named speaker's statements the reader missed ('' … '' marks, a cue it does not read)
    // but a sentence's own cue gives them: recall 0.644 → 0.711 on PolNeAR dev, p@5 0.774 → 0.770.
    if (source.startsWith('named\u0000')) {
      const covered = new Set(units.flatMap((u) => u.sentences));
      units.push(...sentencesCuedTo(data, name).filter((u) => !u.sentences.some((s) => covered.has(s))));
    }
    return { units, groups: mergeCopies(units.map((_, i) => i), (i) => units[i]!.key) };
  });
  const units = known.units.map(freshUnit);
  let { note } = scoredByTopic(data, units, q.topic, name, known.groups.length);
  if (q.medium) favourMedium(data, units, q.medium, q.topic !== '' && !note);
  if (q.listener) favourListener(data, units, q.listener, q.topic !== '' && !note);
  if (!note && othersHolding.length) note = `${possessive(name)} statements: ${fromThread ? 'the person this conversation is about' : `the corpus gives “${q.subject}” to them most often`}; it also fits ${othersHolding.join(', ')}: ask by name for ${othersHolding.length === 1 ? 'theirs' : 'one of them'}.`;
  if (!note && alsoFits.length) note = `${possessive(name)} statements; “${q.subject}” also fits ${alsoFits.join(', ')}, who ${alsoFits.length === 1 ? 'has' : 'have'} none in the corpus.`;
  return { units, copies: { units: units.length, groups: known.groups }, speaker: name, ...(note && { note }) };
}

/** A name as people write one: two or more capitalised words ("Larry King"). */
const PROPER_NAME = /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)+$/u;

/**
 * A full name typed in lowercase, as chat does ("david jolly"), capitalised as the corpus
 * prints names ("David Jolly"): two or three words opening with a common first name. Else null.
 */
function typedName(typed: string): string | null {
  const words = typed.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Ll}[\p{Ll}’'-]*$/u.test(w))) return null;
  if (!FIRST_NAME_GENDER.has(words[0]!)) return null;
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}

/** A statement printing the topic only in a close form counts this share of its match. */
const CLOSE_FORM_SHARE = 0.5;

/**
 * Scores a speaker's units by the topic, best first (`count`: their statements, for the note):
 * when none is about it, the note says so and all of them stay.
 */
function scoredByTopic(data: DeskData, units: Unit[], topic: string, name: string, count: number): { units: Unit[]; note?: string } {
  if (!topic) return { units };
  const members = new Set(units.flatMap((u) => u.sentences));
  const hits = new Map(searchSentences(data, topic, { filter: (s) => members.has(s) }).map((h) => [h.sentence, h]));
  for (const unit of units) {
    const best = unit.sentences.map((s) => hits.get(s)).filter((h): h is SentenceHit => h !== undefined);
    unit.score = Math.max(0, ...best.map((h) => h.score * h.coverage));
    unit.coverage = Math.max(0, ...best.map((h) => h.coverage));
  }
  // Statements printing the topic only in a close form ("diplomatic" for "diplomacy") follow those printing it as asked.
  const roots = topicRoots(topic);
  const unmatched = units.filter((u) => u.score === 0);
  if (roots && unmatched.length) {
    const rest = new Set(unmatched.flatMap((u) => u.sentences));
    const close = new Map(searchSentences(data, roots, { filter: (s) => rest.has(s) }).map((h) => [h.sentence, h]));
    for (const unit of unmatched) {
      const best = unit.sentences.map((s) => close.get(s)).filter((h): h is SentenceHit => h !== undefined);
      unit.score = CLOSE_FORM_SHARE * Math.max(0, ...best.map((h) => h.score * h.coverage));
      unit.coverage = Math.max(0, ...best.map((h) => h.coverage));
    }
  }
  if (units.some((u) => u.score > 0)) return { units };
  return { units, note: `None of ${possessive(name)} statements in the corpus is about ${topic}; here ${count === 1 ? 'is the one statement' : `are all ${count}`} instead.` };
}

/** "the Kremlin", "the NATO chief" for a description the question gave without its article; a name as it is. */
function described(name: string): string {
  const tokens = roleTokens(name);
  const head = tokens[tokens.length - 1] ?? '';
  // A title or an organisation is a description ("the defense minister"); a name typed in
  // lowercase is not ("kyiv", "jill biden").
  const description = isOrganisationHead(head) || head.startsWith('§') || TITLE_WORDS.has(head) || PERSON_TITLES.has(head) || COMPOUND_TITLES.has(head);
  return description && !/^(?:the|a|an)\s/i.test(name) && !/^\S+['’]s\s/.test(name) ? `the ${name}` : name;
}

/**
 * The quotations of a named speaker, in corpus order, under every spelling the reader credited
 * them with (`speakerVariants`: "Harry Reid" and "Harry M. Reid" are one speaker).
 */
function quotesBy(data: DeskData, speaker: string): QuoteRecord[] {
  const table = deskLookup(data, 'quotesBySpeaker');
  const variants = deskLookup(data, 'speakerVariants').get(speaker);
  const ids = variants ? variants.flatMap((v) => table.get(v) ?? []).sort((a, b) => a - b) : table.get(speaker) ?? [];
  return ids.map((i) => data.quotes[i]!);
}

/**
 * Quotations by an unnamed source ("the senior administration official"): their mention must
 * share the head noun and half the asked words (`every`: all of them).
 */
function quotesOfUnnamed(data: DeskData, subject: string, every = false): QuoteRecord[] {
  const content = (text: string) => fingerprint(text).filter((w) => w.length > 2 && !/^(the|and|for)$/.test(w));
  const wanted = content(subject);
  // The head noun comes before a preposition: "the speaker of the house" is a speaker, not a house.
  const lead = content(subject.split(/\s(?:of|to|for|at|from|in|with|on)\s/i)[0] ?? '');
  const head = lead[lead.length - 1] ?? wanted[wanted.length - 1];
  if (!head) return [];
  const unnamedByWord = deskLookup(data, 'unnamedByWord');
  // Only quotations whose mention has the head noun (or its plural) can qualify.
  const candidates = [...new Set([...(unnamedByWord.get(head) ?? []), ...(unnamedByWord.get(`${head}s`) ?? [])])].sort((a, b) => a - b);
  // Half the asked words, and the same office changers: "the former president" is not "President X".
  const changers = (words: Iterable<string>) => [...words].filter((w) => OFFICE_CHANGERS.has(w)).sort().join(' ');
  const asked = changers(wanted);
  const properName = /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)+$/u.test(subject.trim());
  // Whose or which country's ("Trump's campaign manager", "the Russian president") must be in
  // the mention: half the words would let "the Mexican president" answer for the Russian one.
  const required = [...subject.matchAll(/(\p{L}+)['’]s\b/gu)].map((m) => m[1]!.toLowerCase()).concat(roleTokens(subject).filter((t) => isNationToken(t) || isPartyToken(t)));
  // So must a person's name before the head ("Sanders supporters", "Clinton aides"): not
  // anyone's supporters or aides.
  const surnames = deskLookup(data, 'speakersBySurname');
  for (const w of lead.slice(0, -1)) {
    if (!required.includes(w) && (surnames.get(w) || data.people.lookup(w))) required.push(w);
    // A possessive typed without its apostrophe ("putins spokesman", "trumps press secretary").
    else if (w.length > 3 && w.endsWith('s') && !required.includes(w.slice(0, -1)) && surnames.get(w.slice(0, -1))?.length) required.push(w.slice(0, -1));
  }
  // And what a preposition names ("the senator from Vermont", "a spokesman for the campaign"):
  // half the words would let "Senator from Texas" answer for Vermont's.
  for (const w of content(subject.split(/\s(?:of|from|for)\s/i).slice(1).join(' '))) if (!required.includes(w)) required.push(w);
  // And a generational suffix ("trump jr"): the son's statements, not his father's.
  const suffix = nameSuffixOf(subject);
  if (suffix) required.push(suffix);
  const askedTokens = new Set(roleTokens(subject));
  return candidates.map((i) => data.quotes[i]!).filter((quote) => {
    const words = new Set(fingerprint(`${quote.speaker ?? ''} ${quote.mention ?? ''}`));
    if (!words.has(head) && !words.has(`${head}s`)) return false;
    // A name after the title ("South Korean President Park Geun-hye") is a person the question
    // did not name; and a role several people hold is not theirs when a country the question
    // did not give qualifies it ("the Mexican president" for "the president").
    if (namesAfterTitle(quote.speaker ?? '', head).some((w) => !wanted.includes(w))) return false;
    if (every && roleTokens(quote.speaker ?? quote.mention ?? '').some((t) => isNationToken(t) && !askedTokens.has(t))) return false;
    // The mention's role tokens only when a required word is not there as printed (thousands of candidates at scale).
    const missing = required.filter((r) => !words.has(r) && !words.has(`${r}s`));
    if (missing.length > 0) {
      const said = roleTokens(`${quote.speaker ?? ''} ${quote.mention ?? ''}`);
      if (!missing.every((r) => said.some((w) => sameRoleToken(r, w)))) return false;
    }
    if (changers(fingerprint(quote.speaker ?? quote.mention ?? '')) !== asked) return false;
    const shared = wanted.filter((w) => words.has(w)).length;
    // A name ("George Will") must be there whole: "Will Estrada" is someone else. So must the asked words when the
    // source is a full name the people registry lacks ("Michael Bloomberg", where Bloomberg is also an outlet):
    // "emmanuel bloomberg" is someone else too.
    return properName || every || PROPER_NAME.test(quote.speaker ?? '') ? shared === wanted.length : shared / wanted.length >= 0.5;
  });
}

/**
 * Best topic match first (an answer's score, as `toAnswer` rounds it); then the quotations
 * most outlets carried; then those whose sentence names the speaker, then those credited
 * through a "he added" right after one naming them, then those credited only through a far
 * pronoun (`pronounRank`); then the newest (`dateOf`, YYYY-MM-DD, when given); then corpus order.
 */
export function sortQuoteGroups(data: DeskData, groups: Unit[][], dateOf?: (group: readonly Unit[]) => string): void {
  const keys = new Map(
    groups.map((group, i) => [
      group,
      {
        score: answerScore(group),
        outlets: new Set(group.map((u) => data.articleById.get(u.article)!.outlet)).size,
        pronoun: Math.min(...group.map((u) => pronounRank(data, u))),
        order: i,
        date: dateOf?.(group) ?? '',
      },
    ]),
  );
  groups.sort((a, b) => {
    const x = keys.get(a)!;
    const y = keys.get(b)!;
    return y.score - x.score || y.outlets - x.outlets || x.pronoun - y.pronoun || (x.date < y.date ? 1 : x.date > y.date ? -1 : 0) || x.order - y.order;
  });
}

/** The capitalised words right after a title in a printed source ("President Park Geun-hye" → park, geun, hye), lowercase. */
function namesAfterTitle(printed: string, head: string): string[] {
  const tokens = printed.split(/\s+/);
  const at = tokens.findIndex((t) => {
    const w = t.toLowerCase().replace(/[^\p{L}]/gu, '');
    return w === head || w === `${head}s`;
  });
  if (at < 0) return [];
  const names: string[] = [];
  for (const t of tokens.slice(at + 1)) {
    if (!/^\p{Lu}\p{Ll}/u.test(t) || /[’']s$/.test(t)) break;
    names.push(...fingerprint(t));
  }
  return names;
}
