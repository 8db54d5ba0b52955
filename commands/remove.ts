/** /remove article — moderators move an article out of the corpus (into .removed/, nothing deleted); Undo brings it back. */
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/botContext.js';
import { articleChoices, removeFromInteraction } from '../src/discord/intakeFlow.js';

export const data = new SlashCommandBuilder()
  .setName('remove')
  .setDescription('Moderators: take an article out of the corpus (kept in .removed/).')
  .addStringOption((o) => o.setName('article').setDescription('Title, outlet or id').setRequired(true).setAutocomplete(true).setMaxLength(128))
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await removeFromInteraction(interaction, ctx);
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  await interaction.respond(articleChoices(ctx, interaction.options.getFocused()));
}
