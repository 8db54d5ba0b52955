/**
 * Writes a made-up corpus of many small articles into a folder, for tests that need a
 * corpus large enough to page through (/sources, who quoted whom). Every article quotes
 * three named speakers, so the speaker list grows with the corpus.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const FIRST = ['Anna', 'James', 'Mary', 'Peter', 'Robert', 'Linda', 'Viktor', 'Laura', 'Daniel', 'Sarah', 'Michael', 'Karen', 'Richard', 'Susan', 'Thomas', 'Nancy'];
const LAST = ['Kowalski', 'Brandt', 'Hughes', 'Novak', 'Lindqvist', 'Moreau', 'Castellano', 'Whitfield', 'Okafor', 'Ferreira', 'Jansen', 'Halloran'];
const OUTLETS = ['The Northern Evening Chronicle', 'Harbour City Daily Ledger', 'Eastern Plains Gazette', 'The Riverside Morning Post', 'Continental Wire Review'];

/** The distinct speaker for number `n` (up to 192 of them). */
export function generatedSpeaker(n: number): string {
  return `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;
}

/** Write `count` articles (starting at number `from`) into `dir`; returns their ids. */
export async function writeGeneratedArticles(dir: string, count: number, from = 0): Promise<string[]> {
  const ids: string[] = [];
  for (let i = from; i < from + count; i++) {
    const id = `gen-${String(i).padStart(4, '0')}`;
    const outlet = OUTLETS[i % OUTLETS.length]!;
    const speakers = [0, 1, 2].map((k) => generatedSpeaker((i * 3 + k) % 192));
    const body = [
      `Officials met on Tuesday to discuss the border talks in round ${i}.`,
      `“We will keep talking with our partners about round ${i},” said ${speakers[0]}.`,
      `“Nobody wants the talks to fail this week,” ${speakers[1]} told reporters.`,
      `“The next meeting is already on the calendar,” said ${speakers[2]}.`,
    ].join('\n\n');
    const front = ['---', `outlet: ${outlet}`, `title: Report number ${i} on the long-running border talks between the delegations, with every statement made on the day`, 'published: 2022-02-16', '---'];
    await writeFile(join(dir, `${id}.md`), `${front.join('\n')}\n${body}\n`);
    ids.push(id);
  }
  return ids;
}
