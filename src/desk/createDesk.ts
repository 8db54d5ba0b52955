import { answerQuestion } from '../answer/answerQuestion';
import { deskLookup } from '../answer/deskLookups';
import { resolveSpeakerPhrase } from '../answer/resolveSpeakerPhrase';
import { findPerson } from '../answer/understandQuestion';
import { compareTopic } from '../claims/compareTopic';
import { noteDifferences } from '../claims/noteDifferences';
import { speakersByOutlet } from '../claims/speakersByOutlet';
import type { SpeakerCoverage } from '../claims/types';
import { editDistance } from '../text/editDistance';
import type { DeskData } from '../model/deskData';
import { printedText } from './printedText';
import { parseSentenceId } from '../text/sentenceIds';
import { buildTimeline } from '../time/timeline';
import type { AskOptions, AskResult, ContextMissing, ContextResult, Desk, SourcesResult, TimelineResult } from '../model/types';

/** Wraps built desk data in the `Desk` interface the front ends use. */
export function createDesk(data: DeskData): Desk {
  const speakerList = () => deskLookup(data, 'speakersByCount');
  let coverage: SpeakerCoverage[] | undefined;
  return {
    ask: (question, options) => askWithDifferences(data, question, options),
    sources: () => sources(data),
    context: (sentenceId, radius = 2) => context(data, sentenceId, radius),
    suggestSpeakers: (partial, limit = 25) => withResolved(data, partial, suggestSpeakers(speakerList(), partial, limit), limit),
    examples: () => examples(data, speakerList()),
    compare: (topic) => compareTopic(data, topic),
    speakersByOutlet: () => (coverage ??= speakersByOutlet(data)),
    timeline: (topic, options) => withPrintedEvents(data, buildTimeline(data, topic, options)),
  };
}

/** The answer, plus a one-line note when its top answers carry figures the outlets disagree on. */
function askWithDifferences(data: DeskData, question: string, options?: AskOptions): AskResult {
  const result = withPrinted(data, answerQuestion(data, question, options));
  const sentences = result.answers
    .slice(0, 6)
    .flatMap((a) => a.sources.map((s) => data.sentenceById.get(s.sentenceId)))
    .filter((i): i is number => i !== undefined);
  const differences = noteDifferences(data, sentences);
  return differences ? { ...result, differences } : result;
}

/** Each answer with the text as the outlet printed it, where the scrape ran words together. */
function withPrinted(data: DeskData, result: AskResult): AskResult {
  const printed = result.answers.map((a) => printedText(data, a.text));
  if (printed.every((p, i) => p === result.answers[i]!.text)) return result;
  return { ...result, answers: result.answers.map((a, i) => (printed[i] === a.text ? a : { ...a, printed: printed[i]! })) };
}

/** Each event with the text as the outlet printed it, where the scrape ran words together. */
function withPrintedEvents(data: DeskData, result: TimelineResult): TimelineResult {
  return {
    ...result,
    events: result.events.map((e) => {
      const printed = printedText(data, e.text);
      return printed === e.text ? e : { ...e, printed };
    }),
  };
}

function sources(data: DeskData): SourcesResult {
  const quoteCounts = deskLookup(data, 'quotesPerArticle');
  const articles = data.articles.map((a) => ({
    id: a.id,
    outlet: a.outlet,
    title: a.title,
    published: a.published,
    ...(a.url && { url: a.url }),
    sentences: data.sentenceById.countIn(a.id),
    quotes: quoteCounts.get(a.id) ?? 0,
  }));
  return {
    articles,
    loadedAt: data.loadedAt,
    sentences: data.sentences.length,
    quotes: articles.reduce((sum, a) => sum + a.quotes, 0),
  };
}

function context(data: DeskData, sentenceId: string, radius: number): ContextResult | ContextMissing {
  const index = data.sentenceById.get(sentenceId);
  if (index === undefined) {
    const article = parseSentenceId(sentenceId)?.article;
    return { missing: article !== undefined && data.articleById.has(article) ? 'sentence' : 'article' };
  }
  const focus = data.sentences[index]!;
  const article = data.articleById.get(focus.article)!;
  const sentences = [];
  for (let i = Math.max(0, index - radius); i <= Math.min(data.sentences.length - 1, index + radius); i++) {
    const s = data.sentences[i]!;
    if (s.article !== focus.article) continue;
    const printed = printedText(data, s.text);
    sentences.push({ id: s.id, text: s.text, ...(printed !== s.text && { printed }), focus: i === index });
  }
  return { article: article.id, outlet: article.outlet, title: article.title, ...(article.url && { url: article.url }), sentences };
}

/**
 * Speakers for autocomplete: prefix matches of any name part first, then substring, then
 * names within one or two edits of what was typed ("Stoltenburg").
 */
function suggestSpeakers(speakers: readonly string[], partial: string, limit: number): string[] {
  const typed = partial.toLowerCase().trim();
  if (!typed) return speakers.slice(0, limit);
  const scored: { name: string; rank: number }[] = [];
  for (const name of speakers) {
    const lower = name.toLowerCase();
    const parts = lower.split(/\s+/);
    let rank: number | undefined;
    if (lower.startsWith(typed) || parts.some((p) => p.startsWith(typed))) rank = 0;
    else if (lower.includes(typed)) rank = 1;
    else {
      // Typos only once enough is typed to tell names apart: one edit from 5 letters, two from 8.
      const allowed = typed.length >= 8 ? 2 : typed.length >= 5 ? 1 : 0;
      const d = Math.min(...parts.map((p) => editDistance(p.slice(0, typed.length), typed, allowed)));
      if (allowed > 0 && d <= allowed) rank = 1 + d;
    }
    if (rank !== undefined) scored.push({ name, rank });
  }
  return scored.sort((a, b) => a.rank - b.rank).slice(0, Math.max(0, Math.min(limit, 25))).map((s) => s.name);
}

/**
 * Autocomplete resolves what was typed the way a question's speaker is resolved: a role
 * ("NATO chief"), a first name ("Hillary"), a full name with a typo, or an organisation ("the
 * Kremlin"), so that speaker comes first, before the names that merely start with the letters.
 */
function withResolved(data: DeskData, partial: string, names: string[], limit: number): string[] {
  const typed = partial.trim().slice(0, 100);
  if (typed.length < 3 || limit <= 0) return names;
  const quoted = deskLookup(data, 'quotesBySpeaker');
  let resolved: string | null = null;
  const person = findPerson(typed, data.people);
  if (person && quoted.has(person.name)) resolved = person.name;
  else if (/\s/.test(typed) || /^\p{L}+$/u.test(typed)) {
    const phrase = resolveSpeakerPhrase(data, typed);
    if (phrase.kind === 'person') resolved = phrase.name;
    else if (phrase.kind === 'organisation') resolved = phrase.name;
  }
  if (!resolved) return names;
  return [resolved, ...names.filter((n) => n !== resolved)].slice(0, Math.min(limit, 25));
}

function examples(data: DeskData, speakers: readonly string[]): string[] {
  const out: string[] = [];
  const top = speakers.slice(0, 2);
  for (const name of top) out.push(`what did ${name.split(' ').pop()} say`);
  const quote = data.quotes.find((q) => q.kind === 'quote' && q.named && q.text.length > 30 && q.text.length < 120);
  if (quote) {
    const words = quote.text.replace(/["“”]/g, '').split(/\s+/).slice(0, 6).join(' ');
    out.push(`who said "${words}"`);
  }
  if (data.sentences.some((s) => /\btroops\b/i.test(s.text))) out.push('how many troops has Russia massed near Ukraine');
  out.push(`what did ${data.articles[0]?.outlet ?? 'NPR'} report`);
  return out;
}
