import type { Article, Paragraph } from './types';
import { boilerplateRuleFor } from './boilerplateRules';

export interface DroppedLine {
  text: string;
  rule: string;
}

export interface CleanedArticle {
  paragraphs: Paragraph[];
  dropped: DroppedLine[];
}

// "WASHINGTON – ", "JAKARTA - ", "KYIV, Ukraine (AP) — ": a dateline opening one of the first paragraphs.
const DATELINE = /^(?:\p{Lu}[\p{Lu}.' -]{1,40}(?:, [\p{L}. ]{2,30})?(?: \([\p{L}\s]+\))?\s*[-–—]+\s+)(?=\p{Lu}|["“])/u;
const BULLET = /^[-•*]\s+/;

/**
 * Splits an article body into its kept paragraphs (one per non-empty line), dropping
 * boilerplate lines by rule. Offsets point into `article.body`, so the kept text is always
 * the original; a leading bullet marker or dateline is left outside the paragraph.
 */
export function cleanArticle(article: Pick<Article, 'body' | 'title' | 'byline'>): CleanedArticle {
  const raw: { text: string; start: number }[] = [];
  const lineRe = /[^\r\n]+/g;
  for (let m = lineRe.exec(article.body); m; m = lineRe.exec(article.body)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (text) raw.push({ text, start: m.index + lead });
  }
  const lines = raw.map((l) => l.text);
  const paragraphs: Paragraph[] = [];
  const dropped: DroppedLine[] = [];
  raw.forEach((line, index) => {
    const rule = boilerplateRuleFor({
      text: line.text,
      index,
      count: raw.length,
      lines,
      title: article.title,
      ...(article.byline !== undefined && { byline: article.byline }),
    });
    if (rule) {
      dropped.push({ text: line.text, rule: rule.name });
      return;
    }
    let skip = BULLET.exec(line.text)?.[0].length ?? 0;
    if (paragraphs.length < 5) skip += DATELINE.exec(line.text.slice(skip))?.[0].length ?? 0;
    const start = line.start + skip;
    const end = line.start + line.text.length;
    paragraphs.push({ index: paragraphs.length, start, end, text: article.body.slice(start, end) });
  });
  return { paragraphs, dropped };
}
