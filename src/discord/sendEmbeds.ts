/** Send a list of embeds as a deferred reply plus follow-ups, one embed per message (keeps the 6,000 total). */
import { MessageFlags, type APIEmbed, type ChatInputCommandInteraction } from 'discord.js';
import { NO_MENTIONS } from './answerFlow.js';

export async function sendEmbedsAsReplies(interaction: ChatInputCommandInteraction, embeds: APIEmbed[], ephemeral: boolean): Promise<void> {
  const [first, ...rest] = embeds;
  await interaction.editReply({ embeds: first ? [first] : [], allowedMentions: NO_MENTIONS });
  for (const embed of rest) {
    await interaction.followUp({ embeds: [embed], allowedMentions: NO_MENTIONS, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  }
}
