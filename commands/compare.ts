/** /compare [topic] — how the outlets' figures on a topic differ; with no topic, who quoted whom. One message, paged. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/botContext.js';
import { replyWithPages } from '../src/discord/pagedReply.js';

export const data = new SlashCommandBuilder()
  .setName('compare')
  .setDescription('How the outlets differ: figures on a topic, or (no topic) who quoted whom.')
  .addStringOption((o) => o.setName('topic').setDescription('e.g. Russian troops near Ukraine').setMaxLength(200));

export const cooldown = true;

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  // Grouping figures reads every matching sentence: defer before the work.
  await interaction.deferReply();
  const topic = interaction.options.getString('topic')?.trim();
  await replyWithPages(interaction, ctx, topic ? { kind: 'compare', topic } : { kind: 'speakers' }, false);
}
