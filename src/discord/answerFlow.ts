/**
 * Asking the desk and posting the answer, shared by /ask, /quote, the More button and
 * follow-up messages: render within limits, add More/Context buttons for the asker,
 * open a thread for follow-ups in a text channel, remember the thread's context.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  MessageFlags,
  ThreadAutoArchiveDuration,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Message,
} from 'discord.js';
import type { AskOptions, AskResult } from '../model/types.js';
import type { BotContext } from './botContext.js';
import { LIMITS } from './limits.js';
import { renderAnswerEmbeds } from './renderAnswers.js';
import { neutraliseMentions, truncate, wellFormed } from './safeText.js';
import { noteAnswers } from './telemetry.js';

/** No pings from anything the bot sends, whatever the text contains. */
export const NO_MENTIONS = { parse: [] as [] };

export interface AskRequest {
  question: string;
  outlet?: string;
  offset?: number;
  context?: AskOptions['context'];
}

export function askDesk(ctx: BotContext, request: AskRequest): AskResult {
  // Read the desk per request: a reload may have swapped it since the last one.
  const result = ctx.holder.desk.ask(request.question, {
    limit: ctx.pageSize,
    offset: request.offset ?? 0,
    ...(request.outlet ? { outlet: request.outlet } : {}),
    ...(request.context ? { context: request.context } : {}),
  });
  noteAnswers(request.question, result.answers.length);
  return result;
}

export function answerButtons(ctx: BotContext, result: AskResult, request: AskRequest, userId: string, ephemeral: boolean): ActionRowBuilder<ButtonBuilder>[] {
  const offset = request.offset ?? 0;
  const buttons: ButtonBuilder[] = [];
  if (offset + result.answers.length < result.total) {
    const id = ctx.buttons.create('more', userId, {
      kind: 'more',
      question: request.question,
      ...(request.outlet ? { outlet: request.outlet } : {}),
      offset: offset + result.answers.length,
      ...(request.context ? { context: request.context } : {}),
      ephemeral,
    });
    buttons.push(new ButtonBuilder().setCustomId(id).setLabel('More').setStyle(ButtonStyle.Primary));
  }
  const top = result.answers[0];
  if (top) {
    const id = ctx.buttons.create('context', userId, { kind: 'context', sentenceId: top.sentenceId, ephemeral });
    buttons.push(new ButtonBuilder().setCustomId(id).setLabel('Context').setStyle(ButtonStyle.Secondary));
  }
  return buttons.length ? [new ActionRowBuilder<ButtonBuilder>().addComponents(buttons)] : [];
}

export function threadName(question: string): string {
  return truncate(neutraliseMentions(wellFormed(question).replace(/\s+/g, ' ').trim()) || 'Question', LIMITS.threadName);
}

/** Post a result as the (deferred) interaction's reply, plus follow-ups when it needs several messages. */
export async function sendResultToInteraction(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  ctx: BotContext,
  result: AskResult,
  request: AskRequest,
  ephemeral: boolean,
): Promise<Message> {
  const embeds = renderAnswerEmbeds(result, request.offset ?? 0);
  const components = answerButtons(ctx, result, request, interaction.user.id, ephemeral);
  const first = await interaction.editReply({
    embeds: [embeds[0]!],
    components: embeds.length === 1 ? components : [],
    allowedMentions: NO_MENTIONS,
  });
  for (let i = 1; i < embeds.length; i++) {
    await interaction.followUp({
      embeds: [embeds[i]!],
      components: i === embeds.length - 1 ? components : [],
      allowedMentions: NO_MENTIONS,
      ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    });
  }
  return first;
}

/** Post a result as replies to a user's message (follow-ups by mention). */
export async function sendResultToMessage(message: Message, ctx: BotContext, result: AskResult, request: AskRequest): Promise<Message> {
  const embeds = renderAnswerEmbeds(result, request.offset ?? 0);
  const components = answerButtons(ctx, result, request, message.author.id, false);
  const first = await message.reply({
    embeds: [embeds[0]!],
    components: embeds.length === 1 ? components : [],
    allowedMentions: { ...NO_MENTIONS, repliedUser: false },
  });
  for (let i = 1; i < embeds.length; i++) {
    if (!message.channel.isSendable()) break;
    await message.channel.send({ embeds: [embeds[i]!], components: i === embeds.length - 1 ? components : [], allowedMentions: NO_MENTIONS });
  }
  return first;
}

/**
 * After answering in a plain text channel, open a thread on the answer for follow-ups
 * and remember the conversation there. Failing to open one (permissions) is logged,
 * not shown: the answer itself was delivered.
 */
export async function openFollowUpThread(ctx: BotContext, reply: Message, question: string, result: AskResult): Promise<string | undefined> {
  const channel = reply.channel;
  if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement) return undefined;
  try {
    const thread = await reply.startThread({ name: threadName(question), autoArchiveDuration: ThreadAutoArchiveDuration.OneDay });
    ctx.threads.record(thread.id, result.context);
    return thread.id;
  } catch (error) {
    ctx.logger.warn(`could not open a follow-up thread in channel ${channel.id}`, error);
    return undefined;
  }
}

/**
 * Remember a turn in the thread `channelId` unless the answer was private: a thread's
 * memory is public (anyone's follow-up there is asked with it), so an ephemeral answer,
 * or a More page of one, must never set it or the next public answer reveals the
 * private question.
 */
export function rememberTurn(ctx: BotContext, channelId: string, result: AskResult, ephemeral: boolean): void {
  if (!ephemeral) ctx.threads.record(channelId, result.context);
}

/** The stored context for a follow-up asked in `channelId`, if it is one of the bot's threads. */
export function threadContext(ctx: BotContext, channelId: string | null): AskOptions['context'] {
  return channelId ? ctx.threads.latest(channelId) : undefined;
}

/**
 * Answer a slash-command question end to end: (already deferred) ask, reply, and either
 * continue the thread's conversation or open a new thread.
 */
export async function answerInteraction(interaction: ChatInputCommandInteraction, ctx: BotContext, question: string, outlet: string | undefined, ephemeral: boolean): Promise<void> {
  const channel = interaction.channel;
  const inThread = channel?.isThread() ?? false;
  const context = inThread ? threadContext(ctx, interaction.channelId) : undefined;
  const request: AskRequest = { question, ...(outlet ? { outlet } : {}), ...(context ? { context } : {}) };
  const result = askDesk(ctx, request);
  const reply = await sendResultToInteraction(interaction, ctx, result, request, ephemeral);
  if (inThread) {
    // Any thread a public question was asked in carries the conversation from now on.
    rememberTurn(ctx, interaction.channelId, result, ephemeral);
  } else if (!ephemeral && interaction.inGuild()) {
    await openFollowUpThread(ctx, reply, question, result);
  }
}
