/**
 * Compares the figures outlets printed on a topic.
 *
 *   npm run --silent compare -- --json "TOPIC"   one JSON object
 *   npm run compare -- "TOPIC"                   readable text
 *
 * Reads the corpus from CORPUS_DIR (default ./corpus).
 */
import { compareTopic } from '../claims/compareTopic';
import { formatCompareText } from '../claims/formatCompareText';
import { loadDesk } from '../desk/loadDesk';

const args = process.argv.slice(2);
const json = args.includes('--json');
const topic = args.filter((a) => a !== '--json').join(' ').trim();
if (!topic) {
  console.error('usage: npm run compare -- [--json] "TOPIC"');
  process.exit(2);
}

const { data } = await loadDesk(process.env.CORPUS_DIR || 'corpus');
const result = compareTopic(data, topic);
if (json) {
  const out = {
    topic: result.topic,
    groups: result.groups.map((g) => ({
      quantity: g.quantity,
      agreement: g.agreement,
      claims: g.figures.map((f) => ({
        value: f.claim.value,
        qualifier: f.claim.qualifier === 'exact' ? null : f.claim.qualifier,
        unit: f.claim.unit ?? '',
        text: f.claim.sentenceText,
        outlets: f.outlets,
        article: f.claim.article,
      })),
    })),
  };
  process.stdout.write(JSON.stringify(out) + '\n');
} else {
  console.log(formatCompareText(result));
}
