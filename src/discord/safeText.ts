/**
 * Corpus text goes into Discord verbatim but must render as text: Markdown escaped so
 * `**` or `_` in a quote is shown, not applied; masked-link brackets escaped so a quote
 * cannot forge a link; mentions broken with a zero-width space so "@everyone" in a quote
 * neither pings (allowed_mentions already prevents that) nor renders as a mention.
 */
import { escapeMarkdown } from 'discord.js';

const ZWSP = '\u200b';

export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(@[!&]?|#)(\d+)>/g, `<${ZWSP}$1$2>`);
}

/** Escape Markdown (incl. link brackets) and neutralise mentions in untrusted text; lone surrogates become U+FFFD. */
export function safeText(text: string): string {
  return neutraliseMentions(escapeMarkdown(wellFormed(text)).replace(/[[\]]/g, (c) => `\\${c}`));
}

/** Half a surrogate pair is not valid text; Discord may refuse the whole message for one. */
export function wellFormed(text: string): string {
  return text.replace(/\p{Cs}/gu, '\ufffd');
}

/** Cut to at most `max` characters, marking the cut with an ellipsis, never leaving a dangling escape. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  // A trailing backslash would escape the ellipsis; a lone high surrogate would be invalid.
  while (cut.endsWith('\\') || /[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + '…';
}

/** A URL safe inside `[text](url)`: http(s) only, no characters that would end the link. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    const href = parsed.href.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
    return href.length <= 512 ? href : undefined;
  } catch {
    return undefined;
  }
}

/** `[title](url)` when the url is usable, else the escaped title. */
export function linked(title: string, url: string | undefined, maxTitle = 200): string {
  const text = safeText(truncate(title, maxTitle));
  const href = safeUrl(url);
  return href ? `[${text}](${href})` : text;
}

/**
 * Greedily join lines into chunks of at most `max` characters (separator included);
 * a single over-long line is truncated rather than breaking the limit.
 */
export function packLines(lines: string[], max: number, separator = '\n'): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = truncate(raw, max);
    const next = current ? current + separator + line : line;
    if (next.length > max) {
      chunks.push(current);
      current = line;
    } else {
      current = next;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}
