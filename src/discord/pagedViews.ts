/**
 * Long lists (/sources, who quoted whom, the figures of /compare) as pages of one message:
 * which view a paged message shows, its pages rendered from a desk, and one page ready to
 * send (title carried over, "Page i of n" in the footer). Each page is one embed within
 * Discord's limits: a description of at most 4,096 characters, a title of at most 256.
 */
import type { APIEmbed } from 'discord.js';
import type { Desk } from '../model/types.js';
import { LIMITS } from './limits.js';
import { renderCompare, renderSpeakersByOutlet } from './renderCompare.js';
import { renderSources } from './renderInfo.js';
import { renderTimeline } from './renderTimeline.js';
import { truncate } from './safeText.js';

/** What a paged message lists; kept in the page buttons' state to re-render a page. */
export type PagedView =
  | { kind: 'sources' }
  | { kind: 'speakers' }
  | { kind: 'compare'; topic: string }
  | { kind: 'timeline'; topic: string; since?: string; until?: string };

/** Every page of `view`, rendered from `desk` (at least one). */
export function renderView(desk: Desk, view: PagedView): APIEmbed[] {
  switch (view.kind) {
    case 'sources':
      return [...renderSources(desk.sources()), ...renderSpeakersByOutlet(desk.speakersByOutlet())];
    case 'speakers':
      return renderSpeakersByOutlet(desk.speakersByOutlet());
    case 'compare':
      return renderCompare(desk.compare(view.topic));
    case 'timeline':
      return renderTimeline(desk.timeline(view.topic, { ...(view.since && { since: view.since }), ...(view.until && { until: view.until }) }));
  }
}

export interface Page {
  embed: APIEmbed;
  /** The page shown, `index` clamped to the pages there are. */
  index: number;
  count: number;
}

/**
 * Page `index` of `pages` (clamped): a page continuing a section gets the section's title,
 * and the footer says where it is ("Page 2 of 7"), followed by `note` if any.
 */
export function pageOf(pages: readonly APIEmbed[], index: number, note?: string): Page {
  const count = Math.max(pages.length, 1);
  const at = Math.min(Math.max(Math.trunc(index) || 0, 0), count - 1);
  // The renderers' own "Part i of n" footers give way to the page's.
  const { footer: _part, ...page } = pages[at] ?? { description: '(nothing)' };
  const title = page.title ?? sectionTitle(pages, at);
  const footer = [count > 1 ? `Page ${at + 1} of ${count}` : '', note ?? ''].filter(Boolean).join(' · ');
  return {
    embed: {
      ...page,
      ...(title ? { title } : {}),
      ...(footer ? { footer: { text: truncate(footer, LIMITS.footerText) } } : {}),
    },
    index: at,
    count,
  };
}

/** The title of the section page `at` continues, marked as continued; undefined when there is none. */
function sectionTitle(pages: readonly APIEmbed[], at: number): string | undefined {
  for (let i = at - 1; i >= 0; i--) {
    const title = pages[i]?.title;
    if (title) return `${truncate(title, LIMITS.embedTitle - ' (continued)'.length)} (continued)`;
  }
  return undefined;
}
