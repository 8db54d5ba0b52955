/** /quote speaker [topic] — what one person said, the speaker autocompleted from the corpus. */
import { MessageFlags, SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/botContext.js';
import { answerInteraction } from '../src/discord/answerFlow.js';
import { speakerChoices } from '../src/discord/choices.js';
import { hasWords, NO_SPEAKER_REPLY } from '../src/discord/questionText.js';
import { replyBriefly } from '../src/discord/replies.js';

export const data = new SlashCommandBuilder()
  .setName('quote')
  .setDescription("A person's quotations in the coverage.")
  .addStringOption((o) => o.setName('speaker').setDescription('Who said it').setRequired(true).setAutocomplete(true).setMaxLength(100))
  .addStringOption((o) => o.setName('topic').setDescription('About what (optional)').setMaxLength(200))
  .addBooleanOption((o) => o.setName('private').setDescription('Show the answer only to you'));

export const cooldown = true;

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  const speaker = interaction.options.getString('speaker', true).trim();
  const topic = interaction.options.getString('topic')?.trim();
  if (!hasWords(speaker)) {
    await replyBriefly(interaction, NO_SPEAKER_REPLY);
    return;
  }
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const question = topic ? `what did ${speaker} say about ${topic}` : `what did ${speaker} say`;
  await answerInteraction(interaction, ctx, question, undefined, ephemeral);
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  await interaction.respond(speakerChoices(ctx, interaction.options.getFocused()));
}
