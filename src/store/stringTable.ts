import nodeBuffer, { Buffer } from 'node:buffer';

/**
 * Many strings (article bodies, names, quotations) as one byte buffer plus offsets: typed
 * arrays a worker can transfer and a cache file can hold without per-string encoding.
 * Strings are grouped into chunks of about `CHUNK_UNITS` UTF-16 code units (a string never
 * spans two); each chunk is stored encoded as a whole (UTF-8, or Latin-1 when every character
 * fits in a byte, or UTF-16LE when it holds a lone surrogate, which UTF-8 cannot carry), so
 * decoding is one call per chunk, can pause between chunks, and each string is a slice of its
 * chunk's string.
 */

/**
 * The packed form. Offsets count UTF-16 code units in the concatenation of all strings:
 * string i is units offsets[i] … offsets[i+1]-1, chunk c is units chunks[c] … chunks[c+1]-1,
 * stored as bytes chunkBytes[c] … chunkBytes[c+1]-1 in the encoding chunkEncoding[c].
 */
export interface PackedStrings {
  /** Every chunk's encoded text, one after the other. */
  bytes: Uint8Array;
  /** Byte offsets in `bytes` where chunks start, plus the end. */
  chunkBytes: Uint32Array;
  /** Each chunk's encoding (see `ENCODING`). */
  chunkEncoding: Uint8Array;
  /** Code-unit offsets where chunks start, plus the end. */
  chunks: Uint32Array;
  /** Code-unit offsets where strings start, plus the end. */
  offsets: Uint32Array;
}

/** "No string" (an absent optional field). */
export const NO_STRING = 0xffffffff;

/**
 * 64 Ki code units: reading one article body decodes at most this much (a 1 Mi chunk cost the
 * first question after start-up tens of milliseconds per article it quoted), and a reload's
 * decode yields between chunks this small.
 */
const CHUNK_UNITS = 1 << 16;

/** Values of `PackedStrings.chunkEncoding`. */
const ENCODING = { utf8: 0, latin1: 1, utf16le: 2 } as const;

// Lone surrogates: `isWellFormed` is in Node 20 (V8 11.3) but not in the ES2023 lib typings.
const isWellFormed = (s: string): boolean => (s as string & { isWellFormed(): boolean }).isWellFormed();
const BEYOND_LATIN1 = /[^\0-\xff]/;

/** Collects strings (each distinct string stored once) and packs them. */
export class StringTableBuilder {
  private readonly refs = new Map<string, number>();
  private readonly strings: string[] = [];

  /** Reference to `text` (NO_STRING for undefined/null). */
  add(text: string | null | undefined): number {
    if (text === undefined || text === null) return NO_STRING;
    let ref = this.refs.get(text);
    if (ref === undefined) {
      ref = this.strings.length;
      this.refs.set(text, ref);
      this.strings.push(text);
    }
    return ref;
  }

  /** Packs the strings added so far; `chunkUnits` (code units per chunk) is for tests. */
  pack(chunkUnits = CHUNK_UNITS): PackedStrings {
    const { strings } = this;
    // First pass: chunk bounds, each chunk's encoding and byte size.
    const offsets = new Uint32Array(strings.length + 1);
    const chunks = [0];
    const firstString = [0];
    const encodings: number[] = [];
    const chunkBytes = [0];
    let at = 0;
    let wellFormed = true;
    let latin1 = true;
    let utf8Bytes = 0;
    const endChunk = () => {
      const units = at - chunks[chunks.length - 1]!;
      const encoding = !wellFormed ? ENCODING.utf16le : latin1 ? ENCODING.latin1 : ENCODING.utf8;
      encodings.push(encoding);
      chunkBytes.push(chunkBytes[chunkBytes.length - 1]! + (encoding === ENCODING.utf8 ? utf8Bytes : encoding === ENCODING.latin1 ? units : 2 * units));
      [wellFormed, latin1, utf8Bytes] = [true, true, 0];
    };
    strings.forEach((s, i) => {
      if (at - chunks[chunks.length - 1]! >= chunkUnits) {
        endChunk();
        chunks.push(at);
        firstString.push(i);
      }
      offsets[i] = at;
      at += s.length;
      // Each string well formed means their concatenation is (stricter than needed: a pair
      // split across two strings makes the chunk UTF-16, which is still exact).
      if (wellFormed && !isWellFormed(s)) wellFormed = false;
      if (latin1 && BEYOND_LATIN1.test(s)) latin1 = false;
      if (wellFormed) utf8Bytes += Buffer.byteLength(s, 'utf8');
    });
    endChunk();
    offsets[strings.length] = at;
    chunks.push(at);
    firstString.push(strings.length);
    const total = chunkBytes[chunkBytes.length - 1]!;
    if (at > 0xffffffff || total > 0xffffffff) throw new RangeError(`string table too large (${at} code units, ${total} bytes)`);
    // Second pass: every string written where its chunk's encoding puts it.
    const bytes = new Uint8Array(total);
    const out = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    encodings.forEach((encoding, c) => {
      const name = encoding === ENCODING.utf8 ? 'utf8' : encoding === ENCODING.latin1 ? 'latin1' : 'utf16le';
      let byte = chunkBytes[c]!;
      for (let i = firstString[c]!; i < firstString[c + 1]!; i++) byte += out.write(strings[i]!, byte, name);
      if (byte !== chunkBytes[c + 1]) throw new Error(`string table chunk ${c} encodes to ${byte - chunkBytes[c]!} bytes, not ${chunkBytes[c + 1]! - chunkBytes[c]!}`);
    });
    return { bytes, chunkBytes: Uint32Array.from(chunkBytes), chunkEncoding: Uint8Array.from(encodings), chunks: Uint32Array.from(chunks), offsets };
  }
}

/**
 * UTF-8 to a string: `transcode` (ICU) to UTF-16, then a UTF-16 read, measured 1.3 to 3 times
 * faster than `TextDecoder` or `toString('utf8')` on Node 20 for mostly-ASCII text with some
 * curly quotes. Node built without ICU has no `transcode`: a TextDecoder then (keeping a
 * leading U+FEFF: it is text, not a byte-order mark).
 */
const { transcode } = nodeBuffer as { transcode?: typeof nodeBuffer.transcode };
const decodeUtf8: (bytes: Buffer) => string = transcode
  ? (bytes) => transcode(bytes, 'utf8', 'utf16le').toString('utf16le')
  : ((decoder) => (bytes: Buffer) => decoder.decode(bytes))(new TextDecoder('utf-8', { ignoreBOM: true }));

/** Random access to packed strings; each chunk is decoded once, when first needed or up front. */
export class StringTable {
  private readonly bytes: Buffer;
  private readonly decoded: (string | undefined)[];

  private constructor(private readonly packed: PackedStrings) {
    this.bytes = Buffer.from(packed.bytes.buffer, packed.bytes.byteOffset, packed.bytes.byteLength);
    this.decoded = new Array<string | undefined>(Math.max(0, packed.chunks.length - 1));
  }

  /**
   * Decodes every chunk now, calling `pause` after each (it may yield to the event loop): a
   * garbled chunk rejects here, and reading strings later costs nothing.
   */
  static async decode(packed: PackedStrings, pause: () => Promise<void> | void): Promise<StringTable> {
    const table = new StringTable(packed);
    for (let c = 0; c < table.decoded.length; c++) {
      table.chunk(c);
      await pause();
    }
    return table;
  }

  /**
   * The table with no chunk decoded yet: each is decoded when a string in it is first read
   * (start-up reads article metadata and names, not the 60 MB of article bodies of a
   * 10,000-article corpus). A garbled chunk throws when read.
   */
  static open(packed: PackedStrings): StringTable {
    return new StringTable(packed);
  }

  private chunk(c: number): string {
    const done = this.decoded[c];
    if (done !== undefined) return done;
    const start = this.packed.chunkBytes[c]!;
    const end = this.packed.chunkBytes[c + 1]!;
    const encoding = this.packed.chunkEncoding[c];
    const bytes = this.bytes;
    const text =
      encoding === ENCODING.utf8
        ? decodeUtf8(bytes.subarray(start, end))
        : encoding === ENCODING.latin1
          ? bytes.toString('latin1', start, end)
          : encoding === ENCODING.utf16le
            ? bytes.toString('utf16le', start, end)
            : undefined;
    const units = this.packed.chunks[c + 1]! - this.packed.chunks[c]!;
    if (text?.length !== units) throw new Error(`string table chunk ${c} (encoding ${encoding}) decodes to ${text?.length} code units, not ${units}`);
    this.decoded[c] = text;
    return text;
  }

  get(ref: number): string {
    const start = this.packed.offsets[ref];
    if (start === undefined) throw new RangeError(`no string ${ref}`);
    const end = this.packed.offsets[ref + 1]!;
    const chunk = this.chunkOf(start);
    const base = this.packed.chunks[chunk]!;
    return this.chunk(chunk).slice(start - base, end - base);
  }

  optional(ref: number): string | undefined {
    return ref === NO_STRING ? undefined : this.get(ref);
  }

  private chunkOf(unit: number): number {
    // Last chunk starting at or before `unit` (empty strings at a boundary belong to either).
    let a = 0;
    let b = this.packed.chunks.length - 2;
    while (a < b) {
      const mid = (a + b + 1) >>> 1;
      if (this.packed.chunks[mid]! <= unit) a = mid;
      else b = mid - 1;
    }
    return a;
  }
}
