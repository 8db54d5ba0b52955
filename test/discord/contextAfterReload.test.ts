/**
 * A Context button is kept for hours while moderators edit articles and reload: through the
 * stand-in with the real bot and desk holder, the same button bolds the same sentence after a
 * paragraph is added at the top of its article, says privately that the article has changed
 * once the sentence is removed, and that the article is gone once its file is.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeskHolder } from '../../src/desk/deskHolder.js';
import { startHarness, type Harness } from '../support/botHarness.js';
import { MODERATOR_PERMISSIONS, type RestRecord } from '../support/discordStandIn.js';

const FOCUS = 'The minister said the border crossings would stay open through the weekend.';
const PARAGRAPHS = [
  'Officials met in the capital on Wednesday to discuss the troop buildup. Ministers from four countries attended.',
  `Talks went on late into the night. ${FOCUS} Trucks were already queuing at dawn.`,
  'Markets fell sharply in early trading on the news.',
];

const file = (title: string, paragraphs: string[]) =>
  `---\noutlet: Test Gazette\ntitle: ${title}\npublished: 2022-02-16\n---\n${paragraphs.join('\n')}\n`;

let corpus: string;
let cache: string;
let h: Harness;

beforeAll(async () => {
  corpus = await mkdtemp(join(tmpdir(), 'crisis-desk-context-'));
  cache = await mkdtemp(join(tmpdir(), 'crisis-desk-context-cache-'));
  await writeFile(join(corpus, 'gazette-border.md'), file('Border stays open', PARAGRAPHS));
  await writeFile(join(corpus, 'gazette-markets.md'), file('Markets slide', ['Shares in European banks fell for a third day on Wednesday.']));
  h = await startHarness(await createDeskHolder(corpus, { cacheDir: cache }));
}, 120_000);

afterAll(async () => {
  await h?.stop();
  for (const dir of [corpus, cache]) if (dir) await rm(dir, { recursive: true, force: true });
});

const embeds = (r: RestRecord): any[] => r.body?.embeds ?? [];
const bold = (r: RestRecord): string | undefined => /\*\*(.+?)\*\*/.exec(embeds(r)[0]?.description ?? '')?.[1];

async function reload(): Promise<void> {
  const mod = h.standIn.interact({ name: 'reload', permissions: MODERATOR_PERMISSIONS });
  // The report comes as an embed; a slow reload edits in progress lines before it.
  const report = await mod.waitFor((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original') && embeds(r).length > 0, 60_000);
  expect(embeds(report)[0].title).toBe('Corpus reloaded');
}

describe('the Context button across reloads', () => {
  it('bolds the same sentence after an edit above it, then says the article has changed, then that it is gone', async () => {
    const ask = h.standIn.interact({ name: 'ask', options: { question: 'will the border crossings stay open this weekend' } });
    const answer = await ask.edit();
    expect(embeds(answer)[0].description).toContain(FOCUS);
    const button = (answer.body.components as any[]).flatMap((row) => row.components).find((b) => b.label === 'Context');
    const messageId = ask.original()!.id;
    const press = () => h.standIn.interact({ type: 'button', customId: button.custom_id, messageId });

    expect(bold(await press().edit())).toBe(FOCUS);

    await writeFile(join(corpus, 'gazette-border.md'), file('Border stays open', ['Editor’s note: this report was updated on Thursday.', ...PARAGRAPHS]));
    await reload();
    expect(bold(await press().edit())).toBe(FOCUS);

    const [first, second, third] = PARAGRAPHS as [string, string, string];
    await writeFile(join(corpus, 'gazette-border.md'), file('Border stays open', [first, second.replace(`${FOCUS} `, ''), third]));
    await reload();
    const changed = await press().callback();
    expect(changed.body.type).toBe(4);
    expect(changed.body.data.flags & 64).toBe(64);
    expect(changed.body.data.content).toBe('That article has changed since this answer; the sentence is no longer in it.');

    await rm(join(corpus, 'gazette-border.md'));
    await reload();
    const gone = await press().callback();
    expect(gone.body.data.flags & 64).toBe(64);
    expect(gone.body.data.content).toBe('That article is no longer in the corpus.');
  }, 120_000);
});
