import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPackedIndex, type IndexedSentence } from '../../src/search/packedIndex';
import { patchPackedIndex, patchPackedIndexSteps } from '../../src/search/patchPackedIndex';
import type { PackedIndex } from '../../src/search/packedIndex';
import { SentenceIndex, sentenceIndexSteps } from '../../src/search/sentenceIndex';

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

  it('yields within a term whose postings are many, so a serving thread patching it never runs one long slice', () => {
    // One term in every sentence, in both fields (as "trump" is at 10,000 articles): made by hand, a build of this size would take seconds.
    const n = 120_000;
    const field = (count: number) => ({
      start: Uint32Array.from([0, count]),
      docs: Uint32Array.from({ length: count }, (_, d) => d),
      tf: new Uint8Array(count).fill(1),
      lengths: new Uint16Array(count).fill(1),
      averageLength: count > 0 ? 1 : 0,
    });
    const old: PackedIndex = { docCount: n, vocabulary: 'zeppelin', df: Uint32Array.from([n]), fields: [field(n), field(n)] };
    const added: PackedIndex = { docCount: 1, vocabulary: 'zeppelin', df: Uint32Array.from([1]), fields: [field(1), field(1)] };
    // The first sentence changed: indexed again; the others kept.
    const newIdOf = Int32Array.from({ length: n }, (_, d) => (d === 0 ? -1 : d));
    const steps = patchPackedIndexSteps(old, newIdOf, added, Uint32Array.from([0]), n);
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    const patched = step.value;
    expect(patched.df[0]).toBe(n);
    expect(Array.from(patched.fields[0]!.docs.subarray(0, 3))).toEqual([0, 1, 2]);
    expect(patched.fields[1]!.docs.length).toBe(n);
    // 240,000 postings merged and 120,000 sentences counted for the term's frequency: at most 20,000 of them per step.
    expect(yields).toBeGreaterThanOrEqual(18);
  });
});

describe('sentenceIndexSteps', () => {
  it('gives the index new SentenceIndex gives, its vocabulary split a run of terms at a time', () => {
    const docs = Array.from({ length: 300 }, (_, id) => ({ id, text: `zeppelin${id} depot ${id % 7 === 0 ? 'Stoltenberg' : 'troops'} w${(id * 7919) % 100_003}`, people: id % 5 === 0 ? 'Jens Stoltenberg' : '' }));
    const packed = buildPackedIndex(docs);
    // A vocabulary of 60,000 terms, as a large corpus has ten times more.
    const big = { ...packed, vocabulary: Array.from({ length: 60_000 }, (_, t) => `t${String(t).padStart(6, '0')}`).join('\n') };
    for (const index of [packed, big, { ...packed, vocabulary: '' }]) {
      const steps = sentenceIndexSteps(index);
      let yields = 0;
      let step = steps.next();
      while (!step.done) {
        yields++;
        step = steps.next();
      }
      const whole = new SentenceIndex(index);
      expect(step.value.vocabularySize).toBe(whole.vocabularySize);
      for (const term of ['zeppelin0', 'depot', 'stoltenberg', 't000000', 't059999', 't030000', 'nothing']) expect(step.value.termId(term)).toBe(whole.termId(term));
      if (index === big) expect(yields).toBeGreaterThanOrEqual(2);
    }
    const steps = sentenceIndexSteps(packed);
    let step = steps.next();
    while (!step.done) step = steps.next();
    const question = ['depot', 'stoltenberg'];
    expect(JSON.stringify(step.value.documentFrequency('depot'))).toBe(JSON.stringify(new SentenceIndex(packed).documentFrequency('depot')));
    expect(question.map((t) => step.value.termId(t))).toStrictEqual(question.map((t) => new SentenceIndex(packed).termId(t)));
  });
});
