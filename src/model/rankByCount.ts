/**
 * Names most counted first, ties in the native string order (code units). Bucketed by count,
 * each bucket sorted without a comparator function: tens of thousands of speakers at scale,
 * where one sort with a comparator took 30 ms in one block. Both the lookup built from the
 * quotations and the one read from the packed columns rank speakers with it, so they agree.
 */
export function rankByCount(counts: ReadonlyMap<string, number>): string[] {
  const byCount = new Map<number, string[]>();
  for (const [name, count] of counts) {
    const names = byCount.get(count);
    if (names) names.push(name);
    else byCount.set(count, [name]);
  }
  return [...byCount.keys()].sort((a, b) => b - a).flatMap((count) => byCount.get(count)!.sort());
}
