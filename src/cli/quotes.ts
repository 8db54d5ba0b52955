/**
 * Lists the quotations in text files and who said them.
 *
 *   npm run --silent quotes -- --json FILE…   one JSON line per file
 *   npm run quotes -- FILE…                   readable listing
 *
 * Offsets are UTF-16 indexes into the file's text as read (utf8).
 */
import { readFileSync } from 'node:fs';
import { extractQuotes } from '../quotes/extractQuotes';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length === 0) {
  console.error('usage: npm run quotes -- [--json] FILE…');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`${file}: ${(err as Error).message}`);
    failed = true;
    continue;
  }
  const quotes = extractQuotes(text);
  if (json) {
    const out = quotes.map((q) => ({
      start: q.start, end: q.end, text: q.text, speaker: q.speaker, speakerStart: q.speakerStart, speakerEnd: q.speakerEnd, cue: q.cue,
    }));
    process.stdout.write(JSON.stringify({ file, quotes: out }) + '\n');
  } else {
    console.log(`${file}: ${quotes.length} quotation${quotes.length === 1 ? '' : 's'}`);
    for (const q of quotes) {
      const who = q.speaker ? `${q.speaker}${q.named ? '' : ' (unnamed)'}${q.role ? `, ${q.role}` : ''}` : q.mention ? 'unresolved' : 'unattributed';
      const how = q.mention ? ` — "${q.mention}" ${q.cue ?? ''}`.trimEnd() : '';
      console.log(`  [${q.start}-${q.end}] ${who}${how}\n      ${q.text.replace(/\s+/g, ' ')}`);
    }
  }
}
process.exit(failed ? 1 : 0);
