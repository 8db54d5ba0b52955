import { isDate } from '../time/timeFrame';

/** A --since/--until value: a real YYYY-MM-DD date, else an error naming the option. */
export function dateOption(name: string, value: string | undefined): string {
  if (value === undefined || !isDate(value)) throw new Error(`${name} needs a date written YYYY-MM-DD`);
  return value;
}
