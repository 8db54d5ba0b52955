import { copyKey } from '../answer/copyKey';
import { mergeCopies } from '../answer/mergeDuplicates';
import { sentenceSpeaker } from '../answer/sentenceSpeaker';
import type { DeskData } from '../model/deskData';
import { creditedAgency } from './creditedAgency';
import type { WireGroup } from './types';

/**
 * Sentences printed with the same words and speaker (`copyKey`: punctuation, quote style, a
 * dateline and the same speaker's attribution clause aside) by two or more outlets: one source, so an answer can say "carried by 3
 * outlets" and a comparison counts it once. The agency is the one most of the carrying
 * articles credit (ties: first credited), or null. Sentences of fewer than six words ("He
 * said no.") are not wire copy.
 */
export function findWireCopy(data: DeskData): WireGroup[] {
  const indexes = data.sentences.map((_, i) => i).filter((i) => (data.sentences[i]!.text.match(WORDS)?.length ?? 0) >= MIN_WORDS);
  const agencies = new Map<string, string | null>();
  const agencyOf = (article: string): string | null => {
    if (!agencies.has(article)) {
      const a = data.articleById.get(article);
      agencies.set(article, a ? creditedAgency(a) : null);
    }
    return agencies.get(article)!;
  };
  const groups: WireGroup[] = [];
  for (const cluster of mergeCopies(indexes, (i) => copyKey(data.sentences[i]!.text, sentenceSpeaker(data, i)))) {
    if (cluster.length < 2) continue;
    const outlets = [...new Set(cluster.map((i) => data.sentences[i]!.outlet))];
    if (outlets.length < 2) continue;
    const articles = [...new Set(cluster.map((i) => data.sentences[i]!.article))];
    const votes = new Map<string, number>();
    for (const article of articles) {
      const agency = agencyOf(article);
      if (agency) votes.set(agency, (votes.get(agency) ?? 0) + 1);
    }
    const agency = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    groups.push({ sentences: cluster, text: data.sentences[cluster[0]!]!.text, outlets, articles, agency });
  }
  return groups;
}

const WORDS = /[\p{L}\p{N}]+/gu;
const MIN_WORDS = 6;
