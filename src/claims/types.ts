/**
 * Types of the claims module: figures printed in sentences, grouped across outlets,
 * wire copy, and who quoted whom. Pure data; the functions live one per module.
 */

/** What a figure measures. */
export type QuantityKind =
  | 'count' // "150,000 troops", "three sides", "four weeks"
  | 'measure' // "a 656-foot flag": a unit used as an adjective, with the thing measured
  | 'percent' // "55%", "thirty percent"
  | 'money' // "$2.5 billion"
  | 'date' // "Feb. 16", "2014", "Wednesday"
  | 'time'; // "3 p.m."

/**
 * How the printed figure bounds the true one.
 * - exact: a bare figure ("150,000 troops")
 * - approximate: about, approximately, around, roughly, some, nearly, almost, an estimated …
 * - lower-bound: more than, over, at least, upwards of …  (value is the bound)
 * - upper-bound: as many as, up to, fewer than, less than, at most …  (value is the bound)
 * - range: "three to four weeks", "between 10 and 20" (low/high)
 * - vague: "thousands", "hundreds of", "dozens" (low/high is the span the word allows)
 */
export type Qualifier = 'exact' | 'approximate' | 'lower-bound' | 'upper-bound' | 'range' | 'vague';

/** Whether the figure is a total, or a change to one ("another 7,000", "increased by 7,000"). */
export type Change = 'total' | 'increase' | 'decrease';

/** One figure found in a piece of text. Offsets are UTF-16 indexes into the text analysed. */
export interface Quantity {
  kind: QuantityKind;
  /** The figure: the single value, the bound, or the low end of a range / vague span. */
  value: number;
  low: number;
  high: number;
  qualifier: Qualifier;
  /** The qualifier words as printed, lowercase ("more than", "as many as"), or null. */
  qualifierText: string | null;
  /**
   * What is counted or the unit, lemmatised and lowercase: "troop", "people", "foot",
   * "percent", "usd", "date". Null when the text does not say ("stood at 140,000" with no noun).
   */
  unit: string | null;
  /** For measures and percentages, the thing measured or the base ("flag", "american"). */
  object: string | null;
  /** Whose: proper-noun modifiers of the counted noun, lowercase ("russian", "u.s.", "nato"). */
  owner: string | null;
  change: Change;
  /** Words that widen or narrow what is counted ("including separatist forces"), as printed. */
  scope: string | null;
  /** Dates and times: ISO form (YYYY, YYYY-MM-DD, or HH:MM); null for other kinds. */
  iso: string | null;
  /** The figure as printed with its qualifier and counted noun ("about 150,000 troops"). */
  text: string;
  start: number;
  end: number;
  /** Content lemmas near the figure (lowercase), for telling quantities apart. */
  context: string[];
  /** Proper nouns near the figure that are not modifiers or people (lowercase): where/what about. */
  places: string[];
  /** The `places` printed after a locative preposition ("in Belarus", "near Ukraine's borders"). */
  locations: string[];
}

/** A quantity placed in the corpus. */
export interface Claim extends Quantity {
  /** Index into `DeskData.sentences`. */
  sentence: number;
  sentenceId: string;
  /** The sentence as printed (`sentence.text`), for display. */
  sentenceText: string;
  article: string;
  outlet: string;
  /** The article's publication date (YYYY-MM-DD), or '' when unknown. */
  published: string;
}

/** How the outlets' figures for one quantity relate. */
export type Agreement = 'same' | 'compatible' | 'differ';

/** One figure of a group: claims with the same figure from near-identical sentences merged. */
export interface GroupedFigure {
  /** The first claim (best copy); its sentence is the one shown. */
  claim: Claim;
  /** Every claim merged into this figure (wire copies, repeats). */
  claims: Claim[];
  /** Outlets carrying this figure in this wording, no repeats, in corpus order. */
  outlets: string[];
  /** Article ids carrying it. */
  articles: string[];
}

/** Claims across outlets about the same quantity. */
export interface ClaimGroup {
  /** A readable name of the quantity ("Russian troops (increase)", "flag (foot)"). */
  quantity: string;
  unit: string;
  change: Change;
  agreement: Agreement;
  figures: GroupedFigure[];
  /** Distinct outlets in the group. */
  outlets: string[];
  /** Plain-language reason for the agreement ("650 foot vs 656 foot"). */
  note: string;
}

/** Sentences printed (near-)verbatim by several outlets: one source, not several. */
export interface WireGroup {
  /** Indexes into `DeskData.sentences`, corpus order. */
  sentences: number[];
  /** The first copy's text, as printed. */
  text: string;
  outlets: string[];
  articles: string[];
  /** Agency the carrying articles credit ("Associated Press", "Reuters"), or null. */
  agency: string | null;
}

/** Who an outlet quoted. */
export interface SpeakerCoverage {
  speaker: string;
  /** Outlets quoting the speaker, with how many quotations each, most first. */
  outlets: { outlet: string; quotations: number }[];
  quotations: QuotationCoverage[];
}

/** One quotation of a speaker, merged across the outlets printing it. */
export interface QuotationCoverage {
  text: string;
  outlets: string[];
  articles: string[];
  /** True when only one outlet carried it. */
  exclusive: boolean;
}

/** What `compareTopic` returns. */
export interface CompareResult {
  topic: string;
  groups: ClaimGroup[];
}
