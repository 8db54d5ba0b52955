/** Who may run /reload, /add, /remove and press Undo: Manage Server in this channel, or the configured moderator role. */
import { PermissionFlagsBits, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';

export function isModerator(interaction: ChatInputCommandInteraction | ButtonInteraction, moderatorRoleId?: string): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  if (!moderatorRoleId) return false;
  const roles = interaction.member.roles;
  // The member may be a raw API member (roles: string[]) when the guild is not cached.
  return Array.isArray(roles) ? roles.includes(moderatorRoleId) : roles.cache.has(moderatorRoleId);
}
