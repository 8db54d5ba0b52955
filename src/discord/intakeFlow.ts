/**
 * /add, /remove and their Undo buttons: moderators only; the article domain is in
 * `src/intake/`. Every reply is ephemeral (a moderator's tool), short and within limits,
 * with mentions disabled; a change is followed by a reload of the corpus everywhere.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  MessageFlags,
  type APIEmbed,
  type ApplicationCommandOptionChoiceData,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { addArticle, describeField, type AddedArticle, type MetadataOverrides } from '../intake/addArticle.js';
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from '../intake/fetchPage.js';
import { IntakeError } from '../intake/intakeError.js';
import { removeArticle, restoreArticle, type MovedArticle } from '../intake/removeArticle.js';
import { sourceFromAttachment, sourceFromUrl } from '../intake/sources.js';
import { NO_MENTIONS } from './answerFlow.js';
import type { BotContext } from './botContext.js';
import { LIMITS } from './limits.js';
import { isModerator } from './moderators.js';
import { loadProblems } from './reloadFlow.js';
import { replyBriefly } from './replies.js';
import { neutraliseMentions, safeText, truncate, wellFormed } from './safeText.js';

/** Where Discord serves attachments. */
export const DISCORD_CDN_HOSTS = ['cdn.discordapp.com', 'media.discordapp.net'];

export interface IntakePolicies {
  url: FetchPolicy;
  attachment: FetchPolicy;
}

/**
 * Fetch rules for links (any public host) and attachments (Discord's CDN only, or the
 * DISCORD_API_URL host when set: the operator's own, so its address is trusted).
 */
export function intakePolicies(apiUrl: string | undefined, settings: { allowPrivate?: boolean; timeoutMs?: number } = {}): IntakePolicies {
  const base: FetchPolicy = { ...DEFAULT_FETCH_POLICY, allowPrivate: settings.allowPrivate ?? false, ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}) };
  const apiHost = apiUrl ? new URL(apiUrl).host.toLowerCase() : undefined;
  return {
    url: base,
    attachment: {
      ...base,
      contentTypes: ['text/html', 'text/plain', 'text/markdown', 'text/x-markdown', 'application/octet-stream'],
      allowedHosts: apiHost ? [apiHost] : DISCORD_CDN_HOSTS,
      ...(apiHost ? { trustedHosts: [apiHost] } : {}),
    },
  };
}

const NOT_MODERATOR = 'Only moderators (Manage Server, or the moderator role) can add or remove articles.';
const OPTION_OF: Record<string, string> = { outlet: '`outlet:`', title: '`title:`', published: '`published:` (YYYY-MM-DD)' };

/** /add file|url [outlet] [title] [published] [byline]. */
export async function addFromInteraction(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  if (!isModerator(interaction, ctx.moderatorRoleId)) {
    await replyBriefly(interaction, NOT_MODERATOR);
    return;
  }
  const file = interaction.options.getAttachment('file');
  const url = interaction.options.getString('url')?.trim();
  if (Boolean(file) === Boolean(url)) {
    await replyBriefly(interaction, 'Give either a `file` (.md, .txt or .html) or a `url`, not both.');
    return;
  }
  const overrides: MetadataOverrides = {};
  for (const key of ['outlet', 'title', 'published', 'byline'] as const) {
    const value = interaction.options.getString(key)?.trim();
    if (value) overrides[key] = value;
  }
  if (file && file.size > ctx.intake.attachment.maxBytes) {
    await replyBriefly(interaction, `Not added: the file is over the ${ctx.intake.attachment.maxBytes / 1024 / 1024} MB limit.`);
    return;
  }
  // Fetching may take up to the fetch deadline: defer first.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let added: AddedArticle;
  try {
    const source = file ? await sourceFromAttachment(file.name, file.url, ctx.intake.attachment) : await sourceFromUrl(url!, ctx.intake.url);
    added = await addArticle(ctx.holder.corpusDir, source, overrides);
  } catch (error) {
    if (!(error instanceof IntakeError)) throw error;
    ctx.logger.info(`add refused for ${interaction.user.id}: ${error.message}`);
    await say(interaction, `Not added: ${refusalText(error)}`);
    return;
  }
  ctx.logger.info(`article ${added.id} added by ${interaction.user.id}`);
  const reload = await reloadAfterChange(ctx);
  const undo = ctx.buttons.create('undo', interaction.user.id, { kind: 'undo-add', id: added.id });
  await interaction.editReply({ embeds: [renderAdded(added, reload)], components: [undoRow(undo)], allowedMentions: NO_MENTIONS });
}

/** /remove article (an id, autocompleted from titles and outlets). */
export async function removeFromInteraction(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  if (!isModerator(interaction, ctx.moderatorRoleId)) {
    await replyBriefly(interaction, NOT_MODERATOR);
    return;
  }
  const id = interaction.options.getString('article', true).trim();
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let moved: MovedArticle;
  try {
    moved = await removeArticle(ctx.holder.corpusDir, id);
  } catch (error) {
    if (!(error instanceof IntakeError)) throw error;
    await say(interaction, `Not removed: ${error.message}.`);
    return;
  }
  ctx.logger.info(`article ${moved.id} removed by ${interaction.user.id} (kept in .removed/${moved.removedFile})`);
  const reload = await reloadAfterChange(ctx);
  const undo = ctx.buttons.create('undo', interaction.user.id, { kind: 'undo-remove', moved });
  await interaction.editReply({ embeds: [renderRemoved(moved, reload)], components: [undoRow(undo)], allowedMentions: NO_MENTIONS });
}

/** Undo of an add (the file goes to .removed/) or of a remove (the file comes back). */
export async function undoFromButton(
  interaction: ButtonInteraction,
  ctx: BotContext,
  state: { kind: 'undo-add'; id: string } | { kind: 'undo-remove'; moved: MovedArticle },
): Promise<void> {
  if (!isModerator(interaction, ctx.moderatorRoleId)) {
    await replyBriefly(interaction, NOT_MODERATOR);
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let done: string;
  try {
    if (state.kind === 'undo-add') {
      const moved = await removeArticle(ctx.holder.corpusDir, state.id);
      done = `Undone: ${safeText(moved.id)} is out of the corpus (kept in \`.removed/\`).`;
    } else {
      await restoreArticle(ctx.holder.corpusDir, state.moved);
      done = `Undone: ${safeText(state.moved.id)} is back in the corpus.`;
    }
  } catch (error) {
    if (!(error instanceof IntakeError)) throw error;
    await say(interaction, `Cannot undo: ${error.message}.`);
    return;
  }
  ctx.logger.info(`${state.kind} by ${interaction.user.id}`);
  const reload = await reloadAfterChange(ctx);
  await say(interaction, `${done} ${reload}`);
}

/** /remove's autocomplete: articles whose title, outlet or id contain what was typed; the value is the id. */
export function articleChoices(ctx: BotContext, partial: string): ApplicationCommandOptionChoiceData<string>[] {
  const words = partial.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 10);
  const choices: ApplicationCommandOptionChoiceData<string>[] = [];
  const articles = [...ctx.holder.desk.sources().articles].sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
  for (const a of articles) {
    if (a.id.length > LIMITS.choiceValue) continue;
    const haystack = `${a.title} ${a.outlet} ${a.id}`.toLowerCase();
    if (!words.every((w) => haystack.includes(w))) continue;
    // The date stays whole; the title gives way.
    const outlet = truncate(a.outlet, 30);
    const room = LIMITS.choiceName - outlet.length - a.published.length - 5;
    choices.push({ name: truncate(`${outlet}: ${truncate(a.title, Math.max(10, room))} (${a.published})`, LIMITS.choiceName), value: a.id });
    if (choices.length === LIMITS.choices) break;
  }
  return choices;
}

/** The reload after a change, as one line: the change is on disk either way. */
async function reloadAfterChange(ctx: BotContext): Promise<string> {
  try {
    const { report } = await ctx.reloadEverywhere();
    return `Corpus reloaded: ${report.articles} articles.`;
  } catch (error) {
    const problems = loadProblems(error);
    if (!problems) throw error;
    ctx.logger.warn('reload after an add or remove failed; previous corpus keeps serving', problems);
    const names = problems.slice(0, 3).map((p) => `${safeText(truncate(p.file, 80))} (${safeText(truncate(p.reason, 120))})`);
    return `The file is saved, but the reload failed because of other files: ${names.join('; ')}${problems.length > 3 ? ` and ${problems.length - 3} more` : ''}. The previous corpus keeps serving; fix them and /reload.`;
  }
}

function refusalText(error: IntakeError): string {
  const missing = error.details.missing;
  if (missing?.length) {
    const what = missing.map(describeField).join(' and ');
    return `I could not find the article's ${what}. Add ${missing.map((m) => OPTION_OF[m]).join(', ')} to /add and try again.`;
  }
  return `${error.message}.`;
}

async function say(interaction: ChatInputCommandInteraction | ButtonInteraction, text: string): Promise<void> {
  await interaction.editReply({ content: truncate(neutraliseMentions(wellFormed(text)), LIMITS.content), embeds: [], components: [], allowedMentions: NO_MENTIONS });
}

function undoRow(customId: string): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(new ButtonBuilder().setCustomId(customId).setLabel('Undo').setStyle(ButtonStyle.Secondary));
}

function renderAdded(added: AddedArticle, reload: string): APIEmbed {
  const speakers = added.speakers.length ? added.speakers.slice(0, 10).map(safeText).join(', ') + (added.speakers.length > 10 ? `, and ${added.speakers.length - 10} more` : '') : 'none named';
  return {
    title: 'Article added',
    color: 0x2f855a,
    description: truncate(
      [
        `**${safeText(added.title)}**`,
        `${safeText(added.outlet)} · ${added.published}${added.byline ? ` · ${safeText(added.byline)}` : ''}`,
        `${added.sentences} sentences · ${added.quotes} quotations · speakers: ${speakers}`,
        `Saved as \`${added.id.replace(/`/g, "'")}.md\`. ${reload}`,
      ].join('\n'),
      LIMITS.embedDescription,
    ),
  };
}

function renderRemoved(moved: MovedArticle, reload: string): APIEmbed {
  return {
    title: 'Article removed',
    color: 0xc05621,
    description: truncate(
      [`**${safeText(moved.title)}**`, `${safeText(moved.outlet)} · ${moved.published}`, `Moved to \`.removed/${moved.removedFile.replace(/`/g, "'")}\` (nothing is deleted). ${reload}`].join('\n'),
      LIMITS.embedDescription,
    ),
  };
}
