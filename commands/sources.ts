/** /sources — outlets and articles loaded, with sentence and quotation counts, and who quoted whom. One message, paged. */
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/botContext.js';
import { replyWithPages } from '../src/discord/pagedReply.js';

export const data = new SlashCommandBuilder().setName('sources').setDescription('The outlets and articles I can quote from.');

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await replyWithPages(interaction, ctx, { kind: 'sources' }, true);
}
