/** /timeline topic: [since] [until] — how a topic developed: dated statements and facts, grouped by day or week. One message, paged. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/botContext.js';
import { NO_MENTIONS } from '../src/discord/answerFlow.js';
import { replyWithPages } from '../src/discord/pagedReply.js';
import { NOTHING_ON_THAT } from '../src/discord/renderTimeline.js';
import { isDate } from '../src/time/timeFrame.js';

export const data = new SlashCommandBuilder()
  .setName('timeline')
  .setDescription('How a topic developed: dated statements and facts, in date order.')
  .addStringOption((o) => o.setName('topic').setDescription('e.g. Russian troops near Ukraine, or "talks since March 3"').setRequired(true).setMaxLength(200))
  .addStringOption((o) => o.setName('since').setDescription('First day, YYYY-MM-DD').setMinLength(10).setMaxLength(10))
  .addStringOption((o) => o.setName('until').setDescription('Last day, YYYY-MM-DD').setMinLength(10).setMaxLength(10));

export const cooldown = true;

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await interaction.deferReply();
  const topic = interaction.options.getString('topic', true).trim();
  const since = interaction.options.getString('since')?.trim();
  const until = interaction.options.getString('until')?.trim();
  for (const [name, value] of [['since', since], ['until', until]] as const) {
    if (value !== undefined && value !== '' && !isDate(value)) {
      await interaction.editReply({ content: `“${name}” needs a date written YYYY-MM-DD, e.g. 2022-02-16.`, allowedMentions: NO_MENTIONS });
      return;
    }
  }
  const view = { kind: 'timeline' as const, topic, ...(since && { since }), ...(until && { until }) };
  if (ctx.holder.desk.timeline(topic, view).events.length === 0) {
    await interaction.editReply({ content: NOTHING_ON_THAT, allowedMentions: NO_MENTIONS });
    return;
  }
  await replyWithPages(interaction, ctx, view, false);
}
