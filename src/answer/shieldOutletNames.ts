import { MemoSlot } from '../shared/memoSlot';
import { readTimeFrame } from '../time/timeFrame';

/** The question with outlet names that read as time words set aside, and how to put them back. */
export interface ShieldedQuestion {
  text: string;
  restore(text: string): string;
}

/**
 * Sets aside the outlet names in a question that hold a time word ("USA Today"), so reading the
 * question's time frame does not take "today" out of "what did usa today report" and leave a
 * question about "usa" (answered with a U.S. official's statements). Other names are left as
 * they are; `restore` puts the names back into what the frame reading leaves.
 */
export function shieldOutletNames(question: string, outlets: readonly string[], now: string): ShieldedQuestion {
  const timed = timedOutlets(outlets, now);
  if (!timed.length) return { text: question, restore: (text) => text };
  const names: string[] = [];
  let text = question;
  for (const outlet of timed) {
    const words = outlet.replace(/^the\s+/i, '').split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    text = text.replace(new RegExp(`\\b${words.join('\\s+')}\\b`, 'giu'), (m) => {
      names.push(m);
      return `\u0001${names.length - 1}\u0001`;
    });
  }
  return { text, restore: (out) => out.replace(/\u0001(\d+)\u0001/g, (_, i: string) => names[Number(i)]!) };
}

const timedMemo = new MemoSlot<{ now: string; timed: string[] }>('outlets named with a time word');

/** The outlets whose name reads as a time frame, worked out once per outlet list (a desk's), not per question. */
function timedOutlets(outlets: readonly string[], now: string): string[] {
  const known = timedMemo.get(outlets);
  if (known?.now === now) return known.timed;
  const timed = outlets.filter((o) => readTimeFrame(o, now).frame !== null);
  timedMemo.set(outlets, { now, timed });
  return timed;
}
