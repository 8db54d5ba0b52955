/**
 * Line-level rules that recognise scraped boilerplate: widgets, promos, footers, bios.
 * Each rule looks at one line (a paragraph of the scrape) with a little context and says
 * whether the line is boilerplate. They are general, named, and tested one by one; no rule
 * names a particular article.
 */

export interface LineContext {
  /** The line, trimmed. */
  text: string;
  /** Index among the article's non-empty lines, and their count. */
  index: number;
  count: number;
  /** All non-empty lines, trimmed, in order. */
  lines: readonly string[];
  title: string;
  byline?: string;
}

export interface BoilerplateRule {
  name: string;
  matches(line: LineContext): boolean;
}

const WIDGET_LINES = new Set(
  ['play live radio', 'next up:', 'available on air stations', 'listen', 'listen live', 'share:', 'share', 'share this',
    'in other news', 'load more', 'advertisement', 'related', 'related articles', 'read more', 'see also:', 'see also',
    'more from', 'sign up', 'subscribe', 'comments', 'show comments'],
);

const TERMINAL = /[.!?…]["”’')\]]*$|["”]$/;
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function wordCount(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    name: 'player widget',
    // Radio/video players: fixed labels and bare timecodes like "0:00 0:00".
    matches: ({ text }) => WIDGET_LINES.has(text.toLowerCase()) || /^(\d{1,2}:\d{2}\s*)+$/.test(text),
  },
  {
    name: 'see-also promo',
    matches: ({ text }) => /^(see also|read more|related|also read|read also|watch)\s*:/i.test(text),
  },
  {
    name: 'headline repeated',
    matches: ({ text, title }) => normalise(text) === normalise(title),
  },
  {
    name: 'comment policy',
    matches: ({ text }) => /\bcomment(ing)? policy\b|\bbefore commenting\b|\bcomments? (are|is) closed\b/i.test(text),
  },
  {
    name: 'contact line',
    matches: ({ text }) =>
      /\bcan be reached at\b|\b(contact|email|e-mail) (us|the author|him|her)\b/i.test(text) ||
      /[\w.+-]+@[\w-]+\.[\w.]+/.test(text),
  },
  {
    name: 'social follow promo',
    // "Follow Pam Key on Twitter @pamkeyNEN.": the author's handle, closing the article (a quoted
    // "follow me on Twitter" inside the story has no handle and does not close it).
    matches: ({ text, index, count }) =>
      /^["“]?follow\s+[^.!?]{1,120}?\bon\s+(?:twitter|facebook|instagram)\b/i.test(text) && (/@\w/.test(text) || index >= count - 2),
  },
  {
    name: 'copyright',
    matches: ({ text }) => /^(copyright\b|©|\(c\)\s*\d{4})/i.test(text) || /\ball rights reserved\b/i.test(text),
  },
  {
    name: 'contributor line',
    matches: ({ text }) =>
      /^(contributing|contributors?|additional reporting)\s*(:|by\b)/i.test(text) ||
      /\bcontributed (to )?(this|the) (report|article|story)\b/i.test(text),
  },
  {
    name: 'author bio',
    // A closing paragraph about the byline's author ("Becky Sullivan has reported … since 2011").
    matches: ({ text, byline, index, count }) => {
      if (index < count - 3 || !byline) return false;
      return authorNames(byline).some((name) =>
        new RegExp(`^${escapeRegExp(name)}\\s+(is|was|has|had|covers|joined|reports|writes)\\b`, 'i').test(text),
      );
    },
  },
  {
    name: 'photo caption printed twice',
    // Scrapes print a caption once for the image and once for its lightbox: the same line
    // twice within a few lines. A real paragraph does not repeat itself that close.
    matches: ({ text, lines, index }) => {
      if (wordCount(text) < 6) return false;
      for (let i = Math.max(0, index - 3); i <= Math.min(lines.length - 1, index + 3); i++) {
        if (i !== index && lines[i] === text) return true;
      }
      return false;
    },
  },
  {
    name: 'headline-like line',
    // Last: the specific rules above name a line more precisely. Subheads, promo headlines ("Missiles, military drills and NATO:How diplomacy…"), photo
    // credits: short lines with no sentence-ending punctuation. News paragraphs end with one.
    matches: ({ text }) => {
      const words = wordCount(text);
      if (words === 0) return true;
      if (/^[-•*]\s/.test(text)) return false; // bullet summaries are sentences
      if (!TERMINAL.test(text)) return words <= 18;
      // A lone short question without quotes is a subhead ("What has changed on the ground?").
      return /\?$/.test(text) && words <= 8 && !/["“”]/.test(text);
    },
  },
];

/** The names in a byline such as "Yuras Karmanau, Associated Press" or "By Ann Lee and Bo Ma". */
function authorNames(byline: string): string[] {
  return byline
    .replace(/^by\s+/i, '')
    .split(/,|\band\b|&/)
    .map((s) => s.trim())
    .filter((s) => /^\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+)+$/u.test(s));
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first rule that says the line is boilerplate, or undefined for a kept line. */
export function boilerplateRuleFor(line: LineContext): BoilerplateRule | undefined {
  return BOILERPLATE_RULES.find((rule) => rule.matches(line));
}
