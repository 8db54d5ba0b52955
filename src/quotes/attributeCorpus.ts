import { readPeopleText } from '../people/readPeopleText';
import { mergeTextPeople } from '../people/registry';
import type { TextPerson } from '../people/textPeople';
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
  // One wink-nlp reading per article serves both the quotations and the registry; only the
  // people are kept from it (a corpus's tokens would not fit in memory at 10,000 articles).
  const texts: { text: string; people: TextPerson[] }[] = [];
  const raw = new Map<string, Quote[]>();
  for (const a of articles) {
    const read = readPeopleText(a.body);
    texts.push({ text: a.body, people: read.people.people });
    raw.set(a.id, extractQuotes(a.body, read));
  }
  const registry = mergeTextPeople(texts);
  return { registry, quotes: nameSpeakers(raw, registry) };
}

/** Quotations with named speakers given their registry names (and roles, where the quote had none). */
export function nameSpeakers(quotes: ReadonlyMap<string, readonly Quote[]>, registry: PeopleRegistry): Map<string, Quote[]> {
  const named = new Map<string, Quote[]>();
  for (const [id, list] of quotes) {
    named.set(id, list.map((q) => {
      if (!q.named || !q.speaker) return q;
      const person = registry.lookup(q.speaker);
      if (!person) return q;
      return { ...q, speaker: person.name, role: q.role ?? person.roles[0] ?? null };
    }));
  }
  return named;
}
