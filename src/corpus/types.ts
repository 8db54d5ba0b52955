/** An article as loaded from `corpus/<id>.md`. */
export interface Article {
  /** Stable id: front matter `id`, else the file name without `.md`. */
  id: string;
  outlet: string;
  title: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  byline?: string;
  url?: string;
  /** The body as scraped (boilerplate included); every offset points into this. */
  body: string;
  /** File the article came from, relative to the corpus folder. */
  file: string;
}

/** A paragraph of the body kept by the cleaner. Offsets are UTF-16 indexes into `Article.body`. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  /** The original text, `body.slice(start, end)`. */
  text: string;
}

/** One sentence of a kept paragraph. */
export interface Sentence {
  /**
   * `<articleId>:<hash of the text>`, `.<n>` added for the n-th copy of a text in the article
   * (`src/text/sentenceIds.ts`): the same while the sentence is in the article, whatever else changes.
   */
  id: string;
  article: string;
  outlet: string;
  paragraph: number;
  /** Position of the sentence within its paragraph, from 0. */
  position: number;
  /** Verbatim text as printed: `article.body.slice(start, end)`. */
  text: string;
  /** Text with run-together words repaired ("JensStoltenberg" → "Jens Stoltenberg"); used for search only. */
  normalized: string;
  start: number;
  end: number;
}
