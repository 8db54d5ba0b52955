/**
 * A paged message: one page of a long list with Prev/Next buttons that only the person
 * who ran the command may press. A press edits the same message in place, re-rendering
 * from the desk serving now, so a reload since shows the current corpus (and says so).
 */
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { NO_MENTIONS } from './answerFlow.js';
import type { BotContext, ButtonState } from './botContext.js';
import { pageOf, renderView, type Page, type PagedView } from './pagedViews.js';

export type PageState = Extract<ButtonState, { kind: 'page' }>;

/** Said in the footer when the corpus was reloaded between showing a page and turning it. */
export const CORPUS_CHANGED_NOTE = 'The corpus was reloaded since: pages re-counted from the current corpus';

/** Post page 1 of `view` as the (deferred) interaction's reply: one message whatever the list's length. */
export async function replyWithPages(interaction: ChatInputCommandInteraction, ctx: BotContext, view: PagedView, ephemeral: boolean): Promise<void> {
  const desk = ctx.holder.desk;
  const corpus = desk.sources().loadedAt;
  const page = pageOf(renderView(desk, view), 0);
  await interaction.editReply(pageMessage(ctx, page, { view, corpus, ephemeral }, interaction.user.id));
}

/**
 * A Prev/Next press (state already verified): show the page it points to, in place.
 * A failure is told to the presser alone and leaves the message as it was.
 */
export async function turnPage(interaction: ButtonInteraction, ctx: BotContext, state: PageState): Promise<void> {
  // Acknowledge first: /compare re-groups figures, which may take longer than 3 s on a large corpus.
  await interaction.deferUpdate();
  try {
    const desk = ctx.holder.desk;
    const corpus = desk.sources().loadedAt;
    const page = pageOf(renderView(desk, state.view), state.page, corpus === state.corpus ? undefined : CORPUS_CHANGED_NOTE);
    await interaction.editReply(pageMessage(ctx, page, { view: state.view, corpus, ephemeral: state.ephemeral }, interaction.user.id));
  } catch (error) {
    ctx.logger.error(`turning to page ${state.page} of ${state.view.kind} failed`, error);
    await interaction.followUp({ content: 'Sorry, I could not show that page. Please try again.', flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  }
}

function pageMessage(ctx: BotContext, page: Page, base: Omit<PageState, 'kind' | 'page'>, userId: string) {
  return { embeds: [page.embed], components: page.count > 1 ? [pageButtons(ctx, page, base, userId)] : [], allowedMentions: NO_MENTIONS };
}

/** Prev and Next, disabled at either end; only enabled buttons carry a signed id (and server-side state). */
function pageButtons(ctx: BotContext, page: Page, base: Omit<PageState, 'kind' | 'page'>, userId: string): ActionRowBuilder<ButtonBuilder> {
  const button = (label: string, target: number, disabledId: string) => {
    const enabled = target >= 0 && target < page.count;
    const id = enabled ? ctx.buttons.create('page', userId, { kind: 'page', ...base, page: target }) : disabledId;
    return new ButtonBuilder().setCustomId(id).setLabel(label).setStyle(ButtonStyle.Secondary).setDisabled(!enabled);
  };
  return new ActionRowBuilder<ButtonBuilder>().addComponents(button('◀ Prev', page.index - 1, 'cd1.off.prev'), button('Next ▶', page.index + 1, 'cd1.off.next'));
}
