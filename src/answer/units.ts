import type { DeskData, QuoteRecord } from '../model/deskData';
import type { Answer } from '../model/types';
import { copyKey } from './copyKey';
import { sentenceSpeaker } from './sentenceSpeaker';

/** A candidate answer before merging: one sentence, or the sentences one quotation spans. */
export interface Unit {
  sentences: number[];
  article: string;
  text: string;
  /** Equal for copies of one text by one speaker (`copyKey`); only those merge. */
  key: string;
  score: number;
  coverage: number;
  speaker: string | null;
  /** 'quote' when the unit holds a quotation, 'reported' when only reported statements, null for a plain sentence. */
  kind: StatementKind | null;
}

/** Direct quotation, reported statement (indirect speech). */
export type StatementKind = 'quote' | 'reported';

/** A copy of a remembered unit to score (its text still joined only when read, once). */
export function freshUnit(unit: Unit): Unit {
  return {
    sentences: unit.sentences,
    article: unit.article,
    get text() {
      return unit.text;
    },
    key: unit.key,
    score: 0,
    coverage: 0,
    speaker: unit.speaker,
    kind: unit.kind,
  };
}


export function sentenceUnit(data: DeskData, index: number): Unit {
  const sentence = data.sentences[index]!;
  const speaker = sentenceSpeaker(data, index);
  return {
    kind: sentenceKind(data, index),
    sentences: [index],
    article: sentence.article,
    text: sentence.text,
    key: copyKey(sentence.text, speaker),
    score: 0,
    coverage: 0,
    speaker,
  };
}


/**
 * One unit per quotation: the sentences its parts span. Quotations of one speaker that
 * share a sentence become one unit, so a sentence is never shown twice.
 */
export function quoteUnits(data: DeskData, quotes: readonly QuoteRecord[]): Unit[] {
  const byGroup = new Map<string, QuoteRecord[]>();
  for (const quote of quotes) {
    const list = byGroup.get(quote.group) ?? [];
    list.push(quote);
    byGroup.set(quote.group, list);
  }
  type Span = { article: string; first: number; last: number; speaker: string | null; quotes: QuoteRecord[] };
  const spans: Span[] = [];
  // Spans by article and speaker: only those can take a group (a prolific speaker has
  // thousands of quotations; comparing each with every span was quadratic).
  const spansOf = new Map<string, Span[]>();
  for (const group of byGroup.values()) {
    const first = Math.min(...group.map((q) => q.firstSentence));
    const last = Math.max(...group.map((q) => q.lastSentence));
    const speaker = group[0]!.speaker;
    const key = `${group[0]!.article}\u0000${speaker ?? ''}\u0000${speaker === null ? 'none' : 'named'}`;
    const candidates = spansOf.get(key) ?? [];
    const overlapping = candidates.find((s) => first <= s.last && last >= s.first);
    if (overlapping) {
      overlapping.first = Math.min(overlapping.first, first);
      overlapping.last = Math.max(overlapping.last, last);
      overlapping.quotes.push(...group);
    } else {
      const span = { article: group[0]!.article, first, last, speaker, quotes: [...group] };
      spans.push(span);
      candidates.push(span);
      spansOf.set(key, candidates);
    }
  }
  return spans
    .sort((a, b) => a.first - b.first)
    .map((span) => {
      const sentences = range(span.first, span.last);
      let text: string | undefined;
      return {
        sentences,
        article: span.article,
        // Joined when read: only the answers on the page need it.
        get text() {
          return (text ??= joinSentences(data, sentences));
        },
        key: copyKey(span.quotes.sort((a, b) => a.start - b.start).map((q) => q.text).join(' '), span.speaker),
        score: 0,
        coverage: 0,
        speaker: span.speaker,
        kind: span.quotes.some((q) => q.kind === 'quote') ? 'quote' : 'reported',
      };
    });
}

/** What a sentence carries: a quotation, else a reported statement, else neither (null). */
export function sentenceKind(data: DeskData, index: number): StatementKind | null {
  const list = data.quotesBySentence.get(index);
  if (!list) return null;
  return list.some((i) => data.quotes[i]!.kind === 'quote') ? 'quote' : 'reported';
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Sentences joined as printed: a space within a paragraph, a line break between paragraphs. */
function joinSentences(data: DeskData, indexes: readonly number[]): string {
  let text = '';
  let paragraph = -1;
  for (const i of indexes) {
    const s = data.sentences[i]!;
    if (text) text += s.paragraph === paragraph ? ' ' : '\n';
    text += s.text;
    paragraph = s.paragraph;
  }
  return text;
}


export function toAnswer(data: DeskData, group: readonly Unit[]): Answer {
  const lead = group[0]!;
  const sources: Answer['sources'] = [];
  for (const unit of group) {
    if (sources.some((s) => s.article === unit.article)) continue;
    const article = data.articleById.get(unit.article)!;
    sources.push({
      outlet: article.outlet,
      article: article.id,
      title: article.title,
      ...(article.url && { url: article.url }),
      sentenceId: data.sentences[unit.sentences[0]!]!.id,
      published: article.published,
    });
  }
  const outlets = [...new Set(sources.map((s) => s.outlet))];
  return {
    text: lead.text,
    outlet: sources[0]!.outlet,
    outlets,
    article: lead.article,
    articles: sources.map((s) => s.article),
    sources,
    // Copies share their speaker (it is part of their key).
    speaker: lead.speaker,
    // Copies share their speaker; a quotation in any copy makes the answer one.
    kind: group.some((u) => u.kind === 'quote') ? 'quote' : lead.kind,
    published: sources[0]!.published,
    score: answerScore(group),
    sentenceId: sources[0]!.sentenceId,
  };
}


export function answerScore(group: readonly Unit[]): number {
  return Math.round(Math.max(...group.map((u) => u.score)) * 1000) / 1000;
}

