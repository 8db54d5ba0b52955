import { buildDeskData } from '../../src/build/buildDeskData';
import type { DeskData } from '../../src/model/deskData';
import type { Article } from '../../src/corpus/types';

/** A DeskData built from plain texts, one article per entry (body paragraphs separated by blank lines). */
export function deskFrom(entries: { outlet: string; body: string; byline?: string; id?: string; published?: string; title?: string }[]): DeskData {
  const articles: Article[] = entries.map((e, i) => ({
    id: e.id ?? `a${i}`,
    outlet: e.outlet,
    title: e.title ?? `Article ${i}`,
    published: e.published ?? '2022-02-16',
    body: e.body,
    file: `a${i}.md`,
    ...(e.byline && { byline: e.byline }),
  }));
  return buildDeskData(articles, new Date('2022-02-16T12:00:00Z'));
}
