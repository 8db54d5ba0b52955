import type { CompareResult } from './types';

const VERDICT = {
  same: 'AGREE',
  compatible: 'COMPATIBLE (different figures, both can be true)',
  differ: 'DIFFER',
} as const;

/** The comparison as plain text for the console: each group, its verdict, each figure with outlets and sentence. */
export function formatCompareText(result: CompareResult): string {
  if (result.groups.length === 0) return `No figures on "${result.topic}" that several outlets report.`;
  const lines: string[] = [`Figures on "${result.topic}": ${result.groups.length} quantit${result.groups.length === 1 ? 'y' : 'ies'} reported by several outlets.`];
  for (const group of result.groups) {
    lines.push('', `${group.quantity} — ${VERDICT[group.agreement]}`, `  ${group.note}`);
    for (const figure of group.figures) {
      const c = figure.claim;
      const scope = c.scope ? ` [${c.scope}]` : '';
      const carried = figure.outlets.length > 1 ? ` (carried by ${figure.outlets.length} outlets)` : '';
      lines.push(`  • ${c.text}${scope} — ${figure.outlets.join(', ')}${carried}`, `      “${c.sentenceText}”`);
    }
  }
  return lines.join('\n');
}
