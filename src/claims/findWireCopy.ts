import { fingerprint } from '../answer/mergeDuplicates';
import type { DeskData } from '../desk/deskData';
import { clusterNearIdentical } from './clusterNearIdentical';
import { creditedAgency } from './creditedAgency';
import type { WireGroup } from './types';

/**
 * Sentences printed verbatim or near-verbatim (`nearIdentical`) by two or more outlets: one
 * source, so an answer can say "carried by 3 outlets" and a comparison counts it once. The
 * agency is the one most of the carrying articles credit (ties: first credited), or null.
 * Linear-ish in the corpus: texts are bucketed by their rarest words before comparing.
 */
export function findWireCopy(data: DeskData): WireGroup[] {
  const texts = data.sentences.map((s) => fingerprint(s.normalized));
  const agencies = new Map<string, string | null>();
  const agencyOf = (article: string): string | null => {
    if (!agencies.has(article)) {
      const a = data.articleById.get(article);
      agencies.set(article, a ? creditedAgency(a) : null);
    }
    return agencies.get(article)!;
  };
  const groups: WireGroup[] = [];
  for (const cluster of clusterNearIdentical(texts)) {
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
