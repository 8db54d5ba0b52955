/**
 * Which gate left a fact question without answers, for the eval's per-question log (`npm run
 * eval -- --verbose` prints it beside each unanswered miss): the gates decide abstention, and
 * tuning them needs to know which one dropped an answerable question. One slot, written by
 * `retrieveSentences` on every fact question and read right after the question by the eval;
 * questions run one at a time (the desk is synchronous), so nothing interleaves.
 */
export type FactGate =
  /** A name the question gives that the corpus never mentions. */
  | 'absent-name'
  /** No sentence covers enough of the question's words. */
  | 'coverage'
  /** A measure question whose matches give no measure of its kind. */
  | 'measure-kind'
  /** A how-many/how-much question whose matches give no figure of what it counts (or no sum of money). */
  | 'count-kind'
  /** A when, who-is or what-called question, or one asking for a share, whose matches give no date, person, name or percentage. */
  | 'kind-asked'
  /** A who-is question naming an office (mayor, minister, CEO) whose matches print no such title of that country. */
  | 'office-absent'
  /** A name the question gives that no match mentions. */
  | 'unmatched-name'
  /** No match holds two of the question's words together (`wordsTogether.ts`). */
  | 'apart';

let last: FactGate | null = null;

/** Records why the fact question being answered got no answers (null: it got some, or no gate ran). */
export function recordFactGate(gate: FactGate | null): void {
  last = gate;
}

/** The gate that dropped the last fact question, then forgets it. */
export function takeFactGate(): FactGate | null {
  const gate = last;
  last = null;
  return gate;
}
