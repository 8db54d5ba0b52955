import type { DeskData } from '../model/deskData';
import type { Unit } from './units';

/** A mention that is only a pronoun: the reader credited the statement through the pronoun chain. */
const PRONOUN = /^(?:he|she|they|him|her|them)$/i;

/**
 * Whether a speaker's statement is credited to them only through a pronoun ("…,” he added")
 * whose antecedent is not a statement of theirs just before it: none of its sentences'
 * statements by that speaker names them, and the sentence before it in the paragraph holds no
 * statement naming them ("Putin said Tuesday that … He added that …" is as certain as the
 * first). Such credits are the reader's least certain (on PolNeAR dev, 73 of the 100 whose
 * gold source is resolved were that person's, against 499 of 517 for statements naming their
 * speaker, and all 12 of those right after a named one), and a "he said" sentence shown on its
 * own does not say who spoke. A sentence credited by its own cue (no extracted statement of that
 * speaker) names them.
 */
export function pronounCredited(data: DeskData, unit: Unit): boolean {
  return pronounRank(data, unit) === 2;
}

/**
 * How a speaker's statement is credited to them: 0 a sentence of it names them, 1 only a
 * pronoun right after a statement naming them ("…,” he added"), 2 only a far pronoun
 * (`pronounCredited`).
 */
export function pronounRank(data: DeskData, unit: Unit): 0 | 1 | 2 {
  if (!unit.speaker) return 0;
  let pronoun = false;
  for (const s of unit.sentences) {
    const named = namesSpeaker(data, s, unit.speaker);
    if (named === true) return 0;
    if (named === false) pronoun = true;
  }
  if (!pronoun) return 0;
  const first = unit.sentences[0]!;
  const before = data.sentences[first - 1];
  const sentence = data.sentences[first]!;
  const sameParagraph = before !== undefined && before.article === sentence.article && before.paragraph === sentence.paragraph;
  return sameParagraph && namesSpeaker(data, first - 1, unit.speaker) === true ? 1 : 2;
}

/** Whether a sentence's statements by `speaker` name them (true), only say "he"/"she" (false), or there are none (null). */
function namesSpeaker(data: DeskData, sentence: number, speaker: string): boolean | null {
  let found: boolean | null = null;
  for (const i of data.quotesBySentence.get(sentence) ?? []) {
    const quote = data.quotes[i]!;
    if (quote.speaker !== speaker) continue;
    if (!PRONOUN.test((quote.mention ?? '').trim())) return true;
    found = false;
  }
  return found;
}
