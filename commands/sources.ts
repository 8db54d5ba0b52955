/** /sources — outlets and articles loaded, with sentence and quotation counts, and who quoted whom. */
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/botContext.js';
import { sendEmbedsAsReplies } from '../src/discord/sendEmbeds.js';
import { renderSources } from '../src/discord/renderInfo.js';
import { renderSpeakersByOutlet } from '../src/discord/renderCompare.js';

export const data = new SlashCommandBuilder().setName('sources').setDescription('The outlets and articles I can quote from.');

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const desk = ctx.holder.desk;
  await sendEmbedsAsReplies(interaction, [...renderSources(desk.sources()), ...renderSpeakersByOutlet(desk.speakersByOutlet())], true);
}
