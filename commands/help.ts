/** /help — what the bot answers, with example questions from the loaded corpus. */
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/botContext.js';
import { renderHelp } from '../src/discord/renderInfo.js';
import { sendEmbedsAsReplies } from '../src/discord/sendEmbeds.js';

export const data = new SlashCommandBuilder().setName('help').setDescription('What I can answer, with examples.');

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await sendEmbedsAsReplies(interaction, renderHelp(ctx.holder.desk.examples()), true);
}
