import type { TextPerson } from '../people/textPeople';

/**
 * "PENCE: Well, look, …", "MR. TRUMP: …": the speaker label a transcript paragraph opens with,
 * upper case and followed by a colon. Headings in capitals ("VIDEO:", "UPDATE:") look the same,
 * so a label counts only when it names a person of the text (`transcriptSpeaker`).
 */
const TITLE = String.raw`(?:MR|MRS|MS|DR|SEN|REP|GOV)\.?\s+`;
const LABEL = new RegExp(String.raw`^\s*((?:${TITLE})?[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2}):\s+\S`, 'u');
const TITLE_FIRST = new RegExp(`^${TITLE}`);

/** The label's offset and text within the quoted words, or null. */
export function transcriptLabel(inner: string): { start: number; text: string } | null {
  const m = LABEL.exec(inner);
  if (!m) return null;
  return { start: m[0].indexOf(m[1]!), text: m[1]! };
}

/**
 * The one person of the text a transcript label names: by surname ("PENCE"), or by full name
 * ("MIKE PENCE"), a title before it aside. Null when none or several do.
 */
export function transcriptSpeaker(label: string, people: readonly TextPerson[]): TextPerson | null {
  const fold = (s: string) => s.toLowerCase().replace(/’/g, "'");
  const name = fold(label.replace(TITLE_FIRST, ''));
  const named = people.filter((p) => fold(p.surname) === name || fold(p.name) === name);
  return named.length === 1 ? named[0]! : null;
}
