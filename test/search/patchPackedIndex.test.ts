import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPackedIndex, type IndexedSentence } from '../../src/search/packedIndex';
import { patchPackedIndex } from '../../src/search/patchPackedIndex';

const WORDS = ['Stoltenberg', 'said', 'troops', 'Russia', 'Ukraine', 'NATO', 'withdraw', 'border', '150,000', 'Kyiv', 'the', 'Blinken', 'wärme', 'Zelenskyy', 'zeppelin'];

type Doc = Omit<IndexedSentence, 'id'>;
/** What becomes of one old sentence: kept, gone, or indexed again with other words; and sentences inserted after it. */
type Edit = { fate: 'keep' | 'remove' | 'change'; changed: Doc; inserted: Doc[] };

/** The patched index of the edited corpus, and the index built over it at once. */
function patchAndBuild(oldDocs: Doc[], edits: Edit[], insertedFirst: Doc[]) {
  const old = buildPackedIndex(oldDocs.map((d, id) => ({ id, ...d })));
  const next: Doc[] = [];
  const addedDocs: Doc[] = [];
  const addedIds: number[] = [];
  const add = (d: Doc) => {
    addedIds.push(next.length);
    addedDocs.push(d);
    next.push(d);
  };
  insertedFirst.forEach(add);
  const newIdOf = new Int32Array(oldDocs.length).fill(-1);
  oldDocs.forEach((d, i) => {
    const edit = edits[i]!;
    if (edit.fate === 'keep') {
      newIdOf[i] = next.length;
      next.push(d);
    } else if (edit.fate === 'change') add(edit.changed);
    edit.inserted.forEach(add);
  });
  const added = buildPackedIndex(addedDocs.map((d, id) => ({ id, ...d })));
  return {
    patched: patchPackedIndex(old, newIdOf, added, Uint32Array.from(addedIds), next.length),
    built: buildPackedIndex(next.map((d, id) => ({ id, ...d }))),
  };
}

describe('patchPackedIndex', () => {
  it('gives exactly the index built over the changed sentences at once, dropping terms no sentence has any more', () => {
    const docs: Doc[] = [
      { text: 'NATO Secretary General Jens Stoltenberg said troops were moving.', people: 'Jens Stoltenberg NATO Secretary General' },
      { text: 'The quartermaster counted zeppelins.', people: '' },
      { text: 'Blinken said there was no sign of a withdrawal.', people: 'Antony Blinken Secretary of State' },
      { text: 'Kyiv was calm.', people: '' },
    ];
    const keep = (fate: Edit['fate'], changed: Doc = { text: '', people: '' }, inserted: Doc[] = []): Edit => ({ fate, changed, inserted });
    const { patched, built } = patchAndBuild(
      docs,
      [keep('keep'), keep('remove'), keep('change', { text: 'Blinken said the troops had not left.', people: 'Antony Blinken' }), keep('keep', undefined, [{ text: 'About 150,000 troops are near Ukraine.', people: '' }])],
      [{ text: 'Russia said it would withdraw.', people: 'Vladimir Putin' }],
    );
    expect(patched).toEqual(built);
    expect(patched.vocabulary.split('\n')).not.toContain('zeppelin');
    expect(patched.vocabulary.split('\n')).toContain('putin');
    expect(patched.docCount).toBe(5);
  });

  it('holds for any sentences kept, removed, changed and inserted', () => {
    const doc = fc.record({
      text: fc.array(fc.constantFrom(...WORDS), { maxLength: 10 }).map((w) => w.join(' ')),
      people: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }).map((w) => w.join(' ')),
    });
    const edit = fc.record({ fate: fc.constantFrom('keep' as const, 'keep' as const, 'remove' as const, 'change' as const), changed: doc, inserted: fc.array(doc, { maxLength: 2 }) });
    fc.assert(
      fc.property(fc.array(fc.tuple(doc, edit), { maxLength: 25 }), fc.array(doc, { maxLength: 2 }), (pairs, first) => {
        const { patched, built } = patchAndBuild(pairs.map(([d]) => d), pairs.map(([, e]) => e), first);
        expect(patched).toEqual(built);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses kept sentences out of order', () => {
    const old = buildPackedIndex([{ id: 0, text: 'a troop', people: '' }, { id: 1, text: 'Kyiv', people: '' }]);
    const none = buildPackedIndex([]);
    expect(() => patchPackedIndex(old, Int32Array.from([1, 0]), none, new Uint32Array(0), 2)).toThrow(/order/);
  });
});
