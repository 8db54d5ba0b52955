/**
 * Fixed question sets for `npm run bench`: what did X say, who said, how many and general
 * questions (with a few typos and names the corpus lacks), as users ask them.
 */
import { readFileSync } from 'node:fs';

/** The seed corpus: our tuned question set (test/eval/questions.json). */
export function seedQuestions(): string[] {
  const file = new URL('../../test/eval/questions.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { q: string }[]).map((q) => q.q);
}

/** The PolNeAR corpus (US politics, 2016). */
export const POLNEAR_QUESTIONS = [
  'what did Trump say',
  'what did Hillary Clinton say about emails',
  'what did Paul Ryan say',
  'what did Obama say about the economy',
  'what did Bernie Sanders say about Wall Street',
  'what did Mike Pence say',
  'what did Kellyanne Conway say',
  'what did Ted Cruz say about immigration',
  'what did Marco Rubio say',
  'what did Comey say about the investigation',
  'what did Trmup say',
  'what did Xi Jinping say',
  'who said make America great again',
  'who said the election is rigged',
  'who said basket of deplorables',
  'who said lock her up',
  'who called the Iran deal a disaster',
  'who said we need to build a wall',
  'how many delegates does Trump have',
  'how many votes did Clinton win',
  'how many people attended the rally',
  'how many jobs were created last month',
  'how much money did the campaign raise',
  'how many emails did Clinton delete',
  'how many Republicans support Trump',
  'how many undocumented immigrants live in the United States',
  'Clinton Foundation donations',
  'border wall with Mexico',
  'Russian hacking of the DNC',
  'FBI investigation of the private email server',
  'Obamacare premiums rise',
  'Trump tax returns',
  'Supreme Court nominee',
  'Syrian refugees',
  'polls in Florida',
  'first presidential debate performance',
  'voter fraud',
  'Benghazi attack',
  'Clintn emails server',
  'Zelensky',
];

/** Questions with a time frame or asking for recency (issue #18), timed apart from the others. */
export const TIME_QUESTIONS = [
  'what did Trump say this week',
  'what did Clinton say last week',
  'what did Trump say in March',
  'what did Obama say about the economy in June',
  'what has Trump said since October 1',
  'what did Clinton say before November 8',
  'what did Paul Ryan say between March 1 and May 31',
  'what did Comey say about the investigation last month',
  'what’s Trump been saying',
  'what is Clinton saying about emails',
  'latest on the FBI investigation',
  'any news on the border wall',
  'polls in Florida this month',
  'Obamacare premiums since September',
  'who said lock her up in July',
  'how many delegates does Trump have in April',
];

/** Topics for `/timeline` in the bench. */
export const TIMELINE_TOPICS = ['FBI investigation of the private email server', 'border wall with Mexico', 'Trump tax returns', 'Syrian refugees', 'voter fraud', 'Supreme Court nominee'];
