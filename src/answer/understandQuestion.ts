import type { ConversationContext, Intent } from '../desk/types';
import type { PeopleLookup, PersonEntry } from '../desk/deskData';
import { runSteps, runStepsPausing, type Steps } from '../desk/steps';
import { lowerBound, nearWords } from '../text/nearWords';
import { MemoSlot } from '../shared/memoSlot';

/** A question taken apart: what it asks for, about whom, on what topic, from which outlet. */
export interface UnderstoodQuestion {
  intent: Intent;
  /** Person the question is about, resolved against the corpus's people. */
  person: PersonEntry | null;
  /**
   * Who the question names when that is not a known person: an unknown name ("Xi Jinping"),
   * or an unnamed source ("the senior administration official").
   */
  subject: string | null;
  /** Words to search for (without question words, the person or the outlet). */
  topic: string;
  /** For who-said: the words the quotation should contain. */
  quoted: string | null;
  /** Canonical outlet name when the question limits to one ("what did NPR report"). */
  outlet: string | null;
  /** "what else …": skip answers shown in the previous turn. */
  excludeShown: boolean;
  /** True when the conversation context supplied part of the meaning. */
  followUp: boolean;
}

export interface UnderstandOptions {
  people: PeopleLookup;
  /** Outlet names in the corpus. */
  outlets: readonly string[];
  context?: ConversationContext;
}

const SAY_VERBS =
  'say|said|says|saying|tell|told|telling|claim|claimed|claims|think|thinks|thought|announce|announced|state|stated|' +
  'report|reported|reports|reporting|write|wrote|declare|declared|warn|warned|argue|argued|add|added|mean|meant|' +
  'comment|commented|respond|responded|reply|replied|predict|predicted|quip|quipped|insist|insisted';
const WHAT_SAID = new RegExp(
  String.raw`^(?:and |so |ok,? |then )?(?:what|wha|wat) (?:else )?(?:did|does|do|has|have|had|is|was|were|will|would) (.+?) (?:else )?(?:been |have |had )?(?:${SAY_VERBS})\b(?: else)?(?:\s+(?:about|on|of|regarding|concerning|re)\s+(.+))?$`,
  'i',
);
const WHAT_X_SAID = new RegExp(String.raw`^what (.+?) (?:${SAY_VERBS})(?:\s+(?:about|on|regarding)\s+(.+))?$`, 'i');
const QUOTES_FROM = /^(?:(?:show|give|list|find)(?: me)? )?(?:all )?(?:the )?(?:quotes|quotations|statements|remarks|comments) (?:from|by|of) (.+?)(?:\s+(?:about|on|regarding)\s+(.+))?$/i;
const WHO_SAID = new RegExp(
  String.raw`^(?:who|which (?:official|person|leader|politician|minister)) (?:(?:had |has |have )?(?:${SAY_VERBS}|called|calls|described|mocked|dismissed|compared|accused|promised|vowed|urged|opined|noted|retorted)|was (?:quoted|saying)(?: as saying)?)\b(.*)$`,
  'i',
);
const HOW_MANY =
  /\bhow (?:many|much|big|large|long|far|tall|wide|high|old)\b|\bnumber of\b|\bwhat (?:percentage|percent|share|proportion|size|figure)\b|\bhow many\b/i;
const WHEN = /^(?:and |so )?(?:when|what (?:day|date|time|year|month)|on what (?:day|date)|by when|since when)\b/i;
const WHERE = /^(?:and |so )?(?:where|in what (?:city|country|place|region)|in which (?:city|country|place|region))\b/i;
const WHAT_ABOUT = /^(?:and |so |ok,? )?(?:what|how) about (.+)$/i;
const AND_OUTLET = /^(?:and |so )?(?:what|how) (?:did|does|do|has|have) (.+?) (?:report|reported|say|said|write|wrote|print|printed|cover|covered)(?: about (?:it|this|that))?$/i;
const PRONOUN = /^(?:he|she|they|him|her|them|his|hers|that person|this person)$/i;
const ELSE = /\belse\b|\bmore\b|\bagain\b|\balso\b/i;

/**
 * Understands a question, using the previous turn for follow-ups ("what else did he say",
 * "what about Blinken?", "and what did NPR report?"). Pure: no search happens here.
 */
export function understandQuestion(raw: string, options: UnderstandOptions): UnderstoodQuestion {
  const question = cleanQuestion(raw);
  const { context } = options;
  const base: UnderstoodQuestion = {
    intent: 'general',
    person: null,
    subject: null,
    topic: question,
    quoted: null,
    outlet: findOutlet(question, options.outlets),
    excludeShown: false,
    followUp: false,
  };
  if (question === '') return base;

  const saidMatch = WHAT_SAID.exec(question) ?? QUOTES_FROM.exec(question) ?? whatXSaid(question);
  if (saidMatch) {
    const who = stripArticles(saidMatch[1] ?? '');
    const topic = saidMatch[2] ? stripPunctuation(saidMatch[2]) : '';
    const outlet = matchOutlet(who, options.outlets);
    if (outlet) {
      // "what did NPR report (about X)": the outlet is a filter, the rest comes from context.
      return {
        ...base,
        ...fromContext(context, options.people),
        outlet,
        topic: topic || context?.topic || '',
        followUp: context !== undefined,
      };
    }
    if (PRONOUN.test(who) && context?.speaker) {
      const person = options.people.lookup(context.speaker) ?? null;
      return {
        ...base,
        intent: 'what-said',
        person,
        subject: person ? null : context.speaker,
        topic: topic || (ELSE.test(question) ? '' : context.topic ?? ''),
        excludeShown: ELSE.test(question),
        followUp: true,
        outlet: base.outlet ?? context.outlet ?? null,
      };
    }
    const person = findPerson(who, options.people);
    return {
      ...base,
      intent: 'what-said',
      person,
      subject: person ? null : who,
      topic,
      excludeShown: false,
    };
  }

  const who = WHO_SAID.exec(question);
  if (who) {
    const quoted = stripPunctuation((who[1] ?? '').replace(/^\s*(?:that|this|it|the words?)\s+/i, ''));
    return { ...base, intent: 'who-said', quoted, topic: quoted };
  }

  const about = WHAT_ABOUT.exec(question);
  if (about && context) {
    const target = stripArticles(stripPunctuation(about[1] ?? ''));
    const outlet = matchOutlet(target, options.outlets);
    if (outlet) return { ...base, ...fromContext(context, options.people), outlet, topic: context.topic ?? '', followUp: true };
    const person = findPerson(target, options.people);
    if (person || context.intent === 'what-said') {
      // "what about Blinken?" after a what-said question: the same question about another person.
      if (person) {
        return { ...base, intent: 'what-said', person, topic: context.intent === 'what-said' ? context.topic ?? '' : '', followUp: true, outlet: base.outlet };
      }
      // "what about sanctions?" after "what did Blinken say": the same person on a new topic.
      const speaker = context.speaker ? options.people.lookup(context.speaker) ?? null : null;
      return {
        ...base,
        intent: 'what-said',
        person: speaker,
        subject: speaker ? null : context.speaker ?? null,
        topic: target,
        followUp: true,
        outlet: base.outlet ?? context.outlet ?? null,
      };
    }
    return { ...base, intent: context.intent ?? 'general', topic: target, followUp: true };
  }

  const outletAsk = AND_OUTLET.exec(question);
  if (outletAsk && context) {
    const outlet = matchOutlet(stripArticles(outletAsk[1] ?? ''), options.outlets);
    if (outlet) return { ...base, ...fromContext(context, options.people), outlet, topic: context.topic ?? '', followUp: true };
  }

  const intent: Intent = HOW_MANY.test(question) ? 'how-many' : WHEN.test(question) ? 'when' : WHERE.test(question) ? 'where' : 'general';
  return { ...base, intent, person: findPerson(question, options.people, true) };
}

/** The previous turn's intent and person, for a follow-up that changes only the outlet. */
function fromContext(context: ConversationContext | undefined, people: PeopleLookup): Partial<UnderstoodQuestion> {
  if (!context) return {};
  const person = context.speaker ? people.lookup(context.speaker) ?? null : null;
  return { intent: context.intent ?? 'general', person, subject: person ? null : context.speaker ?? null };
}

/** Strips mentions, markup, zero-width and control characters; folds whitespace and quotes. */
export function cleanQuestion(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/<(?:@[!&]?|#)\d+>/g, ' ') // Discord mentions
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\p{Cc}\p{Cs}]/gu, ' ') // incl. lone surrogates
    .replace(/[`*_~|>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, 500)
    .replace(/[\ud800-\udbff]$/, '') // the cut must not leave half a surrogate pair
    .trim()
    .replace(/[?!.\s]+$/, '');
}

function whatXSaid(question: string): RegExpExecArray | null {
  const match = WHAT_X_SAID.exec(question);
  // "what Blinken said about X"; but not "what the outlets reported" style general questions.
  return match && /^\p{Lu}/u.test(match[1] ?? '') ? match : null;
}

function stripArticles(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/i, '').trim();
}

function stripPunctuation(text: string): string {
  return text.replace(/^[\s"“”'‘’«»]+|[\s"“”'‘’«»?!.,;:]+$/g, '').trim();
}

function normaliseName(text: string): string {
  return text.toLowerCase().replace(/[’]/g, "'").replace(/'s$/, '').replace(/[^\p{L}\p{N}' -]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

function matchOutlet(text: string, outlets: readonly string[]): string | null {
  const wanted = normaliseName(stripArticles(text));
  if (!wanted) return null;
  for (const outlet of outlets) {
    const name = normaliseName(outlet);
    if (name === wanted || name.replace(/^the /, '') === wanted) return outlet;
  }
  return null;
}

/** An outlet named anywhere in the question as a filter: "… according to NPR", "… in USA Today". */
function findOutlet(question: string, outlets: readonly string[]): string | null {
  const text = ` ${normaliseName(question)} `;
  for (const outlet of outlets) {
    const name = normaliseName(outlet).replace(/^the /, '');
    if (name.length >= 3 && new RegExp(`\\b(?:in|from|by|according to|on) (?:the )?${escape(name)} `).test(text)) return outlet;
  }
  return null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds the person a phrase names: the whole phrase first ("the NATO secretary general"),
 * then its word runs, longest first; then a typo-tolerant match on surnames ("Stoltenburg").
 * With `within`, only capitalised runs are tried, so "how many troops" finds nobody.
 */
export function findPerson(phrase: string, people: PeopleLookup, within = false): PersonEntry | null {
  const text = stripPunctuation(phrase);
  if (!text) return null;
  if (!within) {
    const whole = people.lookup(text) ?? people.lookup(stripArticles(text));
    if (whole) return whole;
  }
  const words = text.split(/\s+/);
  for (let size = Math.min(5, words.length); size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const run = words.slice(i, i + size);
      if (within && !run.every((w) => /^\p{Lu}/u.test(w))) continue;
      const candidate = stripPunctuation(run.join(' '));
      if (candidate.length < 3 || (size === 1 && /^(?:he|she|they|it|we|you|i|who|the)$/i.test(candidate))) continue;
      const person = people.lookup(candidate);
      if (person) return person;
    }
  }
  return fuzzyPerson(words, people, within);
}

/** A corpus's surnames (normalised, 5 letters or more), sorted, with the people (in registry order) of each. */
export interface SurnameIndex {
  surnames: string[];
  people: number[][];
}

// Built once per corpus: a question must not re-normalise, or compare itself with, every name of a large corpus.
const surnameIndexes = new MemoSlot<SurnameIndex>('surname index');

export function surnameIndexOf(people: readonly PersonEntry[]): SurnameIndex {
  let index = surnameIndexes.get(people);
  if (!index) {
    index = runSteps(surnameSteps(people));
    surnameIndexes.set(people, index);
  }
  return index;
}

/** Builds the surname index ahead of the first question, calling `pause` between slices. */
export async function prepareSurnameIndex(people: readonly PersonEntry[], pause: () => Promise<void> | void): Promise<void> {
  if (!surnameIndexes.has(people)) surnameIndexes.set(people, await runStepsPausing(surnameSteps(people), pause));
}

function* surnameSteps(people: readonly PersonEntry[]): Steps<SurnameIndex> {
  const bySurname = new Map<string, number[]>();
  for (let i = 0; i < people.length; i++) {
    const name = people[i]!.name;
    // Most surnames are plain letters, which normalise to their lower case (a tenth of the cost).
    const last = name.slice(name.lastIndexOf(' ') + 1);
    const surname = /^[A-Za-z]+$/.test(last) ? last.toLowerCase() : (normaliseName(name).split(' ').pop() ?? '');
    if (surname.length >= 5) {
      const list = bySurname.get(surname);
      if (list) list.push(i);
      else bySurname.set(surname, [i]);
    }
    if (i % 125 === 124) yield;
  }
  const surnames = [...bySurname.keys()].sort();
  return { surnames, people: surnames.map((surname) => bySurname.get(surname)!) };
}

/**
 * The person whose surname a word of the question misspells ("Stoltenburg") or begins
 * ("Zelensky" for "Zelenskyy", one edit): one edit allowed for surnames under 8 letters, two
 * from 8. The closest match wins; on a tie, the earlier word, then the earlier person.
 */
function fuzzyPerson(words: string[], people: PeopleLookup, within: boolean): PersonEntry | null {
  let best: { person: number; distance: number } | null = null;
  const { surnames, people: peopleOf } = surnameIndexOf(people.people);
  for (const word of words) {
    const w = normaliseName(word);
    if (w.length < 5 || (within && !/^\p{Lu}/u.test(word))) continue;
    const distances = nearWords(surnames, w, 2);
    for (let s = lowerBound(surnames, w); s < surnames.length && surnames[s]!.startsWith(w); s++) {
      distances.set(s, Math.min(distances.get(s) ?? Infinity, 1));
    }
    let wordBest: { person: number; distance: number } | null = null;
    for (const [s, distance] of distances) {
      const limit = surnames[s]!.length >= 8 ? 2 : 1;
      if (distance > limit) continue;
      const person = peopleOf[s]![0]!;
      if (!wordBest || distance < wordBest.distance || (distance === wordBest.distance && person < wordBest.person)) wordBest = { person, distance };
    }
    if (wordBest && (!best || wordBest.distance < best.distance)) best = wordBest;
  }
  return best ? people.people[best.person]! : null;
}
