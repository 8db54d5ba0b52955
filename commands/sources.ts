/** /sources — outlets and articles loaded, with sentence and quotation counts. */
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/botContext.js';
import { sendEmbedsAsReplies } from '../src/discord/sendEmbeds.js';
import { renderSources } from '../src/discord/renderInfo.js';

export const data = new SlashCommandBuilder().setName('sources').setDescription('The outlets and articles I can quote from.');

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await sendEmbedsAsReplies(interaction, renderSources(ctx.holder.desk.sources()), true);
}
