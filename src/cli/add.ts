/**
 * `npm run --silent add -- --json [--corpus DIR] [--outlet O] [--title T] [--published YYYY-MM-DD] [--byline B] FILE|URL`
 *
 * Writes the article into DIR (default CORPUS_DIR, else corpus/) and prints one JSON line
 * `{"id", "file", "outlet", "title", "published", "sentences", "quotes"}`. On any refusal:
 * one line on stderr naming the reason, exit code 1, nothing written. The next start or
 * /reload serves the article. Addresses are fetched under the same rules as /add.
 */
import 'dotenv/config';
import { addArticle, describeField, type MetadataOverrides } from '../intake/addArticle';
import { DEFAULT_FETCH_POLICY } from '../intake/fetchPage';
import { IntakeError } from '../intake/intakeError';
import { allowPrivateFromEnv, sourceFromFile, sourceFromUrl } from '../intake/sources';

interface AddArgs {
  json: boolean;
  corpus: string;
  overrides: MetadataOverrides;
  target: string;
}

const USAGE = 'usage: npm run --silent add -- --json [--corpus DIR] [--outlet O] [--title T] [--published YYYY-MM-DD] [--byline B] FILE|URL';
const FLAGS: Record<string, keyof MetadataOverrides> = { '--outlet': 'outlet', '--title': 'title', '--published': 'published', '--byline': 'byline' };

export function parseAddArgs(argv: readonly string[], env: Record<string, string | undefined>): AddArgs {
  const args: AddArgs = { json: false, corpus: env.CORPUS_DIR || 'corpus', overrides: {}, target: '' };
  const targets: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--corpus' || arg in FLAGS) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new IntakeError(`${arg} needs a value`);
      if (arg === '--corpus') args.corpus = value;
      else args.overrides[FLAGS[arg]!] = value;
    } else if (arg.startsWith('--')) throw new IntakeError(`unknown option ${arg}`);
    else targets.push(arg);
  }
  if (targets.length !== 1) throw new IntakeError(targets.length === 0 ? 'name one FILE or URL to add' : 'name only one FILE or URL to add');
  args.target = targets[0]!;
  return args;
}

const FLAG_OF: Record<string, string> = { outlet: '--outlet', title: '--title', published: '--published YYYY-MM-DD' };

async function main(): Promise<void> {
  const args = parseAddArgs(process.argv.slice(2), process.env);
  const policy = { ...DEFAULT_FETCH_POLICY, allowPrivate: allowPrivateFromEnv(process.env) };
  const source = /^[a-z][a-z0-9+.-]*:\/\//i.test(args.target)
    ? await sourceFromUrl(args.target, policy)
    : await sourceFromFile(args.target, policy.maxBytes);
  const added = await addArticle(args.corpus, source, args.overrides);
  if (args.json) {
    const { id, file, outlet, title, published, sentences, quotes } = added;
    process.stdout.write(`${JSON.stringify({ id, file, outlet, title, published, sentences, quotes })}\n`);
  } else {
    process.stdout.write(
      `Added ${added.id} (${added.file}): ${added.outlet}, "${added.title}", ${added.published}; ${added.sentences} sentences, ${added.quotes} quotations` +
        `${added.speakers.length ? ` (${added.speakers.slice(0, 5).join(', ')})` : ''}. Run /reload or restart to serve it.\n`,
    );
  }
}

main().catch((error: unknown) => {
  let line: string;
  if (error instanceof IntakeError) {
    const missing = error.details.missing;
    line = missing?.length
      ? `add: the article's ${missing.map(describeField).join(', ')} could not be found: give ${missing.map((m) => FLAG_OF[m]).join(' ')}`
      : `add: ${error.message}`;
    if (/needs a value|unknown option|name (one|only one)/.test(error.message)) line += ` (${USAGE})`;
  } else {
    line = `add: failed: ${(error as Error)?.message ?? String(error)}`;
  }
  process.stderr.write(`${line.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
});
