/** What commands and event handlers get besides the interaction: the desk and the bot's small stores. */
import type { ConversationContext, DeskHolder, ReloadReport } from '../model/types.js';
import type { ButtonIds } from './buttonIds.js';
import type { Cooldowns } from './cooldowns.js';
import type { Logger } from './logger.js';
import type { PagedView } from './pagedViews.js';
import type { Telemetry } from './telemetry.js';
import type { ThreadContexts } from './threadContexts.js';
import type { IntakePolicies } from './intakeFlow.js';
import type { MovedArticle } from '../intake/removeArticle.js';

export type ButtonState =
  | {
      kind: 'more';
      question: string;
      outlet?: string;
      /** Offset of the page the button shows. */
      offset: number;
      /** Context the first page was asked with, so later pages rank the same. */
      context?: ConversationContext;
      ephemeral: boolean;
    }
  | { kind: 'context'; sentenceId: string; ephemeral: boolean }
  /** Undo of /add: the added article goes to .removed/. */
  | { kind: 'undo-add'; id: string }
  /** Undo of /remove: the removed file comes back. */
  | { kind: 'undo-remove'; moved: MovedArticle }
  | {
      kind: 'page';
      /** What the paged message lists, re-rendered from the current desk on each press. */
      view: PagedView;
      /** The page the button shows (0-based). */
      page: number;
      /** `loadedAt` of the corpus the message was rendered from, to tell the presser when it changed. */
      corpus: string;
      ephemeral: boolean;
    };

export interface BotContext {
  holder: DeskHolder;
  logger: Logger;
  moderatorRoleId?: string;
  messageContentIntent: boolean;
  threads: ThreadContexts;
  buttons: ButtonIds<ButtonState>;
  cooldowns: Cooldowns;
  /** Fetch rules for /add's links and attachments. */
  intake: IntakePolicies;
  /** Metrics and health of this bot (questions, reloads, gateway). */
  telemetry: Telemetry;
  /** Answers per page (the More button shows the next page). */
  pageSize: number;
  /**
   * Reload the corpus in every process serving this bot (all shards) and resolve with
   * this process's report; rejects with CorpusLoadError when the corpus is broken.
   * `onProgress` follows this process's build (done of total steps).
   */
  reloadEverywhere(onProgress?: (done: number, total: number) => void): Promise<{ report: ReloadReport; shards: number }>;
}
