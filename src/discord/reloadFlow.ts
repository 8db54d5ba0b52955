/** Run a reload (everywhere) and report it, or report why it failed and that the old corpus still serves. */
import type { ChatInputCommandInteraction } from 'discord.js';
import { CorpusLoadError, type CorpusProblem } from '../desk/types.js';
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

export async function reloadAndReport(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  ctx.logger.info(`reload requested by ${interaction.user.id}`);
  try {
    const { report, shards } = await ctx.reloadEverywhere();
    ctx.logger.info(`reload done: ${report.articles} articles, ${report.sentences} sentences in ${Math.round(report.ms)} ms`);
    await sendEmbedsAsReplies(interaction, renderReloadReport(report, shards), true);
  } catch (error) {
    const problems = loadProblems(error);
    if (!problems) throw error;
    ctx.logger.warn(`reload failed; previous corpus keeps serving`, problems);
    await sendEmbedsAsReplies(interaction, renderLoadFailure(problems), true);
  }
}
