/**
 * Answers as the outlet printed them: the scrapes ran words together ("Jens Stoltenbergat a
 * meeting", "JensStoltenberg", "estimated14,000"); the CLI, the console and Discord show the
 * repaired text, while `text` (and the CLI JSON) stay verbatim and Context keeps the offsets of
 * the scraped body. Checked on every seed sentence with a run-together word: the repair splits
 * exactly the words the outlets printed apart, and changes nothing else, inside quotation
 * marks or out, but by inserting the missing space.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { formatAnswerText, formatContextText } from '../../src/console/formatAnswerText.js';
import { printedText } from '../../src/desk/printedText.js';
import type { DeskData } from '../../src/model/deskData.js';
import { renderAnswerEmbeds } from '../../src/discord/renderAnswers.js';
import { renderContext } from '../../src/discord/renderInfo.js';
import { createDeskHolder } from '../../src/desk/deskHolder.js';
import { loadDesk } from '../../src/desk/loadDesk.js';
import { startHarnessInTest } from '../support/botHarness.js';
import { CORPUS_DIR } from '../support/seedCorpus.js';

/** The words the seed scrapes ran together, and how the outlets printed them (checked by hand against the articles). */
const SEED_RUN_TOGETHER: Record<string, string> = {
  Stoltenbergat: 'Stoltenberg at',
  JensStoltenberg: 'Jens Stoltenberg',
  'estimated14,000': 'estimated 14,000',
};

/** Positions of `original` in `printed`, when `printed` is `original` with spaces inserted; else undefined. */
function insertedSpaces(original: string, printed: string): number[] | undefined {
  const inserted: number[] = [];
  let i = 0;
  for (let j = 0; j < printed.length; j++) {
    if (i < original.length && printed[j] === original[i]) i++;
    else if (printed[j] === ' ') inserted.push(j);
    else return undefined;
  }
  return i === original.length ? inserted : undefined;
}

/** Quoted spans (straight or curly double quotes) of a text. */
function quotedSpans(text: string): string[] {
  return [...text.matchAll(/“[^”]*”|"[^"]*"/g)].map((m) => m[0]);
}

async function seedData(): Promise<DeskData> {
  return (await loadDesk(CORPUS_DIR)).data;
}

describe('answers as the outlet printed them', () => {
  it('on every seed sentence with a run-together word: splits exactly those words, only by inserting spaces, quotations included', async () => {
    const data = await seedData();
    const repaired = data.sentences.map((s) => ({ s, printed: printedText(data, s.text) })).filter((r) => r.printed !== r.s.text);
    // Each run-together word of the seeds is in some sentence, and nothing else was split.
    const splits = new Map<string, string>();
    for (const { s, printed } of repaired) {
      const spaces = insertedSpaces(s.text, printed);
      expect(spaces, `${s.id}: ${printed}`).toBeDefined();
      for (const at of spaces!) {
        // The word around each inserted space, before and after.
        const before = /\S*$/.exec(printed.slice(0, at))![0] + /^\S*/.exec(printed.slice(at + 1))![0];
        const after = /\S*$/.exec(printed.slice(0, at))![0] + ' ' + /^\S*/.exec(printed.slice(at + 1))![0];
        splits.set(before.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), after.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
      }
      // Inside quotation marks too, the words are the scraped ones with at most a space inserted.
      const quotedBefore = quotedSpans(s.text);
      const quotedAfter = quotedSpans(printed);
      expect(quotedAfter).toHaveLength(quotedBefore.length);
      quotedBefore.forEach((q, k) => expect(insertedSpaces(q, quotedAfter[k]!), q).toBeDefined());
    }
    expect(Object.fromEntries(splits)).toEqual(SEED_RUN_TOGETHER);
    expect(repaired.length).toBe(3);
    // The sentences search already reads repaired are shown repaired too.
    for (const s of data.sentences) if (s.normalized !== s.text) expect(printedText(data, s.text)).toBe(s.normalized);
  });

  it('is what the console, the CLI and Discord show; text, the CLI JSON and Context ids stay as scraped', async () => {
    const { desk } = await loadDesk(CORPUS_DIR);
    const result = desk.ask('what did Stoltenberg say', { limit: 25 });
    const npr = result.answers.find((a) => a.text.includes('Stoltenbergat'))!;
    expect(npr.printed).toContain('said Secretary-General Jens Stoltenberg at a meeting of NATO defense ministers');
    expect(npr.text).toContain('Jens Stoltenbergat a meeting'); // verbatim, offsets into the scraped body
    const usaToday = result.answers.find((a) => a.text.includes('JensStoltenberg'))!;
    expect(usaToday.printed).toContain('NATO Secretary General Jens Stoltenberg said');

    const text = formatAnswerText(result);
    expect(text).toContain('Jens Stoltenberg at a meeting');
    expect(text).not.toMatch(/Stoltenbergat|JensStoltenberg/);
    const embeds = JSON.stringify(renderAnswerEmbeds(result));
    expect(embeds).toContain('Jens Stoltenberg at a meeting');
    expect(embeds).not.toMatch(/Stoltenbergat|JensStoltenberg/);

    // Context around the sentence: found by its id (the scraped sentence), shown repaired.
    const context = desk.context(npr.sentenceId);
    if ('missing' in context) throw new Error('context missing');
    expect(npr.text.startsWith(context.sentences.find((s) => s.focus)!.text)).toBe(true);
    const glued = context.sentences.find((s) => s.text.includes('Stoltenbergat'))!;
    expect(glued.printed).toBe(glued.text.replace('Stoltenbergat', 'Stoltenberg at'));
    expect(formatContextText(context)).toContain('said Secretary-General Jens Stoltenberg at a meeting');
    expect(formatContextText(context)).not.toContain('Stoltenbergat');
    expect(JSON.stringify(renderContext(context))).toContain('Jens Stoltenberg at a meeting');

  });

  it('the CLI shows it in readable answers and keeps the JSON `text` verbatim', () => {
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, CORPUS_DIR } });
    const readable = run(['--limit', '25', 'what did Stoltenberg say']);
    expect(readable.status).toBe(0);
    expect(readable.stdout).toContain('Jens Stoltenberg at a meeting');
    expect(readable.stdout).not.toMatch(/Stoltenbergat|JensStoltenberg/);
    const json = run(['--json', '--limit', '25', 'what did Stoltenberg say']);
    const texts = (JSON.parse(json.stdout) as { answers: { text: string }[] }).answers.map((a) => a.text);
    expect(texts.some((t) => t.includes('Jens Stoltenbergat a meeting'))).toBe(true);
    expect(Object.keys(JSON.parse(json.stdout).answers[0])).toEqual(['text', 'outlet', 'outlets', 'article', 'speaker', 'kind', 'published', 'score']);
  });

  it('Discord shows the repaired text end to end', async () => {
    const holder = await createDeskHolder(CORPUS_DIR);
    const h = await startHarnessInTest(holder, { pageSize: 10 });
    const ask = h.standIn.interact({ name: 'ask', options: { question: 'what did Stoltenberg say', private: true } });
    const edit = await ask.finalEdit();
    const shown = JSON.stringify(ask.requests().map((r) => r.body ?? null)) + JSON.stringify(edit.body.embeds);
    expect(shown).toContain('Jens Stoltenberg at a meeting');
    expect(shown).not.toMatch(/Stoltenbergat|JensStoltenberg/);
  });
});

describe('never a space the outlet did not print', () => {
  it('does not split a name a known first name or surname begins ("Clint on", "Anders on"), a brand printed whole, or a handle', async () => {
    const { deskFrom } = await import('../claims/support.js');
    const data = deskFrom([
      { outlet: 'A', body: 'Actor Clint Howard spoke on Tuesday. Former Danish prime minister Anders Fogh Rasmussen spoke too. Hillary Clinton spoke as well.\n\nAnchor Anderson Cooper asked the questions.' },
      { outlet: 'B', body: '“We will win,” Clinton said on Wednesday.\n\nThe moderator, Anderson, pressed her on it.\n\nIt was broadcast by EgyptAir and EgyptAir channels, @HillaryClinton wrote, citing account ilduce2016 as a source.' },
      { outlet: 'C', body: 'NATO Secretary General Jens Stoltenberg spoke in Brussels.\n\nIt was said by Jens Stoltenbergat a meeting that troops remained, according to an estimated14,000 readers.' },
    ]);
    const shown = data.sentences.map((s) => printedText(data, s.text)).join(' ');
    expect(shown).toContain('“We will win,” Clinton said');
    expect(shown).toContain('The moderator, Anderson, pressed');
    expect(shown).not.toMatch(/Clint on|Anders on|Egypt Air|Hillary Clinton wrote|ilduce 2016/);
    // A glue after a known surname, and a count glued to its word, are still split.
    expect(shown).toContain('Jens Stoltenberg at a meeting');
    expect(shown).toContain('an estimated 14,000 readers');
  });
});
