import type { PackedField, PackedIndex } from './packedIndex';

/**
 * Work between yields of `patchPackedIndexSteps`: terms merged, plus postings read (a frequent
 * term holds tens of thousands), so no step runs long whatever the vocabulary (a slice is about
 * a millisecond). Counting terms alone let one step of a 5,000-article corpus run for 150 ms.
 */
const WORK_PER_STEP = 20_000;

/**
 * The index of a corpus that changed a little, from the index before the change and an index
 * of only the sentences that are new or changed: the very index `buildPackedIndex` gives for
 * the whole new corpus (same vocabulary, postings, frequencies, field lengths), in one linear
 * pass over the old postings, with no term analysis of the unchanged sentences.
 *
 * `newIdOf[d]` is old sentence d's id in the new corpus, or -1 when it is gone (its article
 * was removed or changed, or it is indexed again in `added`). Kept sentences must keep their
 * order (new ids ascending with old ids), as they do when articles keep their file-name order.
 * `added` indexes the other sentences, its local ids 0, 1, … standing for `addedIds` (ascending).
 */
export function patchPackedIndex(old: PackedIndex, newIdOf: Int32Array, added: PackedIndex, addedIds: Uint32Array, docCount: number): PackedIndex {
  const steps = patchPackedIndexSteps(old, newIdOf, added, addedIds, docCount);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `patchPackedIndex` as steps, yielding every `TERMS_PER_STEP` terms: a serving process
 * applying a reload's delta (`applyDeskDelta`) patches the index it holds between questions.
 */
export function* patchPackedIndexSteps(old: PackedIndex, newIdOf: Int32Array, added: PackedIndex, addedIds: Uint32Array, docCount: number): Generator<void, PackedIndex> {
  if (newIdOf.length !== old.docCount) throw new Error(`patchPackedIndex: ${newIdOf.length} new ids for ${old.docCount} sentences`);
  if (addedIds.length !== added.docCount) throw new Error(`patchPackedIndex: ${addedIds.length} ids for ${added.docCount} added sentences`);
  let last = -1;
  for (const id of newIdOf) {
    if (id < 0) continue;
    if (id <= last || id >= docCount) throw new Error('patchPackedIndex: kept sentences must keep their order');
    last = id;
  }
  yield;
  // Both vocabularies are read term by term as the walk goes (splitting 500,000 terms at once is one long slice).
  const oldTerms = new TermReader(old.vocabulary);
  const addedTerms = new TermReader(added.vocabulary);
  const oldCount = old.fields[0]?.start.length ? old.fields[0].start.length - 1 : 0;
  const addedCount = added.fields[0]?.start.length ? added.fields[0].start.length - 1 : 0;
  const fieldCount = old.fields.length;

  // Walk both sorted vocabularies together; a term stays only if a posting survives in some field.
  // The vocabulary is joined a run of terms at a time.
  const vocabularyParts: string[] = [];
  let run: string[] = [];
  let terms = 0;
  // At most every old posting and every added one, every term of both: filled from the front, cut at the end.
  const fieldDocs = old.fields.map((o, f) => new Uint32Array(o.docs.length + added.fields[f]!.docs.length));
  const fieldTf = old.fields.map((o, f) => new Uint8Array(o.docs.length + added.fields[f]!.docs.length));
  const filled = new Array<number>(fieldCount).fill(0);
  const fieldStart = old.fields.map(() => new Uint32Array(oldCount + addedCount + 1));
  const dfs = new Uint32Array(oldCount + addedCount);
  // Per field, the next posting of the current term not yet counted in its document frequency.
  const cursor = new Array<number>(fieldCount).fill(0);
  let i = 0;
  let j = 0;
  let work = 0;
  let a = oldTerms.next();
  let b = addedTerms.next();
  while (a !== undefined || b !== undefined) {
    const useOld = a !== undefined && (b === undefined || a <= b);
    const useAdded = b !== undefined && (a === undefined || b <= a);
    const term = useOld ? a! : b!;
    let any = false;
    for (let f = 0; f < fieldCount; f++) {
      const docs = fieldDocs[f]!;
      const tfs = fieldTf[f]!;
      let at = filled[f]!;
      const before = at;
      const o = old.fields[f]!;
      const n = added.fields[f]!;
      let x = useOld ? o.start[i]! : 0;
      const xEnd = useOld ? o.start[i + 1]! : 0;
      let y = useAdded ? n.start[j]! : 0;
      const yEnd = useAdded ? n.start[j + 1]! : 0;
      // Merge the kept old postings (remapped) with the added ones, by new id.
      while (x < xEnd || y < yEnd) {
        if (++work >= WORK_PER_STEP) {
          work = 0;
          yield;
        }
        let oldDoc = -1;
        while (x < xEnd && (oldDoc = newIdOf[o.docs[x]!]!) < 0) x++;
        if (x >= xEnd) oldDoc = -1;
        const addedDoc = y < yEnd ? addedIds[n.docs[y]!]! : -1;
        if (oldDoc < 0 && addedDoc < 0) break;
        if (addedDoc < 0 || (oldDoc >= 0 && oldDoc < addedDoc)) {
          docs[at] = oldDoc;
          tfs[at++] = o.tf[x]!;
          x++;
        } else {
          docs[at] = addedDoc;
          tfs[at++] = n.tf[y]!;
          y++;
        }
      }
      filled[f] = at;
      if (at > before) any = true;
    }
    if (any) {
      // Sentences holding the term in any field.
      let df = 0;
      // Most terms are in one field only (the text): their frequency is that field's count.
      let holding = 0;
      let only = 0;
      for (let f = 0; f < fieldCount; f++) {
        if (filled[f]! > fieldStart[f]![terms]!) {
          holding++;
          only = f;
        }
      }
      if (holding === 1) df = filled[only]! - fieldStart[only]![terms]!;
      else {
        // Each field's postings of the term ascend by sentence: count the sentences of their union in one merge.
        for (let f = 0; f < fieldCount; f++) cursor[f] = fieldStart[f]![terms]!;
        for (;;) {
          let least = -1;
          for (let f = 0; f < fieldCount; f++) if (cursor[f]! < filled[f]! && (least < 0 || fieldDocs[f]![cursor[f]!]! < least)) least = fieldDocs[f]![cursor[f]!]!;
          if (least < 0) break;
          df++;
          for (let f = 0; f < fieldCount; f++) if (cursor[f]! < filled[f]! && fieldDocs[f]![cursor[f]!]! === least) cursor[f]!++;
          if (++work >= WORK_PER_STEP) {
            work = 0;
            yield;
          }
        }
      }
      run.push(term);
      dfs[terms++] = df;
      for (let f = 0; f < fieldCount; f++) fieldStart[f]![terms] = filled[f]!;
      if (run.length === TERMS_PER_PART) {
        vocabularyParts.push(run.join('\n'));
        run = [];
      }
    }
    // Else nothing is left under this term (its sentences are all gone): a full build would not have it.
    if (useOld) {
      i++;
      a = oldTerms.next();
    }
    if (useAdded) {
      j++;
      b = addedTerms.next();
    }
    work += 10;
    if (work >= WORK_PER_STEP) {
      work = 0;
      yield;
    }
  }
  if (i !== oldCount || j !== addedCount) throw new Error('patchPackedIndex: a vocabulary does not match its postings');
  if (run.length > 0) vocabularyParts.push(run.join('\n'));

  const fields: PackedField[] = [];
  for (let f = 0; f < fieldCount; f++) {
    yield;
    const lengths = new Uint16Array(docCount);
    const oldLengths = old.fields[f]!.lengths;
    for (let d = 0; d < newIdOf.length; d++) if (newIdOf[d]! >= 0) lengths[newIdOf[d]!] = oldLengths[d]!;
    const addedLengths = added.fields[f]!.lengths;
    for (let d = 0; d < addedIds.length; d++) lengths[addedIds[d]!] = addedLengths[d]!;
    let sum = 0;
    for (const length of lengths) sum += length;
    yield;
    // Copies of tens of megabytes at 10,000 articles: one per slice.
    const start = fieldStart[f]!.slice(0, terms + 1);
    yield;
    const docs = fieldDocs[f]!.slice(0, filled[f]!);
    yield;
    const tf = fieldTf[f]!.slice(0, filled[f]!);
    fields.push({ start, docs, tf, lengths, averageLength: docCount > 0 ? sum / docCount : 0 });
    yield;
  }
  const vocabulary = vocabularyParts.join('\n');
  yield;
  return { docCount, vocabulary, df: dfs.slice(0, terms), fields };
}

/** Terms joined into one string per this many (the vocabulary is made of the parts). */
const TERMS_PER_PART = 10_000;

/** A vocabulary's terms ("\n"-joined) one at a time, then undefined. */
class TermReader {
  private at = 0;
  constructor(private readonly vocabulary: string) {
    if (vocabulary === '') this.at = 1;
  }

  next(): string | undefined {
    if (this.at > this.vocabulary.length) return undefined;
    let end = this.vocabulary.indexOf('\n', this.at);
    if (end < 0) end = this.vocabulary.length;
    const term = this.vocabulary.slice(this.at, end);
    this.at = end + 1;
    return term;
  }
}
