/**
 * A topic's dated development from the command line:
 *   npm run timeline -- "Russian troops"                          readable, by day
 *   npm run --silent timeline -- --json [--since D] [--until D] TOPIC
 *     → {"topic", "events": [{"date", "text", "outlet", "outlets", "article", "speaker"}]}
 * D is YYYY-MM-DD (inclusive). The corpus folder is CORPUS_DIR (default corpus/).
 */
import 'dotenv/config';
import { loadDesk } from '../desk/loadDesk';
import type { TimelineResult } from '../model/types';
import { formatTimelineText } from '../console/formatAnswerText';
import { dateOption } from './dateOption';

interface TimelineArgs {
  json: boolean;
  since?: string;
  until?: string;
  topic: string;
}

function parseArgs(argv: readonly string[]): TimelineArgs {
  const args: TimelineArgs = { json: false, topic: '' };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--since') args.since = dateOption('--since', argv[++i]);
    else if (arg === '--until') args.until = dateOption('--until', argv[++i]);
    else words.push(arg);
  }
  args.topic = words.join(' ').trim();
  return args;
}

/** The JSON contract: exactly these fields, in this order. */
export function timelineJson(result: TimelineResult): string {
  return JSON.stringify({
    topic: result.topic,
    events: result.events.map((e) => ({ date: e.date, text: e.text, outlet: e.outlet, outlets: e.outlets, article: e.article, speaker: e.speaker })),
  });
}

async function main(): Promise<void> {
  let args: TimelineArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`timeline: ${(error as Error).message}`);
    process.exit(2);
  }
  if (!args.topic) {
    console.error('usage: npm run timeline -- [--json] [--since YYYY-MM-DD] [--until YYYY-MM-DD] TOPIC');
    process.exit(2);
  }
  const { desk, warnings } = await loadDesk(process.env.CORPUS_DIR || 'corpus');
  for (const w of warnings) console.error(`warning: skipped ${w.file}: ${w.reason}`);
  const result = desk.timeline(args.topic, { ...(args.since && { since: args.since }), ...(args.until && { until: args.until }) });
  process.stdout.write(args.json ? `${timelineJson(result)}\n` : `${formatTimelineText(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(`timeline: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
