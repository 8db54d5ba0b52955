/** Direct quotation (in quote marks) or reported statement (indirect speech, no quote marks). */
export type StatementKind = 'quote' | 'reported';

/**
 * One direct quotation, or one reported statement, found in a text, with who said it.
 * Offsets are UTF-16 indexes into the text.
 */
export interface Quote {
  /** Offset of the opening quote mark (reported: of the clause's first word, "that" included). */
  start: number;
  /** Offset just past the closing quote mark (or the paragraph end for a quote left open; reported: the clause's end). */
  end: number;
  /** `text.slice(start, end)`, quote marks included. */
  text: string;
  /** 'quote' for text in quotation marks; 'reported' for a reported clause (always with a speaker). */
  kind: StatementKind;
  /** Canonical speaker name, the mention itself when it cannot be resolved, or null. */
  speaker: string | null;
  /** Offsets of the mention the cue attaches to ("he", "Blinken"), as written. */
  speakerStart: number | null;
  speakerEnd: number | null;
  /** The mention as written. */
  mention: string | null;
  /** The reporting verb ("said", "according to"), or null. */
  cue: string | null;
  /** The speaker's role if known ("NATO Secretary General"). */
  role: string | null;
  /** id shared by the parts of one quotation split by its attribution */
  group: number;
  /** true when speaker is a resolved named person (not an anonymous mention) */
  named: boolean;
}
