/** Autocomplete choices, capped at Discord's 25 choices of at most 100 characters. */
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { BotContext } from './botContext.js';
import { LIMITS } from './limits.js';

function toChoices(names: string[]): ApplicationCommandOptionChoiceData<string>[] {
  const seen = new Set<string>();
  const out: ApplicationCommandOptionChoiceData<string>[] = [];
  for (const name of names) {
    // A value longer than 100 characters would make Discord reject the whole response.
    if (!name || name.length > LIMITS.choiceValue || seen.has(name)) continue;
    seen.add(name);
    out.push({ name, value: name });
    if (out.length === LIMITS.choices) break;
  }
  return out;
}

export function speakerChoices(ctx: BotContext, partial: string): ApplicationCommandOptionChoiceData<string>[] {
  return toChoices(ctx.holder.desk.suggestSpeakers(partial.slice(0, 100), LIMITS.choices));
}

export function outletChoices(ctx: BotContext, partial: string): ApplicationCommandOptionChoiceData<string>[] {
  const wanted = partial.trim().toLowerCase();
  const outlets = [...new Set(ctx.holder.desk.sources().articles.map((a) => a.outlet))].sort();
  return toChoices(outlets.filter((o) => o.toLowerCase().includes(wanted)));
}
