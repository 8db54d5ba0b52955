import type { Article, Sentence } from '../corpus/types';
import type { SentenceIndex } from '../search/sentenceIndex';
import type { SentenceLookup } from './sentenceLookup';
import type { QuotesBySentence } from './quotesBySentence';

/** A person derived from the corpus (structurally the quotes module's `Person`). */
export interface PersonEntry {
  name: string;
  aliases: readonly string[];
  roles: readonly string[];
  gender?: 'male' | 'female';
}

/** The corpus's people, as the quotes module's registry provides them. */
export interface PeopleLookup {
  readonly people: readonly PersonEntry[];
  lookup(mention: string): PersonEntry | undefined;
  canonical(name: string): string;
  /** Readies lookups ahead of the first one, pausing between slices. */
  prepare?(pause: () => Promise<void> | void): Promise<void>;
}

/**
 * One quotation (or one part of a quotation split by its attribution), or one reported
 * statement, placed in the corpus.
 */
export interface QuoteRecord {
  article: string;
  /** 'quote': words in quotation marks; 'reported': a reported clause (indirect speech), never without a speaker. */
  kind: 'quote' | 'reported';
  /** `<article>#<group>`: parts of one quotation split by its attribution share it. */
  group: string;
  start: number;
  end: number;
  text: string;
  /** Canonical speaker name, or the mention for an unnamed source ("the official"), or null. */
  speaker: string | null;
  /** True when `speaker` is a named person, not an anonymous mention. */
  named: boolean;
  mention: string | null;
  role: string | null;
  cue: string | null;
  /** Indexes into `DeskData.sentences` of the first and last sentence the quote touches. */
  firstSentence: number;
  lastSentence: number;
}

/** Everything a desk answers from; built once per (re)load and never mutated. */
export interface DeskData {
  articles: Article[];
  articleById: Map<string, Article>;
  sentences: Sentence[];
  sentenceById: SentenceLookup;
  quotes: QuoteRecord[];
  /** Quote indexes by sentence index. */
  quotesBySentence: QuotesBySentence;
  people: PeopleLookup;
  /** The sentence index (compact, typed arrays; `index.packed` is what the cache stores). */
  index: SentenceIndex;
  /** Processed term → number of sentences containing it (undefined: not in the corpus). */
  df: { get(term: string): number | undefined };
  /** ISO time the corpus was loaded. */
  loadedAt: string;
}
