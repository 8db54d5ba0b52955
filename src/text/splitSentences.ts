import type { Article, Paragraph, Sentence } from '../corpus/types';
import { getNlp } from './nlp';
import { articleSentenceIds } from './sentenceIds';

/** A sentence's span inside one paragraph, as offsets into that paragraph's text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Sentence spans of one paragraph, by wink-nlp. Run per paragraph so that a dropped or
 * kept headline line can never be glued to the next sentence.
 */
export function splitParagraph(text: string): SentenceSpan[] {
  const nlp = getNlp();
  const spans: SentenceSpan[] = [];
  let cursor = 0;
  for (const sentence of nlp.readDoc(text).sentences().out()) {
    const trimmed = sentence.trim();
    if (!trimmed) continue;
    // wink-nlp reproduces the original text (it keeps inter-token spacing), so a forward
    // search from the previous end finds each sentence exactly once.
    const at = text.indexOf(trimmed, cursor);
    if (at < 0) continue;
    spans.push({ start: at, end: at + trimmed.length });
    cursor = at + trimmed.length;
  }
  return mergeFragments(text, spans);
}

// wink-nlp splits after a closing quote that ends in "?" or "!" even when the attribution
// follows ("“When will the troops be withdrawn?” the leader said"); and after abbreviations
// such as "Feb." or "Gov." followed by a capital. A piece that starts in lower case continues
// the previous sentence.
function mergeFragments(text: string, spans: SentenceSpan[]): SentenceSpan[] {
  const merged: SentenceSpan[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    const head = text.slice(span.start, span.start + 4);
    if (previous && /^[\p{Ll},;:)\]—–]|^["”’]+\s*\p{Ll}/u.test(head)) {
      previous.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

/**
 * Sentences of an article's kept paragraphs, with offsets into `article.body`.
 * `normalize` maps a sentence's verbatim text to the text used for search.
 */
export function splitSentences(
  article: Pick<Article, 'id' | 'outlet' | 'body'>,
  paragraphs: readonly Paragraph[],
  normalize: (text: string) => string = (t) => t,
): Sentence[] {
  const sentences: Sentence[] = [];
  const idOf = articleSentenceIds(article.id);
  for (const paragraph of paragraphs) {
    splitParagraph(paragraph.text).forEach((span, position) => {
      const start = paragraph.start + span.start;
      const end = paragraph.start + span.end;
      const text = article.body.slice(start, end);
      sentences.push({
        id: idOf(text),
        article: article.id,
        outlet: article.outlet,
        paragraph: paragraph.index,
        position,
        text,
        normalized: normalize(text),
        start,
        end,
      });
    });
  }
  return sentences;
}
