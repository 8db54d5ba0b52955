/**
 * An article page's text and metadata, by @mozilla/readability over a linkedom document: the
 * headline, site name, byline and publication date come from `<meta>`, OpenGraph and JSON-LD
 * (readability reads all three), the text from readability's article content, one paragraph a
 * line. Page furniture that is never article text (scripts, navigation, forms, buttons,
 * asides, footers, iframes) is removed before readability scores the page.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ExtractedFields {
  title?: string;
  outlet?: string;
  byline?: string;
  /** YYYY-MM-DD, only when the page states a date. */
  published?: string;
  /** `<link rel="canonical">` or `og:url`, when an http(s) address. */
  canonicalUrl?: string;
  /** Paragraphs, one a line. Empty when the page holds no article. */
  body: string;
}

/** Never article text, whatever readability would make of it. */
const FURNITURE = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea, nav, footer, aside, [role="navigation"], [role="dialog"], [role="banner"], [role="complementary"], [aria-hidden="true"], [hidden]';
/**
 * Class or id words that mark page furniture inside a story's markup (an inline ad, a newsletter
 * box, share buttons, read-more links), which readability keeps when it holds a paragraph.
 */
const FURNITURE_WORD = /^(?:ads?|advert[\w-]*|ad[-_][\w-]+|[\w-]+[-_]ads?|newsletter[\w-]*|[\w-]+[-_]newsletter|promo[\w-]*|sponsor[\w-]*|share[\w-]*|social[\w-]*|related[\w-]*|cookie[\w-]*|consent[\w-]*|gdpr[\w-]*|subscri[\w-]*|paywall[\w-]*|read[-_]more|recirc[\w-]*|outbrain|taboola)$/i;
/** Elements that end a line of text. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, div, section, article, header, figure, figcaption, table, tr, dd, dt, ul, ol';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Reads an HTML page. */
export function extractArticle(html: string): ExtractedFields {
  const { document } = parseHTML(html);
  const canonicalUrl = httpUrl(
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  );
  // JSON-LD sits in a <script>: kept for readability to read, which removes it itself.
  for (const node of [...document.querySelectorAll(FURNITURE)]) if (!isJsonLd(node)) node.remove();
  for (const node of [...document.querySelectorAll('[class], [id]')]) {
    if (/^(?:html|body|main|article)$/i.test(node.tagName)) continue;
    const words = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`.split(/\s+/);
    if (words.some((w) => FURNITURE_WORD.test(w))) node.remove();
  }
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const body = article?.content ? htmlToLines(article.content) : '';
  const fields: ExtractedFields = { body };
  const title = clean(article?.title);
  const outlet = clean(article?.siteName);
  const byline = clean(article?.byline?.replace(/^by\s+/i, ''));
  const published = readDate(article?.publishedTime);
  if (title) fields.title = title;
  if (outlet) fields.outlet = outlet;
  if (byline) fields.byline = byline;
  if (published) fields.published = published;
  if (canonicalUrl) fields.canonicalUrl = canonicalUrl;
  return fields;
}

/** The text of an HTML fragment, one block (paragraph, heading, list item) a line. */
export function htmlToLines(fragment: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  for (const node of [...document.querySelectorAll(FURNITURE)]) node.remove();
  for (const br of [...document.querySelectorAll('br')]) br.replaceWith(document.createTextNode('\n'));
  for (const block of [...document.querySelectorAll(BLOCKS)]) {
    block.before(document.createTextNode('\n'));
    block.after(document.createTextNode('\n'));
  }
  const text: string = String(document.body?.textContent ?? '');
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function isJsonLd(node: { tagName: string; getAttribute(name: string): string | null }): boolean {
  return node.tagName.toLowerCase() === 'script' && (node.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/[\s\u00a0]+/g, ' ').trim();
  return text ? text.slice(0, 300) : undefined;
}

function httpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The date a page states, as YYYY-MM-DD: the date part of an ISO timestamp as written (the
 * publisher's own day, not shifted to UTC), or "12 March 2024" / "March 12, 2024". Anything
 * else is no date: it is then asked for, never guessed.
 */
export function readDate(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (dayFirst) return realDate(Number(dayFirst[3]), month(dayFirst[2]!), Number(dayFirst[1]));
  const monthFirst = /^(?:[A-Za-z]+,\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  if (monthFirst) return realDate(Number(monthFirst[3]), month(monthFirst[1]!), Number(monthFirst[2]));
  return undefined;
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function realDate(year: number, monthNumber: number, day: number): string | undefined {
  if (monthNumber < 1) return undefined;
  const text = `${String(year).padStart(4, '0')}-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text ? text : undefined;
}
