/** /ask question [outlet] [private] — verbatim answers with speaker and outlet. */
import { MessageFlags, SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/botContext.js';
import { answerInteraction } from '../src/discord/answerFlow.js';
import { outletChoices } from '../src/discord/choices.js';
import { hasWords, NO_WORDS_REPLY } from '../src/discord/questionText.js';
import { replyBriefly } from '../src/discord/replies.js';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask about the news coverage; answers are sentences the outlets printed.')
  .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(300))
  .addStringOption((o) => o.setName('outlet').setDescription('Only answers printed by this outlet').setAutocomplete(true))
  .addBooleanOption((o) => o.setName('private').setDescription('Show the answer only to you'));

export const cooldown = true;

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  const question = interaction.options.getString('question', true);
  if (!hasWords(question)) {
    await replyBriefly(interaction, NO_WORDS_REPLY);
    return;
  }
  // Defer first: ranking may take longer than the 3 s Discord allows for a first response.
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const outlet = interaction.options.getString('outlet') ?? undefined;
  await answerInteraction(interaction, ctx, question, outlet, ephemeral);
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  await interaction.respond(outletChoices(ctx, interaction.options.getFocused()));
}
