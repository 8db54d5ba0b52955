const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether `text` is a real calendar date written YYYY-MM-DD: the round trip through Date
 * refuses 2022-02-30 instead of rolling it over to March. The corpus format's rule for
 * `published`, shared by the loader and `/add`.
 */
export function isIsoDate(text: string): boolean {
  const parsed = new Date(`${text}T00:00:00Z`);
  return ISO_DATE.test(text) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}
