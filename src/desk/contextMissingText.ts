import type { ContextMissing } from '../model/types';

/** What to tell a user whose Context request found no sentence (see `Desk.context`). */
export function contextMissingText(missing: ContextMissing): string {
  return missing.missing === 'sentence'
    ? 'That article has changed since this answer; the sentence is no longer in it.'
    : 'That article is no longer in the corpus.';
}
