import { repairWithInsertions } from './repairText';
import { findTextPeople, type TextPeople } from './textPeople';
import { tokenize, type Token } from './tokens';

/**
 * One article's text as the quotation and people stages read it: run-together words
 * repaired ("JensStoltenberg" → "Jens Stoltenberg"), wink-nlp tokens of the repaired text and
 * the people it names. Both stages need exactly this, so a build computes it once per article
 * (it is the costly wink-nlp pass) and hands it to both.
 */
export interface PeopleText {
  /** The repaired text; repairs only insert spaces. */
  fixed: string;
  /** Original positions of the inserted spaces, sorted. */
  insertions: number[];
  toks: Token[];
  people: TextPeople;
}

export function readPeopleText(text: string): PeopleText {
  const { text: fixed, insertions } = repairWithInsertions(text);
  const toks = tokenize(fixed);
  const people = findTextPeople(toks);
  // A person's name is a proper noun wherever the text uses it, though wink-nlp may tag a surname
  // that is also a word as one ("Lynch said …", "Pence says …" read as verbs): later stages look
  // for a noun or name as a speaker.
  for (const r of people.refs) {
    const t = toks[r.end - 1]!;
    if (/^\p{Lu}/u.test(t.text) && /^(VERB|AUX|ADJ|ADV|ADP|SCONJ|CCONJ|DET|PRON|PART|INTJ)$/.test(t.pos)) t.pos = 'PROPN';
  }
  return { fixed, insertions, toks, people };
}
