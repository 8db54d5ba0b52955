import { readPeopleText, type PeopleText } from '../people/readPeopleText';
import { repairWithInsertions, toOriginalOffset } from '../people/repairText';
import { attributeSpans, type Attribution } from './attribute';
import { findQuoteSpans, type QuoteSpan } from './findQuoteSpans';
import { findReported } from './findReported';
import { AGENT_NOUN, npForward } from './phrases';
import { TITLE_HEADS } from '../people/lexicon';
import type { Token } from '../people/tokens';
import type { TextPerson } from '../people/textPeople';
import { PERSON_NOUN, resolveMention, sentenceIndex } from './resolveSpeaker';
import { transcriptLabel, transcriptSpeaker } from './transcriptLabel';
import { firstDescription } from './unnamedSources';
import { isNonVerbal, isTitleCase } from './isQuotation';
import type { Quote } from './types';

/** How many paragraphs back a he/she may take the speaker of the same pronoun. */
const PRONOUN_CHAIN_REACH = 1;

/** Unattributed quotes shorter than this many words are dropped (PolNeAR train: even one-word scare quotes are usually inside an attribution). */
const MIN_UNATTRIBUTED_WORDS = 1;

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/**
 * Finds the direct quotations of one article text and who said them.
 * Speakers are resolved within the text only (see `attributeCorpus` for
 * corpus-wide names). Offsets are UTF-16 indexes into `text`. `read` is the text's
 * `readPeopleText` when the caller has it already (a corpus build does, for the registry).
 */
export function extractQuotes(text: string, read?: PeopleText): Quote[] {
  return extract(text, read, false);
}

/**
 * The statements of one article text: its direct quotations (as `extractQuotes`) and its
 * reported statements (`findReported`: indirect speech in sentences without quotation marks),
 * in text order. A reported statement is kept only when its source resolves to someone (a
 * person of the text, or an unnamed source such as "a senior official"); "they said" with no
 * one to point at is left out.
 */
export function extractStatements(text: string, read?: PeopleText): Quote[] {
  return extract(text, read, true);
}

function extract(text: string, read: PeopleText | undefined, withReported: boolean): Quote[] {
  // Work on the repaired text ("JensStoltenberg" → "Jens Stoltenberg"); repairs only insert spaces.
  const { text: fixed, insertions } = read ? { text: read.fixed, insertions: read.insertions } : repairWithInsertions(text);
  const orig = (o: number): number => toOriginalOffset(o, insertions);
  const spans = findQuoteSpans(fixed);
  if (!spans.length && !withReported) return [];
  // Tokens only when there is a quotation to attribute (most calls outside a build have none).
  const { toks, people } = read ?? readPeopleText(text);
  const inners = spans.map((sp) => stripMarks(fixed.slice(sp.start, sp.end)));
  const attrs = attributeSpans(fixed, toks, spans, inners.map((x) => isNonVerbal(x) || isTitleCase(x)));
  const starts = toks.map((t) => t.start);
  const inQuote = quoteMembership(starts, spans);
  const sentences = sentenceIndex(toks, inQuote);

  const quotes: (Quote | null)[] = [];
  /** Resolved he/she speaker mentions so far, for the pronoun chain in `speakerFields`. */
  const pronouns: { at: number; lower: string; person: TextPerson }[] = [];
  let group = -1;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const a = attrs[k]!;
    const start = orig(span.start);
    const end = orig(span.end);
    const base = { start, end, text: text.slice(start, end), kind: 'quote' as const };
    const inner = stripMarks(base.text);
    // Non-verbal strings are not quotations. A Title Case phrase is a quotation only inside someone's attributed words
    // (a slogan, a nickname: called him “Little Marco”), never when it names a show or a work (on “Meet the Press”).
    // Markup attribute values (author="realDonaldTrump") are not quotations either.
    if (isNonVerbal(inner) || fixed[span.start - 1] === '=' ||
      (isTitleCase(inner) && (a.kind === 'none' || namesWork(fixed, span.start)))) { quotes.push(null); continue; }
    // "PENCE: Well, look, …": a transcript's label names its speaker, whatever introduced the transcript; a label
    // naming no one of the text ("WALLACE:" for a host named only "Chris") is someone else, so no one is credited.
    // "(CROSSTALK.)" between its paragraphs is a stage direction, not words.
    if (/^\(.*\)\.?$/.test(inner.trim())) { quotes.push(null); continue; }
    const label = transcriptLabel(inner);
    if (label) {
      const labelled = transcriptSpeaker(label.text, people.people);
      const at = start + base.text.indexOf(inner) + label.start;
      const fields = labelled
        ? { speaker: labelled.name, speakerStart: at, speakerEnd: at + label.text.length, mention: label.text, cue: null, role: labelled.roles[0] ?? null, named: true }
        : NO_SPEAKER;
      quotes.push({ ...base, ...fields, group: ++group });
      continue;
    }
    // "“American Skin (41 Shots)” was written by Springsteen": the words are their author's, whoever was quoted before.
    const author = authoredAfter(fixed, span.end) ? authorOf(span.end) : null;
    if (author) { quotes.push({ ...base, ...speakerFields(author), group: ++group }); continue; }
    const prev = a.from !== null ? quotes[a.from] ?? null : null;
    if (a.kind === 'none' || (a.kind === 'inherit' && !prev)) {
      if (wordCount(base.text) < MIN_UNATTRIBUTED_WORDS) { quotes.push(null); continue; }
      quotes.push({ ...base, speaker: null, speakerStart: null, speakerEnd: null, mention: null, cue: null, role: null, group: ++group, named: false });
      continue;
    }
    if (a.kind === 'inherit' && prev) {
      quotes.push({ ...prev, ...base, cue: a.cue !== null ? toks[a.cue]!.text : prev.cue, group: a.sameQuotation ? prev.group : ++group });
      continue;
    }
    quotes.push({ ...base, ...speakerFields(a), group: ++group });
  }
  const direct = quotes.filter((q): q is Quote => q !== null);

  /** The "by <mention>" after a quotation's authoring verb ("was written by Springsteen"). */
  function authorOf(end: number): Attribution | null {
    let k = 0;
    while (k < toks.length && toks[k]!.start < end) k++;
    for (let v = k; v < toks.length && v < k + 8; v++) {
      if (toks[v]!.lower !== 'by') continue;
      const np = npForward(toks, v + 1, toks.length, true);
      return np ? { kind: 'pre', cue: v - 1, mention: np, from: null, sameQuotation: false } : null;
    }
    return null;
  }
  if (!withReported) return direct;
  const reported: Quote[] = [];
  const works = spans.filter((sp, k) => isTitleCase(inners[k]!) && namesWork(fixed, sp.start));
  const inWork = works.length ? quoteMembership(starts, works) : () => false;
  for (const r of findReported(toks, sentences, inQuote, inWork)) {
    const fields = speakerFields({ kind: r.form === 'according' ? 'according' : 'pre', cue: r.cue, mention: r.mention, from: null, sameQuotation: false });
    if (fields.speaker === null || fields.speaker === '') continue;
    // A stance ("X called for …") is someone's statement only when X is a named person: "the bill calls for" is no one's.
    if (r.form === 'stance' && !fields.named) continue;
    const start = orig(toks[r.content[0]]!.start);
    const end = orig(toks[r.content[1] - 1]!.end);
    reported.push({ start, end, text: text.slice(start, end), kind: 'reported', ...fields, group: ++group });
  }
  if (!reported.length) return direct;
  return [...direct, ...reported].sort((a, b) => a.start - b.start);

  function speakerFields(a: Attribution): Omit<Quote, 'start' | 'end' | 'text' | 'group' | 'kind'> {
    const [s, e] = a.mention!;
    const ms = orig(toks[s]!.start);
    const me = orig(toks[e - 1]!.end);
    const mention = text.slice(ms, me);
    const cue = a.kind === 'according' ? 'according to' : a.cue !== null ? toks[a.cue]!.text : null;
    const [rs, re] = a.resolveAs ?? [s, e];
    let r = resolveMention(toks, [rs, re], people, sentences, inQuote, text.slice(orig(toks[rs]!.start), orig(toks[re - 1]!.end)));
    // "Mr. Trump's campaign manager, Kellyanne Conway, said …": a description the text names right after, between
    // commas, is that person.
    if (r.person === null && r.label !== null && toks[re]?.text === ',') {
      const named = people.refs.find((p) => p.start === re + 1 && toks[p.end]?.text === ',' && (a.cue === null || p.end < a.cue));
      if (named) r = { person: people.people[named.person]!, label: null };
    }
    // "…,” she said. … She added that …": a he/she with no name in reach continues the same pronoun's speaker.
    if (re - rs === 1 && /^(he|she)$/.test(toks[rs]!.lower)) {
      const lower = toks[rs]!.lower;
      // A person the text already calls by the other pronoun ("Aparna Mathur … she said", then "He also
      // wants …") is not this one: the name gave no gender, the text did.
      if (r.person !== null && pronouns.some((c) => c.person === r.person && c.lower !== lower)) r = { person: null, label: null };
      else if (r.person === null) {
        const before = pronouns.filter((c) => c.at < rs && c.lower === lower && toks[rs]!.para - toks[c.at]!.para <= PRONOUN_CHAIN_REACH);
        const last = before[before.length - 1];
        if (last) r = { person: last.person, label: null };
      } else pronouns.push({ at: rs, lower, person: r.person });
    }
    // "the official said", after "a senior administration official said": the source's first full description.
    const described = r.person === null && r.label !== null ? firstDescription(toks, [rs, re], inQuote) : null;
    const label = described ? text.slice(orig(toks[described[0]]!.start), orig(toks[described[1] - 1]!.end)) : r.label;
    // A source described by a figure counts something ("a combined 30 exclamation points:"):
    // news style spells out a count of people ("two officials"), so no one is named there.
    if (r.person === null && label !== null && /^\d/.test(label)) return NO_SPEAKER;
    // "The deal is “pre-agreement”", "The choice was between going after Trump as “unfit”": a quotation
    // with no reporting verb falls to the sentence's subject, but a subject that names no one and whose verb
    // is a copula is described by the quoted words; it does not say them.
    if (a.kind === 'subject' && r.person === null && a.cue !== null && COPULA.test(toks[a.cue]!.lower) && !namesSomeone(toks[re - 1]!)) return NO_SPEAKER;
    return {
      speaker: r.person?.name ?? label,
      speakerStart: ms,
      speakerEnd: me,
      mention,
      cue,
      role: r.person?.roles[0] ?? null,
      named: r.person !== null,
    };
  }
}

const NO_SPEAKER = { speaker: null, speakerStart: null, speakerEnd: null, mention: null, cue: null, role: null, named: false } as const;
const COPULA = /^(?:is|are|was|were|be|been|being)$/;
const GROUP_NOUN = /^(?:people|crowd|group|board|campaign|committee|council|commission|staff|team|members?|leadership|party|agency|department|ministry|office|administration|government|organization|organisation)$/;

/** Whether a subject's head word is a name or a noun for people ("the Illinois Board of Elections", "People", "the official"), not a thing ("The deal"). */
function namesSomeone(head: Token): boolean {
  if ((/^\p{Lu}/u.test(head.text) && head.pos === 'PROPN') || head.pos === 'PRON') return true;
  const w = head.lower.replace(/(?:s|es)$/, '');
  return GROUP_NOUN.test(head.lower) || PERSON_NOUN.test(head.lower) || PERSON_NOUN.test(w) || AGENT_NOUN.test(head.lower) ||
    TITLE_HEADS.has(head.lower) || TITLE_HEADS.has(w) || /(?:men|women|people)$/.test(head.lower);
}

/** The quoted words without their marks (curly, straight, or typewriter '' and ``). */
function stripMarks(quoted: string): string {
  return quoted.replace(/^(?:[“"”]|''|``)|(?:[”"“]|'')$/g, '');
}

/** Words before a quoted Title Case phrase that make it the name of a show, publication or work. */
const WORK_CONTEXT = /(?:^|\s)(?:on|in|of|at|from|to|with|for|by|the|’s|'s|watch|watching|host|hosts|star|stars|show|program|programme|book|film|movie|song|album|series|column|titled|entitled|op-ed|essay|article|anthem|hashtag)\s*$/i;

function namesWork(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start).replace(/[’']s\s*$/, ' ’s');
  return WORK_CONTEXT.test(before);
}

/** "“American Skin (41 Shots)” was written by Springsteen": an authoring verb and its author right after a quotation. */
const AUTHORED = /^\s*(?:was|is|were|are|had been|has been)\s+(?:originally\s+)?(?:written|sung|performed|recorded|directed|released|produced|published|composed|co-written|penned)\s+by\b/i;

function authoredAfter(text: string, end: number): boolean {
  return AUTHORED.test(text.slice(end, end + 60));
}

/** Membership test: is token i inside a quote span? */
function quoteMembership(starts: number[], spans: readonly QuoteSpan[]): (i: number) => boolean {
  const inside = new Uint8Array(starts.length);
  let k = 0;
  for (let i = 0; i < starts.length; i++) {
    while (k < spans.length && spans[k]!.end <= starts[i]!) k++;
    if (k < spans.length && starts[i]! >= spans[k]!.start) inside[i] = 1;
  }
  return (i) => inside[i] === 1;
}
