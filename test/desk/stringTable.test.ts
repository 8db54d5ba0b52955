import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePackedFile, encodePackedFile } from '../../src/store/packedFile';
import { NO_STRING, StringTable, StringTableBuilder, type PackedStrings } from '../../src/store/stringTable';

/** Chunk encodings as `PackedStrings.chunkEncoding` numbers them. */
const UTF8 = 0;
const LATIN1 = 1;
const UTF16LE = 2;

/** One character of text, weighted towards the awkward cases. */
const character = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom('“', '”', '’', '—', 'é', 'ß', '\u00a0', '\xff', '\0', '\uFEFF', '\uFFFF') },
  { weight: 2, arbitrary: fc.constantFrom('😀', '👩‍👩‍👧', '𝄞', '\u{10FFFF}') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
/** A lone surrogate (UTF-8 cannot carry it) or half of a pair. */
const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const text = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: character, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.oneof(character, surrogate), maxLength: 12 }) },
);
/** Strings to add, with repeats, and absent values. */
const inputs = fc
  .array(fc.oneof({ weight: 8, arbitrary: text }, { weight: 1, arbitrary: fc.constantFrom(null, undefined) }), { maxLength: 200, size: 'medium' })
  .chain((items) =>
    fc.tuple(fc.constant(items), fc.array(fc.nat(Math.max(items.length - 1, 0)), { maxLength: 10 })).map(([xs, again]) => (xs.length ? [...xs, ...again.map((i) => xs[i])] : xs)),
  );

async function roundTrip(items: (string | null | undefined)[], chunkUnits?: number) {
  const builder = new StringTableBuilder();
  const refs = items.map((s) => builder.add(s));
  const packed = builder.pack(chunkUnits);
  let pauses = 0;
  const table = await StringTable.decode(packed, () => void pauses++);
  return { refs, packed, table, pauses };
}

const chunkCount = (packed: PackedStrings) => packed.chunks.length - 1;

describe('StringTable', () => {
  it('gives back every string added, through any chunking (property)', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }), async (items, chunkUnits) => {
        const { refs, packed, table, pauses } = await roundTrip(items, chunkUnits);
        items.forEach((s, i) => {
          const ref = refs[i]!;
          if (s === null || s === undefined) {
            expect(ref).toBe(NO_STRING);
            expect(table.optional(ref)).toBeUndefined();
          } else {
            expect(table.get(ref)).toBe(s);
            expect(table.optional(ref)).toBe(s);
          }
        });
        // Equal strings share a reference; different strings do not.
        const byText = new Map<string, number>();
        items.forEach((s, i) => {
          if (s === null || s === undefined) return;
          const seen = byText.get(s);
          if (seen === undefined) byText.set(s, refs[i]!);
          else expect(refs[i]).toBe(seen);
        });
        expect(new Set(byText.values()).size).toBe(byText.size);
        expect(pauses).toBe(chunkCount(packed));
        // Strings never span chunks; a chunk is UTF-16 only when one of its strings has a lone
        // surrogate, else Latin-1 when every character fits in a byte, else UTF-8.
        for (let c = 0; c < chunkCount(packed); c++) {
          const inChunk: string[] = [];
          for (let r = 0; r + 1 < packed.offsets.length; r++) {
            const [start, end] = [packed.offsets[r]!, packed.offsets[r + 1]!];
            if (start < packed.chunks[c]! || start >= packed.chunks[c + 1]!) continue;
            expect(end).toBeLessThanOrEqual(packed.chunks[c + 1]!);
            inChunk.push(table.get(r));
          }
          const expected = inChunk.some(hasLoneSurrogate) ? UTF16LE : inChunk.some((x) => /[^\0-\xff]/.test(x)) ? UTF8 : LATIN1;
          expect(packed.chunkEncoding[c]).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stores a chunk with a lone surrogate as UTF-16 and its neighbours as UTF-8 or Latin-1', async () => {
    const items = ['plain ascii', 'a “quote”', 'lone \uD83D high', 'lone \uDE00 low', 'pair 😀 ok', 'café', 'split \uD83D', '\uDE00 pair', '\uFEFFbom first'];
    // One string per chunk.
    const { refs, packed, table, pauses } = await roundTrip(items, 1);
    expect(chunkCount(packed)).toBe(items.length);
    expect(pauses).toBe(items.length);
    expect([...packed.chunkEncoding]).toEqual([LATIN1, UTF8, UTF16LE, UTF16LE, UTF8, LATIN1, UTF16LE, UTF16LE, UTF8]);
    items.forEach((s, i) => expect(table.get(refs[i]!)).toBe(s));
    // All in one chunk: a lone surrogate anywhere makes the whole chunk UTF-16, still exact.
    const together = await roundTrip(items);
    expect([...together.packed.chunkEncoding]).toEqual([UTF16LE]);
    items.forEach((s, i) => expect(together.table.get(together.refs[i]!)).toBe(s));
  });

  it('keeps a U+FEFF at the start of a chunk (not taken for a byte-order mark)', async () => {
    for (const s of ['\uFEFF', '\uFEFFé', '\uFEFF“x”', '\uFEFF\uD800']) {
      const { refs, table } = await roundTrip([s, 'next']);
      expect(table.get(refs[0]!)).toBe(s);
      expect(table.get(refs[1]!)).toBe('next');
    }
  });

  it('packs mostly-ASCII text as UTF-8 in chunks of about 64 KiB', async () => {
    const body = (i: number) => `Article ${i}: the minister said “we will not stop,” and the officials’ report was late. `.repeat(30);
    const items = Array.from({ length: 1_500 }, (_, i) => body(i));
    const units = items.reduce((sum, s) => sum + s.length, 0);
    const { refs, packed, table, pauses } = await roundTrip(items);
    expect(units).toBeGreaterThan(3 * 2 ** 20);
    // A chunk closes at the first string ending past 64 Ki units.
    expect(chunkCount(packed)).toBeLessThanOrEqual(Math.ceil(units / 2 ** 16));
    expect(chunkCount(packed)).toBeGreaterThanOrEqual(Math.floor(units / (1.1 * 2 ** 16)));
    expect(pauses).toBe(chunkCount(packed));
    expect([...packed.chunkEncoding].every((e) => e === UTF8)).toBe(true);
    // Three bytes for each of the three curly quotes per sentence, one for everything else.
    expect(packed.bytes.byteLength).toBe(units + 2 * 3 * 30 * items.length);
    for (let c = 0; c + 1 < chunkCount(packed); c++) {
      const chunkUnits = packed.chunks[c + 1]! - packed.chunks[c]!;
      expect(chunkUnits).toBeGreaterThanOrEqual(2 ** 16);
      // The string that crosses 64 Ki units is the chunk's last.
      expect(chunkUnits).toBeLessThan(2 ** 16 + Math.max(...items.map((x) => x.length)));
    }
    items.forEach((s, i) => expect(table.get(refs[i]!)).toBe(s));
  });

  it('awaits pause after each chunk', async () => {
    const builder = new StringTableBuilder();
    const refs = ['one', 'two', 'three', 'four'].map((s) => builder.add(s));
    const packed = builder.pack(3);
    expect(chunkCount(packed)).toBe(4);
    const events: string[] = [];
    let resumed = 0;
    const table = await StringTable.decode(packed, () => {
      events.push(`pause ${resumed}`);
      return new Promise<void>((resolve) =>
        setImmediate(() => {
          resumed++;
          resolve();
        }),
      );
    });
    expect(events).toEqual(['pause 0', 'pause 1', 'pause 2', 'pause 3']);
    expect(resumed).toBe(4);
    expect(refs.map((r) => table.get(r))).toEqual(['one', 'two', 'three', 'four']);
  });

  it('handles an empty table, empty strings and NO_STRING', async () => {
    const empty = await roundTrip([]);
    expect(empty.pauses).toBe(1);
    expect(empty.table.optional(NO_STRING)).toBeUndefined();
    expect(() => empty.table.get(NO_STRING)).toThrow(RangeError);
    const { refs, table, packed } = await roundTrip(['', 'x', '', null, 'yy', undefined, ''], 1);
    expect(refs).toEqual([0, 1, 0, NO_STRING, 2, NO_STRING, 0]);
    expect(refs.map((r) => table.optional(r))).toEqual(['', 'x', '', undefined, 'yy', undefined, '']);
    expect(() => table.get(NO_STRING)).toThrow(RangeError);
    expect(() => table.get(packed.offsets.length)).toThrow(RangeError);
  });

  it('is plain typed arrays that survive the cache file and a worker transfer', async () => {
    const items = ['Amélie', 'a “quote” 😀', 'lone \uDC00', '', 'plain'];
    const builder = new StringTableBuilder();
    const refs = items.map((s) => builder.add(s));
    const packed = builder.pack(4);
    for (const value of Object.values(packed)) expect(ArrayBuffer.isView(value) && value.constructor.name.endsWith('Array')).toBe(true);
    expect(Object.values(packed).every((v) => Object.getPrototypeOf(v) !== Buffer.prototype)).toBe(true);

    const file = Buffer.concat(encodePackedFile({ strings: packed }, 'v', 'k'));
    const fromFile = (decodePackedFile(new Uint8Array(file), 'v', 'k') as { strings: PackedStrings }).strings;
    const viaFile = await StringTable.decode(fromFile, () => undefined);
    items.forEach((s, i) => expect(viaFile.get(refs[i]!)).toBe(s));

    const buffers = [...new Set(Object.values(packed).map((v: ArrayBufferView) => v.buffer as ArrayBuffer))];
    const moved = structuredClone(packed, { transfer: buffers });
    const viaTransfer = await StringTable.decode(moved, () => undefined);
    items.forEach((s, i) => expect(viaTransfer.get(refs[i]!)).toBe(s));
  });

  it('opens without decoding: a chunk is decoded when a string in it is first read', () => {
    const builder = new StringTableBuilder();
    const refs = ['plain words', 'before “quoted” after', 'more plain words'].map((s) => builder.add(s));
    const packed = builder.pack(8);
    expect(chunkCount(packed)).toBe(3);
    packed.bytes[packed.bytes.indexOf(0xe2)] = 0x61; // Garbles the second chunk only.
    const table = StringTable.open(packed);
    expect(table.get(refs[0]!)).toBe('plain words');
    expect(table.get(refs[2]!)).toBe('more plain words');
    expect(() => table.get(refs[1]!)).toThrow();
  });

  it('rejects a garbled chunk instead of misplacing every later string', async () => {
    const builder = new StringTableBuilder();
    builder.add('before “quoted” after');
    const packed = builder.pack();
    const at = packed.bytes.indexOf(0xe2); // The lead byte of “.
    packed.bytes[at] = 0x61;
    await expect(StringTable.decode(packed, () => undefined)).rejects.toThrow();
  });
});

function hasLoneSurrogate(s: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}
