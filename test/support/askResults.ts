import type { Answer, AskResult } from '../../src/model/types.js';

/** What a rendering test varies in one answer. */
export interface AnswerInput {
  text: string;
  speaker: string | null;
  /** Default: 'quote' with a speaker, else null. */
  kind?: 'quote' | 'reported' | null;
  outlets: string[];
  title: string;
  url?: string | undefined;
  /** Default: 2022-02-16. */
  published?: string;
}

/** An AskResult with one answer per input, each from its own article `a<i>`, as the renderers receive it. */
export function askResultOf(question: string, raw: readonly AnswerInput[], options: { total: number; note?: string | undefined }): AskResult {
  const answers: Answer[] = raw.map((r, i) => ({
    text: r.text,
    outlet: r.outlets[0]!,
    outlets: r.outlets,
    article: `a${i}`,
    articles: [`a${i}`],
    sources: [{ outlet: r.outlets[0]!, article: `a${i}`, title: r.title, ...(r.url ? { url: r.url } : {}), sentenceId: `a${i}:0:0`, published: r.published ?? '2022-02-16' }],
    speaker: r.speaker,
    kind: r.kind !== undefined ? r.kind : r.speaker ? 'quote' : null,
    published: r.published ?? '2022-02-16',
    score: 1,
    sentenceId: `a${i}:0:0`,
  }));
  return { question, intent: 'general', answers, total: options.total, ...(options.note ? { note: options.note } : {}), context: { question } };
}
