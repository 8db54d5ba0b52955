/** Embeds for /compare and the who-quoted-whom part of /sources, within Discord's limits. */
import type { APIEmbed } from 'discord.js';
import type { CompareResult, SpeakerCoverage } from '../model/types.js';
import { LIMITS } from './limits.js';
import { packLines, safeText, truncate } from './safeText.js';

const COLOR = 0x2b6cb0;
const VERDICT = { same: '✅ agree', compatible: '↔️ differ within their qualifiers', differ: '⚠️ differ' } as const;
/** Longest sentence shown under a figure; the figure itself is always shown whole. */
const MAX_SENTENCE = 400;

function embeds(title: string, lines: string[]): APIEmbed[] {
  const chunks = packLines(lines, LIMITS.embedDescription);
  return chunks.map((description, i) => ({
    ...(i === 0 ? { title: truncate(safeText(title), LIMITS.embedTitle) } : {}),
    description,
    color: COLOR,
    ...(chunks.length > 1 ? { footer: { text: `Part ${i + 1} of ${chunks.length}` } } : {}),
  }));
}

/** Each group: the quantity and verdict, then each figure with its outlets and the sentence it came from. */
export function renderCompare(result: CompareResult): APIEmbed[] {
  const title = `Figures on “${truncate(result.topic, 200)}”`;
  if (result.groups.length === 0) {
    return embeds(title, [`Nothing to compare: no figure on ${safeText(truncate(result.topic, 200))} is reported by several outlets.`]);
  }
  const lines: string[] = [];
  for (const group of result.groups) {
    lines.push(`**${safeText(group.quantity)}** — ${VERDICT[group.agreement]}`);
    for (const figure of group.figures) {
      const carried = figure.outlets.length > 1 ? ` (carried by ${figure.outlets.length} outlets)` : '';
      lines.push(
        `• **${safeText(figure.claim.text)}** — ${safeText(figure.outlets.join(', '))}${carried}\n> ${safeText(truncate(figure.claim.sentenceText, MAX_SENTENCE))}`,
      );
    }
    lines.push('');
  }
  return embeds(title, lines);
}

/** Who quoted whom: per speaker, the outlets quoting them and how many quotations only one outlet carried. */
export function renderSpeakersByOutlet(coverage: readonly SpeakerCoverage[]): APIEmbed[] {
  if (coverage.length === 0) return embeds('Who quoted whom', ['No attributed quotations in the corpus.']);
  const lines = coverage.map((s) => {
    const outlets = s.outlets.map((o) => `${safeText(o.outlet)} (${o.quotations})`).join(', ');
    const exclusive = s.quotations.filter((q) => q.exclusive).length;
    return `**${safeText(s.speaker)}** — ${outlets} · ${exclusive}/${s.quotations.length} quotations in one outlet only`;
  });
  return embeds('Who quoted whom', lines);
}
