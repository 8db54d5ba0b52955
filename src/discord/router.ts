/**
 * Routes each interaction to its command, autocomplete or button handler, applies the
 * per-user cooldown, and turns any failure into a short ephemeral message (details logged).
 */
import type { Interaction } from 'discord.js';
import type { BotContext } from './botContext.js';
import { handleButton } from './buttons.js';
import type { SlashCommand } from './commandTypes.js';
import { replyBriefly } from './replies.js';
import { noteFailure } from './telemetry.js';

export class InteractionRouter {
  private readonly byName: Map<string, SlashCommand>;

  constructor(
    commands: readonly SlashCommand[],
    private readonly ctx: BotContext,
  ) {
    this.byName = new Map(commands.map((c) => [c.data.name, c]));
  }

  async route(interaction: Interaction): Promise<void> {
    // Questions (slash commands, More presses) are counted, timed and logged with their request fields.
    const command = interaction.isChatInputCommand() ? interaction.commandName : interaction.isButton() ? 'more' : undefined;
    if (command === undefined) return this.handle(interaction);
    return this.ctx.telemetry.trackRequest({ command, guild: interaction.guildId }, this.ctx.logger, () => this.handle(interaction));
  }

  private async handle(interaction: Interaction): Promise<void> {
    const { ctx } = this;
    try {
      if (interaction.isAutocomplete()) {
        const command = this.byName.get(interaction.commandName);
        // Autocomplete must answer within 3 s and cannot show errors: answer empty on failure.
        await (command?.autocomplete?.(interaction, ctx) ?? interaction.respond([]));
        return;
      }
      if (interaction.isButton()) {
        if (!ctx.buttons.isOurs(interaction.customId)) {
          await replyBriefly(interaction, 'That button is not one of mine.');
          return;
        }
        await handleButton(interaction, ctx);
        return;
      }
      if (interaction.isChatInputCommand()) {
        const command = this.byName.get(interaction.commandName);
        if (!command) {
          await replyBriefly(interaction, 'I do not know that command (it may have been removed). Try /help.');
          return;
        }
        if (command.cooldown) {
          const wait = ctx.cooldowns.take(interaction.user.id);
          if (wait > 0) {
            await replyBriefly(interaction, `You are asking quickly: try again in ${Math.ceil(wait / 1000)} s.`);
            return;
          }
        }
        await command.execute(interaction, ctx);
      }
    } catch (error) {
      noteFailure();
      ctx.logger.error(`interaction ${interaction.id} (${describe(interaction)}) failed`, error);
      if (interaction.isRepliable()) {
        await replyBriefly(interaction, 'Sorry, something went wrong answering that. Please try again.').catch((e) =>
          ctx.logger.warn(`could not tell the user about the failure of ${interaction.id}`, e),
        );
      } else if (interaction.isAutocomplete() && !interaction.responded) {
        await interaction.respond([]).catch(() => undefined);
      }
    }
  }
}

function describe(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return `/${interaction.commandName}`;
  if (interaction.isButton()) return 'button';
  return `type ${interaction.type}`;
}
