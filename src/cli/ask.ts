/**
 * Command-line answers, the contract other tools rely on:
 *   npm run ask -- "what did Stoltenberg say"          readable answer
 *   npm run ask -- --json "…"                           one JSON object
 *   npm run ask -- --json --batch FILE                  one JSON object per line of FILE
 *   --limit N caps the answers (default 10; 25 for what-did-X-say questions)
 *   --since YYYY-MM-DD / --until YYYY-MM-DD: only answers published in that frame (inclusive),
 *   besides any frame the question names ("this week", "since March 3")
 * The corpus folder is CORPUS_DIR (default corpus/).
 */
import 'dotenv/config';
import { readFileSync } from 'node:fs';
import { loadDesk } from '../desk/loadDesk';
import type { AskResult, Desk } from '../model/types';
import { formatAnswerText } from '../console/formatAnswerText';
import { dateOption } from './dateOption';

interface CliArgs {
  json: boolean;
  batch?: string;
  limit?: number;
  since?: string;
  until?: string;
  question: string;
}


function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { json: false, question: '' };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--batch') args.batch = argv[++i];
    else if (arg === '--limit') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0) throw new Error('--limit needs a whole number ≥ 0');
      args.limit = n;
    } else if (arg === '--since') args.since = dateOption('--since', argv[++i]);
    else if (arg === '--until') args.until = dateOption('--until', argv[++i]);
    else words.push(arg);
  }
  args.question = words.join(' ');
  if (args.batch === undefined && args.question.trim() === '' && argv.includes('--batch')) {
    throw new Error('--batch needs a file name');
  }
  return args;
}

/** The JSON contract: exactly these fields, in this order. */
export function toJson(result: AskResult): string {
  return JSON.stringify({
    question: result.question,
    answers: result.answers.map((a) => ({
      text: a.text,
      outlet: a.outlet,
      outlets: a.outlets,
      article: a.article,
      speaker: a.speaker,
      kind: a.kind,
      published: a.published,
      score: a.score,
    })),
  });
}

function ask(desk: Desk, question: string, args: CliArgs): AskResult {
  return desk.ask(question, {
    ...(args.limit !== undefined && { limit: args.limit }),
    ...(args.since !== undefined && { since: args.since }),
    ...(args.until !== undefined && { until: args.until }),
  });
}

async function main(): Promise<void> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`ask: ${(error as Error).message}`);
    process.exit(2);
  }
  if (!args.batch && !args.question.trim()) {
    console.error('usage: npm run ask -- [--json] [--limit N] [--since YYYY-MM-DD] [--until YYYY-MM-DD] "question" | --json --batch FILE');
    process.exit(2);
  }
  const { desk, warnings } = await loadDesk(process.env.CORPUS_DIR || 'corpus');
  for (const w of warnings) console.error(`warning: skipped ${w.file}: ${w.reason}`);
  const questions = args.batch
    ? readFileSync(args.batch, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '')
    : [args.question];
  for (const question of questions) {
    const result = ask(desk, question, args);
    process.stdout.write(args.json ? `${toJson(result)}\n` : `${formatAnswerText(result)}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(`ask: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
