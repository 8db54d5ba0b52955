/**
 * Whether a how-much question asks for a sum of money. Shared by the retrieval (a sum of
 * money answers it, not any figure) and the time-frame reading (a month named in it is the
 * period the sum is about: a month's takings are reported after the month).
 */

/** A how-much question about money ("how much did it cost", "how much cash", "how rich is X"). */
export const MONEY_QUESTION = /\b(?:cost|costs|costing|pay|pays|paid|spend|spends|spent|worth|rich|wealthy|profit|profits|revenue|revenues|income|earnings|fortune|price|prices|priced|raise|raised|raising|budget|funding|cash|money|dollars|fine|fined|salary|earn|earned|donate|donated)\b/i;
/**
 * "How much did X sell / make / bring in / bill": a sum of money, though no word of money says
 * so ("how many cars were sold" counts cars: only after "how much").
 */
export const MONEY_VERB = /\bhow much\b.*\b(?:sell|sells|sold|selling|make|makes|made|making|earn|earns|bring in|brought in|take in|took in|bill|billed|charge|charged)\b/i;

/** A question naming money or a money verb after "how much" (the price form "how much is X" is left to the retrieval, which knows the counted noun). */
export function namesMoney(question: string): boolean {
  return MONEY_QUESTION.test(question) || MONEY_VERB.test(question);
}
