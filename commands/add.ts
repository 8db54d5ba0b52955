/** /add file|url [outlet] [title] [published] [byline] — moderators add an article; it is checked, saved and the corpus reloads. */
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/botContext.js';
import { addFromInteraction } from '../src/discord/intakeFlow.js';

export const data = new SlashCommandBuilder()
  .setName('add')
  .setDescription('Moderators: add an article from a file (.md, .txt, .html) or a link.')
  .addAttachmentOption((o) => o.setName('file').setDescription('The article as .md (with front matter), .txt or .html'))
  .addStringOption((o) => o.setName('url').setDescription('Link to the article page').setMaxLength(2000))
  .addStringOption((o) => o.setName('outlet').setDescription('Outlet name (fills or replaces what the page says)').setMaxLength(200))
  .addStringOption((o) => o.setName('title').setDescription('Headline (fills or replaces what the page says)').setMaxLength(300))
  .addStringOption((o) => o.setName('published').setDescription('Publication date, YYYY-MM-DD').setMinLength(10).setMaxLength(10))
  .addStringOption((o) => o.setName('byline').setDescription('Author(s)').setMaxLength(200))
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await addFromInteraction(interaction, ctx);
}
