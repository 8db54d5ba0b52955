/**
 * A tiny in-memory Desk for Discord-layer tests that must control the corpus exactly
 * (very long answers, hostile text). It follows the contract in src/model/types.ts:
 * word matching, speaker carry-over for follow-ups ("he"), offset/limit, notes.
 */
import type { Answer, AskOptions, AskResult, ContextMissing, ContextResult, Desk, DeskHolder, ReloadReport, SourcesResult } from '../../src/model/types.js';

export interface FakeSentence {
  text: string;
  speaker?: string;
  outlet: string;
  article: string;
  title: string;
  url?: string;
}

export function fakeDesk(sentences: FakeSentence[]): Desk {
  const ids = sentences.map((s, i) => `${s.article}:0:${i}`);
  const toAnswer = (s: FakeSentence, i: number, score: number): Answer => ({
    text: s.text,
    outlet: s.outlet,
    outlets: [s.outlet],
    article: s.article,
    articles: [s.article],
    sources: [{ outlet: s.outlet, article: s.article, title: s.title, ...(s.url ? { url: s.url } : {}), sentenceId: ids[i]!, published: '2022-02-16' }],
    speaker: s.speaker ?? null,
    kind: s.speaker ? 'quote' : null,
    published: '2022-02-16',
    score,
    sentenceId: ids[i]!,
  });
  const speakers = [...new Set(sentences.flatMap((s) => (s.speaker ? [s.speaker] : [])))];
  return {
    ask(question: string, options: AskOptions = {}): AskResult {
      const q = question.toLowerCase();
      let speaker = speakers.find((p) => q.includes(p.toLowerCase().split(' ').at(-1)!)) ?? null;
      if (!speaker && /\b(he|she|him|her|they)\b/.test(q)) speaker = options.context?.speaker ?? null;
      const words = q.split(/\W+/).filter((w) => w.length > 3 && !['what', 'said', 'about', 'else', 'does'].includes(w));
      const shown = new Set(/\belse\b/.test(q) ? (options.context?.shown ?? []) : []);
      const hits = sentences
        .map((s, i) => ({ s, i, score: words.filter((w) => s.text.toLowerCase().includes(w)).length + (speaker && s.speaker === speaker ? 5 : 0) }))
        .filter((h) => h.score > 0 && (!speaker || h.s.speaker === speaker) && !shown.has(ids[h.i]!))
        .filter((h) => !options.outlet || h.s.outlet.toLowerCase() === options.outlet.toLowerCase())
        .sort((a, b) => b.score - a.score || a.i - b.i);
      const offset = options.offset ?? 0;
      const page = hits.slice(offset, offset + (options.limit ?? 10)).map((h) => toAnswer(h.s, h.i, h.score));
      return {
        question,
        intent: speaker ? 'what-said' : 'general',
        answers: page,
        total: hits.length,
        ...(hits.length === 0 ? { note: speaker ? `No quotations from ${speaker} in the corpus.` : 'Nothing in the corpus matches that question.' } : {}),
        context: { question, speaker, topic: words.join(' '), outlet: options.outlet ?? null, shown: [...shown, ...page.map((a) => a.sentenceId)] },
      };
    },
    // The fake has no figures or attributions to compare: empty, as a corpus without any would be.
    compare: (topic: string) => ({ topic, groups: [] }),
    speakersByOutlet: () => [],
    timeline: (topic) => ({ topic, events: [] }),
    sources(): SourcesResult {
      const byArticle = new Map<string, FakeSentence[]>();
      for (const s of sentences) byArticle.set(s.article, [...(byArticle.get(s.article) ?? []), s]);
      return {
        articles: [...byArticle].map(([id, ss]) => ({ id, outlet: ss[0]!.outlet, title: ss[0]!.title, published: '2022-02-16', sentences: ss.length, quotes: ss.filter((s) => s.speaker).length, ...(ss[0]!.url ? { url: ss[0]!.url } : {}) })),
        loadedAt: '2022-02-16T00:00:00.000Z',
        sentences: sentences.length,
        quotes: sentences.filter((s) => s.speaker).length,
      };
    },
    context(sentenceId: string): ContextResult | ContextMissing {
      const i = ids.indexOf(sentenceId);
      if (i < 0) return { missing: 'article' };
      const s = sentences[i]!;
      const near = sentences.map((x, j) => ({ x, j })).filter(({ x, j }) => x.article === s.article && Math.abs(j - i) <= 2);
      return { article: s.article, outlet: s.outlet, title: s.title, ...(s.url ? { url: s.url } : {}), sentences: near.map(({ x, j }) => ({ id: ids[j]!, text: x.text, focus: j === i })) };
    },
    suggestSpeakers(partial: string, limit = 25): string[] {
      const p = partial.toLowerCase();
      return speakers.filter((s) => s.toLowerCase().includes(p)).slice(0, limit);
    },
    examples(): string[] {
      return speakers.slice(0, 3).map((s) => `what did ${s} say?`);
    },
  };
}

/** A holder over fake desks; `next` (a desk or an error) is what the next reload produces. */
export function fakeHolder(desk: Desk): DeskHolder & { next: Desk | Error; reloads: number } {
  const holder = {
    desk,
    corpusDir: '(fake)',
    next: desk as Desk | Error,
    reloads: 0,
    async reload(): Promise<ReloadReport> {
      holder.reloads++;
      if (holder.next instanceof Error) throw holder.next;
      holder.desk = holder.next;
      return { added: [], removed: [], changed: [], articles: 1, sentences: 1, quotes: 1, ms: 1, warnings: [] };
    },
  };
  return holder;
}
