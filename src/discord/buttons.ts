/** More / Context / page presses: verify the signed custom_id and the presser, then answer from server-side state. */
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { BotContext } from './botContext.js';
import { askDesk, NO_MENTIONS, rememberTurn, sendResultToInteraction } from './answerFlow.js';
import { contextMissingText } from '../desk/contextMissingText.js';
import { turnPage } from './pagedReply.js';
import { renderContext } from './renderInfo.js';
import { replyBriefly } from './replies.js';
import { undoFromButton } from './intakeFlow.js';

const REFUSALS = {
  forged: 'That button is not one of mine.',
  stale: 'That button has expired. Ask again with /ask.',
  'other-user': 'Only the person who asked can use these buttons. Ask your own question with /ask.',
} as const;

export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const check = ctx.buttons.check(interaction.customId, interaction.user.id);
  if (!check.ok) {
    ctx.logger.info(`refused button press by ${interaction.user.id}: ${check.reason}`);
    await replyBriefly(interaction, REFUSALS[check.reason]);
    return;
  }
  const state = check.state;
  if (state.kind === 'page') {
    await turnPage(interaction, ctx, state);
    return;
  }
  if (state.kind === 'context') {
    await showContext(interaction, ctx, state.sentenceId, state.ephemeral);
    return;
  }
  if (state.kind === 'undo-add' || state.kind === 'undo-remove') {
    await undoFromButton(interaction, ctx, state);
    return;
  }
  await interaction.deferReply(state.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const request = { question: state.question, offset: state.offset, ...(state.outlet ? { outlet: state.outlet } : {}), ...(state.context ? { context: state.context } : {}) };
  const result = askDesk(ctx, request);
  await sendResultToInteraction(interaction, ctx, result, request, state.ephemeral);
  if (interaction.channel?.isThread() && ctx.threads.has(interaction.channelId)) rememberTurn(ctx, interaction.channelId, result, state.ephemeral);
}

/**
 * The sentences around the answer's sentence. The lookup is quick and comes first, so a
 * sentence that is gone (its article edited or removed by a reload since) is said briefly and
 * privately, even under a public answer.
 */
async function showContext(interaction: ButtonInteraction, ctx: BotContext, sentenceId: string, ephemeral: boolean): Promise<void> {
  const context = ctx.holder.desk.context(sentenceId, 2);
  if ('missing' in context) {
    await replyBriefly(interaction, contextMissingText(context));
    return;
  }
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  await interaction.editReply({ embeds: renderContext(context), allowedMentions: NO_MENTIONS });
}
