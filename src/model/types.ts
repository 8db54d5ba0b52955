import type { CompareResult, SpeakerCoverage } from '../claims/types';

export type { CompareResult, SpeakerCoverage };

/**
 * The contract between the domain core and its front ends (CLI, console, Discord).
 * Front ends hold a `Desk` and call these; they never reach into the index.
 */

/** What the question asks for, as understood by `understandQuestion`. */
export type Intent =
  | 'what-said' // "what did Stoltenberg say [about X]"
  | 'who-said' // "who said 'we remain in the window'"
  | 'how-many' // "how many troops ..."
  | 'when' // "when ..."
  | 'where' // "where ..."
  | 'general'; // anything else: ranked sentences

/** One ranked answer: a sentence (or quotation sentence), merged across the outlets that printed it. */
export interface Answer {
  /** Verbatim text as printed by the first outlet. */
  text: string;
  /**
   * `text` with run-together words of the scrape split as the outlet printed them (only spaces
   * inserted); what front ends show. Absent when nothing needed splitting.
   */
  printed?: string;
  /** Outlet of the best-ranked copy. */
  outlet: string;
  /** Every outlet that printed this (near-identical) sentence, best first, no repeats. */
  outlets: string[];
  /** Article id of the best-ranked copy. */
  article: string;
  /** All article ids carrying it, aligned with nothing: use `sources` for pairs. */
  articles: string[];
  /** One entry per copy: which outlet, article, title and url. */
  sources: AnswerSource[];
  /** Canonical speaker when the sentence carries an attributed quotation or reported statement, else null. */
  speaker: string | null;
  /**
   * 'quote': the answer holds words in quotation marks; 'reported': a reported statement
   * (indirect speech: "Stoltenberg said NATO could prove …"), shown without quote marks;
   * null: a sentence that is neither.
   */
  kind: 'quote' | 'reported' | null;
  /** Publication date (YYYY-MM-DD) of the best-ranked copy's article. */
  published: string;
  /** Relevance; higher is better. Comparable only within one result. */
  score: number;
  /**
   * Sentence id of the best-ranked copy, for "Context": opaque, and anchored on the sentence's
   * text, so it names the same sentence after reloads until that sentence is edited or removed.
   */
  sentenceId: string;
}

export interface AnswerSource {
  outlet: string;
  article: string;
  title: string;
  url?: string;
  sentenceId: string;
  /** Publication date of this copy's article, YYYY-MM-DD. */
  published: string;
}

/** Thread memory handed back to `ask` for follow-ups ("what else did he say"). */
export interface ConversationContext {
  /** The previous question, as asked. */
  question: string;
  /** Person the conversation is about, canonical name, if any. */
  speaker?: string | null;
  /** Topic words of the previous question (without the person). */
  topic?: string;
  /** Outlet filter of the previous question, if any. */
  outlet?: string | null;
  intent?: Intent;
  /** Sentence ids already shown, so "what else" skips them. */
  shown?: string[];
  /** Time frame of the previous question (YYYY-MM-DD, inclusive), kept by follow-ups ("what else did he say"). */
  since?: string;
  until?: string;
}

export interface AskOptions {
  /** Maximum answers returned (default 10; 25 for what-said questions when not set). */
  limit?: number;
  /** Skip this many answers (paging: the "More" button). */
  offset?: number;
  /** Only answers printed by this outlet (case-insensitive name match). */
  outlet?: string;
  /** Previous turn of the conversation, for follow-ups. */
  context?: ConversationContext;
  /** Only answers published on or after this day (YYYY-MM-DD), besides any frame the question names. */
  since?: string;
  /** Only answers published on or before this day (YYYY-MM-DD). */
  until?: string;
}

export interface AskResult {
  question: string;
  intent: Intent;
  answers: Answer[];
  /** Answers available before offset/limit were applied. */
  total: number;
  /** A plain sentence for the user when there are no answers or a caveat ("No quotations from X in the corpus."). */
  note?: string;
  /** Context to store for the next turn of this conversation. */
  context: ConversationContext;
  /** One line when the top answers carry figures the outlets disagree on ("Outlets differ — …"). */
  differences?: string;
  /** The time frame the answers were limited to (from the question's words, the options or the thread), if any. */
  frame?: { since?: string; until?: string };
}

export interface ArticleSummary {
  id: string;
  outlet: string;
  title: string;
  published: string;
  url?: string;
  sentences: number;
  quotes: number;
}

export interface SourcesResult {
  articles: ArticleSummary[];
  /** ISO timestamp of when this corpus was loaded. */
  loadedAt: string;
  sentences: number;
  quotes: number;
}

/** Sentences around one sentence, for the "Context" button. */
export interface ContextResult {
  article: string;
  outlet: string;
  title: string;
  url?: string;
  /** `printed`: the text with run-together words split (see `Answer.printed`), when it differs. */
  sentences: { id: string; text: string; printed?: string; focus: boolean }[];
}

/**
 * Why `context` found no sentence: its article is no longer in the corpus, or the article is
 * there but no longer has that sentence (it was edited or removed since the id was handed out).
 */
export interface ContextMissing {
  missing: 'article' | 'sentence';
}

/** One dated entry of a topic's timeline: a distinct statement or fact, copies merged. */
export interface TimelineEvent {
  /** Publication date (YYYY-MM-DD) of the first copy printed. */
  date: string;
  /** Verbatim text of that copy. */
  text: string;
  /** `text` with run-together words of the scrape split (see `Answer.printed`); absent when nothing needed splitting. */
  printed?: string;
  /** Outlet of that copy. */
  outlet: string;
  /** Every outlet that printed it, earliest first. */
  outlets: string[];
  /** Article id of that copy. */
  article: string;
  /** Canonical speaker of an attributed statement, else null. */
  speaker: string | null;
}

export interface TimelineResult {
  topic: string;
  /** In date order, at most 25; empty when nothing in the corpus is relevant. */
  events: TimelineEvent[];
}

export interface TimelineOptions {
  /** Only events published on or after this day (YYYY-MM-DD). */
  since?: string;
  /** Only events published on or before this day (YYYY-MM-DD). */
  until?: string;
}

/** A loaded, indexed corpus that answers questions. Immutable: a reload builds a new one. */
export interface Desk {
  ask(question: string, options?: AskOptions): AskResult;
  sources(): SourcesResult;
  /** The sentences around a sentence id's sentence, or why there is none now. */
  context(sentenceId: string, radius?: number): ContextResult | ContextMissing;
  /** Canonical speaker names matching a prefix or misspelling, best first, at most `limit`. */
  suggestSpeakers(partial: string, limit?: number): string[];
  /** Example questions drawn from this corpus, for /help. */
  examples(): string[];
  /** Figures on a topic grouped by quantity across outlets, with whether they agree. */
  compare(topic: string): CompareResult;
  /** Who quoted whom: named speakers, the outlets quoting each, quotations only one outlet carried. */
  speakersByOutlet(): SpeakerCoverage[];
  /** The dated development of a topic: distinct statements and facts in date order, covering the span. */
  timeline(topic: string, options?: TimelineOptions): TimelineResult;
}

/** A corpus file that could not be loaded, and why (shown to moderators). */
export interface CorpusProblem {
  file: string;
  reason: string;
}

/** What a (re)load changed, for the /reload reply. */
export interface ReloadReport {
  added: string[];
  removed: string[];
  changed: string[];
  articles: number;
  sentences: number;
  quotes: number;
  /** Wall time of the reload in milliseconds. */
  ms: number;
  /** Files skipped with a warning (the reload still succeeded). */
  warnings: CorpusProblem[];
  /**
   * `build`: the corpus was read and indexed; `cache`: the persisted desk was loaded (nothing
   * had changed since it was built, or another shard had just built it).
   */
  source?: 'cache' | 'build';
}

/** How a reload gets the new desk. */
export interface ReloadOptions {
  /**
   * `persisted`: another process (a shard) has just built this folder's desk and persisted it;
   * load that (a read, not a build) when it still matches the folder, else build. Default
   * `build`: build (which still loads the persisted desk when nothing has changed).
   */
  from?: 'build' | 'persisted';
}

/**
 * Holds the serving desk and swaps it atomically on reload. Implemented by
 * `createDeskHolder(corpusDir)` in `src/desk/deskHolder.ts`.
 */
export interface DeskHolder {
  /** The desk serving now; read it per request, never cache it across awaits. */
  readonly desk: Desk;
  readonly corpusDir: string;
  /**
   * Re-read the corpus folder and swap in the new desk. A call made while a reload runs
   * (which read the folder before the call) does not join it: every such call shares one
   * follow-up reload that starts when the running one is over, and resolves with that
   * reload's report (a follow-up asked only `from: 'persisted'` loads the persisted desk).
   * `onProgress` follows the reload that serves the call.
   * Rejects with `CorpusLoadError` (old desk keeps serving) when the corpus is broken.
   */
  reload(onProgress?: (done: number, total: number) => void, options?: ReloadOptions): Promise<ReloadReport>;
}

/** A reload that failed as a whole; the previous desk keeps serving. */
export class CorpusLoadError extends Error {
  constructor(readonly problems: CorpusProblem[]) {
    super(problems.map((p) => `${p.file}: ${p.reason}`).join('; ') || 'corpus failed to load');
    this.name = 'CorpusLoadError';
  }
}
