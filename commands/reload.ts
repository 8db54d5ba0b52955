/** /reload — moderators re-read the corpus folder; a broken corpus leaves the old one serving. */
import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/botContext.js';
import { isModerator } from '../src/discord/moderators.js';
import { reloadAndReport } from '../src/discord/reloadFlow.js';
import { replyBriefly } from '../src/discord/replies.js';

export const data = new SlashCommandBuilder()
  .setName('reload')
  .setDescription('Moderators: re-read the corpus folder.')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  // default_member_permissions can be overridden per guild, so check again here.
  if (!isModerator(interaction, ctx.moderatorRoleId)) {
    await replyBriefly(interaction, 'Only moderators (Manage Server, or the moderator role) can reload the corpus.');
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await reloadAndReport(interaction, ctx);
}
