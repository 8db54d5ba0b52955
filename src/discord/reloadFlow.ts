/** Run a reload (everywhere) and report it, or report why it failed and that the old corpus still serves. */
import { performance } from 'node:perf_hooks';
import type { ChatInputCommandInteraction } from 'discord.js';
import { progressBar } from '../cli/progressBar.js';
import { CorpusLoadError, type CorpusProblem } from '../model/types.js';
import { NO_MENTIONS } from './answerFlow.js';
import type { BotContext } from './botContext.js';
import { renderLoadFailure, renderReloadReport } from './renderInfo.js';
import { sendEmbedsAsReplies } from './sendEmbeds.js';

/** A CorpusLoadError, also when it crossed a process boundary (sharding) as a plain object. */
export function loadProblems(error: unknown): CorpusProblem[] | undefined {
  if (error instanceof CorpusLoadError) return error.problems;
  if (error && typeof error === 'object' && (error as { name?: unknown }).name === 'CorpusLoadError') {
    const problems = (error as { problems?: unknown }).problems;
    return Array.isArray(problems) ? (problems as CorpusProblem[]) : [];
  }
  return undefined;
}

/** A large corpus takes minutes to rebuild: the reply shows progress, edited at most this often. */
export const RELOAD_PROGRESS_EVERY_MS = 2000;

/**
 * Progress for the deferred /reload reply: the first update after `everyMs` (small corpora
 * finish before and never show one), then at most one edit per `everyMs`, in order.
 */
function replyProgress(interaction: ChatInputCommandInteraction, everyMs: number) {
  const started = Date.now();
  let last = started;
  let shown = false;
  let edits: Promise<unknown> = Promise.resolve();
  return {
    update(done: number, total: number): void {
      const now = Date.now();
      if (now - last < everyMs || done >= total) return;
      last = now;
      shown = true;
      const content = `Reloading the corpus… \`${progressBar(done, total, 20)}\` (${Math.round((now - started) / 1000)} s)`;
      edits = edits.then(() => interaction.editReply({ content, allowedMentions: NO_MENTIONS })).catch(() => undefined);
    },
    /** Waits for pending edits and clears the progress line before the report replaces it. */
    async finish(): Promise<void> {
      await edits;
      if (shown) await interaction.editReply({ content: '', allowedMentions: NO_MENTIONS }).catch(() => undefined);
    },
  };
}

export async function reloadAndReport(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  ctx.logger.info(`reload requested by ${interaction.user.id}`);
  const progress = replyProgress(interaction, RELOAD_PROGRESS_EVERY_MS);
  const started = performance.now();
  const took = () => (performance.now() - started) / 1000;
  let counted = false;
  try {
    const { report, shards } = await ctx.reloadEverywhere((done, total) => progress.update(done, total)).finally(() => progress.finish());
    ctx.telemetry.reloaded('ok', took());
    counted = true;
    ctx.logger.info(`reload done${report.source === 'cache' ? ' (from the persisted desk)' : ''}: ${report.articles} articles, ${report.sentences} sentences in ${Math.round(report.ms)} ms`);
    await sendEmbedsAsReplies(interaction, renderReloadReport(report, shards), true);
  } catch (error) {
    const problems = loadProblems(error);
    if (!counted) ctx.telemetry.reloaded(problems ? 'bad_files' : 'error', took());
    if (!problems) throw error;
    ctx.logger.warn(`reload failed; previous corpus keeps serving`, problems);
    await sendEmbedsAsReplies(interaction, renderLoadFailure(problems), true);
  }
}
