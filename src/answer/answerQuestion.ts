import type { DeskData } from '../model/deskData';
import type { Answer, AskOptions, AskResult, ConversationContext } from '../model/types';
import { deskLookup } from './deskLookups';
import { mergeCopies } from './mergeDuplicates';
import { retrieveQuotesOf, sortQuoteGroups, type KnownCopies } from './retrieveQuotesOf';
import { retrieveOutletLeads } from './retrieveOutletLeads';
import { shieldOutletNames } from './shieldOutletNames';
import { retrieveSentences } from './retrieveSentences';
import { retrieveWhoSaid } from './retrieveWhoSaid';
import { byFirstName, speakerNamed } from './resolveSpeakerPhrase';
import { theNickname } from './theNickname';
import { retrieveQuotesOfEach } from './twoSpeakers';
import { DEFAULT_TUNING, type AnswerTuning } from './tuning';
import { isPronounSpeaker, understandQuestion, type UnderstoodQuestion } from './understandQuestion';
import { answerTypeOf } from './answerTypes';
import { namesMoney } from './moneyQuestion';
import { answerScore, toAnswer, type Unit } from './units';
import { articleDates, sentencesInFrame } from '../time/articleDates';
import { asksForRecency, orderByDate, withoutRecencyWords } from '../time/recency';
import { describeFrame, inFrame, intersect, isDate, readTimeFrame, type Factual, type TimeFrame } from '../time/timeFrame';

export const DEFAULT_LIMIT = 10;
/** What-said questions return all of a person's quotations, up to this many by default. */
export const DEFAULT_QUOTE_LIMIT = 25;
const MAX_SHOWN_REMEMBERED = 100;

/**
 * Answers a question from the corpus: understands it, retrieves and ranks sentences or
 * quotations, merges copies printed by several outlets, and pages the result.
 * Returns no answers, with a plain note, when nothing in the corpus is relevant.
 */
export function answerQuestion(
  data: DeskData,
  question: string,
  options: AskOptions = {},
  tuning: AnswerTuning = DEFAULT_TUNING,
): AskResult {
  // "Who said …" gives words to find in a quotation ("who said we will decide this week"): they
  // are searched whole first; only when no quotation has them all is a time phrase among them
  // read as a frame ("who said lock her up in July").
  // Only when no statement printed the words and none of them is a time frame are statements
  // that say them in other words sought ("who said wars in europe dont usually begin on
  // wednesdays"): "we will decide on the pipeline in January" is not the February statement.
  if (WHO_SAID_LEAD.test(question.trim())) {
    const whole = answerWith(data, question, options, tuning, false, false);
    if (whole.answers.length > 0) return whole;
    if (!readTimeFrame(question, articleDates(data).newest).frame) {
      const loose = answerWith(data, question, options, tuning, false, true);
      return loose.answers.length > 0 ? loose : whole;
    }
    const framed = answerWith(data, question, options, tuning, true, false);
    return framed.answers.length > 0 ? framed : whole;
  }
  return answerWith(data, question, options, tuning, true);
}

/** `paraphrases`: who-said may answer with statements in other words (`retrieveWhoSaid`). */
function answerWith(data: DeskData, question: string, options: AskOptions, tuning: AnswerTuning, readFrames: boolean, paraphrases = true): AskResult {
  const outlets = deskLookup(data, 'outlets');
  const dates = articleDates(data);
  // Time words ("this week", "since March 3") are a frame, not words to search for; "now" is
  // the newest publication date in the corpus. A who-said question's words ask for no recency.
  const quoting = WHO_SAID_LEAD.test(question.trim());
  const shielded = shieldOutletNames(question, outlets, dates.newest);
  const framed = readFrames ? readTimeFrame(shielded.text, dates.newest, { factual: quoting ? false : factKind(question) }) : { frame: null, rest: shielded.text };
  const read = { ...framed, rest: shielded.restore(framed.rest) };
  const recency = !quoting && asksForRecency(question);
  const asked = recency ? withoutRecencyWords(read.rest) : read.rest;
  const understood =
    timeOnlyFollowUp(asked, read.frame, options.context, data) ??
    understandQuestion(asked, {
      people: data.people,
      outlets,
      // A registry name the speakers spell another way speaks too ("Jim Comey": James Comey's statements).
      speaks: (name) => (deskLookup(data, 'quotesBySpeaker').get(name)?.length ?? 0) > 0 || speakerNamed(data, name) !== null,
      firstName: (word) => byFirstName(data, word, false),
      printed: (word) => data.df.get(word) !== undefined,
      nickname: (word) => theNickname(data, word),
      ...(options.context && { context: options.context }),
    });
  // Follow-ups keep the thread's frame unless they name their own; options narrow either.
  const contextFrame = understood.followUp ? frameOf(options.context) : null;
  const frame = intersect(read.frame ?? contextFrame, frameOf(options));
  const outlet = options.outlet ? outlets.find((o) => o.toLowerCase() === options.outlet?.toLowerCase()) ?? options.outlet : understood.outlet;
  // Searches skip sentences outside the frame (a frame's answers may rank below the best 200 overall).
  const within = frame ? sentencesInFrame(data, frame) : undefined;
  let { units, note, copies, speaker } = retrieve(data, understood, tuning, within, options.context?.speaker, paraphrases);
  if (outlet) units = units.filter((u) => data.articleById.get(u.article)?.outlet === outlet);
  if (frame) {
    const before = units.length;
    // One map look-up a candidate (the per-corpus table of dates), no scan of articles.
    units = units.filter((u) => inFrame(dates.byArticle.get(u.article) ?? '', frame));
    if (before > 0 && units.length === 0) note = outsideFrameNote(understood, speaker, outlet, frame);
  }
  if (understood.excludeShown && options.context?.shown) {
    const shown = new Set(options.context.shown);
    const before = units.length;
    units = units.filter((u) => !u.sentences.some((s) => shown.has(data.sentences[s]?.id ?? '')));
    if (before > 0 && units.length === 0 && understood.intent === 'what-said') note = thatWasAll(data, speaker ?? understood.person?.name ?? understood.subject ?? 'them', before, copies, outlet);
  }
  const unfiltered = copies !== undefined && units.length === copies.units;
  const groups = unfiltered ? copies.groups.map((group) => group.map((i) => units[i]!)) : mergeCopies(units, (u) => u.key);
  const dateOf = (group: readonly Unit[]) => dates.byArticle.get(group[0]!.article) ?? '';
  // A speaker's statements: ties on score go to the most outlets, then the newest (`sortQuoteGroups`).
  if (understood.intent === 'what-said') sortQuoteGroups(data, groups, dateOf);
  // Newer first among the relevant when the question asks for recency; near-ties newest first otherwise.
  const ranked = recency || understood.intent !== 'what-said' ? orderByDate(groups, answerScore, dateOf, recency) : groups;
  const limit = Math.max(0, options.limit ?? (understood.intent === 'what-said' ? DEFAULT_QUOTE_LIMIT : DEFAULT_LIMIT));
  const offset = Math.max(0, options.offset ?? 0);
  // Answers (texts, sources) only for the page: a prolific speaker has thousands of groups.
  const page = ranked.slice(offset, offset + limit).map((group) => toAnswer(data, group));
  if (groups.length === 0 && !note) note = noAnswerNote(understood, outlet);
  // The figures side by side are /compare's; the answers here are the sentences on the topic.
  if (understood.compareTopic && !note) note = `How the outlets' figures on ${understood.compareTopic} compare: /compare ${understood.compareTopic}`;
  if (groups.length > 0 && outlet && !note) note = undefined;
  return {
    question,
    intent: understood.intent,
    answers: page,
    total: groups.length,
    ...(note !== undefined && { note }),
    context: { ...nextContext(question, understood, outlet, page, options.context, speaker), ...frame },
    ...(frame && { frame }),
  };
}

const WHO_SAID_LEAD = /^(?:and |so )?(?:who|which (?:official|person|leader|politician|minister))\s+(?!is\b|was\b|are\b|were\b|heads\b|runs\b|leads\b|won\b|chairs\b|is in charge\b)/i;

/**
 * Whether a question asks for a count (how many, how much), another fact (when, where, who is,
 * what is X called), or coverage (false). A sum of money is another fact: its month is the
 * period the sum is about ("how much did the casinos take in October" is answered in November).
 */
function factKind(question: string): Factual {
  const kind = answerTypeOf(question).kind;
  if (kind === 'count') return namesMoney(question) ? 'other' : 'count';
  return kind !== 'general' || /^(?:and |so )?(?:when|where)\b/i.test(question.trim()) ? 'other' : false;
}

/** A frame given as options or kept in a thread's context; null when there is none (an invalid date is no bound). */
function frameOf(source: { since?: string | undefined; until?: string | undefined } | undefined): TimeFrame | null {
  if (!source) return null;
  const since = source.since !== undefined && isDate(source.since) ? source.since : undefined;
  const until = source.until !== undefined && isDate(source.until) ? source.until : undefined;
  return since || until ? { ...(since && { since }), ...(until && { until }) } : null;
}

/** Only a time frame with nothing else ("what about last week?", "and yesterday?"): the thread's question again in that frame. */
const TIME_ONLY = /^(?:and|so|ok,?)?\s*(?:(?:what|how)\s+about)?\s*[?!.]*$/i;

function timeOnlyFollowUp(asked: string, frame: TimeFrame | null, context: ConversationContext | undefined, data: DeskData): UnderstoodQuestion | null {
  if (!frame || !context || !TIME_ONLY.test(asked)) return null;
  const person = context.speaker ? data.people.lookup(context.speaker) ?? null : null;
  const intent = context.intent ?? 'general';
  return {
    intent,
    person,
    subject: person ? null : context.speaker ?? null,
    topic: context.topic ?? '',
    quoted: null,
    outlet: context.outlet ?? null,
    excludeShown: false,
    followUp: true,
  };
}

function outsideFrameNote(q: UnderstoodQuestion, speaker: string | undefined, outlet: string | null, frame: TimeFrame): string {
  const when = describeFrame(frame);
  const name = speaker ?? q.person?.name ?? q.subject;
  if (q.intent === 'what-said' && name) return `No statements by ${name}${outlet ? ` in ${outlet}` : ''} ${when} in the corpus.`;
  return `Nothing${outlet ? ` in ${outlet}` : ' in the corpus'} ${when} answers that.`;
}

/** The units a question's kind retrieves: one strategy a kind, each in its own module. */
/** `recent`: the person the conversation is about, meant when a role or surname fits several. */
function retrieve(data: DeskData, q: UnderstoodQuestion, tuning: AnswerTuning, within?: (sentence: number) => boolean, recent?: string | null, paraphrases = true): { units: Unit[]; note?: string; copies?: KnownCopies; speaker?: string } {
  switch (q.intent) {
    case 'what-said':
      return q.together?.length ? retrieveQuotesOfEach(data, q, recent) : retrieveQuotesOf(data, q, recent);
    case 'who-said':
      return { units: retrieveWhoSaid(data, q, tuning, within, paraphrases) };
    default:
      // "what did NPR report", nothing to search for: what the outlet's articles open with.
      if (q.outlet && q.intent === 'general' && !q.topic.trim() && !q.person && !q.subject) return { units: retrieveOutletLeads(data, q.outlet, within) };
      return { units: retrieveSentences(data, q, tuning, within) };
  }
}


/**
 * After every statement of a speaker was shown, "what else did he say" is told so, with how
 * many there were and what is left to ask, instead of being told there are none.
 */
function thatWasAll(data: DeskData, name: string, units: number, copies: KnownCopies | undefined, outlet: string | null): string {
  const count = copies && copies.units === units && !outlet ? copies.groups.length : units;
  const statements = count === 1 ? 'the one statement' : `all ${count} statements`;
  const outlets = deskLookup(data, 'outlets').length;
  return `That was ${statements} by ${name}${outlet ? ` in ${outlet}` : ' in the corpus'}. Ask about another topic, another speaker${outlets > 1 && !outlet ? ', or one outlet' : ''}.`;
}

function noAnswerNote(q: UnderstoodQuestion, outlet: string | null): string {
  if (q.intent === 'what-said' && (q.person || q.subject)) {
    const name = q.person?.name ?? q.subject;
    return outlet ? `No statements by ${name} in ${outlet}.` : `No statements by ${name} in the corpus.`;
  }
  if (q.intent === 'who-said') return 'No quotation in the corpus matches those words.';
  if (outlet) return `Nothing in ${outlet} answers that.`;
  return 'Nothing in the corpus answers that.';
}

function nextContext(
  question: string,
  q: UnderstoodQuestion,
  outlet: string | null,
  page: readonly Answer[],
  previous: ConversationContext | undefined,
  resolved: string | undefined,
): ConversationContext {
  // Who the conversation is about now: the person asked about (as resolved from a role or
  // first name), else (after "who said …") the speaker found, else the previous turn's person.
  // A pronoun the conversation did not resolve ("what did he say" first) names no one to remember.
  let speaker: string | null = resolved ?? q.person?.name ?? (q.subject && !isPronounSpeaker(q.subject) ? q.subject : null);
  if (speaker === null && q.intent === 'who-said') speaker = page[0]?.speaker ?? null;
  if (speaker === null && q.followUp) speaker = previous?.speaker ?? null;
  const shown = [...(q.followUp ? previous?.shown ?? [] : []), ...page.flatMap((a) => a.sources.map((s) => s.sentenceId))];
  // After an aside ("who is he?") the thread goes on as before it: "and about the emails?" is still about the speaker.
  if (q.aside && previous) return { ...previous, question, shown: shown.slice(-MAX_SHOWN_REMEMBERED) };
  return {
    question,
    speaker,
    topic: q.topic,
    outlet,
    intent: q.intent === 'who-said' ? 'what-said' : q.intent,
    shown: shown.slice(-MAX_SHOWN_REMEMBERED),
  };
}

