import type { DeskData } from '../model/deskData';
import { queryTokens, searchSentences, type SentenceHit } from './searchSentences';
import { typeFit, type AnswerType } from './answerTypes';
import { holdsWordsTogether } from './wordsTogether';
import { unmatchedNames } from './unmatchedNames';

/**
 * The least coverage of a near match (`typedNearMatches`): below the floor a question's own
 * words set, above a match sharing one common word.
 */
const NEAR_FLOOR = 0.3;
/** How many of the best near matches are read (bounded work: a few sentences' type fits). */
const NEAR_CHECKED = 5;

/**
 * The type fit (`typeFit`) that says a sentence gives the kind of answer asked in so many words:
 * a date or time for "when", a person introduced with a role for "who is", a name given after
 * "called" or in apposition for "what is it called", a measure of the asked dimension, a place
 * next to the question's own words for "where". General and count questions have no such fit
 * (a count's figure may count anything): they get no near matches.
 */
const PLAIN_FIT: Partial<Record<AnswerType['kind'], number>> = { when: 1.6, 'who-is': 2, measure: 3 };

/**
 * When no sentence reaches the coverage floor: the best matches just below it (at least
 * `NEAR_FLOOR`) that give the kind of answer asked plainly (`PLAIN_FIT`), hold two of the
 * question's words together (`wordsTogether.ts`) and mention every name it gives
 * (`unmatchedNames`). Users ask in their own words ("what yr was the peace deal that
 * recognizing the rebel areas would wreck"), so the answering sentence ("… would effectively
 * shatter a 2015 peace deal …") shares less of the question than the floor asks for, while
 * plain search ranks it first; the sentence's form (here, a year) is the evidence the missing
 * words would have given. Questions about what the corpus does not hold are left without
 * answers by the checks: a detail it never gives has no sentence of that form among the near
 * matches, an absent name or topic no match holding its words, and words the corpus lacks
 * outweigh what a near match holds.
 */
export function typedNearMatches(
  data: DeskData,
  type: AnswerType,
  question: string,
  query: string,
  questionWords: ReadonlySet<string>,
  alternatives: ReadonlyMap<string, readonly string[]>,
  within?: (sentence: number) => boolean,
): SentenceHit[] {
  const least = PLAIN_FIT[type.kind];
  if (least === undefined) return [];
  const tokens = queryTokens(data, query, new Set(), alternatives, true);
  // Words the corpus lacks (under every form, variant and stem read) are what no sentence can
  // hold: a near match must hold more of the question than they weigh. "When did the
  // skateboarders arrive in geneva" is about someone the corpus never mentions, however plainly
  // "Students arrived in Geneva in May" gives a date.
  const total = tokens.reduce((sum, t) => sum + t.weight, 0);
  const absent = tokens.filter((t) => t.forms.every((f) => data.df.get(f) === undefined)).reduce((sum, t) => sum + t.weight, 0);
  if (total <= 0) return [];
  const near = searchSentences(data, query, { alternatives, minCoverage: Math.max(NEAR_FLOOR, absent / total), fullNames: true, limit: NEAR_CHECKED, ...(within && { filter: within }) });
  return near.filter(
    (h) =>
      h.coverage > absent / total &&
      typeFit(data, h.sentence, type, questionWords) >= least &&
      holdsWordsTogether(data, tokens, [h.sentence]) &&
      unmatchedNames(data, question, [h.sentence]).length === 0,
  );
}
