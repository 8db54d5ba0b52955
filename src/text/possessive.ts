/**
 * A name's possessive as printed in prose: "Blinken’s", "the US’s", but "Americans’" and
 * "Bernie Sanders’" (a final lower-case s takes the apostrophe alone, not "Americans’s").
 */
export function possessive(name: string): string {
  return /s$/.test(name) ? `${name}’` : `${name}’s`;
}
