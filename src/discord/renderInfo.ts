/** Embeds for /sources, /help, /reload and the Context button, each within Discord's limits. */
import type { APIEmbed } from 'discord.js';
import type { ContextResult, CorpusProblem, ReloadReport, SourcesResult } from '../model/types.js';
import { LIMITS } from './limits.js';
import { packLinesAtMost } from './packLinesAtMost.js';
import { linked, neutraliseMentions, safeText, truncate, wellFormed } from './safeText.js';

const COLOR = 0x2b6cb0;
const WARN = 0xc05621;

/** A reload's reply (report or failure) goes out as at most this many messages, however many files it names. */
export const MAX_RELOAD_MESSAGES = 3;

function embedsFrom(title: string, lines: string[], color = COLOR, maxEmbeds = Infinity): APIEmbed[] {
  const chunks = packLinesAtMost(lines.length ? lines : ['(nothing)'], LIMITS.embedDescription, maxEmbeds, (n) => `…and ${n} more not shown.`);
  return chunks.map((description, i) => ({
    ...(i === 0 ? { title: truncate(title, LIMITS.embedTitle) } : {}),
    description,
    color,
    ...(chunks.length > 1 ? { footer: { text: `Part ${i + 1} of ${chunks.length}` } } : {}),
  }));
}

export function renderSources(sources: SourcesResult): APIEmbed[] {
  const byOutlet = new Map<string, SourcesResult['articles']>();
  for (const a of sources.articles) byOutlet.set(a.outlet, [...(byOutlet.get(a.outlet) ?? []), a]);
  const lines = [
    `${sources.articles.length} articles from ${byOutlet.size} outlets · ${sources.sentences} sentences · ${sources.quotes} quotations · loaded ${sources.loadedAt}`,
  ];
  for (const [outlet, articles] of [...byOutlet].sort((a, b) => a[0].localeCompare(b[0]))) {
    const sentences = articles.reduce((n, a) => n + a.sentences, 0);
    const quotes = articles.reduce((n, a) => n + a.quotes, 0);
    lines.push('', `**${safeText(outlet)}** — ${articles.length} article${articles.length === 1 ? '' : 's'}, ${sentences} sentences, ${quotes} quotations`);
    for (const a of articles) {
      lines.push(`• ${linked(a.title, a.url)} (${safeText(a.published)}) — ${a.sentences} sentences, ${a.quotes} quotations`);
    }
  }
  return embedsFrom('Sources in the corpus', lines);
}

export function renderHelp(examples: string[]): APIEmbed[] {
  const lines = [
    'I answer questions about the news coverage in my corpus with the sentences outlets actually printed: verbatim, with who said it and which outlet printed it.',
    '',
    '**/ask** `question` — ask anything; `outlet` limits answers to one outlet, `private` shows the answer only to you. More shows further answers, Context the sentences around the top quote. In a channel I open a thread: ask follow-ups there (mention me, or use /ask), e.g. “what else did he say?”',
    '**/quote** `speaker` `topic` — what one person said (the speaker name autocompletes).',
    '**/compare** `topic` — how the outlets’ figures on a topic differ (no topic: who quoted whom).',
    '**/timeline** `topic` — how a topic developed: dated statements and facts, grouped by day or week (`since`/`until` YYYY-MM-DD narrow it; so do words like “this week”, “since March 3” in any question).',
    '**/sources** — the outlets and articles loaded, with sentence and quotation counts, and who quoted whom.',
    '**/reload** — moderators: re-read the corpus folder.',
    '**/add** `file` or `url` — moderators: add an article (metadata it cannot find is asked for); **/remove** `article` takes one out. Both have an Undo button.',
  ];
  if (examples.length) {
    lines.push('', '**Try:**', ...examples.slice(0, 10).map((e) => `• ${safeText(truncate(e, 200))}`));
  }
  return embedsFrom('Crisis Desk — help', lines);
}

/** A file name inside an inline code span: no backticks to end it early, mentions broken. */
function codeText(text: string, max: number): string {
  return neutraliseMentions(truncate(wellFormed(text), max).replace(/`/g, "'")) || ' ';
}

function listLine(label: string, items: string[], max = 15): string[] {
  if (!items.length) return [];
  const shown = items.slice(0, max).map((f) => `\`${codeText(f, 90)}\``);
  return [`**${label}** (${items.length}): ${shown.join(', ')}${items.length > max ? `, and ${items.length - max} more` : ''}`];
}

export function renderReloadReport(report: ReloadReport, shards = 1): APIEmbed[] {
  const lines = [
    `Reloaded in ${Math.round(report.ms)} ms${shards > 1 ? ` on ${shards} shards` : ''}: ${report.articles} articles, ${report.sentences} sentences, ${report.quotes} quotations.`,
    ...listLine('Added', report.added),
    ...listLine('Removed', report.removed),
    ...listLine('Changed', report.changed),
  ];
  if (!report.added.length && !report.removed.length && !report.changed.length) lines.push('No articles changed.');
  if (report.warnings.length) lines.push('', '**Skipped with a warning:**', ...problemLines(report.warnings));
  return embedsFrom('Corpus reloaded', lines, COLOR, MAX_RELOAD_MESSAGES);
}

function problemLines(problems: CorpusProblem[]): string[] {
  return problems.map((p) => `• \`${codeText(p.file, 100)}\` — ${safeText(truncate(p.reason, 300))}`);
}

export function renderLoadFailure(problems: CorpusProblem[]): APIEmbed[] {
  const lines = ['The reload failed, so the previous corpus keeps serving answers. Fix these files and run /reload again:', ...problemLines(problems)];
  if (!problems.length) lines.push('• (no file named) — the corpus could not be loaded');
  // Every problem is in the log too (reloadFlow logs them); the reply names as many as fit.
  return embedsFrom('Reload failed', lines, WARN, MAX_RELOAD_MESSAGES);
}

export function renderContext(ctx: ContextResult): APIEmbed[] {
  const lines = ctx.sentences.map((s) => (s.focus ? `**${safeText(s.printed ?? s.text)}**` : safeText(s.printed ?? s.text)));
  const focus = ctx.sentences.findIndex((s) => s.focus);
  // Keep the focus sentence: when everything does not fit, drop sentences farthest from it first.
  const order = lines.map((_, i) => i).sort((a, b) => Math.abs(a - focus) - Math.abs(b - focus));
  const kept = new Set<number>();
  let size = 0;
  for (const i of order) {
    const len = Math.min(lines[i]!.length, 1500) + 1;
    if (size + len > LIMITS.embedDescription - 100) break;
    kept.add(i);
    size += len;
  }
  const description = lines.filter((_, i) => kept.has(i)).map((l) => truncate(l, 1500)).join(' ');
  const href = ctx.url && /^https?:\/\//.test(ctx.url) ? ctx.url : undefined;
  return [
    {
      title: truncate(safeText(ctx.title), LIMITS.embedTitle),
      ...(href ? { url: href } : {}),
      description: truncate(description || '(no text)', LIMITS.embedDescription),
      color: COLOR,
      footer: { text: truncate(neutraliseMentions(wellFormed(`${ctx.outlet} · ${ctx.article}`)), LIMITS.footerText) },
    },
  ];
}
