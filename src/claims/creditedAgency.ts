import type { Article } from '../corpus/types';

/**
 * The news agency an article credits, if any: in its byline ("Yuras Karmanau, Associated
 * Press"), in an "(AP) —" dateline, or on a credit line of the body ("Contributing: …;
 * Associated Press", "… contributed to this report", "Copyright … Reuters"). The corpus
 * loader drops such lines from the sentences, so this reads `article.body`. A body sentence
 * that merely names an agency ("told the Associated Press") is not a credit, and neither is
 * a photo credit ("via AP").
 */
const AGENCIES: [RegExp, string][] = [
  [/\bAssociated Press\b|\(AP\)|\bAP\b/, 'Associated Press'],
  [/\bReuters\b/, 'Reuters'],
  [/\bAgence France-Presse\b|\bAFP\b/, 'AFP'],
  [/\bUnited Press International\b|\bUPI\b/, 'UPI'],
];

/** Lines that credit sources rather than report news. */
const CREDIT_LINE = /\b(contribut\w*|reporting by|writing by|editing by|copyright|wire service|wire reports)\b|©/i;

export function creditedAgency(article: Pick<Article, 'byline' | 'body'>): string | null {
  if (article.byline) {
    const found = agencyIn(article.byline);
    if (found) return found;
  }
  // "KYIV, Ukraine (AP) — …": a dateline credit in the opening characters.
  const opening = article.body.slice(0, 200);
  const dateline = /^[^\n]{0,80}\((AP|Reuters|AFP|UPI)\)\s*[—–-]/m.exec(opening);
  if (dateline) return agencyIn(`(${dateline[1]})`) ?? agencyIn(dateline[1]!);
  for (const line of article.body.split('\n')) {
    if (line.length > 400 || !CREDIT_LINE.test(line)) continue;
    const found = agencyIn(line.replace(/\bvia AP\b/g, ''));
    if (found) return found;
  }
  return null;
}

function agencyIn(text: string): string | null {
  for (const [pattern, name] of AGENCIES) if (pattern.test(text)) return name;
  return null;
}
