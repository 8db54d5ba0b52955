import type { AskResult, ContextResult, ReloadReport, SourcesResult, SpeakerCoverage, TimelineResult } from '../model/types';

/** Plain-text rendering of an answer for the terminal (CLI and local console). */
export function formatAnswerText(result: AskResult): string {
  if (result.answers.length === 0) return result.note ?? 'Nothing in the corpus answers that.';
  const lines: string[] = [];
  if (result.note) lines.push(result.note, '');
  if (result.differences) lines.push(result.differences, '');
  result.answers.forEach((answer, i) => {
    lines.push(`${i + 1}. ${answer.printed ?? answer.text}`);
    // The text is printed as it stands (no quote marks added); a reported statement says so.
    if (answer.speaker) lines.push(`   — ${answer.speaker}${answer.kind === 'reported' ? ' (reported)' : ''}`);
    // Each copy's publication date next to its outlet.
    const sources = answer.sources.map((s) => `${s.outlet} (${s.published}), "${s.title}"${s.url ? ` <${s.url}>` : ''}`);
    lines.push(`   ${answer.outlets.length > 1 ? `Printed by ${answer.outlets.length} outlets: ` : ''}${sources.join('; ')}`);
  });
  if (result.total > result.answers.length) lines.push('', `(${result.total - result.answers.length} more)`);
  return lines.join('\n');
}

export function formatSourcesText(result: SourcesResult): string {
  const lines = result.articles.map(
    (a) => `- ${a.outlet}: "${a.title}" (${a.published}) — ${a.sentences} sentences, ${a.quotes} quotations`,
  );
  lines.push(`${result.articles.length} articles, ${result.sentences} sentences, ${result.quotes} quotations; loaded ${result.loadedAt}`);
  return lines.join('\n');
}

export function formatContextText(context: ContextResult): string {
  return [`${context.outlet}, "${context.title}"`, ...context.sentences.map((s) => (s.focus ? `> ${s.printed ?? s.text}` : `  ${s.printed ?? s.text}`))].join('\n');
}

export function formatReloadText(report: ReloadReport): string {
  const list = (label: string, ids: string[]) => (ids.length ? `${label}: ${ids.join(', ')}` : `${label}: none`);
  return [
    `Reloaded in ${(report.ms / 1000).toFixed(1)} s: ${report.articles} articles, ${report.sentences} sentences, ${report.quotes} quotations.`,
    list('added', report.added),
    list('removed', report.removed),
    list('changed', report.changed),
    ...report.warnings.map((w) => `warning: ${w.file}: ${w.reason}`),
  ].join('\n');
}

/** Who quoted whom: each named speaker with the outlets quoting them, and quotations only one outlet carried. */
export function formatSpeakersText(coverage: readonly SpeakerCoverage[]): string {
  if (coverage.length === 0) return 'No attributed quotations in the corpus.';
  const lines = ['Who quoted whom:'];
  for (const s of coverage) {
    const outlets = s.outlets.map((o) => `${o.outlet} (${o.quotations})`).join(', ');
    const exclusive = s.quotations.filter((q) => q.exclusive).length;
    lines.push(`- ${s.speaker}: ${outlets}; ${exclusive} of ${s.quotations.length} quotations carried by one outlet only`);
  }
  return lines.join('\n');
}

/** A topic's timeline for the terminal: a heading per day, then each event with its outlets. */
export function formatTimelineText(result: TimelineResult): string {
  if (result.events.length === 0) return NOTHING_ON_THAT;
  const lines: string[] = [`Timeline: ${result.topic}`];
  let day = '';
  for (const e of result.events) {
    if (e.date !== day) lines.push('', e.date);
    day = e.date;
    lines.push(`- ${(e.printed ?? e.text).replace(/\s*\n\s*/g, ' ')}`);
    lines.push(`  ${e.speaker ? `— ${e.speaker} · ` : ''}${e.outlets.length > 1 ? `printed by ${e.outlets.join(', ')}` : e.outlet}`);
  }
  return lines.join('\n');
}

/** What a timeline with no relevant events says. */
export const NOTHING_ON_THAT = 'Nothing on that in the corpus.';
