/** Short, ephemeral messages for refusals and failures; details go to the log, not the user. */
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { NO_MENTIONS } from './answerFlow.js';

export async function replyBriefly(interaction: RepliableInteraction, text: string): Promise<void> {
  const content = text.slice(0, 2000);
  if (interaction.deferred || interaction.replied) {
    // The deferred reply may be public; the refusal should not be, so it goes as an ephemeral follow-up
    // and the "thinking…" placeholder is removed.
    await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    if (interaction.deferred && !interaction.replied) await interaction.deleteReply().catch(() => undefined);
    return;
  }
  await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}
