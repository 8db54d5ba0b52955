/**
 * Sentence ids are anchored on the sentence's text: an id handed out before a reload names
 * the same sentence after lines are added elsewhere in its article, and names nothing (the
 * article "has changed") once the sentence itself is edited or removed — never a neighbour.
 * Checked on a desk as built and on one packed and unpacked (how a reload and the cache hand
 * a desk over).
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types';
import { buildDeskData } from '../../src/build/buildDeskData';
import { createDesk } from '../../src/desk/createDesk';
import { loadPackedDesk } from '../../src/desk/loadDesk';
import { packDeskData } from '../../src/store/packDeskData';
import type { ContextMissing, ContextResult, Desk } from '../../src/model/types';
import { parseSentenceId, sentenceTextHash } from '../../src/text/sentenceIds';

const ASK = 'border crossings stay open weekend';
const FOCUS = 'The minister said the border crossings would stay open through the weekend.';

function article(id: string, paragraphs: string[]): Article {
  return { id, outlet: 'Test Gazette', title: `Report ${id}`, published: '2022-02-16', body: paragraphs.join('\n'), file: `${id}.md` };
}

const ORIGINAL = [
  'Officials met in the capital on Wednesday to discuss the troop buildup. Ministers from four countries attended.',
  `Talks went on late into the night. ${FOCUS} Trucks were already queuing at dawn.`,
  'Markets fell sharply in early trading on the news.',
];

async function desks(articles: Article[]): Promise<{ built: Desk; unpacked: Desk }> {
  const data = buildDeskData(articles, new Date('2022-02-16T12:00:00Z'));
  const packed = packDeskData(data, new Map(), []);
  return { built: createDesk(data), unpacked: (await loadPackedDesk(packed, 'build')).desk };
}

function focusText(context: ContextResult | ContextMissing | undefined): string | undefined {
  if (context === undefined || 'missing' in context) return undefined;
  return context.sentences.find((s) => s.focus)?.text;
}

function idOf(desk: Desk, question: string, text: string): string {
  const answer = desk.ask(question).answers.find((a) => a.text === text);
  if (!answer) throw new Error(`no answer with ${text}`);
  return answer.sentenceId;
}

describe('sentence ids', () => {
  it('name the same sentence after a paragraph is added at the top of the article', async () => {
    const before = await desks([article('gazette-1', ORIGINAL)]);
    const id = idOf(before.built, ASK, FOCUS);
    expect(idOf(before.unpacked, ASK, FOCUS)).toBe(id);
    const after = await desks([article('gazette-1', ['Editor’s note: this report was updated with new details on Thursday.', ...ORIGINAL])]);
    for (const desk of [after.built, after.unpacked]) {
      expect(focusText(desk.context(id))).toBe(FOCUS);
      expect(idOf(desk, ASK, FOCUS)).toBe(id);
    }
  });

  it('name the same sentence after a sentence is added before it in its paragraph', async () => {
    const id = idOf((await desks([article('gazette-1', ORIGINAL)])).built, ASK, FOCUS);
    const [first, second, third] = ORIGINAL as [string, string, string];
    const after = await desks([article('gazette-1', [first, `Diplomats arrived first. ${second}`, third])]);
    for (const desk of [after.built, after.unpacked]) expect(focusText(desk.context(id))).toBe(FOCUS);
  });

  it('resolve to "changed", never to another sentence, once the sentence is edited or removed', async () => {
    const id = idOf((await desks([article('gazette-1', ORIGINAL)])).built, ASK, FOCUS);
    const [first, second, third] = ORIGINAL as [string, string, string];
    const reworded = [first, second.replace('through the weekend', 'until Monday'), third];
    const removed = [first, second.replace(`${FOCUS} `, ''), third];
    for (const paragraphs of [reworded, removed]) {
      const after = await desks([article('gazette-1', paragraphs)]);
      expect(after.built.context(id)).toEqual({ missing: 'sentence' });
      expect(after.unpacked.context(id)).toEqual({ missing: 'sentence' });
    }
  });

  it('resolve to "article gone" when the article is no longer in the corpus', async () => {
    const id = idOf((await desks([article('gazette-1', ORIGINAL)])).built, ASK, FOCUS);
    const after = await desks([article('gazette-2', ORIGINAL)]);
    expect(after.built.context(id)).toEqual({ missing: 'article' });
    expect(after.unpacked.context(id)).toEqual({ missing: 'article' });
    expect(after.built.context('not an id')).toEqual({ missing: 'article' });
  });

  it('tell apart the copies of a sentence printed twice in one article, after packing too', async () => {
    const repeated = 'The statement was read aloud at the briefing.';
    const paragraphs = [`${repeated} Reporters asked about troop numbers.`, `Officials declined to answer. ${repeated}`];
    const { built, unpacked } = await desks([article('gazette:1', paragraphs)]);
    const anyId = idOf(built, 'reporters asked about troop numbers', 'Reporters asked about troop numbers.');
    const idsIn = (desk: Desk) => {
      const context = desk.context(anyId, 10);
      return 'missing' in context ? [] : context.sentences.map((s) => s.id);
    };
    const all = idsIn(built);
    expect(all).toHaveLength(4);
    expect(idsIn(unpacked)).toEqual(all);
    const copies: [string, string] = [all[0]!, all[3]!];
    expect(parseSentenceId(copies[0])).toEqual({ article: 'gazette:1', hash: sentenceTextHash(repeated), copy: 1 });
    expect(parseSentenceId(copies[1])).toEqual({ article: 'gazette:1', hash: sentenceTextHash(repeated), copy: 2 });
    for (const desk of [built, unpacked]) {
      for (const [n, id] of copies.entries()) {
        const context = desk.context(id, 10);
        if ('missing' in context) throw new Error(`copy ${n + 1} not found`);
        // The first copy opens the article, the second closes it.
        expect(context.sentences.findIndex((s) => s.focus)).toBe(n === 0 ? 0 : 3);
      }
    }
  });

  it('hash the text with runs of whitespace read as one space, and read back only the ids they make', () => {
    expect(sentenceTextHash('Troops  massed\nnear the\u00a0border.')).toBe(sentenceTextHash('Troops massed near the border.'));
    expect(sentenceTextHash('Troops massed near the border.')).not.toBe(sentenceTextHash('Troops massed near the border!'));
    expect(parseSentenceId('npr:2022:0a1b2c3d')).toEqual({ article: 'npr:2022', hash: 0x0a1b2c3d, copy: 1 });
    expect(parseSentenceId('npr:0a1b2c3d.12')).toEqual({ article: 'npr', hash: 0x0a1b2c3d, copy: 12 });
    for (const id of ['npr:3:1', 'npr:0a1b2c3', 'npr:0A1B2C3D', 'npr:0a1b2c3d.1', 'npr:0a1b2c3d.02', 'npr:0a1b2c3d.', 'npr:0a1b2c3dx', ':0a1b2c3d']) {
      expect(parseSentenceId(id)).toBeUndefined();
    }
  });
});
