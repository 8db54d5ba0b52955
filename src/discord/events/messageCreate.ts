/**
 * Follow-ups as messages: a message mentioning the bot is a question (answered in
 * context when in one of the bot's threads); with the MessageContent intent enabled,
 * plain messages in the bot's threads are follow-ups too.
 */
import { ChannelType, Events, type Client, type Message } from 'discord.js';
import { askDesk, openFollowUpThread, rememberTurn, sendResultToMessage, threadContext } from '../answerFlow.js';
import { hasWords, NO_WORDS_REPLY } from '../questionText.js';
import type { EventDeps } from './eventDeps.js';

export function stripBotMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

export function register(client: Client, deps: EventDeps): void {
  client.on(Events.MessageCreate, (message) => {
    const { ctx } = deps;
    void ctx.telemetry
      .trackRequest({ command: 'mention', guild: message.guildId }, ctx.logger, () => handleMessage(client, message, deps))
      .catch((error) => ctx.logger.error(`message ${message.id} failed`, error));
  });
}

async function handleMessage(client: Client, message: Message, { ctx }: EventDeps): Promise<void> {
  // Our own messages come back over the gateway too; never answer a bot.
  if (message.author.bot || message.webhookId || !message.inGuild() || !client.user) return;
  const botId = client.user.id;
  const mentioned = message.mentions.users.has(botId);
  const inThread = message.channel.isThread();
  const knownThread = inThread && ctx.threads.has(message.channelId);
  if (!mentioned && !(ctx.messageContentIntent && knownThread)) return;

  const wait = ctx.cooldowns.take(message.author.id);
  if (wait > 0) {
    // Never dropped silently: one short reply per limited stretch, a reaction for the rest.
    if (ctx.cooldowns.notice(message.author.id, wait) === 'reply') {
      await message.reply({ content: `You are asking quickly: ask again in ${Math.ceil(wait / 1000)} s.`, allowedMentions: { parse: [], repliedUser: false } });
    } else {
      await message.react('⏳').catch(() => undefined);
    }
    return;
  }
  const question = stripBotMention(message.content, botId);
  if (!hasWords(question)) {
    await message.reply({ content: question ? NO_WORDS_REPLY : 'Ask me a question after the mention, e.g. “what did Blinken say?”', allowedMentions: { parse: [], repliedUser: false } });
    return;
  }

  const context = inThread ? threadContext(ctx, message.channelId) : undefined;
  const request = { question, ...(context ? { context } : {}) };
  const result = askDesk(ctx, request);
  const reply = await sendResultToMessage(message, ctx, result, request);
  // A message in a channel is public: it always continues the thread's conversation.
  if (inThread) rememberTurn(ctx, message.channelId, result, false);
  else if (message.channel.type === ChannelType.GuildText) await openFollowUpThread(ctx, reply, question, result);
}
