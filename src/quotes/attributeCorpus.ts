import { buildPeopleRegistry } from '../people/registry';
import type { PeopleRegistry } from '../people/types';
import { extractQuotes } from './extractQuotes';
import type { Quote } from './types';

/**
 * Extracts the quotations of every article and names their speakers
 * consistently across the corpus: "Stoltenberg" in one article and "Jens
 * Stoltenberg" in another both become the registry's "Jens Stoltenberg".
 * Only named speakers are normalised; anonymous mentions stay as written.
 */
export function attributeCorpus(articles: { id: string; body: string }[]): {
  registry: PeopleRegistry;
  quotes: Map<string, Quote[]>;
} {
  const registry = buildPeopleRegistry(articles.map((a) => ({ id: a.id, text: a.body })));
  const quotes = new Map<string, Quote[]>();
  for (const a of articles) {
    quotes.set(a.id, extractQuotes(a.body).map((q) => {
      if (!q.named || !q.speaker) return q;
      const person = registry.lookup(q.speaker);
      if (!person) return q;
      return { ...q, speaker: person.name, role: q.role ?? person.roles[0] ?? null };
    }));
  }
  return { registry, quotes };
}
